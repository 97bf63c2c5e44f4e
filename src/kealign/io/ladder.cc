#include "kealign/io/ladder.h"

#include <fmt/format.h>

#include <charconv>
#include <string_view>
#include <vector>

#include "kealign/error.h"
#include "kealign/io/reader.h"

namespace kealign::io {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// A line shortened for a message.
std::string Shown(std::string_view line) {
  constexpr std::size_t kMax = 60;
  return line.size() <= kMax ? std::string(line) : fmt::format("{}…", line.substr(0, kMax));
}

// "sentence 5" or "sentences 5-7".
std::string Sentences(int begin, int end) {
  return end - begin == 1 ? fmt::format("sentence {}", begin)
                          : fmt::format("sentences {}-{}", begin, end - 1);
}

// Reads one side of a bead, `[3, 4]`, from the front of `*rest`. Returns false if it is not a
// bracketed list of non-negative integers.
bool ParseIds(std::string_view* rest, std::vector<long long>* ids) {
  ids->clear();
  std::string_view s = Trim(*rest);
  if (s.empty() || s.front() != '[') return false;
  const std::size_t close = s.find(']');
  if (close == std::string_view::npos) return false;
  std::string_view list = Trim(s.substr(1, close - 1));
  *rest = s.substr(close + 1);
  if (list.empty()) return true;
  while (true) {
    const std::size_t comma = list.find(',');
    const std::string_view item =
        Trim(comma == std::string_view::npos ? list : list.substr(0, comma));
    long long id = 0;
    const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), id);
    if (item.empty() || error != std::errc() || end != item.data() + item.size() || id < 0) {
      return false;
    }
    ids->push_back(id);
    if (comma == std::string_view::npos) return true;
    list.remove_prefix(comma + 1);
  }
}

// Checks one side's ids and returns them as a range; `next` is where the side stands.
SentenceRange CheckSide(const std::vector<long long>& ids, int next, int num_sentences,
                        const char* side, const std::string& name, std::size_t line_number) {
  const auto fail = [&](const std::string& detail) {
    throw InputError(name, line_number, std::nullopt, detail);
  };
  for (std::size_t k = 0; k < ids.size(); ++k) {
    if (ids[k] >= num_sentences) {
      fail(fmt::format("{} sentence {} does not exist: the {} document has {} sentences (0-{})",
                       side, ids[k], side, num_sentences, num_sentences - 1));
    }
    if (k > 0 && ids[k] != ids[k - 1] + 1) {
      fail(fmt::format("{} ids {} and {} are not consecutive: a bead holds a run of sentences",
                       side, ids[k - 1], ids[k]));
    }
  }
  if (ids.empty()) return {next, next};
  const int first = static_cast<int>(ids.front());
  if (first > next) {
    fail(
        fmt::format("the {} side continues at sentence {}, but this bead starts at {}: {} "
                    "in no bead",
                    side, next, first,
                    first - next == 1 ? fmt::format("sentence {} is", next)
                                      : fmt::format("{} are", Sentences(next, first))));
  }
  if (first < next) {
    fail(
        fmt::format("the {} side continues at sentence {}, but this bead starts at {}: {} "
                    "is already in an earlier bead",
                    side, next, first, Sentences(first, first + 1)));
  }
  return {first, first + static_cast<int>(ids.size())};
}

align::Ladder ParseLadder(std::string_view text, const std::string& name, int num_source,
                          int num_target) {
  align::Ladder ladder;
  int source_next = 0, target_next = 0;
  std::vector<long long> source_ids, target_ids;
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t newline = text.find('\n');
    const std::string_view raw = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    const std::string_view line = Trim(raw);
    if (line.empty()) continue;
    std::string_view rest = line;
    bool ok = ParseIds(&rest, &source_ids);
    rest = Trim(rest);
    ok = ok && !rest.empty() && rest.front() == ':';
    if (ok) rest.remove_prefix(1);
    ok = ok && ParseIds(&rest, &target_ids);
    rest = Trim(rest);
    if (ok && !rest.empty()) {
      // vecalign's third field, the bead's cost: a number, ignored.
      double cost = 0;
      std::string_view number = rest.front() == ':' ? Trim(rest.substr(1)) : std::string_view();
      const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), cost);
      ok = !number.empty() && error == std::errc() && end == number.data() + number.size();
    }
    if (!ok) {
      throw InputError(name, line_number, std::nullopt,
                       fmt::format("expected a bead such as [1, 2]:[3] (Korean ids, then "
                                   "English ids), found '{}'",
                                   Shown(line)));
    }
    if (source_ids.empty() && target_ids.empty()) {
      throw InputError(name, line_number, std::nullopt,
                       "empty bead []:[]: a bead needs a sentence");
    }
    const SentenceRange source =
        CheckSide(source_ids, source_next, num_source, "Korean", name, line_number);
    const SentenceRange target =
        CheckSide(target_ids, target_next, num_target, "English", name, line_number);
    ladder.push_back(
        {source.begin, source.end - source.begin, target.begin, target.end - target.begin, 0.0});
    source_next = source.end;
    target_next = target.end;
  }
  if (source_next < num_source || target_next < num_target) {
    std::vector<std::string> missing;
    if (source_next < num_source) {
      missing.push_back(fmt::format("Korean {}", Sentences(source_next, num_source)));
    }
    if (target_next < num_target) {
      missing.push_back(fmt::format("English {}", Sentences(target_next, num_target)));
    }
    throw InputError(name,
                     fmt::format("the ladder ends after line {} without {} (the documents "
                                 "have {} Korean and {} English sentences): is it the "
                                 "ladder of these documents, split the same way?",
                                 line_number, fmt::join(missing, " and "), num_source, num_target));
  }
  return ladder;
}

}  // namespace

align::Ladder ReadLadder(std::istream& in, const std::string& name, int num_source,
                         int num_target) {
  return ParseLadder(ReadText(in, name), name, num_source, num_target);
}

align::Ladder ReadLadderFile(const std::string& path, int num_source, int num_target) {
  return ParseLadder(ReadTextFile(path), path == "-" ? kStdinName : path, num_source, num_target);
}

}  // namespace kealign::io
