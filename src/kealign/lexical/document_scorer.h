// Fast lexical scoring of candidate beads within one document pair.
//
// The aligner asks for millions of beads, mostly overlapping. The per-bead work of Model 1 is,
// for each target token e, the sum of t(e | f) over the bead's source tokens. This is additive
// over source sentences, so the scorer precomputes once per source sentence, for every target
// token of its window (the target sentences it may be paired with), the sum over the sentence's
// tokens f of t(e | f), stored in target token order (and the same for the reverse direction).
// A bead's target tokens are then a contiguous slice of each of its source sentences' arrays:
// one sequential read per token per sentence on the other side, plus a `log` per 16 tokens, and
// merging a second sentence into a 2-1 or 1-2 bead only adds reads, never a pass over word
// pairs. (Per-sentence hash maps keyed by token type cost five times as much per bead: random
// probes into hundreds of megabytes.)
//
// The per-sentence arrays are most of the memory (4 bytes per sentence and token of its
// window: about 3 KB a sentence pair with a radius-5 band), so only a block of consecutive
// sentences holds them at a time (`kResidentSentences` a side): the aligner asks for beads in
// document order, and a bead outside the block rebuilds the block around it. Memory is then
// bounded by the block, not the document: the tokens themselves (a dozen bytes per token) are
// all that grows with it.
//
// Measured on the 50,000-sentence synthetic document of scripts/bench (model trained on its
// own confident first-pass pairs, windows from a radius-5 band): 0.6 s CPU to build
// (tokenizing included), 0.22 µs per `Score` over 1-1, 1-2 and 2-1 beads (per-sentence hash
// maps before it: 1.2 µs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "kealign/lexical/model1.h"
#include "kealign/span.h"

namespace kealign::lexical {

// The lexical evidence for one bead, per direction.
struct BeadEvidence {
  // Mean per-token Model-1 log P(target | source) in nats, exactly `LogProbability` over the
  // concatenated sentences (up to float rounding); 0 if no target token is known.
  double target_given_source = 0;
  // The same for P(source | target) with the backward table.
  double source_given_target = 0;
  // How many tokens each mean averages over (known tokens of the generated side).
  int num_target_tokens = 0;
  int num_source_tokens = 0;
};

// A half-open range of sentence indices on the other side.
using SentenceWindow = SentenceRange;

class DocumentScorer {
 public:
  // Prepares the structures for `source_sentences` × `target_sentences` (token ids per
  // sentence; negative or unknown ids are skipped). Keeps a reference to `model`, which must
  // outlive the scorer; the sentences need not (their known tokens are copied). Time O(sum over
  // tokens of the token's row length in the table, once for each time a sentence is made
  // resident + the model's vocabulary size, for scratch arrays indexed by word id: many tiny
  // documents pay it each time); memory about 12 bytes per token plus 4 bytes per (resident
  // sentence, token of its window) pair, see `memory_bytes`.
  //
  // `source_windows[i]`, if given, is the half-open range of target sentences that source
  // sentence i may be paired with (and `target_windows` the reverse). Without windows every
  // sentence's window is the whole other side, so the resident block costs the product of its
  // size and the other side's: give windows for any document of more than a few hundred
  // sentences. Beads outside the windows read their out-of-window tokens as unexplained (NULL
  // alone).
  DocumentScorer(const BidirectionalModel& model,
                 std::span<const std::vector<int>> source_sentences,
                 std::span<const std::vector<int>> target_sentences,
                 std::span<const SentenceWindow> source_windows = {},
                 std::span<const SentenceWindow> target_windows = {});

  // Evidence for the bead of source sentences [source_begin, source_begin + source_count) and
  // target sentences [target_begin, target_begin + target_count). Either count may be 0 (then
  // every field is 0). O((source_count + target_count) × tokens on the other side) sequential
  // reads and a `log` per 16 tokens while the bead's sentences are resident; otherwise the
  // block is rebuilt around them first. Not thread-safe (the resident block changes): one
  // scorer per thread. The result does not depend on which block is resident.
  BeadEvidence Evidence(int source_begin, int source_count, int target_begin,
                        int target_count) const;

