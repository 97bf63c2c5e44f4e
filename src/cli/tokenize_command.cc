#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/io/reader.h"
#include "kealign/tokenize/subword_tokenizer.h"

namespace kealign::cli {

std::string DefaultModelDirectory() {
  if (const char* env = std::getenv("KEALIGN_MODEL_DIR"); env && *env) return env;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "kealign" / "models";
    if (std::filesystem::is_directory(installed, ec)) return installed.string();
  }
  return KEALIGN_SOURCE_MODEL_DIR;
}

RunFn AddTokenizeCommand(CLI::App* app) {
  struct Args {
    std::string language, model, path = "-";
    std::uint64_t max_input_bytes = io::kDefaultMaxInputBytes;
  };
  auto args = std::make_shared<Args>();
  app->add_option("--lang", args->language, "Language: ko or en (selects the default model)")
      ->required()
      ->check(OneOf({"ko", "en"}));
  app->add_option("--model", args->model,
                  "SentencePiece model (default: <models>/ko.model or en.model)");
  app->add_option("FILE", args->path, "Input text ('-' or nothing: standard input)");
  AddMaxInputBytesOption(app, &args->max_input_bytes);
  return [args]() {
    const std::string model = args->model.empty()
                                   ? DefaultModelDirectory() + "/" + args->language + ".model"
                                   : args->model;
    const tokenize::SubwordTokenizer tokenizer(model);
    const Document document =
        io::ReadDocument(args->path, io::InputMode::kText, args->max_input_bytes);
    std::string out;
    std::string_view rest = document.text;
    while (!rest.empty()) {
      const std::size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      const std::vector<std::string> pieces = tokenizer.EncodePieces(line);
      for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i) out += ' ';
        out += pieces[i];
      }
      out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::ferror(stdout) ? 3 : 0;
  };
}

RunFn AddTrainTokenizerCommand(CLI::App* app) {
  struct Args {
    std::vector<std::string> inputs;
    std::string prefix;
    tokenize::TokenizerTrainingOptions options;
  };
  auto args = std::make_shared<Args>();
  app->add_option("FILES", args->inputs, "Training text, UTF-8, one sentence or paragraph a line")
      ->required()
      ->check(CLI::ExistingFile);
  app->add_option("-o,--output", args->prefix,
                  "Model prefix: writes PREFIX.model and PREFIX.vocab (use models/ko or "
                  "models/en to replace the bundled ones)")
      ->required();
  app->add_option("--vocab-size", args->options.vocab_size,
                  "Vocabulary size (lowered automatically for small corpora)")
      ->capture_default_str();
  app->add_option("--model-type", args->options.model_type, "unigram or bpe")
      ->check(OneOf({"unigram", "bpe"}))
      ->capture_default_str();
  app->add_option("--threads", args->options.num_threads, "Training threads")
      ->capture_default_str();
  return [args]() {
    const int vocab = tokenize::TrainTokenizer(args->inputs, args->prefix, args->options);
    fmt::print("{}.model\n{}.vocab\n(vocabulary size {})\n", args->prefix, args->prefix, vocab);
    return 0;
  };
}

}  // namespace kealign::cli
