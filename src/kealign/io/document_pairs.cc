#include "kealign/io/document_pairs.h"

#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <unordered_map>
#include <utility>

#include "kealign/error.h"

namespace kealign::io {
namespace fs = std::filesystem;

PairListing FindDocumentPairs(const std::string& directory, InputMode mode) {
  std::error_code ec;
  if (!fs::exists(directory, ec)) {
    throw InputError(directory,
                     "no such file or directory (expected a directory of document "
                     "pairs or a manifest file)");
  }
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

std::vector<DocumentPair> ReadManifest(std::istream& in, const std::string& name,
                                       const std::string& base_directory) {
  std::vector<DocumentPair> pairs;
  std::unordered_map<std::string, std::size_t> first_line;
  std::string line;
  std::size_t number = 0;
  const auto resolve = [&](const std::string& path) {
    if (base_directory.empty() || fs::path(path).is_absolute()) return path;
    return (fs::path(base_directory) / path).string();
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t begin = 0;
    while (true) {
      const std::size_t tab = line.find('\t', begin);
      fields.push_back(line.substr(begin, tab == std::string::npos ? tab : tab - begin));
      if (tab == std::string::npos) break;
      begin = tab + 1;
    }
    if (fields.size() != 3) {
      throw InputError(name, number, std::nullopt,
                       fmt::format("{} tab-separated field{}, expected a manifest line: "
                                   "NAME<TAB>Korean path<TAB>English path",
                                   fields.size(), fields.size() == 1 ? "" : "s"));
    }
    for (const std::string& field : fields) {
      if (field.empty()) throw InputError(name, number, std::nullopt, "an empty field");
    }
    const std::string& document = fields[0];
    if (document.find('/') != std::string::npos || document[0] == '.' ||
        document.find('\0') != std::string::npos) {
      throw InputError(name, number, std::nullopt,
                       fmt::format("'{}' is not a plain file name (it names the outputs "
                                   "OUT_DIR/NAME.<ext>: no '/', no leading '.')",
                                   document));
    }
    const auto [it, inserted] = first_line.emplace(document, number);
    if (!inserted) {
      throw InputError(name, number, std::nullopt,
                       fmt::format("the name '{}' was used before, on line {}: names must be "
                                   "unique (they name the outputs)",
                                   document, it->second));
    }
    pairs.push_back({document, resolve(fields[1]), resolve(fields[2])});
  }
  if (in.bad()) throw InputError(name, "read error");
  return pairs;
}

std::vector<DocumentPair> ReadManifestFile(const std::string& path) {
  if (path == "-") return ReadManifest(std::cin, kStdinName, "");
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) throw InputError(path, "cannot open the manifest");
  return ReadManifest(in, path, fs::path(path).parent_path().string());
}

Shard ParseShard(const std::string& text) {
  Shard shard;
  const std::size_t slash = text.find('/');
  const auto number = [&](std::string_view digits, int* value) {
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), *value);
    return error == std::errc() && end == digits.data() + digits.size() && !digits.empty();
  };
  const std::string_view view = text;
  if (slash == std::string::npos || !number(view.substr(0, slash), &shard.index) ||
      !number(view.substr(slash + 1), &shard.count) || shard.count < 1 || shard.index < 1 ||
      shard.index > shard.count) {
    throw Error(
        fmt::format("--shard {}: expected I/N with 1 <= I <= N, e.g. 3/8 (shards are "
                    "numbered from 1)",
                    text));
  }
  return shard;
}

std::vector<DocumentPair> SelectShard(const std::vector<DocumentPair>& pairs, Shard shard) {
  const auto bound = [&](int index) {
    return static_cast<std::size_t>(static_cast<unsigned long long>(pairs.size()) *
                                    static_cast<unsigned long long>(index) /
                                    static_cast<unsigned long long>(shard.count));
  };
  return {pairs.begin() + static_cast<long>(bound(shard.index - 1)),
          pairs.begin() + static_cast<long>(bound(shard.index))};
}

}  // namespace kealign::io
