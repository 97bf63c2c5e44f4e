#include "kealign/lexical/model1.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <istream>
#include <limits>
#include <ostream>
#include <utility>

#include "kealign/error.h"
#include "kealign/util/parallel.h"

namespace kealign::lexical {
namespace {

// Training is organised by rows (source ids) rather than by sentence pairs. An inverted index
// lists the sentence pairs each source id occurs in; a row is then processed by one thread with
// dense per-thread arrays indexed by target id, which keeps the inner loops free of hashing and
// cache-friendly. The E-step takes two passes over the rows: the first adds every t(e | f) into
// the denominators of the target tokens (in 32.32 fixed point, so the sums are exact and do
// not depend on thread interleaving), the second turns them into posteriors and accumulates
// each row's expected counts, then normalises and prunes the row in place (the M-step). Every
// row's arithmetic happens in one fixed order, so results are bit-identical for any thread
// count.
using Count = std::int64_t;
constexpr double kFixedOne = 4294967296.0;  // 2^32
// Longer sides are skipped in training; it keeps an occurrence record at 8 bytes (and a
// denominator, at most (source length + 1) · 2^32, far inside int64).
constexpr std::size_t kMaxSentenceTokens = 65535;

// The rows are cut into about this many chunks of similar work for the threads.
constexpr std::uint64_t kNumChunks = 256;

// Rows are source id + 1; row 0 is NULL.
std::uint64_t PairKey(std::uint32_t row, int target) {
  return (static_cast<std::uint64_t>(row) << 32) | static_cast<std::uint32_t>(target);
}
int KeyTarget(std::uint64_t key) { return static_cast<int>(static_cast<std::uint32_t>(key)); }

Count ToFixed(double value) { return static_cast<Count>(value * kFixedOne + 0.5); }

// One sentence pair as the row passes see it: its target tokens are
// `Corpus::target_tokens[offset .. offset + target_length)`.
struct Occurrence {
  std::uint32_t offset;
  std::uint16_t target_length;
  std::uint16_t source_length;
};

// Validated training input, flattened for the row passes: each source position becomes an
// 8-byte record pointing at its pair's target tokens, so visiting an occurrence touches one
// contiguous run of memory.
struct Corpus {
  int source_id_limit = 0;
  int target_id_limit = 0;
  std::vector<bool> known_source;
  std::vector<bool> known_target;
  std::vector<std::pair<std::uint64_t, double>> priors;  // (key, weight), sorted, unique keys
  std::vector<int> target_tokens;                        // all target sides, concatenated
  std::vector<Occurrence> sentences;  // one per pair used (the NULL row's occurrences)
  // The pairs containing source id f, once per position, in pair order:
  // occurrences[occurrence_offsets[f] .. occurrence_offsets[f + 1]).
  std::vector<std::uint64_t> occurrence_offsets;
  std::vector<Occurrence> occurrences;
  // Work per row: the number of (position, target token) cells it touches.
  std::vector<std::uint64_t> row_cells;
};

bool Usable(const SentencePair& pair) {
  return pair.source.size() <= kMaxSentenceTokens && pair.target.size() <= kMaxSentenceTokens;
}

Corpus Prepare(std::span<const SentencePair> pairs, const Model1Options& options) {
  if (options.iterations < 1) {
    throw InternalError(
        fmt::format("Model 1 needs at least 1 iteration, got {}", options.iterations));
  }
  if (options.threads < 1) {
    throw InternalError(fmt::format("Model 1 needs at least 1 thread, got {}", options.threads));
  }
  if (!(options.prune_threshold >= 0 && options.prune_threshold < 1)) {
    throw InternalError(
        fmt::format("Model 1 prune threshold {} is not in [0, 1)", options.prune_threshold));
  }
  if (options.background_sample < 0) {
    throw InternalError("Model 1 background sample size is negative");
  }
  Corpus corpus;
  int max_source = -1;
  int max_target = -1;
  std::uint64_t num_target_tokens = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (!Usable(pairs[i])) continue;
    num_target_tokens += pairs[i].target.size();
    for (int id : pairs[i].source) {
      if (id < 0) throw InternalError(fmt::format("negative source id {} in pair {}", id, i));
      max_source = std::max(max_source, id);
    }
    for (int id : pairs[i].target) {
      if (id < 0) throw InternalError(fmt::format("negative target id {} in pair {}", id, i));
      max_target = std::max(max_target, id);
    }
  }
  for (const PriorPair& prior : options.priors) {
    if (prior.source < 0 || prior.target < 0 || !(prior.weight > 0) ||
        !std::isfinite(prior.weight)) {
      throw InternalError(fmt::format("invalid prior pair ({}, {}) with weight {}", prior.source,
                                      prior.target, prior.weight));
    }
    max_source = std::max(max_source, prior.source);
    max_target = std::max(max_target, prior.target);
  }
  if (num_target_tokens >= std::numeric_limits<std::uint32_t>::max()) {
    throw InternalError("Model 1 takes fewer than 2^32 - 1 target tokens");
  }
  if (max_source >= std::numeric_limits<int>::max() - 1 ||
      max_target >= std::numeric_limits<int>::max() - 1) {
    throw InternalError("token id too large for a translation table");
  }
  corpus.source_id_limit = max_source + 1;
  corpus.target_id_limit = max_target + 1;
  const auto num_sources = static_cast<std::size_t>(corpus.source_id_limit);
  corpus.known_source.assign(num_sources, false);
  corpus.known_target.assign(static_cast<std::size_t>(corpus.target_id_limit), false);
  corpus.target_tokens.reserve(num_target_tokens);
  corpus.occurrence_offsets.assign(num_sources + 1, 0);
  corpus.row_cells.assign(num_sources + 1, 0);
  for (const SentencePair& pair : pairs) {
    if (!Usable(pair)) continue;
    corpus.sentences.push_back({static_cast<std::uint32_t>(corpus.target_tokens.size()),
                                static_cast<std::uint16_t>(pair.target.size()),
                                static_cast<std::uint16_t>(pair.source.size())});
    for (int id : pair.source) {
      corpus.known_source[static_cast<std::size_t>(id)] = true;
      ++corpus.occurrence_offsets[static_cast<std::size_t>(id) + 1];
      corpus.row_cells[static_cast<std::size_t>(id) + 1] += pair.target.size();
    }
    for (int id : pair.target) corpus.known_target[static_cast<std::size_t>(id)] = true;
    corpus.target_tokens.insert(corpus.target_tokens.end(), pair.target.begin(), pair.target.end());
  }
  corpus.row_cells[0] = corpus.target_tokens.size();
  for (std::size_t f = 0; f < num_sources; ++f) {
    corpus.occurrence_offsets[f + 1] += corpus.occurrence_offsets[f];
  }
  corpus.occurrences.resize(corpus.occurrence_offsets.back());
  {
    std::vector<std::uint64_t> next(corpus.occurrence_offsets.begin(),
                                    corpus.occurrence_offsets.end() - 1);
    std::size_t s = 0;
    for (const SentencePair& pair : pairs) {
      if (!Usable(pair)) continue;
      for (int id : pair.source) {
        corpus.occurrences[next[static_cast<std::size_t>(id)]++] = corpus.sentences[s];
      }
      ++s;
    }
  }
  for (const PriorPair& prior : options.priors) {
    corpus.known_source[static_cast<std::size_t>(prior.source)] = true;
    corpus.known_target[static_cast<std::size_t>(prior.target)] = true;
    corpus.priors.emplace_back(PairKey(static_cast<std::uint32_t>(prior.source) + 1, prior.target),
                               prior.weight);
  }
  // Stable so that duplicate weights add up in the order given (the sum is then reproducible).
  std::stable_sort(corpus.priors.begin(), corpus.priors.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < corpus.priors.size(); ++i) {
    if (out > 0 && corpus.priors[out - 1].first == corpus.priors[i].first) {
      corpus.priors[out - 1].second += corpus.priors[i].second;
    } else {
      corpus.priors[out++] = corpus.priors[i];
    }
  }
  corpus.priors.resize(out);
  return corpus;
}

// The occurrences of `row`: one per source position of the row's id, or every pair for NULL.
std::span<const Occurrence> OccurrencesOf(const Corpus& corpus, std::uint32_t row) {
  if (row == 0) return corpus.sentences;
  return std::span<const Occurrence>(corpus.occurrences)
      .subspan(corpus.occurrence_offsets[row - 1],
               corpus.occurrence_offsets[row] - corpus.occurrence_offsets[row - 1]);
}

// Occurrences of a rare row lie far apart in memory, so each costs cache misses; asking for
// the one `kPrefetchDistance` ahead overlaps them with the work on the current one.
constexpr std::size_t kPrefetchDistance = 8;

void Prefetch(const Corpus& corpus, const std::int64_t* per_token,
              std::span<const Occurrence> occurrences, std::size_t current) {
  if (current + kPrefetchDistance >= occurrences.size()) return;
  const std::uint32_t offset = occurrences[current + kPrefetchDistance].offset;
  __builtin_prefetch(corpus.target_tokens.data() + offset);
  if (per_token != nullptr) __builtin_prefetch(per_token + offset);
}

// The priors of `row` within the sorted prior list.
std::span<const std::pair<std::uint64_t, double>> PriorsOfRow(const Corpus& corpus,
                                                              std::uint32_t row) {
  const auto by_key = [](const std::pair<std::uint64_t, double>& item, std::uint64_t key) {
    return item.first < key;
  };
  const auto begin =
      std::lower_bound(corpus.priors.begin(), corpus.priors.end(), PairKey(row, 0), by_key);
  const auto end =
      std::lower_bound(corpus.priors.begin(), corpus.priors.end(), PairKey(row + 1, 0), by_key);
  return {begin, end};
}

// Rows of the table under construction: row r is entries[offsets[r] .. offsets[r + 1]).
struct Rows {
  std::vector<std::uint64_t> offsets;
  std::vector<TableEntry> entries;
};

// Consecutive row ranges of similar work: chunk c is rows [bounds[c], bounds[c + 1]).
std::vector<std::uint32_t> ChunkBounds(const Corpus& corpus) {
  std::uint64_t total = 0;
  for (std::uint64_t cells : corpus.row_cells) total += cells;
  const std::uint64_t target = std::max<std::uint64_t>(1, total / kNumChunks);
  std::vector<std::uint32_t> bounds = {0};
  std::uint64_t cells = 0;
  for (std::size_t row = 0; row < corpus.row_cells.size(); ++row) {
    if (cells > 0 && cells + corpus.row_cells[row] > target) {
      bounds.push_back(static_cast<std::uint32_t>(row));
      cells = 0;
    }
    cells += corpus.row_cells[row];
  }
  bounds.push_back(static_cast<std::uint32_t>(corpus.row_cells.size()));
  return bounds;
}

// Per-thread arrays indexed by target id; all zero between rows.
struct Workspace {
  explicit Workspace(int target_id_limit)
      : fixed(static_cast<std::size_t>(target_id_limit), 0),
        probability(static_cast<std::size_t>(target_id_limit), 0),
        count(static_cast<std::size_t>(target_id_limit), 0),
        is_prior(static_cast<std::size_t>(target_id_limit), 0) {}

