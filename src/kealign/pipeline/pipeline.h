// The whole pipeline for one document pair: sentences → features → alignment.
//
// The `pipeline` module is the library's top floor: it joins the stages (`text`, `features`,
// `align`, `lexical`) for one document (`Pipeline`), for a corpus (`batch.h`), and loads what a
// run needs (`setup.h`). Reading files and writing outputs stay in `kealign/io/`, so the pipeline
// works on in-memory documents and is what `kealign align` and `kealign batch` both call.
#pragma once

#include <memory>
#include <optional>

#include "kealign/align/aligner.h"
#include "kealign/align/options.h"
#include "kealign/aligned_document.h"
#include "kealign/document.h"
#include "kealign/features/extractor.h"
#include "kealign/lang/dictionary.h"
#include "kealign/pipeline/lexical_alignment.h"
#include "kealign/text/sentence_splitter.h"

namespace kealign {

// Which sentence splitter `--input text` uses. `kKealign` (default) is kealign's own;
// `kIcu` is ICU's BreakIterator with the quotative rule only, kept as a measured baseline.
enum class SplitterEngine { kKealign, kIcu };

// The default of `PipelineOptions::min_document_score`, chosen on the dev set: no real
// document scores below it, every Korean document paired with another's English does
// (BENCHMARKS.md, "Document score").
inline constexpr double kDefaultMinDocumentScore = 0.4;

struct PipelineOptions {
  SplitterEngine splitter = SplitterEngine::kKealign;
  text::SplitOptions split;
  features::FeatureOptions features;
  align::AlignOptions align;
  LexicalOptions lexical;
  // Check that the Korean side is Korean and the English side English before aligning
  // (`CheckLanguages` in pipeline/verdict.h); false (`--no-language-check`) skips it.
  bool check_languages = true;
  // A document scoring below this (`AlignedDocument::document_score`) is flagged as not a
  // translation (`IsUnrelated`): callers warn, count or drop it. 0 flags nothing.
  double min_document_score = kDefaultMinDocumentScore;
  // Find the word links of every bead (`AlignedDocument::links`, pipeline/word_links.h): for
  // outputs that show them (JSONL, the review page, the glossary). Off by default: on a long
  // document they add a few percent to the run time (3.5 % more instructions for JSONL on a
  // 1,500-sentence document, BENCHMARKS.md).
  bool word_links = false;
  // Output scores through the shipped calibration map (pipeline/calibration.h), so that a
  // score is the share of such alignments that are right; false (`--raw-scores`) gives the
  // model's posterior as it is (what `scripts/calibration.py` fits the map on).
  bool calibrate_scores = true;
};

// Models the pipeline reads but does not own. All optional.
struct PipelineModels {
  // Seed Korean–English lexicon used as a prior when a lexical model is trained.
  std::shared_ptr<const lang::Dictionary> seed_lexicon;
  // A lexical model trained beforehand (`kealign train`, or pooled over a batch); when set,
  // documents are aligned in one pass with it instead of training their own.
  std::shared_ptr<const LexicalModel> lexical_model;
  // SentencePiece models for lexical units made of pieces (`LexicalOptions::units`, or the
  // units of `lexical_model`); loaded once and shared by every pipeline of a run.
  features::PieceModels pieces;
};

// Holds the per-language sentence splitters (costly to build) for many documents. Not
// thread-safe: give each thread its own `Pipeline`.
class Pipeline {
 public:
  // Throws `ModelError` if the lexical units need pieces that `models` lacks, or if
  // `models.lexical_model` was trained on pieces of other SentencePiece models. A given
  // lexical model's units win over `options.lexical.units`.
  explicit Pipeline(PipelineOptions options = {}, PipelineModels models = {});
  ~Pipeline();

  // The sentences of `text` in `language`, by the configured splitter.
  std::vector<Sentence> Split(Language language, std::string_view text) const;

  // Splits documents that have no sentences yet (Korean `source`, English `target`), after
  // making their text NFC (`text::NormalizeDocument`) if it is not.
  void SplitIfNeeded(Document* source, Document* target) const;

  // Checks the languages (unless `options.check_languages` is off: `CheckLanguages` throws
  // `InputError`), splits where needed, then aligns, and sets the document score. With the
  // lexical pass enabled and no lexical model given,
  // a model is trained on this document's own confident first-pass beads (plus the seed
  // lexicon) and the document is aligned again with it. Either document may have no
  // sentences (all holes).
  //
  // `first_pass`, if given, is this document's `FirstPass` ladder computed earlier by a
  // pipeline with the same options (a pooled batch has it from training): the first search is
  // then skipped, with the same result. A ladder that does not fit the document's sentences is
  // ignored; one from other options or another text of the same length cannot be detected.
  AlignedDocument Align(Document source, Document target,
                        const align::Ladder* first_pass = nullptr) const;

  // Splits where needed and scores the given `ladder` instead of searching for one: each
  // bead's score is the model's posterior for it, with the model `Align` would use for these
  // documents (so the beads `Align` would also output get the scores it gives them), and word
  // links are found for the given beads if the options ask. The way back from a ladder a
  // reviewer corrected, or another aligner wrote. Throws `InputError` if `ladder` does not
  // cover every sentence of both sides once, in order (`io::ReadLadder` says where it fails).
  AlignedDocument Apply(Document source, Document target, const align::Ladder& ladder) const;

  // Splits where needed and aligns by length and anchors only: the first pass, whose confident
  // beads train a pooled lexical model (`LexicalTrainingSet`).
  AlignedDocument FirstPass(Document source, Document target) const;

  const PipelineOptions& options() const { return options_; }

 private:
  struct Splitters;
  // Both sides' sentence features, as the aligner takes them.
  struct Features {
    std::vector<align::SegmentFeatures> source;
    std::vector<align::SegmentFeatures> target;
  };
  // `FirstPass` that also hands back the features it extracted, and takes its ladder from
  // `known` instead of searching when that is given and fits.
  AlignedDocument FirstPass(Document source, Document target, Features* features,
                            const align::Ladder* known = nullptr) const;
  // The lexical model for `first` (the given one, or one trained on `first`'s confident beads).
  std::shared_ptr<const LexicalModel> ModelFor(const AlignedDocument& first) const;
  // Fills what every aligned document carries beyond its ladder: word links (if the options ask,
  // with `model`, which may be null) and the verdict's document score and identical share.
  void Conclude(AlignedDocument* aligned, const LexicalModel* model) const;
  // The lexical evidence of `first`'s documents for beads within `band` of the given model.
  std::unique_ptr<LexicalEvidence> EvidenceFor(const AlignedDocument& first,
                                               const LexicalModel& model,
                                               const align::Band* band) const;

  PipelineOptions options_;
  PipelineModels models_;
  std::unique_ptr<Splitters> splitters_;
  align::Aligner aligner_;
  // The units of the lexical model given or trained.
  features::LexicalTokenizer lexical_tokenizer_;
};

}  // namespace kealign
