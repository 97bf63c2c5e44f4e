#include <fmt/format.h>

#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/pipeline/stream.h"
#include "kealign/util/parallel.h"

namespace kealign::cli {

RunFn AddStreamCommand(CLI::App* app) {
  struct Args {
    RecordFormat format = RecordFormat::kJsonl;
    std::string first = "ko";
    bool pairs_only = false;
    int jobs = 0;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  const std::map<std::string, RecordFormat> formats = {{"jsonl", RecordFormat::kJsonl},
                                                       {"bitextor", RecordFormat::kBitextor}};
  app->add_option("--records", args->format,
                  "Record format. jsonl (default): {\"id\": …, \"ko\": \"…\", \"en\": \"…\"} a "
                  "line in; out, one {\"id\",\"ko\",\"en\",\"score\",\"ko_ids\",\"en_ids\"} a "
                  "line per alignment, or {\"id\",\"error\"} for a bad record. bitextor: "
                  "url1<TAB>url2<TAB>base64(text1)<TAB>base64(text2) in (optional header "
                  "src_url, trg_url, src_text, trg_text); out, url1<TAB>url2<TAB>segment1<TAB>"
                  "segment2<TAB>score")
      ->transform(CLI::CheckedTransformer(formats));
  app->add_option("--first", args->first,
                  "bitextor: the language of the first document of each record, ko (default) "
                  "or en; the output keeps the input's order")
      ->check(CLI::IsMember({"ko", "en"}));
  app->add_flag("--pairs-only", args->pairs_only,
                "Leave 1-0 and 0-1 alignments (sentences without counterpart) out");
  AddJobsOption(app, &args->jobs, "Records aligned in parallel (output stays in input order)");
  AddCommonOptions(app, &args->common);
  AddVerdictOptions(app, &args->common);
  app->remove_option(app->get_option("--format"));
  CLI::Option* input = app->get_option("--input");
  input->description(
      "text: raw text that kealign splits; lines: one sentence a line inside each text; default "
      "text for jsonl, lines for bitextor (Bitextor's documents are split)");
  return [args, input]() {
    StreamOptions options;
    options.format = args->format;
    options.input_mode = args->common.input_mode;
    if (options.format == RecordFormat::kBitextor && input->count() == 0) {
      options.input_mode = io::InputMode::kLines;
    }
    if (args->first == "en" && options.format != RecordFormat::kBitextor) {
      throw Error("--first applies to --records bitextor (jsonl names its languages)");
    }
    options.english_first = args->first == "en";
    options.pairs_only = args->pairs_only;
    options.num_threads = util::ThreadCount(args->jobs);
    options.max_record_bytes = args->common.max_input_bytes;
    options.drop_unrelated = args->common.drop_unrelated;
    PipelineSetup setup = args->common.SetUp();
    // jsonl rows are `align`'s JSONL rows, word links included; bitextor's rows have no room.
    setup.options.word_links = options.format == RecordFormat::kJsonl;
    // Unsynchronised standard streams are buffered C++ streams that hand out a record as soon
    // as its line has arrived (see `io::LineReader`), and are much faster.
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    const bool report_errors = options.format == RecordFormat::kBitextor;
    const StreamSummary summary = RunStream(
        std::cin, std::cout, options, setup.options, setup.models,
        [report_errors](const std::string& message) {
          // jsonl reports in the output itself; bitextor's rows have no room.
          if (report_errors) fmt::print(stderr, "kealign: error: {}\n", message);
        },
        [](const std::string& message) { fmt::print(stderr, "kealign: warning: {}\n", message); });
    std::cout.flush();
    // A bitextor pipeline sees failures only on stderr: the status says some records were lost.
    return report_errors && summary.failed > 0 ? 1 : 0;
  };
}

}  // namespace kealign::cli
