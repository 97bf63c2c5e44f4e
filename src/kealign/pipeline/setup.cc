#include "kealign/pipeline/setup.h"

#include <fmt/format.h>

#include <iterator>
#include <memory>

#include "kealign/error.h"
#include "kealign/lang/dictionary.h"
#include "kealign/tokenize/subword_tokenizer.h"

namespace kealign {
namespace {

std::string Bundled(const ModelSources& sources, const char* file) {
  return sources.bundled_directory.empty() ? std::string(file)
                                           : sources.bundled_directory + "/" + file;
}

std::shared_ptr<const lang::Dictionary> LoadSeedLexicon(const ModelSources& sources) {
  auto seed = std::make_shared<lang::Dictionary>();
  std::vector<std::string> paths = sources.dictionaries;
  if (sources.seed_lexicon) paths.insert(paths.begin(), Bundled(sources, "ko-en.dict"));
  for (const std::string& path : paths) {
    lang::Dictionary more = lang::ReadDictionary(path);
    seed->entries.insert(seed->entries.end(), std::make_move_iterator(more.entries.begin()),
                         std::make_move_iterator(more.entries.end()));
  }
  return seed;
}

}  // namespace

PipelineSetup SetUpPipeline(const PipelineSpec& spec) {
  PipelineSetup setup;
  setup.options = spec.options;
  align::AlignOptions& align = setup.options.align;
  if (spec.hole_prior) align::SetShapePrior(&align, align::ShapeFamily::kHole, *spec.hole_prior);
  if (spec.merge_prior) {
    align::SetShapePrior(&align, align::ShapeFamily::kMerge, *spec.merge_prior);
  }
  if (spec.triple_prior) {
    align::SetShapePrior(&align, align::ShapeFamily::kTriple, *spec.triple_prior);
  }
  align::ValidateAlignOptions(align);

  LexicalOptions& lexical = setup.options.lexical;
  if (spec.lexical_units) lexical.units = *spec.lexical_units;
  if (!lexical.enabled) return setup;
  const ModelSources& sources = spec.models;
  PipelineModels& models = setup.models;
  models.seed_lexicon = LoadSeedLexicon(sources);
  if (!sources.lexical_model.empty()) {
    models.lexical_model =
        std::make_shared<const LexicalModel>(LexicalModel::LoadFile(sources.lexical_model));
    // The model's units win unless the user asked for others, which cannot work with it.
    if (spec.lexical_units && *spec.lexical_units != models.lexical_model->units) {
      throw Error(fmt::format(
          "{}: the lexical model was trained with --lexical-units {}, not {} (omit "
          "--lexical-units to use the model's, or train another model)",
          sources.lexical_model, features::LexicalUnitsName(models.lexical_model->units),
          features::LexicalUnitsName(*spec.lexical_units)));
    }
    lexical.units = models.lexical_model->units;
  }
  const bool pieces_named = !sources.korean_pieces.empty() || !sources.english_pieces.empty();
  if (!features::UsesPieces(lexical.units) && pieces_named) {
    // Silently ignoring a model the user named would hide a typo in --lexical-units.
    if (models.lexical_model) {
      throw Error(fmt::format(
          "--lexical-spm-ko/--lexical-spm-en: {} was trained with --lexical-units {}, which uses "
          "no SentencePiece model",
          sources.lexical_model, features::LexicalUnitsName(lexical.units)));
    }
    throw Error("--lexical-spm-ko and --lexical-spm-en need --lexical-units spm or both");
  }
  if (features::UsesPieces(lexical.units)) {
    models.pieces.korean = std::make_shared<const tokenize::SubwordTokenizer>(
        sources.korean_pieces.empty() ? Bundled(sources, "ko.model") : sources.korean_pieces);
    models.pieces.english = std::make_shared<const tokenize::SubwordTokenizer>(
        sources.english_pieces.empty() ? Bundled(sources, "en.model") : sources.english_pieces);
  }
  if (models.lexical_model) {
    // Checked here, before any document is read, so that the message can name the file.
    try {
      models.lexical_model->MakeTokenizer(models.pieces);
    } catch (const ModelError& e) {
      throw ModelError(fmt::format("{}: {}", sources.lexical_model, e.what()));
    }
  }
  return setup;
}

}  // namespace kealign
