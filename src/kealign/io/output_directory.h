// Keeping a batch's output directory consistent across runs: one run at a time (per shard), the
// temporaries of dead runs removed, documents whose outputs are complete recognised.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "kealign/io/document_pairs.h"
#include "kealign/io/format.h"

namespace kealign::io {

// The lock file a batch holds in its output directory.
inline constexpr const char* kLockFileName = ".kealign.lock";

// An advisory lock on an output directory, held from construction to destruction (or until the
// process dies: the kernel releases it, so a killed run leaves no stale lock). A run over shard
// I of N locks only its share of the directory, so that the shards of one corpus can write into
// one directory at once, while an unsharded run, or a second run of an overlapping shard, is
// refused. Works across machines where the file system supports POSIX locks (NFS with lockd,
// NFSv4). Movable, not copyable.
class OutputDirectoryLock {
 public:
  // Takes the lock on `directory` (which must exist) for `shard`. Throws `OutputError` naming
  // the directory if another run holds an overlapping lock (without waiting), or if the lock
  // file cannot be created or locked (a read-only directory, a file system without locks).
  explicit OutputDirectoryLock(const std::string& directory, Shard shard = {});
  ~OutputDirectoryLock();
  OutputDirectoryLock(OutputDirectoryLock&& other) noexcept;
  OutputDirectoryLock& operator=(OutputDirectoryLock&& other) noexcept;
  OutputDirectoryLock(const OutputDirectoryLock&) = delete;
  OutputDirectoryLock& operator=(const OutputDirectoryLock&) = delete;

 private:
  int fd_ = -1;
};

// Removes from `directory` the `OutputFileSet` temporaries (`FINAL.tmp-PID-N`) that a dead run
// left, for final names `is_ours` accepts: those whose process is gone, or is no longer kealign
// (a PID reused, or one of another machine's or container's runs). Temporaries of this process
// and of live kealign processes on this machine are kept. Returns how many were removed. Call it
// while holding the `OutputDirectoryLock`, so that no other batch over the same documents runs.
std::size_t RemoveStaleTemporaries(const std::string& directory,
                                   const std::function<bool(const std::string&)>& is_ours);

// Whether every file of `OutputPaths(formats, prefix)` exists: outputs are renamed into place
// complete (`OutputFileSet`), so a document with all of them was finished by an earlier run.
bool OutputsComplete(const std::vector<Format>& formats, const std::string& prefix);

}  // namespace kealign::io
