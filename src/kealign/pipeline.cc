#include "kealign/pipeline.h"

#include "kealign/text/sentence_splitter.h"

namespace kealign {

struct Pipeline::Splitters {
  text::SentenceSplitter korean{Language::kKorean};
  text::SentenceSplitter english{Language::kEnglish};
};

Pipeline::Pipeline(PipelineOptions options)
    : options_(std::move(options)),
      splitters_(std::make_unique<Splitters>()),
      aligner_(options_.align) {}

Pipeline::~Pipeline() = default;

void Pipeline::SplitIfNeeded(Document* source, Document* target) const {
  if (source->sentences.empty()) source->sentences = splitters_->korean.Split(source->text);
  if (target->sentences.empty()) target->sentences = splitters_->english.Split(target->text);
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
