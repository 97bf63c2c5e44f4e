#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/io/reader.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign::cli {
namespace {

// One sentence on one line: runs of whitespace (a joined hard-wrapped line) become one space.
std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

RunFn AddSplitCommand(CLI::App* app) {
  struct Args {
    std::string language;
    std::string path = "-";
    bool show_noise = false;
    bool show_soft = false;
    std::uint64_t max_input_bytes = io::kDefaultMaxInputBytes;
    PipelineOptions pipeline;
  };
  auto args = std::make_shared<Args>();
  app->add_option("--lang", args->language, "Language of the text: ko or en")
      ->required()
      ->check(OneOf({"ko", "en"}));
  app->add_option("FILE", args->path, "Input text ('-' or nothing: standard input)");
  AddMaxInputBytesOption(app, &args->max_input_bytes);
  AddSplitterOptions(app, &args->pipeline.splitter, &args->pipeline.split);
  app->add_flag("--mark-noise", args->show_noise,
                "Prefix markup debris (e.g. `![]() |`) with '# noise: ' and web boilerplate "
                "(e.g. `Advertisement`, `사진=연합뉴스`) with '# boilerplate: ' instead of "
                "printing them as sentences");
  app->add_flag("--soft-boundaries", args->show_soft,
                "Print a sentence whose start is a guess (English text without final "
                "punctuation, e.g. a headline run into the next sentence) on its own line; by "
                "default it stays on the line of the sentence before");
  return [args]() {
    const Document document =
        io::ReadDocument(args->path, io::InputMode::kText, args->max_input_bytes);
    const std::vector<Sentence> sentences =
        Pipeline(args->pipeline).Split(ParseLanguage(args->language), document.text);
    std::string out;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const Sentence& sentence = sentences[i];
      const auto marked = [&](const Sentence& s) {
        return args->show_noise && (s.is_noise || s.is_boilerplate);
      };
      // A marked line stays whole: joining would mark the real text beside it.
      if (i > 0 && sentence.soft_start && !args->show_soft && !marked(sentence) &&
          !marked(sentences[i - 1])) {
        // The guess stays invisible: the text rejoins the line before, as one sentence.
        out.back() = ' ';
      } else if (i > 0 && sentence.paragraph != sentences[i - 1].paragraph) {
        out += '\n';
      }
      if (args->show_noise && sentence.is_noise) out += "# noise: ";
      if (args->show_noise && sentence.is_boilerplate) out += "# boilerplate: ";
      out += OneLine(sentence.span.Of(document.text));
      out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::ferror(stdout) ? 3 : 0;
  };
}

}  // namespace kealign::cli
