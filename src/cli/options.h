// Flags shared by `align`, `batch` and `train`: each maps onto a field of the library's
// `PipelineSpec` (or the input mode and formats), and nothing more; `SetUpPipeline` does the rest.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "kealign/io/document_pairs.h"
#include "kealign/io/format.h"
#include "kealign/pipeline/setup.h"

namespace kealign::cli {

struct CommonOptions {
  io::InputMode input_mode = io::InputMode::kText;
  std::string formats = "moses,tsv";
  // Most bytes of one input file or stream record (`--max-input-bytes`); 0: no limit.
  std::uint64_t max_input_bytes = io::kDefaultMaxInputBytes;
  // Every model knob ("Alignment model" group of --help); defaults from `PipelineSpec{}`.
  PipelineSpec spec;

  std::vector<io::Format> Formats() const;
  // `SetUpPipeline(spec)` with the bundled models of `DefaultModelDirectory()`.
  PipelineSetup SetUp() const;
};

void AddCommonOptions(CLI::App* app, CommonOptions* options);

// `--splitter`, `--keep-quotes-whole` and `--hard-boundaries-only`, shared with `split`.
void AddSplitterOptions(CLI::App* app, SplitterEngine* engine, text::SplitOptions* split);

// Lists the document pairs of `corpus` (`batch`, `train`): a directory, warning on stderr about
// files whose partner is missing, or a manifest file (`io::ReadManifestFile`; "-" reads it from
// standard input); throws `InputError` if there is no pair at all.
io::PairListing ListPairsOrThrow(const std::string& corpus, io::InputMode mode);

// `--max-input-bytes` (`io::kDefaultMaxInputBytes` unless given; size suffixes K, M, G).
void AddMaxInputBytesOption(CLI::App* app, std::uint64_t* max_input_bytes);

// `-j,--jobs` with the default of every core this process may use.
void AddJobsOption(CLI::App* app, int* jobs, const std::string& what);

}  // namespace kealign::cli
