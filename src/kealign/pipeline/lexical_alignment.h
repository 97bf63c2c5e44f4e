// The lexical pass (Moore 2002, "Fast and Accurate Sentence Alignment of Bilingual Corpora"):
// a first alignment by length and anchors, IBM Model 1 trained on its confident 1-1 beads
// (pooled over every document of a batch, seeded by a Korean–English lexicon), and a second
// alignment that adds the model's evidence. This file is the glue between the pipeline's
// documents and the language-blind `kealign::lexical` and `kealign::align` modules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "kealign/align/scorer.h"
#include "kealign/aligned_document.h"
#include "kealign/features/lexical_tokens.h"
#include "kealign/lang/dictionary.h"
#include "kealign/lexical/document_scorer.h"
#include "kealign/lexical/model1.h"
#include "kealign/lexical/vocabulary.h"

namespace kealign {

struct LexicalOptions {
  // Off: length and anchors only (one pass).
  bool enabled = true;
  // The units the model learns over (see features/lexical_tokens.h for why stems are the
  // default); pieces need the SentencePiece models in `PipelineModels::pieces`. A model given
  // beforehand brings its own units.
  features::LexicalUnits units = features::LexicalUnits::kStems;
  // First-pass 1-1 beads with at least this posterior score train the model.
  double min_confidence = 0.9;
  // Pairs with more tokens than this on either side are not trained on: Model 1's cost is the
  // product of the two lengths (one pair of 40,000-word "sentences" took 18 s), and a word's
  // few translations drown among hundreds of positions, so such pairs teach little. GIZA++
  // stops at 101 words; the dev set's longest training sentence has fewer than 200.
  int max_training_tokens = 200;
  // Training rounds over a batch: round 1 learns from the first pass's beads, each further
  // round from the beads of an alignment with the previous round's model.
  int rounds = 1;
  // EM iterations and threads (the model is the same for any thread count).
  int iterations = 5;
  int threads = 1;
  // Pseudo-counts each seed-lexicon pair adds to the model's expected counts.
  double prior_weight = 2.0;
  // At most this many sentence pairs are kept for training (the first ones in document
  // order), which bounds memory on very large batches: 1M pairs of news text take about
  // 1.5 GB while training.
  std::size_t max_training_pairs = 2'000'000;
  // A pooled batch reads its documents this many at a time and stops once the cap above is
  // reached. Fixed, not per thread, so that the model is the same for any thread count.
  std::size_t training_chunk_documents = 512;
};

// A trained lexical model and the vocabularies its ids refer to (Korean = source side).
struct LexicalModel {
  lexical::Vocabulary korean;
  lexical::Vocabulary english;
  lexical::BidirectionalModel model;
  // The units the vocabularies hold, and for pieces `LexicalTokenizer::pieces_fingerprint()`
  // of the SentencePiece models that made them.
  features::LexicalUnits units = features::LexicalUnits::kStems;
  std::uint64_t pieces_fingerprint = 0;

  // The tokenizer that produces this model's units from `pieces` (unused for stems). Throws
  // `ModelError` if the model needs pieces and `pieces` lacks them or holds other models than
  // the ones it was trained with (its ids would then point at unrelated units).
  features::LexicalTokenizer MakeTokenizer(const features::PieceModels& pieces) const;

  // A single binary file: magic, format version, units, both vocabularies, both tables, and a
  // checksum over all of it; little-endian, so the same bytes on every machine.
  void Save(std::ostream& out) const;
  // Throws `ModelError` naming `display_name` if the data is not a kealign lexical model, is of
  // a newer format version, is truncated, inconsistent or fails its checksum. Files of kealign
  // 0.1 (formats 1 and 2, host-endian headers around separately checksummed parts) still load.
  static LexicalModel Load(std::istream& in, const std::string& display_name);
  static LexicalModel LoadFile(const std::string& path);
};

// Training material gathered from first-pass alignments: the pairs' tokens as ids of two
// vocabularies numbered in order of first appearance (4 bytes a token; the token strings took
// 30 times that, most of a long document's memory while training).
class LexicalTrainingSet {
 public:
  // Sentences are split into units by `tokenizer` (default: stems).
  explicit LexicalTrainingSet(features::LexicalTokenizer tokenizer = {});

  // Adds the lexical tokens of the confident 1-1 beads of `first_pass`. Call in a fixed order
  // (document order) for a reproducible model.
  void Add(const AlignedDocument& first_pass, const LexicalOptions& options);
  // Appends the pairs of `other` (up to `options.max_training_pairs` in all); both must use the
  // same units.
  void Append(LexicalTrainingSet&& other, const LexicalOptions& options);
  std::size_t size() const { return korean_.offsets.size() - 1; }

  // Trains on what was added, with `seed` (may be null) as prior pairs. Deterministic. Seed
  // entries are split into the same units: a stem prior pairs an entry whose sides are one
  // stem each; a piece prior spreads the entry's weight over every pairing of its Korean and
  // English pieces (entries of more than `kMaxPiecePairs` pairings are skipped).
  LexicalModel Train(const lang::Dictionary* seed, const LexicalOptions& options) const;
  static constexpr int kMaxPiecePairs = 9;

 private:
  // One side of the pairs: pair p's tokens are ids[offsets[p] .. offsets[p + 1]).
  struct Side {
    lexical::Vocabulary vocabulary;
    std::vector<int> ids;
    std::vector<std::size_t> offsets{0};
  };
  // Appends one pair, encoding `korean` and `english` token by token.
  template <typename KoreanTokens, typename EnglishTokens>
  void AddPair(const KoreanTokens& korean, const EnglishTokens& english);

  features::LexicalTokenizer tokenizer_;
  Side korean_;
  Side english_;
};

// `model`'s evidence for the beads of one document pair, as the aligner consumes it. Holds a
// reference to `model`, which must outlive it.
class LexicalEvidence : public align::BeadEvidence {
 public:
  // `tokenizer` must produce `model`'s units (`LexicalModel::MakeTokenizer`).
  // `source_windows`/`target_windows` as in `lexical::DocumentScorer` (empty: whole document).
  LexicalEvidence(const LexicalModel& model, const features::LexicalTokenizer& tokenizer,
                  const Document& source, const Document& target,
                  std::span<const lexical::SentenceWindow> source_windows = {},
                  std::span<const lexical::SentenceWindow> target_windows = {});

  // Model 1's evidence in both directions, averaged: per direction the mean log-probability
  // per generated token above the document's background, times the square root of that
  // direction's token count (longer beads carry more evidence, but their tokens are far from
  // independent). 0 when either side has no known token.
  double Support(int source_begin, int source_count, int target_begin,
                 int target_count) const override;

 private:
  std::vector<std::vector<int>> source_ids_;
  std::vector<std::vector<int>> target_ids_;
  lexical::DocumentScorer scorer_;
};

}  // namespace kealign
