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
  // is not writable, if `path` is an existing directory, if `path` was already added, or if it
  // is a file given to `Protect`; the other temporaries stay and are removed as usual.
  std::ostream& Add(const std::string& path);

  // Makes `Add` (before or after this call) refuse any path that is the same file as
  // `input_path` (same device and inode: through hard or symbolic links too), so that no run
  // replaces its own input (`kealign align corpus.ko corpus.en -o corpus`). Does nothing for a
  // path that does not exist, such as "-". Throws `OutputError` for a path already added.
  void Protect(const std::string& input_path);

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
  // Throws if `path` is one of `protected_`.
  void CheckNotProtected(const std::string& path) const;

  std::vector<Entry> entries_;
  // Device and inode of each protected input, with its path for messages.
  struct Protected {
    unsigned long long device = 0;
    unsigned long long inode = 0;
    std::string path;
  };
  std::vector<Protected> protected_;
  bool committed_ = false;
};

// If `file_name` (without directories) is the name of an `OutputFileSet` temporary,
// `FINAL.tmp-PID-N`, returns FINAL and the PID of the process that wrote it; else nothing.
struct TemporaryName {
  std::string final_name;
  long pid = 0;
};
std::optional<TemporaryName> ParseTemporaryName(const std::string& file_name);

// The files `WriteOutputs` writes for `formats`: `prefix` + each of `FormatExtensions`, in the
// order of `formats` (moses: PREFIX.ko then PREFIX.en).
std::vector<std::string> OutputPaths(const std::vector<Format>& formats, const std::string& prefix);

// Checks that every file of `OutputPaths(formats, prefix)` can be created, by creating and
// removing its temporary, and that none is one of `inputs` (`OutputFileSet::Protect`); existing
// outputs are not touched. The prefix's directory may be missing if it can be created there
// (`WriteOutputs` creates it); nothing is created now. Call it before aligning so that a bad
// `--output` fails in milliseconds. Throws `OutputError` like `OutputFileSet::Add`, and for a
// `prefix` that is empty or ends in a directory separator.
void CheckOutputs(const std::vector<Format>& formats, const std::string& prefix,
                  const std::vector<std::string>& inputs = {});

// Writes `document` in every format of `formats` (with `options`) to
// `OutputPaths(formats, prefix)`, atomically as one set (`OutputFileSet`): no file is replaced
// unless all were written completely, and never the document's own input files
// (`Document::path` of either side). Creates the prefix's directory if it is missing. Returns
// the paths written. Throws `OutputError` as
// `CheckOutputs` and `OutputFileSet::Commit` do.
std::vector<std::string> WriteOutputs(const AlignedDocument& document,
                                      const std::vector<Format>& formats, const std::string& prefix,
                                      const WriterOptions& options = {});

// Writes `document` in `format` to `out` (one stream: not `Format::kMoses`, which has two files;
// throws `kealign::Error` for it). For `-o -`, standard output.
void WriteFormat(const AlignedDocument& document, Format format, std::ostream& out,
                 const WriterOptions& options = {});

// The output prefix `kealign align` uses for `output` (its `-o`): `output` itself, unless it
// names a directory, by a trailing '/' or by being an existing directory: then
// `output/NAME`, NAME being the stem of the Korean file `source_path` (`DocumentStem`:
// "news-01.ko.txt" → "news-01"), or of `target_path` when the Korean side is standard input
// ("-"), or "alignment" when both are.
std::string ResolveOutputPrefix(const std::string& output, const std::string& source_path,
                                const std::string& target_path);

}  // namespace kealign::io
