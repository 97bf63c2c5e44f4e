#include "cli/options.h"

namespace kealign::cli {

void AddCommonOptions(CLI::App* app, CommonOptions* options) {
  app->add_option("--input", options->input,
                  "text: raw text that kealign splits (blank line = paragraph break); "
                  "lines: one sentence a line, used as given")
      ->check(CLI::IsMember({"text", "lines"}))
      ->capture_default_str();
  app->add_option("--format", options->formats,
                  "Comma-separated outputs: moses (PREFIX.ko/.en), tsv, jsonl, ids (PREFIX.align, "
                  "vecalign ladder), tmx, html (review page)")
      ->capture_default_str();
}

InputMode CommonOptions::InputModeValue() const {
  return input == "lines" ? InputMode::kLines : InputMode::kText;
}

std::vector<io::Format> CommonOptions::Formats() const { return io::ParseFormatList(formats); }

PipelineOptions CommonOptions::MakePipelineOptions() const { return PipelineOptions{}; }

}  // namespace kealign::cli
