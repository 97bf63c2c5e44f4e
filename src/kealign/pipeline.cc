#include "kealign/pipeline.h"

#include <optional>

#include "kealign/text/icu_sentence_splitter.h"

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

Pipeline::Pipeline(PipelineOptions options)
    : options_(std::move(options)),
      splitters_(std::make_unique<Splitters>(options_)),
      aligner_(options_.align) {}

Pipeline::~Pipeline() = default;

std::vector<Sentence> Pipeline::Split(Language language, std::string_view text) const {
  return splitters_->Split(language, text);
}

void Pipeline::SplitIfNeeded(Document* source, Document* target) const {
  if (source->sentences.empty()) source->sentences = Split(Language::kKorean, source->text);
  if (target->sentences.empty()) target->sentences = Split(Language::kEnglish, target->text);
}

AlignedDocument Pipeline::Align(Document source, Document target) const {
  SplitIfNeeded(&source, &target);
  const auto source_features = features::ExtractFeatures(source, Language::kKorean, options_.features);
  const auto target_features = features::ExtractFeatures(target, Language::kEnglish, options_.features);
  AlignedDocument aligned;
  aligned.ladder = aligner_.Align(source_features, target_features);
  aligned.source = std::move(source);
  aligned.target = std::move(target);
  return aligned;
}

}  // namespace kealign