  std::vector<Count> fixed;        // t(e | f) in fixed point (denominator pass)
  std::vector<float> probability;  // t(e | f) (count pass)
  std::vector<double> count;       // expected count of (f, e)
  std::vector<std::uint8_t> is_prior;
  std::vector<int> touched;  // targets with a count, in first-touch order
  std::vector<TableEntry> kept;
};

// Adds the row's prior pseudo-counts into `ws.count` (registering new targets in `touched`).
void AddPriors(const Corpus& corpus, std::uint32_t row, Workspace& ws) {
  for (const auto& [key, weight] : PriorsOfRow(corpus, row)) {
    const auto e = static_cast<std::size_t>(KeyTarget(key));
    if (ws.count[e] == 0) ws.touched.push_back(KeyTarget(key));
    ws.count[e] += weight;
    ws.is_prior[e] = 1;
  }
}

// The M-step for one row: t(e | f) = count(f, e) / sum over e' of count(f, e') for the targets
// in `ws.touched`, keeping prior pairs and entries at or above `threshold`. Leaves the kept
// entries in `ws.kept`, sorted by target, and zeroes the workspace.
void NormaliseRow(double threshold, Workspace& ws) {
  double total = 0;
  for (int e : ws.touched) total += ws.count[static_cast<std::size_t>(e)];
  ws.kept.clear();
  for (int e : ws.touched) {
    const auto i = static_cast<std::size_t>(e);
    const double probability = total > 0 ? ws.count[i] / total : 0;
    const auto stored = static_cast<float>(std::min(probability, 1.0));
    if (stored > 0 && (ws.is_prior[i] != 0 || probability >= threshold)) {
      ws.kept.push_back({e, stored});
    }
    ws.count[i] = 0;
    ws.is_prior[i] = 0;
  }
  ws.touched.clear();
  const auto by_target = [](const TableEntry& a, const TableEntry& b) {
    return a.target < b.target;
  };
  if (!std::is_sorted(ws.kept.begin(), ws.kept.end(), by_target)) {
    std::sort(ws.kept.begin(), ws.kept.end(), by_target);
  }
}

// Iteration 1. From the uniform start every cell's posterior is 1 / (l + 1), so the expected
// counts are co-occurrence counts weighted by 1 / (l + 1).
Rows CountCooccurrences(const Corpus& corpus, const Model1Options& options,
                        const std::vector<std::uint32_t>& bounds,
                        std::vector<Workspace>& workspaces) {
  const std::size_t num_chunks = bounds.size() - 1;
  std::vector<Rows> chunks(num_chunks);
  util::ParallelFor(options.threads, num_chunks, [&](int worker, std::size_t chunk) {
    Workspace& ws = workspaces[static_cast<std::size_t>(worker)];
    Rows& out = chunks[chunk];
    out.offsets.push_back(0);
    for (std::uint32_t row = bounds[chunk]; row < bounds[chunk + 1]; ++row) {
      double* counts = ws.count.data();
      const std::span<const Occurrence> occurrences = OccurrencesOf(corpus, row);
      for (std::size_t o = 0; o < occurrences.size(); ++o) {
        const Occurrence& occurrence = occurrences[o];
        Prefetch(corpus, nullptr, occurrences, o);
        const double weight = 1.0 / (occurrence.source_length + 1.0);
        const int* target = corpus.target_tokens.data() + occurrence.offset;
        for (std::size_t k = 0; k < occurrence.target_length; ++k) {
          double& count = counts[target[k]];
          if (count == 0) ws.touched.push_back(target[k]);
          count += weight;
        }
      }
      AddPriors(corpus, row, ws);
      NormaliseRow(options.prune_threshold, ws);
      out.entries.insert(out.entries.end(), ws.kept.begin(), ws.kept.end());
      out.offsets.push_back(out.entries.size());
    }
  });
  Rows rows;
  rows.offsets.reserve(corpus.row_cells.size() + 1);
  rows.offsets.push_back(0);
  std::size_t total = 0;
  for (const Rows& chunk : chunks) total += chunk.entries.size();
  rows.entries.reserve(total);
  for (Rows& chunk : chunks) {
    const std::uint64_t base = rows.entries.size();
    for (std::size_t r = 1; r < chunk.offsets.size(); ++r) {
      rows.offsets.push_back(base + chunk.offsets[r]);
    }
    rows.entries.insert(rows.entries.end(), chunk.entries.begin(), chunk.entries.end());
    chunk = Rows{};
  }
  return rows;
}

// One EM iteration after the first (see the comment at the top of this file).
void Iterate(const Corpus& corpus, const Model1Options& options,
             const std::vector<std::uint32_t>& bounds, std::vector<Workspace>& workspaces,
             Rows* rows) {
  const std::size_t num_chunks = bounds.size() - 1;
  const bool shared = options.threads > 1;
  // Pass 1: denominators, sum over positions i (and NULL) of t(e_k | f_i) for each target
  // token k, in fixed point.
  std::vector<Count> denominators(corpus.target_tokens.size(), 0);
  util::ParallelFor(options.threads, num_chunks, [&](int worker, std::size_t chunk) {
    Workspace& ws = workspaces[static_cast<std::size_t>(worker)];
    for (std::uint32_t row = bounds[chunk]; row < bounds[chunk + 1]; ++row) {
      const std::uint64_t begin = rows->offsets[row];
      const std::uint64_t end = rows->offsets[row + 1];
      if (begin == end) continue;
      for (std::uint64_t i = begin; i < end; ++i) {
        ws.fixed[static_cast<std::size_t>(rows->entries[i].target)] =
            ToFixed(rows->entries[i].probability);
      }
      const Count* fixed = ws.fixed.data();
      const std::span<const Occurrence> occurrences = OccurrencesOf(corpus, row);
      for (std::size_t o = 0; o < occurrences.size(); ++o) {
        const Occurrence& occurrence = occurrences[o];
        Prefetch(corpus, denominators.data(), occurrences, o);
        const int* target = corpus.target_tokens.data() + occurrence.offset;
        Count* sums = denominators.data() + occurrence.offset;
        for (std::size_t k = 0; k < occurrence.target_length; ++k) {
          const Count value = fixed[target[k]];
          if (value == 0) continue;
          if (shared) {
            std::atomic_ref<Count>(sums[k]).fetch_add(value, std::memory_order_relaxed);
          } else {
            sums[k] += value;
          }
        }
      }
      for (std::uint64_t i = begin; i < end; ++i) {
        ws.fixed[static_cast<std::size_t>(rows->entries[i].target)] = 0;
      }
    }
  });
  // Reuse the storage for 1 / denominator as doubles (0 for a token no position explains).
  for (Count& value : denominators) {
    value = std::bit_cast<Count>(value > 0 ? kFixedOne / static_cast<double>(value) : 0.0);
  }

  // Pass 2: expected counts and the M-step, row by row, writing each chunk's rows in place
  // from the chunk's start (rows only shrink, so writes never overtake reads).
  std::vector<std::uint64_t> new_sizes(rows->offsets.size() - 1, 0);
  util::ParallelFor(options.threads, num_chunks, [&](int worker, std::size_t chunk) {
    Workspace& ws = workspaces[static_cast<std::size_t>(worker)];
    std::uint64_t write = rows->offsets[bounds[chunk]];
    for (std::uint32_t row = bounds[chunk]; row < bounds[chunk + 1]; ++row) {
      const std::uint64_t begin = rows->offsets[row];
      const std::uint64_t end = rows->offsets[row + 1];
      for (std::uint64_t i = begin; i < end; ++i) {
        const auto e = static_cast<std::size_t>(rows->entries[i].target);
        ws.probability[e] = rows->entries[i].probability;
        ws.touched.push_back(rows->entries[i].target);
      }
      if (begin != end) {
        const float* probabilities = ws.probability.data();
        double* counts = ws.count.data();
        const std::span<const Occurrence> occurrences = OccurrencesOf(corpus, row);
        for (std::size_t o = 0; o < occurrences.size(); ++o) {
          const Occurrence& occurrence = occurrences[o];
          Prefetch(corpus, denominators.data(), occurrences, o);
          const int* target = corpus.target_tokens.data() + occurrence.offset;
          const Count* inverse = denominators.data() + occurrence.offset;
          for (std::size_t k = 0; k < occurrence.target_length; ++k) {
            const float probability = probabilities[target[k]];
            if (probability == 0) continue;
            counts[target[k]] += probability * std::bit_cast<double>(inverse[k]);
          }
        }
      }
      for (std::uint64_t i = begin; i < end; ++i) {
        ws.probability[static_cast<std::size_t>(rows->entries[i].target)] = 0;
      }
      // `touched` holds the row's targets in order. Priors are never pruned, so each prior
      // pair is one of them, unless its probability underflowed a float: such a prior is
      // dropped for good, which also guarantees that a row never grows (the writes in place
      // depend on it).
      for (const auto& [key, weight] : PriorsOfRow(corpus, row)) {
        if (!std::binary_search(ws.touched.begin(), ws.touched.end(), KeyTarget(key))) continue;
        const auto e = static_cast<std::size_t>(KeyTarget(key));
        ws.count[e] += weight;
        ws.is_prior[e] = 1;
      }
      NormaliseRow(options.prune_threshold, ws);
      std::copy(ws.kept.begin(), ws.kept.end(),
                rows->entries.begin() + static_cast<std::ptrdiff_t>(write));
      write += ws.kept.size();
      new_sizes[row] = ws.kept.size();
    }
  });

  // Close the gaps the chunks left, in order.
  std::uint64_t write = 0;
  for (std::size_t chunk = 0; chunk < num_chunks; ++chunk) {
    std::uint64_t read = rows->offsets[bounds[chunk]];
    for (std::uint32_t row = bounds[chunk]; row < bounds[chunk + 1]; ++row) {
      rows->offsets[row] = write;
      std::copy(rows->entries.begin() + static_cast<std::ptrdiff_t>(read),
                rows->entries.begin() + static_cast<std::ptrdiff_t>(read + new_sizes[row]),
                rows->entries.begin() + static_cast<std::ptrdiff_t>(write));
      read += new_sizes[row];
      write += new_sizes[row];
    }
  }
  rows->offsets.back() = write;
  rows->entries.resize(write);
}

// Per-token mean log-probability of `target` given `source` (see `LogProbability`), and the
// number of known target tokens it averages over.
std::pair<double, int> DirectionalMean(const TranslationTable& table, std::span<const int> source,
                                       std::span<const int> target) {
  int num_known = 0;
  for (int e : target) num_known += table.IsKnownTarget(e) ? 1 : 0;
  return {LogProbability(table, source, target), num_known};
}

// Mean per-token log-probability of training targets paired with the source half a corpus
// away: sentences that are not translations of each other but share the corpus's domain.
double EstimateBackground(const TranslationTable& table, std::span<const SentencePair> pairs,
                          int sample) {
  const std::size_t n = pairs.size();
  if (n < 2 || sample == 0) return 0;
  const std::size_t count = std::min(n, static_cast<std::size_t>(sample));
  double total = 0;
  int used = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t k = i * n / count;
    const auto [mean, num_known] =
        DirectionalMean(table, pairs[k].source, pairs[(k + n / 2) % n].target);
    if (num_known == 0) continue;
    total += mean;
    ++used;
  }
  return used == 0 ? 0 : total / used;
}

}  // namespace

