#include "kealign/io/output_directory.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "kealign/io/output_files.h"

namespace kealign::io {
namespace fs = std::filesystem;
namespace {

// Shards lock their fraction of this many bytes of the lock file (locks may lie past its end),
// so that shards of different counts over one directory are compared by what they cover.
constexpr unsigned long long kLockSpan = 1ULL << 40;

// Whether `pid` is a running kealign process on this machine (its name starts with "kealign":
// the binary and its test programs).
bool IsLiveKealign(long pid) {
  std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
  if (comm.is_open()) {
    std::string name;
    std::getline(comm, name);
    return name.starts_with("kealign");
  }
  std::error_code error;
  if (fs::is_directory("/proc/self", error)) return false;  // /proc works: no such process
  // Without /proc: any live process with that id counts.
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

OutputDirectoryLock::OutputDirectoryLock(const std::string& directory, Shard shard) {
  const std::string path = (fs::path(directory) / kLockFileName).string();
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw OutputError(directory, fmt::format("cannot create the lock file {}: {}", kLockFileName,
                                             std::strerror(errno)));
  }
  struct flock lock {};
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  const unsigned long long count = static_cast<unsigned long long>(shard.count);
  const unsigned long long begin =
      kLockSpan * static_cast<unsigned long long>(shard.index - 1) / count;
  const unsigned long long end = kLockSpan * static_cast<unsigned long long>(shard.index) / count;
  lock.l_start = static_cast<off_t>(begin);
  lock.l_len = static_cast<off_t>(end - begin);
  // Open-file-description locks conflict between two runs even inside one process (tests,
  // library callers) and are not dropped when some other descriptor of the file is closed.
  if (::fcntl(fd_, F_OFD_SETLK, &lock) == 0) return;
  const int error = errno;
  ::close(fd_);
  fd_ = -1;
  if (error == EAGAIN || error == EACCES) {
    throw OutputError(
        directory,
        fmt::format("another kealign batch is writing into this directory{} (it "
                    "holds {}): wait for it to finish, or write elsewhere",
                    shard.count > 1 ? " for documents of this shard" : "", kLockFileName));
  }
  throw OutputError(directory,
                    fmt::format("cannot lock {}: {} (the file system may not support locks: "
                                "write to a local disk, or mount it with locking)",
                                kLockFileName, std::strerror(error)));
}

OutputDirectoryLock::~OutputDirectoryLock() {
  if (fd_ >= 0) ::close(fd_);
}

OutputDirectoryLock::OutputDirectoryLock(OutputDirectoryLock&& other) noexcept : fd_(other.fd_) {
  other.fd_ = -1;
}

OutputDirectoryLock& OutputDirectoryLock::operator=(OutputDirectoryLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

std::size_t RemoveStaleTemporaries(const std::string& directory,
                                   const std::function<bool(const std::string&)>& is_ours) {
  std::size_t removed = 0;
  std::error_code error;
  fs::directory_iterator it(directory, error);
  if (error) return 0;
  const long self = static_cast<long>(::getpid());
  for (const fs::directory_entry& entry : it) {
    const std::string file_name = entry.path().filename().string();
    const std::optional<TemporaryName> temporary = ParseTemporaryName(file_name);
    if (!temporary || temporary->pid == self || !is_ours(temporary->final_name)) continue;
    if (IsLiveKealign(temporary->pid)) continue;
    std::error_code ignored;
    if (fs::remove(entry.path(), ignored)) ++removed;
  }
  return removed;
}

bool OutputsComplete(const std::vector<Format>& formats, const std::string& prefix) {
  for (const std::string& path : OutputPaths(formats, prefix)) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return false;
  }
  return true;
}

}  // namespace kealign::io
