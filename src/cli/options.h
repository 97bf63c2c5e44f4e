// Flags shared by `align` and `batch`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "kealign/batch.h"
#include "kealign/io/format.h"
#include "kealign/pipeline.h"

namespace kealign::cli {

struct CommonOptions {
  std::string input = "text";
  std::string formats = "moses,tsv";
  // Model knobs ("Alignment model" group of --help); defaults come from `PipelineOptions{}`.
  PipelineOptions pipeline;
  double hole_prior = 0;
  double merge_prior = 0;
  double triple_prior = 0;
  std::string length_unit = "chars";
  std::string splitter = "kealign";
  bool no_numbers = false, no_latin_words = false, no_urls = false, no_loanwords = false;
  bool strong_latin_words = false;
  // Lexical pass.
  bool no_lexical = false;
  bool no_seed_lexicon = false;
  std::vector<std::string> dictionaries;
  std::string lexical_model;
  // Empty: the default (`LexicalOptions::units`), or the units of --model.
  std::string lexical_units;
  // SentencePiece models for the piece units; empty: the bundled ko.model / en.model.
  std::string korean_pieces, english_pieces;

  InputMode InputModeValue() const;
  std::vector<io::Format> Formats() const;
  PipelineOptions MakePipelineOptions() const;
  // The seed lexicon (bundled models/ko-en.dict plus every --dict), the --model and, if the
  // lexical units need them, the SentencePiece models, loaded. Throws `Error` if
  // --lexical-units names other units than --model was trained with.
  PipelineModels LoadModels() const;
};

void AddCommonOptions(CLI::App* app, CommonOptions* options);

// `--splitter` and `--keep-quotes-whole`, shared with `split`.
void AddSplitterOptions(CLI::App* app, std::string* engine, text::SplitOptions* split);
SplitterEngine ParseSplitterEngine(const std::string& name);

// `--jobs`: N > 0 as given, 0 = every core.
int ThreadCount(int jobs);

// Lists the document pairs of `directory` (`batch`, `train`), warning on stderr about files
// whose partner is missing; throws `InputError` if there is no pair at all.
PairListing ListPairsOrThrow(const std::string& directory, InputMode mode);

}  // namespace kealign::cli
