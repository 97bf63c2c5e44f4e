#include "kealign/lexical/word_alignment.h"

#include <algorithm>
#include <cmath>

namespace kealign::lexical {
namespace {

// For each generated token, its best generating token under `table` (-1 for none or NULL) and
// that link's posterior. `generating_known` / `generated_known` tell which ids take part.
struct Best {
  std::vector<int> partner;
  std::vector<double> posterior;
};

template <typename IsKnownGenerating, typename IsKnownGenerated>
Best BestPartners(const TranslationTable& table, std::span<const int> generating,
                  std::span<const int> generated, IsKnownGenerating generating_known,
                  IsKnownGenerated generated_known) {
  Best best;
  best.partner.assign(generated.size(), -1);
  best.posterior.assign(generated.size(), 0.0);
  const double num_generating = static_cast<double>(std::max<std::size_t>(1, generating.size()));
  const double num_generated = static_cast<double>(std::max<std::size_t>(1, generated.size()));
  for (std::size_t j = 0; j < generated.size(); ++j) {
    if (generated[j] < 0 || !generated_known(generated[j])) continue;
    const double null_probability = table.Probability(kNullSource, generated[j]);
    double total = null_probability;
    double best_probability = 0;
    double best_distance = 0;
    int best_partner = -1;
    const double position = static_cast<double>(j) / num_generated;
    for (std::size_t i = 0; i < generating.size(); ++i) {
      if (generating[i] < 0 || !generating_known(generating[i])) continue;
      const double t = table.Probability(generating[i], generated[j]);
      if (t <= 0) continue;
      total += t;
      const double distance = std::abs(static_cast<double>(i) / num_generating - position);
      if (t > best_probability || (t == best_probability && distance < best_distance)) {
        best_probability = t;
        best_distance = distance;
        best_partner = static_cast<int>(i);
      }
    }
    // NULL explaining the token best means no word of the other side does.
    if (best_partner < 0 || best_probability <= null_probability) continue;
    best.partner[j] = best_partner;
    best.posterior[j] = best_probability / total;
  }
  return best;
}

}  // namespace

std::vector<TokenLink> IntersectBestLinks(const BidirectionalModel& model,
                                          std::span<const int> source_ids,
                                          std::span<const int> target_ids) {
  const TranslationTable& forward = model.forward;    // t(target | source)
  const TranslationTable& backward = model.backward;  // t(source | target)
  const Best target_best = BestPartners(
      forward, source_ids, target_ids, [&](int id) { return forward.IsKnownSource(id); },
      [&](int id) { return forward.IsKnownTarget(id); });
  const Best source_best = BestPartners(
      backward, target_ids, source_ids, [&](int id) { return backward.IsKnownSource(id); },
      [&](int id) { return backward.IsKnownTarget(id); });
  std::vector<TokenLink> links;
  for (std::size_t i = 0; i < source_ids.size(); ++i) {
    const int j = source_best.partner[i];
    if (j < 0 || target_best.partner[static_cast<std::size_t>(j)] != static_cast<int>(i)) continue;
    links.push_back(
        {static_cast<int>(i), j,
         (source_best.posterior[i] + target_best.posterior[static_cast<std::size_t>(j)]) / 2});
  }
  return links;
}

}  // namespace kealign::lexical
