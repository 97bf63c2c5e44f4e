#include "cli/options.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <string>

#include "cli/commands.h"
#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/util/parallel.h"

namespace kealign::cli {
namespace {

// Names of enum values on the command line (`EnumNames`).
const std::map<std::string, SplitterEngine> kSplitterNames = {{"kealign", SplitterEngine::kKealign},
                                                              {"icu", SplitterEngine::kIcu}};
const std::map<std::string, io::InputMode> kInputModeNames = {{"text", io::InputMode::kText},
                                                              {"lines", io::InputMode::kLines}};
const std::map<std::string, features::LengthUnit> kLengthUnitNames = {
    {"chars", features::LengthUnit::kCodePoints},
    {"nonspace", features::LengthUnit::kNonSpaceCodePoints},
    {"bytes", features::LengthUnit::kBytes}};
const std::map<std::string, features::LexicalUnits> kLexicalUnitNames = {
    {"stems", features::LexicalUnits::kStems},
    {"spm", features::LexicalUnits::kPieces},
    {"both", features::LexicalUnits::kStemsAndPieces}};

std::string NotAllowed(const std::string& input, const std::string& expected) {
  return fmt::format("'{}' is not allowed: expected {}", input, expected);
}

}  // namespace

CLI::Validator IntegerIn(long long min, long long max) {
  const std::string expected = fmt::format("an integer from {} to {}", min, max);
  return CLI::Validator(
      [=](std::string& input) {
        long long value = 0;
        if (!CLI::detail::lexical_cast(input, value) || value < min || value > max) {
          return NotAllowed(input, expected);
        }
        return std::string();
      },
      fmt::format("{}..{}", min, max));
}

CLI::Validator IntegerAtLeast(long long min) {
  const std::string expected = fmt::format("an integer of {} or more", min);
  return CLI::Validator(
      [=](std::string& input) {
        long long value = 0;
        if (!CLI::detail::lexical_cast(input, value) || value < min) {
          return NotAllowed(input, expected);
        }
        return std::string();
      },
      fmt::format(">={}", min));
}

CLI::Validator NumberIn(double min, double max) {
  const std::string expected = fmt::format("a number from {:g} to {:g}", min, max);
  return CLI::Validator(
      [=](std::string& input) {
        double value = 0;
        if (!CLI::detail::lexical_cast(input, value) || !(value >= min && value <= max)) {
          return NotAllowed(input, expected);
        }
        return std::string();
      },
      fmt::format("{:g}..{:g}", min, max));
}

CLI::Validator OneOf(std::vector<std::string> names) {
  const std::string list = CLI::detail::join(names, ", ");
  return CLI::Validator(
      [names, list](std::string& input) {
        for (const std::string& name : names) {
          if (input == name) return std::string();
        }
        return NotAllowed(input, "one of " + list);
      },
      "{" + CLI::detail::join(names, ",") + "}");
}

void AddSplitterOptions(CLI::App* app, SplitterEngine* engine, text::SplitOptions* split) {
  app->add_option("--splitter", *engine,
                  "Sentence splitter: kealign (its own Korean and English rules) or icu (ICU's "
                  "BreakIterator plus the quotative rule; the baseline); default kealign")
      ->transform(EnumNames(kSplitterNames));
  app->add_flag("--keep-quotes-whole", split->keep_standalone_quotes_whole,
                "Korean: keep a stand-alone quotation of several sentences as one sentence "
                "(the kss convention); default splits it as English splitters do");
  app->add_flag("--hard-boundaries-only{false}", split->soft_boundaries,
                "English: split only at punctuation, line ends, datelines and boilerplate; do "
                "not guess where a sentence starts in text that lacks punctuation (a headline "
                "run into the next sentence)");
}

io::PairListing ListPairsOrThrow(const std::string& directory, io::InputMode mode) {
  std::error_code error;
  if (directory == "-" || std::filesystem::is_regular_file(directory, error)) {
    io::PairListing manifest;
    manifest.pairs = io::ReadManifestFile(directory);
    if (manifest.pairs.empty()) throw InputError(directory, "the manifest lists no document pair");
    return manifest;
  }
  io::PairListing listing = io::FindDocumentPairs(directory, mode);
  for (const std::string& file : listing.unpaired) {
    fmt::print(stderr, "kealign: warning: {}: skipped, {}\n", directory, file);
  }
  if (listing.pairs.empty()) {
    throw InputError(directory, mode == io::InputMode::kText
                                    ? "no NAME.ko.txt + NAME.en.txt pairs found"
                                    : "no NAME.ko.sents + NAME.en.sents pairs found");
  }
  return listing;
}

void AddMaxInputBytesOption(CLI::App* app, std::uint64_t* max_input_bytes) {
  app->add_option("--max-input-bytes", *max_input_bytes,
                  "Largest input file (or stream record) read, e.g. 512M, 4G; 0 = no limit. "
                  "Default 1G: a pipe or a device such as /dev/zero stops with an error there "
                  "instead of exhausting memory")
      ->transform(CLI::AsSizeValue(false));
}

void AddJobsOption(CLI::App* app, int* jobs, const std::string& what) {
  app->add_option("-j,--jobs", *jobs,
                  fmt::format("{} (default 0: every core this process may use, {} here); the "
                              "output is the same for any number",
                              what, util::AvailableCores()))
      ->check(IntegerIn(0, 4096));
}

void AddOutputOption(CLI::App* app, std::string* output) {
  app->add_option("-o,--output", *output,
                  "Output prefix: writes PREFIX.ko, PREFIX.tsv, …; a directory (existing, or "
                  "ending in '/') gets DIR/NAME.* after the Korean file's name; '-' writes the "
                  "one --format given to standard output")
      ->required();
}

OutputTarget ResolveOutput(const std::string& output, const std::vector<io::Format>& formats,
                           const std::vector<std::string>& inputs) {
  OutputTarget target;
  target.to_stdout = output == "-";
  if (target.to_stdout) {
    if (formats.size() != 1 || formats[0] == io::Format::kMoses) {
      throw Error(
          "-o - writes one format to standard output: give one of --format tsv, jsonl, ids, tmx, "
          "html, anki or glossary (moses writes two files)");
    }
    target.prefix = output;
    return target;
  }
  target.prefix = io::ResolveOutputPrefix(output, inputs.at(0), inputs.at(1));
  io::CheckOutputs(formats, target.prefix, inputs);
  return target;
}

int WriteAligned(const AlignedDocument& aligned, const std::vector<io::Format>& formats,
                 const OutputTarget& target, const io::WriterOptions& writer) {
  if (target.to_stdout) {
    io::WriteFormat(aligned, formats[0], std::cout, writer);
    std::cout.flush();
    return std::cout ? 0 : 3;
  }
  for (const std::string& path : io::WriteOutputs(aligned, formats, target.prefix, writer)) {
    fmt::print("{}\n", path);
  }
  return 0;
}

void AddCommonOptions(CLI::App* app, CommonOptions* options) {
  PipelineSpec& spec = options->spec;
  PipelineOptions& pipeline = spec.options;
  AddSplitterOptions(app, &pipeline.splitter, &pipeline.split);
  app->add_option("--input", options->input_mode,
                  "text: raw text that kealign splits (blank line = paragraph break); "
                  "lines: one sentence a line, used as given; default text")
      ->transform(EnumNames(kInputModeNames));
  app->add_flag("--no-language-check{false}", pipeline.check_languages,
                "Align even when the Korean side does not look Korean (under 10% of its letters "
                "Hangul) or the English side not English (under 50% Latin letters); by default "
                "that is an error (a swapped pair, a wrong file)");
  app->add_flag("--raw-scores{false}", pipeline.calibrate_scores,
                "Write the model's posterior probability as the score instead of its calibrated "
                "value (the share of alignments so scored that are right on held-out data)");
  app->add_option("--format", options->formats,
                  "Comma-separated outputs: moses (PREFIX.ko/.en), tsv, jsonl, ids (PREFIX.align, "
                  "vecalign ladder), tmx, html (review page), anki (PREFIX.anki.txt), glossary "
                  "(PREFIX.glossary.tsv)")
      ->capture_default_str();
  app->add_option("--anki-min-score", options->writer.anki_min_score,
                  "--format anki: write only pairs scoring at least this")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  AddMaxInputBytesOption(app, &options->max_input_bytes);

  // Tuning knobs, documented so that users can adapt the model instead of patching it.
  const std::string group = "Alignment model";
  align::AlignOptions& align = pipeline.align;
  app->add_option("--hole-prior", spec.hole_prior,
                  "Prior of a 1-0 or 0-1 alignment (a sentence without counterpart); default 0.05")
      ->group(group)
      ->check(NumberIn(1e-9, 0.5));
  app->add_option("--merge-prior", spec.merge_prior,
                  "Prior of a 1-2 or 2-1 alignment; default 0.03")
      ->group(group)
      ->check(NumberIn(1e-9, 0.5));
  app->add_option("--triple-prior", spec.triple_prior,
                  "Prior of a 1-3 or 3-1 alignment; default 0.001")
      ->group(group)
      ->check(NumberIn(1e-9, 0.5));
  app->add_option("--anchor-bonus", align.anchor_match_bonus,
                  "Nats per number, URL or Latin word both sides share")
      ->group(group)
      ->capture_default_str();
  app->add_option("--anchor-penalty", align.anchor_mismatch_penalty,
                  "Nats per number, URL or Latin word only one side has")
      ->group(group)
      ->capture_default_str();
  app->add_option("--weak-bonus", align.weak_match_bonus,
                  "Nats per shared loanword or name key (구글 ~ Google)")
      ->group(group)
      ->capture_default_str();
  app->add_option("--length-unit", pipeline.features.length_unit,
                  "How sentence length is measured: chars, nonspace (chars but spaces), bytes; "
                  "default chars")
      ->group(group)
      ->transform(EnumNames(kLengthUnitNames));
  app->add_flag("--no-lexical{false}", pipeline.lexical.enabled,
                "Skip the lexical pass (IBM Model 1 trained on the input's confident pairs): "
                "length and anchors only")
      ->group(group);
  app->add_option("--lexical-weight", align.evidence_weight,
                  "Weight of the lexical model's evidence against length and anchors")
      ->group(group)
      ->capture_default_str();
  app->add_option("--max-training-pairs", pipeline.lexical.max_training_pairs,
                  "Most confident sentence pairs the pooled lexical model trains on (batch, "
                  "train); documents past the cap are not read for training")
      ->group(group)
      ->check(IntegerIn(1, 1'000'000'000))
      ->capture_default_str();
  app->add_option("--lexical-rounds", pipeline.lexical.rounds,
                  "Training rounds of the pooled lexical model in batch/train (each realigns "
                  "every document)")
      ->group(group)
      ->check(IntegerIn(1, 10))
      ->capture_default_str();
  app->add_option("--lexical-units", spec.lexical_units,
                  fmt::format("Korean and English units of the lexical model: stems (particles "
                              "and endings stripped; English words), spm (SentencePiece pieces) "
                              "or both; default {}, or the units --model was trained with",
                              features::LexicalUnitsName(LexicalOptions{}.units)))
      ->group(group)
      ->transform(EnumNames(kLexicalUnitNames));
  app->add_option("--lexical-spm-ko", spec.models.korean_pieces,
                  "Korean SentencePiece model for --lexical-units spm/both (default: the "
                  "bundled ko.model; `kealign train-tokenizer` makes one from your text)")
      ->group(group);
  app->add_option("--lexical-spm-en", spec.models.english_pieces,
                  "English SentencePiece model for --lexical-units spm/both (default: the "
                  "bundled en.model)")
      ->group(group);
  app->add_option("--dict", spec.models.dictionaries,
                  "Extra Korean–English dictionary in hunalign format (`english @ korean`, one "
                  "entry a line); repeatable")
      ->group(group)
      ->check(CLI::ExistingFile);
  app->add_flag("--no-seed-lexicon{false}", spec.models.seed_lexicon,
                "Do not use the bundled lexicon models/ko-en.dict as the lexical model's prior")
      ->group(group);
  app->add_option("--model", spec.models.lexical_model,
                  "Lexical model made by `kealign train`, used instead of training one")
      ->group(group);
  app->add_flag("--no-numbers{false}", pipeline.features.use_numbers,
                "Do not use numbers as anchors")
      ->group(group);
  app->add_flag("--no-latin-words{false}", pipeline.features.use_latin_words,
                "Do not use Latin-script words inside Korean as anchors")
      ->group(group);
  app->add_flag("--strong-latin-words", pipeline.features.latin_words_strong,
                "Latin words inside Korean also count against a pairing whose other side lacks "
                "them (default: they only support a pairing)")
      ->group(group);
  app->add_flag("--no-urls{false}", pipeline.features.use_urls,
                "Do not use URLs and e-mail addresses as anchors")
      ->group(group);
  app->add_flag("--no-loanwords{false}", pipeline.features.use_loanwords,
                "Do not match loanwords and names across scripts")
      ->group(group);
}

void AddVerdictOptions(CLI::App* app, CommonOptions* options) {
  app->add_option("--min-doc-score", options->spec.options.min_document_score,
                  "Warn about a document whose score (the share of its sentences in confident "
                  "alignments with a different text on each side) is below this: an unrelated or "
                  "untranslated pair; 0 warns about none")
      ->check(NumberIn(0, 1))
      ->capture_default_str();
  app->add_flag("--drop-unrelated", options->drop_unrelated,
                "Write nothing for a document below --min-doc-score (it is still reported)");
}

std::vector<io::Format> CommonOptions::Formats() const { return io::ParseFormatList(formats); }

PipelineSetup CommonOptions::SetUp() const {
  PipelineSpec with_models = spec;
  with_models.models.bundled_directory = DefaultModelDirectory();
  with_models.options.word_links = io::ShowsWordLinks(Formats());
  return SetUpPipeline(with_models);
}

}  // namespace kealign::cli
