#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"
#include "kealign/lang/english.h"

namespace kealign::io {
namespace {

// Links of beads the aligner doubts are as likely to pair unrelated words: the glossary takes
// only beads at or above the review page's default low-score threshold.
constexpr double kMinBeadScore = 0.5;

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

struct Entry {
  int count = 0;
  double probability_sum = 0;
  // How often each spelling of the English term was seen, and in which order first.
  std::vector<std::pair<std::string, int>> spellings;

  const std::string& Spelling() const {
    const auto best =
        std::max_element(spellings.begin(), spellings.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->first;  // the first of the most frequent
  }
};

}  // namespace

void WriteGlossary(const AlignedDocument& document, std::ostream& out) {
  // Keyed by the Korean term and the lower-cased English term.
  std::map<std::pair<std::string, std::string>, Entry> entries;
  std::size_t next = 0;
  std::string korean, english;
  for (const align::Bead& bead : document.ladder) {
    while (next < document.links.size() &&
           document.links[next].source_sentence < bead.source_begin) {
      ++next;
    }
    if (bead.is_hole() || !(bead.score >= kMinBeadScore)) continue;
    for (std::size_t k = next;
         k < document.links.size() && document.links[k].source_sentence < bead.source_end(); ++k) {
      const WordLink& link = document.links[k];
      if (link.target_sentence < bead.target_begin || link.target_sentence >= bead.target_end()) {
        continue;
      }
      korean.clear();
      english.clear();
      detail::AppendCleanText(link.source.Of(document.source.text), &korean);
      detail::AppendCleanText(link.target.Of(document.target.text), &english);
      if (korean.empty() || english.empty()) continue;
      const std::string lower = Lower(english);
      if (link.kind == WordLinkKind::kLexical && lang::IsEnglishFunctionWord(lower)) continue;
      Entry& entry = entries[{korean, lower}];
      ++entry.count;
      entry.probability_sum += link.probability;
      const auto spelling = std::find_if(entry.spellings.begin(), entry.spellings.end(),
                                         [&](const auto& s) { return s.first == english; });
      if (spelling == entry.spellings.end()) {
        entry.spellings.emplace_back(english, 1);
      } else {
        ++spelling->second;
      }
    }
  }
  std::vector<std::pair<const std::pair<std::string, std::string>*, const Entry*>> sorted;
  sorted.reserve(entries.size());
  for (const auto& [key, entry] : entries) sorted.emplace_back(&key, &entry);
  const auto mean = [](const Entry& entry) { return entry.probability_sum / entry.count; };
  std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
    return std::make_tuple(-a.second->count, -mean(*a.second)) <
           std::make_tuple(-b.second->count, -mean(*b.second));
  });
  std::string line;
  for (const auto& [key, entry] : sorted) {
    line.clear();
    fmt::format_to(std::back_inserter(line), "{}\t{}\t{}\t", key->first, entry->Spelling(),
                   entry->count);
    detail::AppendScore(mean(*entry), &line);
    line.push_back('\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace kealign::io
