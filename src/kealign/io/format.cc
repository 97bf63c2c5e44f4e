#include "kealign/io/format.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "kealign/error.h"

namespace kealign::io {
namespace {

constexpr std::array<Format, 8> kAllFormats = {Format::kMoses, Format::kTsv,     Format::kJsonl,
                                               Format::kIds,   Format::kTmx,     Format::kHtml,
                                               Format::kAnki,  Format::kGlossary};

constexpr std::array<std::string_view, 8> kNames = {"moses", "tsv",  "jsonl", "ids",
                                                    "tmx",   "html", "anki",  "glossary"};

constexpr std::array<std::string_view, 2> kMosesExtensions = {".ko", ".en"};
constexpr std::array<std::string_view, 1> kTsvExtensions = {".tsv"};
constexpr std::array<std::string_view, 1> kJsonlExtensions = {".jsonl"};
constexpr std::array<std::string_view, 1> kIdsExtensions = {".align"};
constexpr std::array<std::string_view, 1> kTmxExtensions = {".tmx"};
constexpr std::array<std::string_view, 1> kHtmlExtensions = {".html"};
constexpr std::array<std::string_view, 1> kAnkiExtensions = {".anki.txt"};
constexpr std::array<std::string_view, 1> kGlossaryExtensions = {".glossary.tsv"};

std::string_view TrimSpaces(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string ValidNames() { return fmt::format("{}", fmt::join(kNames, ", ")); }

}  // namespace

std::span<const Format> AllFormats() { return kAllFormats; }

std::string_view FormatName(Format format) { return kNames[static_cast<std::size_t>(format)]; }

Format ParseFormat(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return kAllFormats[i];
  }
  throw Error(fmt::format("unknown output format '{}': valid formats are {}", name, ValidNames()));
}

std::vector<Format> ParseFormatList(std::string_view list) {
  std::vector<Format> formats;
  if (TrimSpaces(list).empty()) {
    throw Error(
        fmt::format("no output format given: expected a comma-separated list of {}", ValidNames()));
  }
  std::size_t pos = 0;
  while (true) {
    const std::size_t comma = list.find(',', pos);
    const std::string_view name =
        TrimSpaces(list.substr(pos, comma == std::string_view::npos ? list.npos : comma - pos));
    if (name.empty()) {
      throw Error(fmt::format("empty output format name in '{}': valid formats are {}", list,
                              ValidNames()));
    }
    const Format format = ParseFormat(name);
    if (std::find(formats.begin(), formats.end(), format) == formats.end()) {
      formats.push_back(format);
    }
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return formats;
}

std::span<const std::string_view> FormatExtensions(Format format) {
  switch (format) {
    case Format::kMoses:
      return kMosesExtensions;
    case Format::kTsv:
      return kTsvExtensions;
    case Format::kJsonl:
      return kJsonlExtensions;
    case Format::kIds:
      return kIdsExtensions;
    case Format::kTmx:
      return kTmxExtensions;
    case Format::kHtml:
      return kHtmlExtensions;
    case Format::kAnki:
      return kAnkiExtensions;
    case Format::kGlossary:
      return kGlossaryExtensions;
  }
  return {};
}

bool ShowsWordLinks(Format format) {
  return format == Format::kJsonl || format == Format::kHtml || format == Format::kGlossary;
}

bool ShowsWordLinks(std::span<const Format> formats) {
  return std::any_of(formats.begin(), formats.end(),
                     [](Format format) { return ShowsWordLinks(format); });
}

}  // namespace kealign::io