void Model1Options::AddPriorPairs(std::span<const std::pair<int, int>> pairs, double weight) {
  if (!(weight > 0) || !std::isfinite(weight)) {
    throw InternalError(fmt::format("prior weight must be positive and finite, got {}", weight));
  }
  priors.reserve(priors.size() + pairs.size());
  for (const auto& [source, target] : pairs) priors.push_back({source, target, weight});
}

TranslationTable TrainModel1(std::span<const SentencePair> pairs, const Model1Options& options) {
  const Corpus corpus = Prepare(pairs, options);
  const std::vector<std::uint32_t> bounds = ChunkBounds(corpus);
  std::vector<Workspace> workspaces;
  const std::size_t num_workers =
      std::min<std::size_t>(static_cast<std::size_t>(options.threads), bounds.size() - 1);
  for (std::size_t i = 0; i < std::max<std::size_t>(num_workers, 1); ++i) {
    workspaces.emplace_back(corpus.target_id_limit);
  }
  Rows rows = CountCooccurrences(corpus, options, bounds, workspaces);
  for (int iteration = 1; iteration < options.iterations; ++iteration) {
    Iterate(corpus, options, bounds, workspaces, &rows);
  }
  workspaces.clear();
  rows.entries.shrink_to_fit();

  detail::TableParts parts;
  parts.source_id_limit = corpus.source_id_limit;
  parts.target_id_limit = corpus.target_id_limit;
  parts.row_offsets = std::move(rows.offsets);
  parts.entries = std::move(rows.entries);
  parts.known_source = corpus.known_source;
  parts.known_target = corpus.known_target;
  parts.floor_probability = std::max(options.prune_threshold, kMinFloorProbability);
  TranslationTable table = TranslationTable::FromParts(std::move(parts));
  table.set_background_log_prob(EstimateBackground(table, pairs, options.background_sample));
  return table;
}

