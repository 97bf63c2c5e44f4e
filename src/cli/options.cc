#include "cli/options.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <thread>

#include "cli/commands.h"
#include "kealign/error.h"
#include "kealign/lang/dictionary.h"
#include "kealign/tokenize/subword_tokenizer.h"

namespace kealign::cli {

void AddSplitterOptions(CLI::App* app, std::string* engine, text::SplitOptions* split) {
  app->add_option("--splitter", *engine,
                  "Sentence splitter: kealign (its own Korean and English rules) or icu (ICU's "
                  "BreakIterator plus the quotative rule; the baseline)")
      ->check(CLI::IsMember({"kealign", "icu"}))
      ->capture_default_str();
  app->add_flag("--keep-quotes-whole", split->keep_standalone_quotes_whole,
                "Korean: keep a stand-alone quotation of several sentences as one sentence "
                "(the kss convention); default splits it as English splitters do");
  app->add_flag("--hard-boundaries-only{false}", split->soft_boundaries,
                "English: split only at punctuation, line ends, datelines and boilerplate; do "
                "not guess where a sentence starts in text that lacks punctuation (a headline "
                "run into the next sentence)");
}

int ThreadCount(int jobs) {
  return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

PairListing ListPairsOrThrow(const std::string& directory, InputMode mode) {
  PairListing listing = FindDocumentPairs(directory, mode);
  for (const std::string& file : listing.unpaired) {
    fmt::print(stderr, "kealign: warning: {}: skipped, {}\n", directory, file);
  }
  if (listing.pairs.empty()) {
    throw InputError(directory, mode == InputMode::kText
                                    ? "no NAME.ko.txt + NAME.en.txt pairs found"
                                    : "no NAME.ko.sents + NAME.en.sents pairs found");
  }
  return listing;
}

SplitterEngine ParseSplitterEngine(const std::string& name) {
  return name == "icu" ? SplitterEngine::kIcu : SplitterEngine::kKealign;
}

void AddCommonOptions(CLI::App* app, CommonOptions* options) {
  AddSplitterOptions(app, &options->splitter, &options->pipeline.split);
  app->add_option("--input", options->input,
                  "text: raw text that kealign splits (blank line = paragraph break); "
                  "lines: one sentence a line, used as given")
      ->check(CLI::IsMember({"text", "lines"}))
      ->capture_default_str();
  app->add_option("--format", options->formats,
                  "Comma-separated outputs: moses (PREFIX.ko/.en), tsv, jsonl, ids (PREFIX.align, "
                  "vecalign ladder), tmx, html (review page)")
      ->capture_default_str();

  // Tuning knobs, documented so that users can adapt the model instead of patching it.
  const std::string group = "Alignment model";
  align::AlignOptions& align = options->pipeline.align;
  app->add_option("--hole-prior", options->hole_prior,
                  "Prior of a 1-0 or 0-1 alignment (a sentence without counterpart); default 0.05")
      ->group(group)
      ->check(CLI::Range(1e-9, 0.5));
  app->add_option("--merge-prior", options->merge_prior,
                  "Prior of a 1-2 or 2-1 alignment; default 0.03")
      ->group(group)
      ->check(CLI::Range(1e-9, 0.5));
  app->add_option("--triple-prior", options->triple_prior,
                  "Prior of a 1-3 or 3-1 alignment; default 0.001")
      ->group(group)
      ->check(CLI::Range(1e-9, 0.5));
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
  app->add_option("--length-unit", options->length_unit,
                  "How sentence length is measured: chars, nonspace (chars but spaces), bytes")
      ->group(group)
      ->check(CLI::IsMember({"chars", "nonspace", "bytes"}))
      ->capture_default_str();
  app->add_flag("--no-lexical", options->no_lexical,
                "Skip the lexical pass (IBM Model 1 trained on the input's confident pairs): "
                "length and anchors only")
      ->group(group);
  app->add_option("--lexical-weight", align.evidence_weight,
                  "Weight of the lexical model's evidence against length and anchors")
      ->group(group)
      ->capture_default_str();
  app->add_option("--max-training-pairs", options->pipeline.lexical.max_training_pairs,
                  "Most confident sentence pairs the pooled lexical model trains on (batch, "
                  "train); documents past the cap are not read for training")
      ->group(group)
      ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000'000}))
      ->capture_default_str();
  app->add_option("--lexical-rounds", options->pipeline.lexical.rounds,
                  "Training rounds of the pooled lexical model in batch/train (each realigns "
                  "every document)")
      ->group(group)
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  app->add_option("--lexical-units", options->lexical_units,
                  fmt::format("Korean and English units of the lexical model: stems (particles "
                              "and endings stripped; English words), spm (SentencePiece pieces) "
                              "or both; default {}, or the units --model was trained with",
                              features::LexicalUnitsName(LexicalOptions{}.units)))
      ->group(group)
      ->check(CLI::IsMember({"stems", "spm", "both"}));
  app->add_option("--lexical-spm-ko", options->korean_pieces,
                  "Korean SentencePiece model for --lexical-units spm/both (default: the "
                  "bundled ko.model; `kealign train-tokenizer` makes one from your text)")
      ->group(group)
      ->check(CLI::ExistingFile);
  app->add_option("--lexical-spm-en", options->english_pieces,
                  "English SentencePiece model for --lexical-units spm/both (default: the "
                  "bundled en.model)")
      ->group(group)
      ->check(CLI::ExistingFile);
  app->add_option("--dict", options->dictionaries,
                  "Extra Korean–English dictionary in hunalign format (`english @ korean`, one "
                  "entry a line); repeatable")
      ->group(group)
      ->check(CLI::ExistingFile);
  app->add_flag("--no-seed-lexicon", options->no_seed_lexicon,
                "Do not use the bundled lexicon models/ko-en.dict as the lexical model's prior")
      ->group(group);
  app->add_option("--model", options->lexical_model,
                  "Lexical model made by `kealign train`, used instead of training one")
      ->group(group)
      ->check(CLI::ExistingFile);
  app->add_flag("--no-numbers", options->no_numbers, "Do not use numbers as anchors")->group(group);
  app->add_flag("--no-latin-words", options->no_latin_words,
                "Do not use Latin-script words inside Korean as anchors")
      ->group(group);
  app->add_flag("--strong-latin-words", options->strong_latin_words,
                "Latin words inside Korean also count against a pairing whose other side lacks "
                "them (default: they only support a pairing)")
      ->group(group);
  app->add_flag("--no-urls", options->no_urls, "Do not use URLs and e-mail addresses as anchors")
      ->group(group);
  app->add_flag("--no-loanwords", options->no_loanwords,
                "Do not match loanwords and names across scripts")
      ->group(group);
}

InputMode CommonOptions::InputModeValue() const {
  return input == "lines" ? InputMode::kLines : InputMode::kText;
}

std::vector<io::Format> CommonOptions::Formats() const { return io::ParseFormatList(formats); }

PipelineOptions CommonOptions::MakePipelineOptions() const {
  PipelineOptions result = pipeline;
  result.splitter = ParseSplitterEngine(splitter);
  for (align::BeadType& type : result.align.bead_types) {
    const int n = type.source_count + type.target_count;
    if (n == 1 && hole_prior > 0) type.prior = hole_prior;
    if (n == 3 && merge_prior > 0) type.prior = merge_prior;
    const bool triple = n == 4 && (type.source_count == 1 || type.target_count == 1);
    if (triple && triple_prior > 0) type.prior = triple_prior;
  }
  features::FeatureOptions& features = result.features;
  features.length_unit = length_unit == "bytes"      ? features::LengthUnit::kBytes
                         : length_unit == "nonspace" ? features::LengthUnit::kNonSpaceCodePoints
                                                     : features::LengthUnit::kCodePoints;
  features.use_numbers = !no_numbers;
  features.use_latin_words = !no_latin_words;
  features.use_urls = !no_urls;
  features.latin_words_strong = strong_latin_words;
  features.use_loanwords = !no_loanwords;
  result.lexical.enabled = !no_lexical;
  if (!lexical_units.empty()) result.lexical.units = *features::ParseLexicalUnits(lexical_units);
  return result;
}

PipelineModels CommonOptions::LoadModels() const {
  PipelineModels models;
  if (no_lexical) return models;
  auto seed = std::make_shared<lang::Dictionary>();
  std::vector<std::string> paths = dictionaries;
  if (!no_seed_lexicon) paths.insert(paths.begin(), DefaultModelDirectory() + "/ko-en.dict");
  for (const std::string& path : paths) {
    lang::Dictionary more = lang::ReadDictionary(path);
    seed->entries.insert(seed->entries.end(), std::make_move_iterator(more.entries.begin()),
                         std::make_move_iterator(more.entries.end()));
  }
  models.seed_lexicon = std::move(seed);
  features::LexicalUnits units = MakePipelineOptions().lexical.units;
  if (!lexical_model.empty()) {
    models.lexical_model = std::make_shared<const LexicalModel>(LexicalModel::LoadFile(lexical_model));
    // The model's units win unless the user asked for others, which cannot work with it.
    if (!lexical_units.empty() && units != models.lexical_model->units) {
      throw Error(fmt::format(
          "{}: the lexical model was trained with --lexical-units {}, not {} (omit "
          "--lexical-units to use the model's, or train another model)",
          lexical_model, features::LexicalUnitsName(models.lexical_model->units), lexical_units));
    }
    units = models.lexical_model->units;
  }
  if (!features::UsesPieces(units) && !(korean_pieces.empty() && english_pieces.empty())) {
    // Silently ignoring a model the user named would hide a typo in --lexical-units.
    if (models.lexical_model) {
      throw Error(fmt::format(
          "--lexical-spm-ko/--lexical-spm-en: {} was trained with --lexical-units {}, which uses "
          "no SentencePiece model",
          lexical_model, features::LexicalUnitsName(units)));
    }
    throw Error("--lexical-spm-ko and --lexical-spm-en need --lexical-units spm or both");
  }
  if (features::UsesPieces(units)) {
    const std::string directory = DefaultModelDirectory();
    models.pieces.korean = std::make_shared<const tokenize::SubwordTokenizer>(
        korean_pieces.empty() ? directory + "/ko.model" : korean_pieces);
    models.pieces.english = std::make_shared<const tokenize::SubwordTokenizer>(
        english_pieces.empty() ? directory + "/en.model" : english_pieces);
  }
  if (models.lexical_model) {
    // Checked here, before any document is read, so that the message can name the file.
    try {
      models.lexical_model->MakeTokenizer(models.pieces);
    } catch (const ModelError& e) {
      throw ModelError(fmt::format("{}: {}", lexical_model, e.what()));
    }
  }
  return models;
}

}  // namespace kealign::cli
