// SIGINT and SIGTERM during a long command: the first Ctrl-C lets the documents in hand finish
// and starts no new one; a second Ctrl-C, or SIGTERM (what a scheduler sends before killing),
// waits only for outputs being written (milliseconds), discards the documents in hand and exits
// at once (status 128 + signal). Either way no temporary file is left behind.
#pragma once

#include <signal.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>

#include "kealign/util/interrupt.h"

namespace kealign::cli {

class SignalStop {
 public:
  // Blocks SIGINT and SIGTERM in this thread, and so in every thread started after this, and
  // handles them on a thread of its own, through `interrupt`; `say` prints a message line.
  // Construct it before starting any other thread.
  SignalStop(util::Interrupt* interrupt, std::function<void(const std::string&)> say);
  // Stops handling (a signal arriving later stays blocked until the process exits).
  ~SignalStop();
  SignalStop(const SignalStop&) = delete;
  SignalStop& operator=(const SignalStop&) = delete;

  // The signal that stopped the run, 0 if none.
  int signal() const { return signal_.load(); }
  // The exit status for an interrupted run: 128 + the signal.
  int ExitStatus() const { return 128 + signal(); }

 private:
  void Loop();

  util::Interrupt* interrupt_;
  sigset_t signals_;  // the signals handled
  std::function<void(const std::string&)> say_;
  std::atomic<int> signal_{0};
  std::atomic<bool> stopping_{false};
  std::thread watcher_;
};

}  // namespace kealign::cli
