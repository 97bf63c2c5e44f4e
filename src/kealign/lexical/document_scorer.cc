#include "kealign/lexical/document_scorer.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <tuple>

namespace kealign::lexical {
namespace {

// How far from the diagonal the background pairs lie: near enough to share the local topic, so
// that a wrong neighbour scores about 0 rather than above it (which made a dropped sentence
// look better glued to its neighbour than left alone), far enough not to be translations. On
// the dev set offsets 5 to 10 gave the same alignments (1-0 recall 0.70-0.74); half a document
// gave 0.66.
constexpr int kBackgroundOffset = 6;
int background_offset(int m) { return std::max(1, std::min(m / 2, kBackgroundOffset)); }

}  // namespace

DocumentScorer::DocumentScorer(const BidirectionalModel& model,
                               std::span<const std::vector<int>> source_sentences,
                               std::span<const std::vector<int>> target_sentences,
                               std::span<const SentenceWindow> source_windows,
                               std::span<const SentenceWindow> target_windows)
    : model_(model) {
  assert(source_windows.empty() || source_windows.size() == source_sentences.size());
  assert(target_windows.empty() || target_windows.size() == target_sentences.size());
  Prepare(model.forward, source_sentences, target_sentences, source_windows, &source_, &target_);
  Prepare(model.backward, target_sentences, source_sentences, target_windows, &target_, &source_);
  EstimateBackgrounds(source_windows);
}

void DocumentScorer::EstimateBackgrounds(std::span<const SentenceWindow> source_windows) {
  forward_background_ = model_.forward.background_log_prob();
  backward_background_ = model_.backward.background_log_prob();
  const int n = num_source_sentences();
  const int m = num_target_sentences();
  if (n < kMinBackgroundSentences || m < kMinBackgroundSentences) return;
  constexpr int kSample = 256;
  const int count = std::min(n, kSample);
  double forward_total = 0;
  double backward_total = 0;
  int forward_pairs = 0;
  int backward_pairs = 0;
  for (int k = 0; k < count; ++k) {
    const int a = static_cast<int>(static_cast<long long>(k) * n / count);
    int b = static_cast<int>((static_cast<long long>(a) * m / n + background_offset(m)) % m);
    if (!source_windows.empty()) {
      // With windows the scorer only knows the sentences near the path, which may have drifted
      // from the proportional diagonal: take the pair a few sentences from the window's middle.
      const SentenceWindow& w = source_windows[static_cast<std::size_t>(a)];
      if (w.end <= w.begin) continue;
      b = std::clamp((w.begin + w.end) / 2 + background_offset(m), w.begin, w.end - 1);
      b = std::clamp(b, 0, m - 1);
    }
    // Exactly the two sentences: a block around each of 256 samples would cost a pass over
    // the whole document.
    Fill(target_, a, a + 1, &source_);
    Fill(source_, b, b + 1, &target_);
    const BeadEvidence evidence = Evidence(a, 1, b, 1);
    if (evidence.num_target_tokens > 0) {
      forward_total += evidence.target_given_source;
      ++forward_pairs;
    }
    if (evidence.num_source_tokens > 0) {
      backward_total += evidence.source_given_target;
      ++backward_pairs;
    }
  }
  if (forward_pairs >= kMinBackgroundSentences) {
    forward_background_ = forward_total / forward_pairs;
  }
  if (backward_pairs >= kMinBackgroundSentences) {
    backward_background_ = backward_total / backward_pairs;
  }
}

void DocumentScorer::Prepare(const TranslationTable& table,
                             std::span<const std::vector<int>> conditioning_sentences,
                             std::span<const std::vector<int>> generated_sentences,
                             std::span<const SentenceWindow> windows, Side* conditioning,
                             Side* generated) {
  const std::size_t id_limit = static_cast<std::size_t>(table.target_id_limit());
  // The NULL row covers most of the vocabulary: one pass over it beats a binary search per token.
  std::vector<float> null_row(id_limit, 0.0f);
  for (const TableEntry& entry : table.Row(kNullSource)) {
    null_row[static_cast<std::size_t>(entry.target)] = entry.probability;
  }
  generated->token_offsets.assign(1, 0);
  generated->tokens.clear();
  generated->null_probability.clear();
  for (const std::vector<int>& sentence : generated_sentences) {
    for (int id : sentence) {
      if (!table.IsKnownTarget(id)) continue;
      generated->tokens.push_back(static_cast<std::uint32_t>(id));
      generated->null_probability.push_back(null_row[static_cast<std::size_t>(id)]);
    }
    generated->token_offsets.push_back(static_cast<std::uint32_t>(generated->tokens.size()));
  }

  conditioning->table = &table;
  conditioning->source_offsets.assign(1, 0);
  conditioning->source_tokens.clear();
  conditioning->window_tokens.clear();
  const int num_generated = static_cast<int>(generated_sentences.size());
  for (std::size_t index = 0; index < conditioning_sentences.size(); ++index) {
    for (int f : conditioning_sentences[index]) {
      if (table.IsKnownSource(f)) conditioning->source_tokens.push_back(static_cast<std::uint32_t>(f));
    }
    conditioning->source_offsets.push_back(
        static_cast<std::uint32_t>(conditioning->source_tokens.size()));
    int begin = 0;
    int end = num_generated;
    if (!windows.empty()) {
      begin = std::clamp(windows[index].begin, 0, num_generated);
      end = std::clamp(windows[index].end, begin, num_generated);
    }
    conditioning->window_tokens.push_back(
        {generated->token_offsets[begin], generated->token_offsets[end]});
  }
  conditioning->sums.assign(id_limit, 0.0f);
  conditioning->stamp.assign(id_limit, 0);
  conditioning->resident_begin = conditioning->resident_end = 0;
  conditioning->value_offsets.assign(1, 0);
  conditioning->values.clear();
}

void DocumentScorer::Fill(const Side& generated, int begin, int end, Side* conditioning) {
  const TranslationTable& table = *conditioning->table;
  // The values are most of the scorer's memory: sized exactly, without a vector's slack.
  std::size_t num_values = 0;
  for (int index = begin; index < end; ++index) {
    num_values += conditioning->window_tokens[index].end - conditioning->window_tokens[index].begin;
  }
  conditioning->values.clear();
  if (num_values > conditioning->values.capacity()) {
    std::vector<float>().swap(conditioning->values);
    conditioning->values.reserve(num_values);
  }
  conditioning->value_offsets.assign(1, 0);
  std::vector<float>& sums = conditioning->sums;
  std::vector<std::uint32_t>& stamp = conditioning->stamp;
  for (int index = begin; index < end; ++index) {
    // The sentence's summed rows restricted to the token types of its window
    // (`stamp[id] == index + 1`), then read out once per window token. A stamp left by an
    // earlier fill of the same sentence marks a type of the same window, so stale stamps are
    // harmless.
    const auto mark = static_cast<std::uint32_t>(index + 1);
    const auto [first, last] = conditioning->window_tokens[index];
    for (std::uint32_t k = first; k < last; ++k) stamp[generated.tokens[k]] = mark;
    for (std::uint32_t t = conditioning->source_offsets[index];
         t < conditioning->source_offsets[index + 1]; ++t) {
      // Branch-free: a window holds a few percent of the types, so a test per entry
      // mispredicts often. The masked bits add exactly p or +0 (a quarter off the build time).
      for (const TableEntry& entry : table.Row(static_cast<int>(conditioning->source_tokens[t]))) {
        const auto id = static_cast<std::size_t>(entry.target);
        const std::uint32_t keep = 0u - static_cast<std::uint32_t>(stamp[id] == mark);
        sums[id] += std::bit_cast<float>(std::bit_cast<std::uint32_t>(entry.probability) & keep);
      }
    }
    for (std::uint32_t k = first; k < last; ++k) {
      conditioning->values.push_back(sums[generated.tokens[k]]);
    }
    for (std::uint32_t k = first; k < last; ++k) sums[generated.tokens[k]] = 0;
    conditioning->value_offsets.push_back(conditioning->values.size());
  }
  conditioning->resident_begin = begin;
  conditioning->resident_end = end;
}

void DocumentScorer::EnsureResident(const Side& generated, int c, int cn, Side* conditioning) {
  if (c >= conditioning->resident_begin && c + cn <= conditioning->resident_end) return;
  // Beads are asked for in document order, a few sentences behind the newest: the block starts
  // a little before the bead so that a sweep does not rebuild it at every step back.
  constexpr int kBehind = 16;
  const int n = conditioning->num_sentences();
  const int begin = std::max(0, c - kBehind);
  const int end = std::min(n, std::max(c + cn, begin + kResidentSentences));
  Fill(generated, begin, end, conditioning);
}

std::pair<double, int> DocumentScorer::Directional(const Side& conditioning, int c, int cn,
                                                   const Side& generated, int g, int gn,
                                                   double floor_probability) {
  assert(c >= conditioning.resident_begin && cn >= 0 && c + cn <= conditioning.resident_end);
  assert(g >= 0 && gn >= 0 && g + gn + 1 <= static_cast<int>(generated.token_offsets.size()));
  int num_positions = 1;  // NULL
  for (int a = c; a < c + cn; ++a) num_positions += conditioning.known(a);
  const std::uint32_t begin = generated.token_offsets[g];
  const std::uint32_t end = generated.token_offsets[g + gn];
  if (begin == end) return {0.0, 0};
  // The sum of logs as the log of products of kLogBlock terms, a fifth of the `log` calls. A term
  // lies between the floor (>= 1e-7) and the number of positions, so a block's product stays
  // far inside the range of a double for any realistic bead.
  constexpr int kLogBlock = 16;
  double total = 0;
  double product = 1;
  int in_block = 0;
  for (std::uint32_t k = begin; k < end; ++k) {
    double sum = generated.null_probability[k];
    // Sentence a's values cover the tokens of its window in order; tokens outside it read 0.
    for (int a = c; a < c + cn; ++a) {
      const TokenRange window = conditioning.window_tokens[a];
      if (k >= window.begin && k < window.end) {
        sum += conditioning.values[conditioning.value_offsets[a - conditioning.resident_begin] +
                                   (k - window.begin)];
      }
    }
    product *= std::max(sum, floor_probability);
    if (++in_block == kLogBlock) {
      total += std::log(product);
      product = 1;
      in_block = 0;
    }
  }
  total += std::log(product);
  const int num_tokens = static_cast<int>(end - begin);
  return {total / num_tokens - std::log(static_cast<double>(num_positions)), num_tokens};
}

BeadEvidence DocumentScorer::Evidence(int source_begin, int source_count, int target_begin,
                                      int target_count) const {
  BeadEvidence evidence;
  if (source_count == 0 || target_count == 0) return evidence;
  EnsureResident(target_, source_begin, source_count, &source_);
  EnsureResident(source_, target_begin, target_count, &target_);
  std::tie(evidence.target_given_source, evidence.num_target_tokens) =
      Directional(source_, source_begin, source_count, target_, target_begin, target_count,
                  model_.forward.floor_probability());
  std::tie(evidence.source_given_target, evidence.num_source_tokens) =
      Directional(target_, target_begin, target_count, source_, source_begin, source_count,
                  model_.backward.floor_probability());
  return evidence;
}

double DocumentScorer::Score(int source_begin, int source_count, int target_begin,
                             int target_count) const {
  const BeadEvidence evidence = Evidence(source_begin, source_count, target_begin, target_count);
  double total = 0;
  int directions = 0;
  if (evidence.num_target_tokens > 0) {
    total += evidence.target_given_source - forward_background_;
    ++directions;
  }
  if (evidence.num_source_tokens > 0) {
    total += evidence.source_given_target - backward_background_;
    ++directions;
  }
  return directions == 0 ? 0 : total / directions;
}

std::size_t DocumentScorer::memory_bytes() const {
  std::size_t bytes = 0;
  for (const Side* side : {&source_, &target_}) {
    bytes += side->token_offsets.capacity() * sizeof(std::uint32_t) +
             side->tokens.capacity() * sizeof(std::uint32_t) +
             side->null_probability.capacity() * sizeof(float) +
             side->source_offsets.capacity() * sizeof(std::uint32_t) +
             side->source_tokens.capacity() * sizeof(std::uint32_t) +
             side->window_tokens.capacity() * sizeof(TokenRange) +
             side->sums.capacity() * sizeof(float) + side->stamp.capacity() * sizeof(std::uint32_t) +
             side->value_offsets.capacity() * sizeof(std::uint64_t) +
             side->values.capacity() * sizeof(float);
  }
  return bytes;
}

}  // namespace kealign::lexical
