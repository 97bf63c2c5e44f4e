#include "kealign/pipeline/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "kealign/align/dynamic_program.h"
#include "kealign/error.h"
#include "kealign/pipeline/calibration.h"
#include "kealign/pipeline/verdict.h"
#include "kealign/pipeline/word_links.h"
#include "kealign/text/icu_sentence_splitter.h"
#include "kealign/text/normalizer.h"

namespace kealign {

// One splitter per language, of the engine the options name.
struct Pipeline::Splitters {
  explicit Splitters(const PipelineOptions& options) {
    if (options.splitter == SplitterEngine::kIcu) {
      icu_korean.emplace(Language::kKorean);
      icu_english.emplace(Language::kEnglish);
    } else {
      korean.emplace(Language::kKorean, options.split);
      english.emplace(Language::kEnglish, options.split);
    }
  }
  std::vector<Sentence> Split(Language language, std::string_view text) const {
    if (icu_korean) {
      return (language == Language::kKorean ? *icu_korean : *icu_english).Split(text);
    }
    return (language == Language::kKorean ? *korean : *english).Split(text);
  }
  std::optional<text::SentenceSplitter> korean, english;
  std::optional<text::IcuSentenceSplitter> icu_korean, icu_english;
};

Pipeline::Pipeline(PipelineOptions options, PipelineModels models)
    : options_(std::move(options)),
      models_(std::move(models)),
      splitters_(std::make_unique<Splitters>(options_)),
      aligner_(options_.align) {
  if (!options_.lexical.enabled) return;
  lexical_tokenizer_ = models_.lexical_model
                           ? models_.lexical_model->MakeTokenizer(models_.pieces)
                           : features::LexicalTokenizer(options_.lexical.units, models_.pieces);
}

Pipeline::~Pipeline() = default;

std::vector<Sentence> Pipeline::Split(Language language, std::string_view text) const {
  return splitters_->Split(language, text);
}

void Pipeline::SplitIfNeeded(Document* source, Document* target) const {
  // Documents from the readers are NFC already; one made in memory may not be.
  if (source->sentences.empty()) {
    text::NormalizeDocument(source);
    source->sentences = Split(Language::kKorean, source->text);
  }
  if (target->sentences.empty()) {
    text::NormalizeDocument(target);
    target->sentences = Split(Language::kEnglish, target->text);
  }
}

AlignedDocument Pipeline::FirstPass(Document source, Document target) const {
  Features unused;
  return FirstPass(std::move(source), std::move(target), &unused);
}

AlignedDocument Pipeline::FirstPass(Document source, Document target, Features* features,
                                    const align::Ladder* known) const {
  if (options_.check_languages) CheckLanguages(source, target);
  SplitIfNeeded(&source, &target);
  features->source = features::ExtractFeatures(source, Language::kKorean, options_.features);
  features->target = features::ExtractFeatures(target, Language::kEnglish, options_.features);
  AlignedDocument aligned;
  const int n = static_cast<int>(source.sentences.size());
  const int m = static_cast<int>(target.sentences.size());
  aligned.ladder = known != nullptr && align::IsValidLadder(*known, n, m)
                       ? *known
                       : aligner_.Align(features->source, features->target);
  aligned.source = std::move(source);
  aligned.target = std::move(target);
  return aligned;
}

std::shared_ptr<const LexicalModel> Pipeline::ModelFor(const AlignedDocument& first) const {
  if (models_.lexical_model) return models_.lexical_model;
  LexicalTrainingSet training(lexical_tokenizer_);
  training.Add(first, options_.lexical);
  return std::make_shared<const LexicalModel>(
      training.Train(models_.seed_lexicon.get(), options_.lexical));
}

std::unique_ptr<LexicalEvidence> Pipeline::EvidenceFor(const AlignedDocument& first,
                                                       const LexicalModel& model,
                                                       const align::Band* band) const {
  const int n = static_cast<int>(first.source.sentences.size());
  const int m = static_cast<int>(first.target.sentences.size());
  // The second pass searches near the first; the lexical scorer needs only that neighbourhood.
  std::vector<SentenceRange> source_windows, target_windows;
  if (band != nullptr && band->NumCells() < static_cast<long long>(n + 1) * (m + 1)) {
    align::BandWindows(*band, n, m, &source_windows, &target_windows);
  }
  return std::make_unique<LexicalEvidence>(model, lexical_tokenizer_, first.source, first.target,
                                           source_windows, target_windows);
}

AlignedDocument Pipeline::Align(Document source, Document target,
                                const align::Ladder* first_pass) const {
  // The second pass reuses the first pass's features: extracting them again took a tenth of
  // the run on long documents.
  Features features;
  AlignedDocument first = FirstPass(std::move(source), std::move(target), &features, first_pass);
  if (!options_.lexical.enabled) {
    Conclude(&first, nullptr);
    return first;
  }
  const std::shared_ptr<const LexicalModel> model = ModelFor(first);
  const int n = static_cast<int>(first.source.sentences.size());
  const int m = static_cast<int>(first.target.sentences.size());
  std::optional<align::Band> band;
  if (n > 0 && m > 0) band = aligner_.GuideBand(first.ladder, n, m);
  const std::unique_ptr<LexicalEvidence> evidence =
      EvidenceFor(first, *model, band ? &*band : nullptr);
  AlignedDocument aligned;
  aligned.ladder =
      aligner_.Align(features.source, features.target, std::nullopt, evidence.get(), &first.ladder);
  aligned.source = std::move(first.source);
  aligned.target = std::move(first.target);
  Conclude(&aligned, model.get());
  return aligned;
}

void Pipeline::Conclude(AlignedDocument* aligned, const LexicalModel* model) const {
  // The document score's threshold was chosen on the model's posteriors (every real dev
  // document above every mismatched one): it reads them, so calibrating, which lowers the
  // confident beads' scores, does not move which documents are flagged.
  aligned->document_score = DocumentScore(*aligned);
  aligned->identical_share = IdenticalShare(*aligned);
  if (options_.calibrate_scores) CalibrateScores(&aligned->ladder);
  if (options_.word_links) aligned->links = FindWordLinks(*aligned, model, options_.features);
}

AlignedDocument Pipeline::Apply(Document source, Document target,
                                const align::Ladder& ladder) const {
  if (options_.check_languages) CheckLanguages(source, target);
  SplitIfNeeded(&source, &target);
  const int n = static_cast<int>(source.sentences.size());
  const int m = static_cast<int>(target.sentences.size());
  if (!align::IsValidLadder(ladder, n, m)) {
    throw InputError(source.path,
                     fmt::format("the ladder does not cover the {} Korean and {} English "
                                 "sentences exactly once, in order",
                                 n, m));
  }
  AlignedDocument aligned;
  if (!options_.lexical.enabled) {
    const std::vector<align::SegmentFeatures> source_features =
        features::ExtractFeatures(source, Language::kKorean, options_.features);
    const std::vector<align::SegmentFeatures> target_features =
        features::ExtractFeatures(target, Language::kEnglish, options_.features);
    aligned.ladder = aligner_.Score(source_features, target_features, ladder);
    aligned.source = std::move(source);
    aligned.target = std::move(target);
    Conclude(&aligned, nullptr);
    return aligned;
  }
  // The model `Align` would use: trained on the first pass, which also guides the scoring.
  Features features;
  AlignedDocument first = FirstPass(std::move(source), std::move(target), &features);
  const std::shared_ptr<const LexicalModel> model = ModelFor(first);
  std::optional<align::Band> band;
  if (n > 0 && m > 0) band = aligner_.GuideBand(first.ladder, n, m, &ladder);
  const std::unique_ptr<LexicalEvidence> evidence =
      EvidenceFor(first, *model, band ? &*band : nullptr);
  aligned.ladder = aligner_.Score(features.source, features.target, ladder, std::nullopt,
                                  evidence.get(), &first.ladder);
  aligned.source = std::move(first.source);
  aligned.target = std::move(first.target);
  Conclude(&aligned, model.get());
  return aligned;
}

}  // namespace kealign