  // The symmetric evidence that the bead is a translation: the mean over directions with known
  // tokens of the mean log-probability minus that direction's background, in nats per token.
  // About 0 without evidence, positive for translations; 0 for a 1-0 or 0-1 bead. Same cost as
  // `Evidence`.
  double Score(int source_begin, int source_count, int target_begin, int target_count) const;

  // The backgrounds `Score` subtracts. With at least `kMinBackgroundSentences` sentences per
  // side they are measured on this document: the mean `Evidence` of up to 256 1-1 pairs a few
  // sentences off the diagonal (sentence a against target (a·M/N + min(M/2, 6)) mod M), which
  // are unrelated but share the local topic, so that a wrong neighbour scores about 0. A background from the model's own
  // training pairs is biased for other text: tokens it never saw are skipped, and the ones left
  // are frequent and score higher. Smaller documents use the model's backgrounds.
  double forward_background() const { return forward_background_; }
  double backward_background() const { return backward_background_; }
  static constexpr int kMinBackgroundSentences = 4;

  int num_source_sentences() const { return source_.num_sentences(); }
  int num_target_sentences() const { return target_.num_sentences(); }

  // Bytes held by the precomputed structures.
  std::size_t memory_bytes() const;

  // How many sentences of each side hold their per-window arrays at once.
  static constexpr int kResidentSentences = 2048;

 private:
  // A half-open range of indices into a `Side::tokens`.
  struct TokenRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };

  // One side's sentences in both roles: as the generated side of one direction (its known
  // tokens, with their NULL probabilities) and as the conditioning side of the other (its
  // known tokens and, for the resident sentences, for each token of the window on the other
  // side, the sum of t(token | f) over the sentence's tokens f).
  struct Side {
    std::vector<std::uint32_t> token_offsets;  // per sentence into `tokens`, size n + 1
    std::vector<std::uint32_t> tokens;         // ids of the generated-role known tokens
    std::vector<float> null_probability;       // t(token | NULL), parallel to `tokens`
    // The conditioning role, under `table` (t(other side's token | this side's token)).
    const TranslationTable* table = nullptr;
    std::vector<std::uint32_t> source_offsets;  // per sentence into `source_tokens`, n + 1
    std::vector<std::uint32_t> source_tokens;   // known conditioning-role tokens
    std::vector<TokenRange> window_tokens;      // per sentence, its window's tokens (other side)
    // The resident sentences [resident_begin, resident_end): their sums, one per window token.
    int resident_begin = 0;
    int resident_end = 0;
    std::vector<std::uint64_t> value_offsets;  // per resident sentence into `values`, + 1
    std::vector<float> values;
    // Scratch indexed by the other side's token id, kept between fills.
    std::vector<float> sums;
    std::vector<std::uint32_t> stamp;

    int num_sentences() const { return static_cast<int>(window_tokens.size()); }
    int known(int sentence) const {
      return static_cast<int>(source_offsets[sentence + 1] - source_offsets[sentence]);
    }
  };

  // Fills `generated`'s tokens and `conditioning`'s known tokens and windows for the direction
  // P(generated | conditioning) under `table`; no sentence is resident yet.
  static void Prepare(const TranslationTable& table,
                      std::span<const std::vector<int>> conditioning_sentences,
                      std::span<const std::vector<int>> generated_sentences,
                      std::span<const SentenceWindow> windows, Side* conditioning,
                      Side* generated);

  // Makes exactly sentences [begin, end) of `conditioning` resident, computing their sums.
  static void Fill(const Side& generated, int begin, int end, Side* conditioning);

  // Makes sentences [c, c + cn) of `conditioning` resident, with the block around them.
  static void EnsureResident(const Side& generated, int c, int cn, Side* conditioning);

  // Mean log P(generated sentences [g, g + gn) | conditioning sentences [c, c + cn)) and the
  // number of tokens; the mean is 0 if there are none.
  static std::pair<double, int> Directional(const Side& conditioning, int c, int cn,
                                            const Side& generated, int g, int gn,
                                            double floor_probability);

  // Sets the backgrounds (see `forward_background`).
  void EstimateBackgrounds(std::span<const SentenceWindow> source_windows);

  const BidirectionalModel& model_;
  mutable Side source_;
  mutable Side target_;
  double forward_background_ = 0;
  double backward_background_ = 0;
};

}  // namespace kealign::lexical
