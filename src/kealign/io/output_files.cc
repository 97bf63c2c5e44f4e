#include "kealign/io/output_files.h"

#include <fmt/format.h>
#include <sys/stat.h>
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

// The nearest existing ancestor of `directory` (itself if it exists).
fs::path ExistingAncestor(fs::path directory) {
  std::error_code error;
  while (!directory.empty() && fs::status(directory, error).type() == fs::file_type::not_found) {
    const fs::path parent = directory.parent_path();
    if (parent == directory) break;
    directory = parent;
  }
  return directory.empty() ? fs::path(".") : directory;
}

// Throws `OutputError` naming `path` unless its missing directory can be created.
void CheckCreatable(const std::string& path) {
  const fs::path directory = DirectoryOf(path);
  const fs::path existing = ExistingAncestor(directory);
  std::error_code error;
  if (!fs::is_directory(fs::status(existing, error))) {
    throw OutputError(path, fmt::format("cannot create directory '{}': '{}' is not a directory",
                                        directory.string(), existing.string()));
  }
  if (::access(existing.c_str(), W_OK | X_OK) != 0) {
    throw OutputError(path,
                      fmt::format("cannot create directory '{}' in '{}': {}", directory.string(),
                                  existing.string(), std::strerror(errno)));
  }
}

void CreateDirectoryOf(const std::string& path) {
  const fs::path directory = DirectoryOf(path);
  std::error_code error;
  if (fs::exists(directory, error)) return;
  fs::create_directories(directory, error);
  if (error) {
    throw OutputError(
        path, fmt::format("cannot create directory '{}': {}", directory.string(), error.message()));
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

void OutputFileSet::Protect(const std::string& input_path) {
  struct stat info;
  if (::stat(input_path.c_str(), &info) != 0) return;
  protected_.push_back(Protected{static_cast<unsigned long long>(info.st_dev),
                                 static_cast<unsigned long long>(info.st_ino), input_path});
  for (const Entry& entry : entries_) CheckNotProtected(entry.path);
}

void OutputFileSet::CheckNotProtected(const std::string& path) const {
  struct stat info;
  if (protected_.empty() || ::stat(path.c_str(), &info) != 0) return;
  for (const Protected& input : protected_) {
    if (static_cast<unsigned long long>(info.st_dev) == input.device &&
        static_cast<unsigned long long>(info.st_ino) == input.inode) {
      throw OutputError(path, fmt::format("is an input file{}: writing it would overwrite the "
                                          "input; choose another output name (-o)",
                                          input.path == path ? "" : " (" + input.path + ")"));
    }
  }
}

std::ostream& OutputFileSet::Add(const std::string& path) {
  if (committed_) throw InternalError(fmt::format("{}: added to a committed output set", path));
  const bool duplicate = std::any_of(entries_.begin(), entries_.end(),
                                     [&](const Entry& entry) { return entry.path == path; });
  if (duplicate) throw OutputError(path, "the same output file is requested twice");
  CheckNotProtected(path);
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

std::optional<TemporaryName> ParseTemporaryName(const std::string& file_name) {
  // Mirrors `TempPath`: FINAL ".tmp-" digits "-" digits.
  const std::size_t marker = file_name.rfind(".tmp-");
  if (marker == std::string::npos || marker == 0) return std::nullopt;
  const std::string_view rest = std::string_view(file_name).substr(marker + 5);
  const std::size_t dash = rest.find('-');
  const auto all_digits = [](std::string_view digits) {
    return !digits.empty() &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (dash == std::string_view::npos || !all_digits(rest.substr(0, dash)) ||
      !all_digits(rest.substr(dash + 1)) || dash > 18) {
    return std::nullopt;
  }
  return TemporaryName{file_name.substr(0, marker), std::stol(std::string(rest.substr(0, dash)))};
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

void CheckOutputs(const std::vector<Format>& formats, const std::string& prefix,
                  const std::vector<std::string>& inputs) {
  CheckPrefix(prefix);
  OutputFileSet files;
  for (const std::string& input : inputs) files.Protect(input);
  std::error_code error;
  const bool directory_missing =
      fs::status(DirectoryOf(prefix), error).type() == fs::file_type::not_found;
  for (const std::string& path : OutputPaths(formats, prefix)) {
    if (directory_missing) {
      CheckCreatable(path);  // nothing can exist there, so nothing to protect or replace
    } else {
      files.Add(path);
    }
  }
}

void WriteFormat(const AlignedDocument& document, Format format, std::ostream& out,
                 const WriterOptions& options) {
  switch (format) {
    case Format::kMoses:
      throw Error("moses writes two files (PREFIX.ko and PREFIX.en), not one stream");
    case Format::kTsv:
      WriteTsv(document, out);
      return;
    case Format::kJsonl:
      WriteJsonl(document, out);
      return;
    case Format::kIds:
      WriteIds(document, out);
      return;
    case Format::kTmx:
      WriteTmx(document, out);
      return;
    case Format::kHtml:
      WriteHtml(document, out);
      return;
    case Format::kAnki:
      WriteAnki(document, out, options);
      return;
    case Format::kGlossary:
      WriteGlossary(document, out);
      return;
  }
}

std::vector<std::string> WriteOutputs(const AlignedDocument& document,
                                      const std::vector<Format>& formats, const std::string& prefix,
                                      const WriterOptions& options) {
  CheckPrefix(prefix);
  const std::vector<std::string> paths = OutputPaths(formats, prefix);
  OutputFileSet files;
  files.Protect(document.source.path);
  files.Protect(document.target.path);
  if (!paths.empty()) CreateDirectoryOf(paths.front());
  // Open everything before writing anything, so that an unwritable path costs no work.
  std::vector<std::ostream*> streams;
  for (const std::string& path : paths) streams.push_back(&files.Add(path));
  std::size_t next = 0;
  for (Format format : formats) {
    std::ostream& out = *streams[next++];
    if (format == Format::kMoses) {
      WriteMoses(document, out, *streams[next++]);
    } else {
      WriteFormat(document, format, out, options);
    }
  }
  files.Commit();
  return paths;
}

std::string ResolveOutputPrefix(const std::string& output, const std::string& source_path,
                                const std::string& target_path) {
  std::error_code error;
  const bool directory =
      (!output.empty() && output.back() == '/') || fs::is_directory(fs::status(output, error));
  if (!directory) return output;
  std::string name = source_path != "-"   ? DocumentStem(source_path)
                     : target_path != "-" ? DocumentStem(target_path)
                                          : "";
  if (name.empty()) name = "alignment";
  return (fs::path(output) / name).string();
}

}  // namespace kealign::io
