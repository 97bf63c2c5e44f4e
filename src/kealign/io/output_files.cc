#include "kealign/io/output_files.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

namespace fs = std::filesystem;

// Distinguishes temporaries of several sets in one process (threads, repeated runs in tests).
std::atomic<unsigned> temp_counter{0};

std::string TempPath(const std::string& path) {
  return fmt::format("{}.tmp-{}-{}", path, static_cast<long>(::getpid()),
                     temp_counter.fetch_add(1, std::memory_order_relaxed));
}

// The directory `path` will be created in, for messages and checks.
fs::path DirectoryOf(const std::string& path) {
  fs::path directory = fs::path(path).parent_path();
  return directory.empty() ? fs::path(".") : directory;
}

// Throws `OutputError` for the problems that opening would only report as a bare errno.
void CheckTarget(const std::string& path) {
  if (path.empty()) throw OutputError(path, "empty output path");
  std::error_code error;
  if (fs::is_directory(fs::status(path, error))) {
    throw OutputError(path, "is a directory; give a file name (prefix) for the output");
  }
  const fs::path directory = DirectoryOf(path);
  const fs::file_status status = fs::status(directory, error);
  if (status.type() == fs::file_type::not_found) {
    throw OutputError(path, fmt::format("cannot create: directory '{}' does not exist (create it "
                                        "first, e.g. mkdir -p '{}')",
                                        directory.string(), directory.string()));
  }
  if (!error && !fs::is_directory(status)) {
    throw OutputError(path,
                      fmt::format("cannot create: '{}' is not a directory", directory.string()));
  }
}

void CheckPrefix(const std::string& prefix) {
  if (prefix.empty()) throw OutputError(prefix, "empty output prefix");
  if (prefix.back() == '/') {
    throw OutputError(prefix,
                      "the output prefix ends in '/': give a file name prefix, e.g. "
                      "'out/news-01' for out/news-01.tsv");
  }
}

void RemoveQuietly(const std::string& path) {
  std::error_code ignored;
  fs::remove(path, ignored);
}

}  // namespace

OutputError::OutputError(const std::string& path, const std::string& detail)
    : Error(path.empty() ? detail : fmt::format("{}: {}", path, detail)), path_(path) {}

OutputFileSet::OutputFileSet() = default;

OutputFileSet::~OutputFileSet() { Discard(); }

OutputFileSet::OutputFileSet(OutputFileSet&& other) noexcept
    : entries_(std::move(other.entries_)), committed_(other.committed_) {
  other.entries_.clear();
}

OutputFileSet& OutputFileSet::operator=(OutputFileSet&& other) noexcept {
  if (this != &other) {
    Discard();
    entries_ = std::move(other.entries_);
    committed_ = other.committed_;
    other.entries_.clear();
  }
  return *this;
}

std::ostream& OutputFileSet::Add(const std::string& path) {
  if (committed_) throw InternalError(fmt::format("{}: added to a committed output set", path));
  const bool duplicate = std::any_of(entries_.begin(), entries_.end(),
                                     [&](const Entry& entry) { return entry.path == path; });
  if (duplicate) throw OutputError(path, "the same output file is requested twice");
  CheckTarget(path);
  Entry entry;
  entry.path = path;
  entry.temp_path = TempPath(path);
  errno = 0;
  entry.stream =
      std::make_unique<std::ofstream>(entry.temp_path, std::ios::binary | std::ios::trunc);
  if (!entry.stream->is_open()) {
    const int saved_errno = errno;
    throw OutputError(path,
                      fmt::format("cannot create a file in '{}': {}", DirectoryOf(path).string(),
                                  saved_errno != 0 ? std::strerror(saved_errno) : "unknown error"));
  }
  entries_.push_back(std::move(entry));
  return *entries_.back().stream;
}

void OutputFileSet::Commit() {
  if (committed_) return;
  for (Entry& entry : entries_) {
    const bool failed_before = !entry.stream->good();
    errno = 0;
    if (!failed_before) {
      entry.stream->flush();
      entry.stream->close();
    }
    if (failed_before || entry.stream->fail()) {
      const int saved_errno = errno;
      const std::string path = entry.path;
      Discard();
      throw OutputError(path,
                        fmt::format("writing failed: {} (is the disk full?)",
                                    !failed_before && saved_errno != 0 ? std::strerror(saved_errno)
                                                                       : "input/output error"));
    }
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::error_code error;
    fs::rename(entries_[i].temp_path, entries_[i].path, error);
    if (error) {
      const std::string path = entries_[i].path;
      // Entries before `i` are in place; forget them so that `Discard` removes only the rest.
      entries_.erase(entries_.begin(), entries_.begin() + static_cast<long>(i));
      Discard();
      throw OutputError(path, fmt::format("cannot rename the finished temporary into place: {}",
                                          error.message()));
    }
  }
  committed_ = true;
}

void OutputFileSet::Discard() {
  if (committed_) return;
  for (Entry& entry : entries_) {
    if (entry.stream) entry.stream->close();
    RemoveQuietly(entry.temp_path);
  }
  entries_.clear();
}

std::vector<std::string> OutputFileSet::paths() const {
  std::vector<std::string> paths;
  for (const Entry& entry : entries_) paths.push_back(entry.path);
  return paths;
}

std::vector<std::string> OutputPaths(const std::vector<Format>& formats,
                                     const std::string& prefix) {
  std::vector<std::string> paths;
  for (Format format : formats) {
    for (std::string_view extension : FormatExtensions(format)) {
      paths.push_back(prefix + std::string(extension));
    }
  }
  return paths;
}

void CheckOutputs(const std::vector<Format>& formats, const std::string& prefix) {
  CheckPrefix(prefix);
  OutputFileSet files;
  for (const std::string& path : OutputPaths(formats, prefix)) files.Add(path);
}

std::vector<std::string> WriteOutputs(const AlignedDocument& document,
                                      const std::vector<Format>& formats, const std::string& prefix,
                                      const WriterOptions& options) {
  CheckPrefix(prefix);
  const std::vector<std::string> paths = OutputPaths(formats, prefix);
  OutputFileSet files;
  // Open everything before writing anything, so that an unwritable path costs no work.
  std::vector<std::ostream*> streams;
  for (const std::string& path : paths) streams.push_back(&files.Add(path));
  std::size_t next = 0;
  for (Format format : formats) {
    std::ostream& out = *streams[next++];
    switch (format) {
      case Format::kMoses:
        WriteMoses(document, out, *streams[next++]);
        break;
      case Format::kTsv:
        WriteTsv(document, out);
        break;
      case Format::kJsonl:
        WriteJsonl(document, out);
        break;
      case Format::kIds:
        WriteIds(document, out);
        break;
      case Format::kTmx:
        WriteTmx(document, out);
        break;
      case Format::kHtml:
        WriteHtml(document, out);
        break;
      case Format::kAnki:
        WriteAnki(document, out, options);
        break;
      case Format::kGlossary:
        WriteGlossary(document, out);
        break;
    }
  }
  files.Commit();
  return paths;
}

}  // namespace kealign::io
