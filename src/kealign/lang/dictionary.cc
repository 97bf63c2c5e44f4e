#include "kealign/lang/dictionary.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <string_view>
#include <unordered_set>

#include "kealign/error.h"
#include "kealign/util/utf8.h"

namespace kealign::lang {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Copies `side` without leading/trailing whitespace and with inner whitespace runs as one space.
std::string NormalizeSide(std::string_view side) {
  std::string out;
  out.reserve(side.size());
  bool pending_space = false;
  for (char c : side) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string ReadAll(std::istream& in, const std::string& display_name) {
  std::string content;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw InputError(display_name, "read error while reading the dictionary");
  return content;
}

// Hashes and compares entries by index into `entries`, so that the duplicate check needs no key
// copies. The vector may grow while the set holds indices; only indices are stored.
struct EntryIndexHash {
  const std::vector<DictionaryEntry>* entries;
  std::size_t operator()(std::size_t i) const {
    const DictionaryEntry& e = (*entries)[i];
    const std::size_t h = std::hash<std::string_view>()(e.korean);
    return h ^
           (std::hash<std::string_view>()(e.english) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
  }
};

struct EntryIndexEqual {
  const std::vector<DictionaryEntry>* entries;
  bool operator()(std::size_t a, std::size_t b) const {
    const DictionaryEntry& x = (*entries)[a];
    const DictionaryEntry& y = (*entries)[b];
    return x.korean == y.korean && x.english == y.english;
  }
};

}  // namespace

Dictionary ReadDictionary(std::istream& in, const std::string& display_name) {
  const std::string content = ReadAll(in, display_name);
  Dictionary dictionary;
  std::vector<DictionaryEntry>& entries = dictionary.entries;
  entries.reserve(content.size() / 24);
  std::unordered_set<std::size_t, EntryIndexHash, EntryIndexEqual> seen(
      entries.capacity(), EntryIndexHash{&entries}, EntryIndexEqual{&entries});

  std::size_t line_number = 0;
  std::size_t line_begin = 0;
  if (std::string_view(content).starts_with(kByteOrderMark)) line_begin = kByteOrderMark.size();
  while (line_begin < content.size()) {
    ++line_number;
    std::size_t line_end = content.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = content.size();
    const std::string_view view(content.data() + line_begin, line_end - line_begin);
    const std::size_t line_offset = line_begin;
    line_begin = line_end + 1;

    if (const std::size_t bad = util::FindInvalidUtf8(view); bad != util::kNoInvalidByte) {
      throw InputError(display_name, line_number, line_offset + bad,
                       "invalid UTF-8 (convert the file to UTF-8 first, e.g. with iconv)");
    }
    std::size_t separator = std::string_view::npos;
    bool blank = true;
    for (std::size_t i = 0; i < view.size(); ++i) {
      if (!IsSpace(view[i])) blank = false;
      if (view[i] != '@') continue;
      const bool space_before = i == 0 || IsSpace(view[i - 1]);
      const bool space_after = i + 1 == view.size() || IsSpace(view[i + 1]);
      if (!space_before || !space_after) continue;
      if (separator != std::string_view::npos) {
        throw InputError(display_name, line_number, std::nullopt,
                         "more than one \" @ \" separator; expected exactly one, as in "
                         "\"english @ korean\"");
      }
      separator = i;
    }
    if (blank) continue;
    if (separator == std::string_view::npos) {
      throw InputError(display_name, line_number, std::nullopt,
                       "no \" @ \" separator; expected \"english @ korean\"");
    }
    std::string english = NormalizeSide(view.substr(0, separator));
    std::string korean = NormalizeSide(view.substr(separator + 1));
    if (english.empty()) {
      throw InputError(display_name, line_number, std::nullopt,
                       "empty English side before \" @ \"; expected \"english @ korean\"");
    }
    if (korean.empty()) {
      throw InputError(display_name, line_number, std::nullopt,
                       "empty Korean side after \" @ \"; expected \"english @ korean\"");
    }
    entries.push_back({std::move(korean), std::move(english)});
    if (!seen.insert(entries.size() - 1).second) entries.pop_back();
  }
  return dictionary;
}

Dictionary ReadDictionary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path, fmt::format("cannot open dictionary file ({})", std::strerror(errno)));
  }
  return ReadDictionary(in, path);
}

}  // namespace kealign::lang
