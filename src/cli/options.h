// Flags shared by `align`, `batch` and `train`: each maps onto a field of the library's
// `PipelineSpec` (or the input mode and formats), and nothing more; `SetUpPipeline` does the rest.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "kealign/io/document_pairs.h"
#include "kealign/io/format.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/setup.h"

namespace kealign::cli {

struct CommonOptions {
  io::InputMode input_mode = io::InputMode::kText;
  std::string formats = "moses,tsv";
  // Every model knob ("Alignment model" group of --help); defaults from `PipelineSpec{}`.
  PipelineSpec spec;
  // What the writers take beyond the document (`--anki-min-score`).
  io::WriterOptions writer;

  std::vector<io::Format> Formats() const;
  // `SetUpPipeline(spec)` with the bundled models of `DefaultModelDirectory()`, finding word
  // links when an output format shows them.
  PipelineSetup SetUp() const;
};

void AddCommonOptions(CLI::App* app, CommonOptions* options);

// `--splitter`, `--keep-quotes-whole` and `--hard-boundaries-only`, shared with `split`.
void AddSplitterOptions(CLI::App* app, SplitterEngine* engine, text::SplitOptions* split);

// Lists the document pairs of `directory` (`batch`, `train`), warning on stderr about files
// whose partner is missing; throws `InputError` if there is no pair at all.
io::PairListing ListPairsOrThrow(const std::string& directory, io::InputMode mode);

}  // namespace kealign::cli
