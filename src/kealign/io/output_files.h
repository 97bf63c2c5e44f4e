// Atomic output: files appear complete, under their final names, or not at all.
//
// Each registered file is written to a temporary `PATH.tmp-<pid>-<n>` in the same directory (so
// that the final rename stays on one file system), and `Commit` renames all of them into place
// only after every stream has been flushed and checked. An interrupted or failed run therefore
// never leaves a truncated PATH behind, nor overwrites an earlier good result.
#pragma once

#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "kealign/aligned_document.h"
#include "kealign/error.h"
#include "kealign/io/format.h"
#include "kealign/io/writer.h"

namespace kealign::io {

// An output file cannot be created or written (missing or read-only directory, a directory in the
// way, disk full). `what()` is one line starting with the path: `out/a.tsv: cannot create …`.
class OutputError : public Error {
 public:
  OutputError(const std::string& path, const std::string& detail);

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A set of output files committed together. Not thread-safe; movable, not copyable.
class OutputFileSet {
 public:
  OutputFileSet();
  // Removes every temporary unless `Commit` succeeded.
  ~OutputFileSet();
  OutputFileSet(OutputFileSet&&) noexcept;
  OutputFileSet& operator=(OutputFileSet&&) noexcept;
  OutputFileSet(const OutputFileSet&) = delete;
  OutputFileSet& operator=(const OutputFileSet&) = delete;

  // Registers the final `path` and creates its temporary now, so that a path that cannot be
  // written fails before any work is done. Returns the stream to write the contents to; it lives
  // as long as this set. Throws `OutputError` naming `path` if its directory does not exist or
  // is not writable, if `path` is an existing directory, or if `path` was already added; the
  // other temporaries stay and are removed as usual.
  std::ostream& Add(const std::string& path);

  // Flushes and closes every stream, checks that all writes succeeded, then renames each
  // temporary to its final path in the order added. Throws `OutputError` naming the first file
  // that failed; all temporaries are removed then, and no final path has been replaced unless a
  // rename itself failed (then the files renamed before it are in place).
  void Commit();

  // Closes and removes every temporary now. Does nothing after `Commit`.
  void Discard();

  // The final paths, in the order added.
  std::vector<std::string> paths() const;

  bool committed() const { return committed_; }

 private:
  struct Entry {
    std::string path;
    std::string temp_path;
    std::unique_ptr<std::ofstream> stream;
  };
  std::vector<Entry> entries_;
  bool committed_ = false;
};

// The files `WriteOutputs` writes for `formats`: `prefix` + each of `FormatExtensions`, in the
// order of `formats` (moses: PREFIX.ko then PREFIX.en).
std::vector<std::string> OutputPaths(const std::vector<Format>& formats, const std::string& prefix);

// Checks that every file of `OutputPaths(formats, prefix)` can be created, by creating and
// removing its temporary; existing outputs are not touched. Call it before aligning so that a
// bad `--output` fails in milliseconds. Throws `OutputError` like `OutputFileSet::Add`, and for a
// `prefix` that is empty or ends in a directory separator.
void CheckOutputs(const std::vector<Format>& formats, const std::string& prefix);

// Writes `document` in every format of `formats` (with `options`) to
// `OutputPaths(formats, prefix)`, atomically as one set (`OutputFileSet`): no file is replaced
// unless all were written completely. Returns the paths written. Throws `OutputError` as
// `CheckOutputs` and `OutputFileSet::Commit` do.
std::vector<std::string> WriteOutputs(const AlignedDocument& document,
                                      const std::vector<Format>& formats, const std::string& prefix,
                                      const WriterOptions& options = {});

}  // namespace kealign::io
