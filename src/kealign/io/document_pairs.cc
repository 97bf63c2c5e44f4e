#include "kealign/io/document_pairs.h"

#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <utility>

#include "kealign/error.h"

namespace kealign::io {
namespace fs = std::filesystem;

PairListing FindDocumentPairs(const std::string& directory, InputMode mode) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw InputError(directory, "not a directory (batch expects a directory of document pairs)");
  }
  const std::string suffix = mode == InputMode::kText ? ".txt" : ".sents";
  const std::string ko_suffix = ".ko" + suffix, en_suffix = ".en" + suffix;
  std::map<std::string, std::pair<std::string, std::string>> by_name;
  fs::directory_iterator it(directory, ec);
  if (ec) throw InputError(directory, fmt::format("cannot list directory: {}", ec.message()));
  for (const fs::directory_entry& entry : it) {
    const std::string file = entry.path().filename().string();
    auto ends_with = [&file](const std::string& s) {
      return file.size() > s.size() && file.compare(file.size() - s.size(), s.size(), s) == 0;
    };
    if (ends_with(ko_suffix)) {
      by_name[file.substr(0, file.size() - ko_suffix.size())].first = entry.path().string();
    } else if (ends_with(en_suffix)) {
      by_name[file.substr(0, file.size() - en_suffix.size())].second = entry.path().string();
    }
  }
  PairListing listing;
  for (const auto& [name, paths] : by_name) {
    if (paths.first.empty()) {
      listing.unpaired.push_back(fmt::format("{}{} (no {}{})", name, en_suffix, name, ko_suffix));
    } else if (paths.second.empty()) {
      listing.unpaired.push_back(fmt::format("{}{} (no {}{})", name, ko_suffix, name, en_suffix));
    } else {
      listing.pairs.push_back({name, paths.first, paths.second});
    }
  }
  return listing;
}

}  // namespace kealign::io
