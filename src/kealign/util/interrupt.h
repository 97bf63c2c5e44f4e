// Stopping long work from another thread (the CLI's signal thread) without leaving a half-written
// file: work items check `stop_requested()` before they start, and every write of outputs runs
// inside `WriteUnlessClosed`, so that `CloseOutputs` can wait for the writes in progress and
// forbid new ones; the process may then exit at once and leave no temporary behind.
#pragma once

#include <atomic>
#include <mutex>
#include <shared_mutex>

namespace kealign::util {

// Thread-safe; not copyable. Not for use inside a signal handler (it takes a mutex).
class Interrupt {
 public:
  Interrupt() = default;
  Interrupt(const Interrupt&) = delete;
  Interrupt& operator=(const Interrupt&) = delete;

  // Asks the work to start no new item; items in hand finish (and write their outputs).
  void Stop() { stop_.store(true); }
  bool stop_requested() const { return stop_.load(); }

  // `Stop`, then waits until no `WriteUnlessClosed` call is running and makes every later one
  // return false without writing. After it returns no output is being written or will be.
  void CloseOutputs() {
    Stop();
    std::unique_lock<std::shared_mutex> lock(writing_);
    closed_ = true;
  }

  // Runs `write()` unless `CloseOutputs` was called; returns whether it ran. Writes of several
  // threads run at once; exceptions propagate.
  template <typename Write>
  bool WriteUnlessClosed(Write&& write) {
    std::shared_lock<std::shared_mutex> lock(writing_);
    if (closed_) return false;
    write();
    return true;
  }

 private:
  std::atomic<bool> stop_{false};
  std::shared_mutex writing_;
  bool closed_ = false;  // guarded by `writing_`
};

}  // namespace kealign::util
