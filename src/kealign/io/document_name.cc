#include <array>
#include <filesystem>
#include <string>
#include <string_view>

#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != suffix[i]) return false;
  }
  return true;
}

std::string FileName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

}  // namespace

std::string DocumentStem(const std::string& path) {
  const std::string file_name = FileName(path);
  std::string_view name = file_name;
  if (const std::size_t dot = name.rfind('.'); dot != std::string_view::npos && dot > 0) {
    const bool was_language = EndsWithNoCase(name, ".ko") || EndsWithNoCase(name, ".en");
    name = name.substr(0, dot);
    if (was_language) return std::string(name);
  }
  constexpr std::array<std::string_view, 12> kMarkers = {
      ".ko", "_ko", "-ko", ".en", "_en", "-en", ".kor", "_kor", "-kor", ".eng", "_eng", "-eng"};
  for (std::string_view marker : kMarkers) {
    if (name.size() > marker.size() && EndsWithNoCase(name, marker)) {
      name.remove_suffix(marker.size());
      break;
    }
  }
  return std::string(name);
}

std::string DocumentName(const AlignedDocument& document) {
  const std::string& source = document.source.path;
  const std::string& target = document.target.path;
  if (source.empty() && target.empty()) return "alignment";
  if (target.empty()) return DocumentStem(source);
  if (source.empty()) return DocumentStem(target);
  std::string source_stem = DocumentStem(source);
  if (!source_stem.empty() && source_stem == DocumentStem(target)) return source_stem;
  return FileName(source) + " \u2194 " + FileName(target);
}

}  // namespace kealign::io