std::vector<SentencePair> SwapSides(std::span<const SentencePair> pairs) {
  std::vector<SentencePair> swapped;
  swapped.reserve(pairs.size());
  for (const SentencePair& pair : pairs) swapped.push_back({pair.target, pair.source});
  return swapped;
}

BidirectionalModel TrainBidirectional(std::span<const SentencePair> pairs,
                                      const Model1Options& options) {
  BidirectionalModel model;
  model.forward = TrainModel1(pairs, options);
  Model1Options reverse = options;
  for (PriorPair& prior : reverse.priors) std::swap(prior.source, prior.target);
  model.backward = TrainModel1(SwapSides(pairs), reverse);
  return model;
}

void BidirectionalModel::Write(util::BinaryWriter& writer) const {
  forward.Write(writer);
  backward.Write(writer);
}

BidirectionalModel BidirectionalModel::Read(util::BinaryReader& reader) {
  BidirectionalModel model;
  model.forward = TranslationTable::Read(reader);
  model.backward = TranslationTable::Read(reader);
  return model;
}

double SymmetricScore(const BidirectionalModel& model, std::span<const int> source_ids,
                      std::span<const int> target_ids) {
  const auto [forward, num_targets] = DirectionalMean(model.forward, source_ids, target_ids);
  const auto [backward, num_sources] = DirectionalMean(model.backward, target_ids, source_ids);
  double total = 0;
  int directions = 0;
  if (num_targets > 0) {
    total += forward - model.forward.background_log_prob();
    ++directions;
  }
  if (num_sources > 0) {
    total += backward - model.backward.background_log_prob();
    ++directions;
  }
  return directions == 0 ? 0 : total / directions;
}

}  // namespace kealign::lexical
