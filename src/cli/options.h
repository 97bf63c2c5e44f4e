// Flags shared by `align`, `batch` and `train`: each maps onto a field of the library's
// `PipelineSpec` (or the input mode and formats), and nothing more; `SetUpPipeline` does the rest.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "kealign/io/document_pairs.h"
#include "kealign/io/format.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/setup.h"

namespace kealign::cli {

struct CommonOptions {
  io::InputMode input_mode = io::InputMode::kText;
  std::string formats = "moses,tsv";
  // Most bytes of one input file or stream record (`--max-input-bytes`); 0: no limit.
  std::uint64_t max_input_bytes = io::kDefaultMaxInputBytes;
  // `--drop-unrelated` (align, batch: `AddVerdictOptions`).
  bool drop_unrelated = false;
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

// `--min-doc-score` and `--drop-unrelated`, for the commands that write aligned documents.
void AddVerdictOptions(CLI::App* app, CommonOptions* options);

// Checks of flag values for CLI11's `check`, whose messages state the allowed values in words
// (CLI11's own `Range` prints a 300-digit bound for `--jobs -1`):
// `--jobs: -1 is not allowed: expected an integer of 0 or more`.
CLI::Validator IntegerIn(long long min, long long max);
CLI::Validator IntegerAtLeast(long long min);
CLI::Validator NumberIn(double min, double max);
// One of `names` (`--lang ko`): `--lang: 'xx' is not allowed: expected one of ko, en`.
CLI::Validator OneOf(std::vector<std::string> names);

// A transform for CLI11 that maps each of `names` to its enum value, and rejects any other name
// as `OneOf` does (so an unknown value never falls back to a default).
template <typename Enum>
CLI::Validator EnumNames(const std::map<std::string, Enum>& names) {
  std::vector<std::string> list;
  for (const auto& [name, value] : names) list.push_back(name);
  CLI::Validator check = OneOf(list);
  return CLI::Validator(
      [names, check](std::string& input) mutable {
        std::string error = check(input);
        if (error.empty()) input = std::to_string(static_cast<long long>(names.at(input)));
        return error;
      },
      "{" + CLI::detail::join(list, ",") + "}");
}

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

// Where `align` and `apply` write one document (their `-o`): standard output for "-", else the
// prefix `io::ResolveOutputPrefix` makes of it.
struct OutputTarget {
  bool to_stdout = false;
  std::string prefix;
};

// Adds the required `-o,--output` of `align` and `apply`.
void AddOutputOption(CLI::App* app, std::string* output);

// The target of `output` for `formats`, checked before any work: "-" takes exactly one
// single-file format; a prefix must be writable and none of its files one of `inputs` (the
// first two are the Korean and English files, which name a directory's outputs).
OutputTarget ResolveOutput(const std::string& output, const std::vector<io::Format>& formats,
                           const std::vector<std::string>& inputs);

// Writes `aligned` to `target` (printing the paths written for a prefix). Returns the exit
// status: 3 if standard output failed.
int WriteAligned(const AlignedDocument& aligned, const std::vector<io::Format>& formats,
                 const OutputTarget& target, const io::WriterOptions& writer);

}  // namespace kealign::cli
