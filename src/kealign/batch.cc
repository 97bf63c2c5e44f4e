#include "kealign/batch.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"

namespace kealign {
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

Document ReadDocument(const std::string& path, InputMode mode) {
  if (mode == InputMode::kLines) return io::ReadLinesDocument(path);
  Document document;
  document.path = path == "-" ? io::kStdinName : path;
  document.text = io::ReadTextFile(path);
  return document;
}

std::vector<DocumentResult> RunBatch(const std::vector<DocumentPair>& pairs,
                                     const BatchOptions& batch_options,
                                     const PipelineOptions& pipeline_options,
                                     const std::function<void(const DocumentResult&)>& on_done) {
  std::vector<DocumentResult> results(pairs.size());
  std::atomic<std::size_t> next{0};
  std::mutex report_mutex;
  auto work = [&]() {
    Pipeline pipeline(pipeline_options);
    for (std::size_t i = next++; i < pairs.size(); i = next++) {
      const DocumentPair& pair = pairs[i];
      DocumentResult& result = results[i];
      result.name = pair.name;
      try {
        const std::string prefix =
            (fs::path(batch_options.output_directory) / pair.name).string();
        io::CheckOutputs(batch_options.formats, prefix);
        AlignedDocument aligned =
            pipeline.Align(ReadDocument(pair.source_path, batch_options.input_mode),
                           ReadDocument(pair.target_path, batch_options.input_mode));
        io::WriteOutputs(aligned, batch_options.formats, prefix);
        result.ok = true;
        result.num_source = static_cast<int>(aligned.source.sentences.size());
        result.num_target = static_cast<int>(aligned.target.sentences.size());
        result.num_beads = static_cast<int>(aligned.ladder.size());
      } catch (const std::exception& e) {
        result.ok = false;
        result.error = e.what();
      }
      if (on_done) {
        std::lock_guard<std::mutex> lock(report_mutex);
        on_done(result);
      }
    }
  };
  const int num_threads =
      std::max(1, std::min<int>(batch_options.num_threads, static_cast<int>(pairs.size())));
  std::vector<std::thread> threads;
  for (int t = 1; t < num_threads; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  return results;
}

}  // namespace kealign
