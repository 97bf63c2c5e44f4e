#include "cli/signals.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <ctime>

namespace kealign::cli {
namespace {

// SIGINT and SIGTERM, except one that is ignored: a shell starts background commands with
// SIGINT ignored, so that Ctrl-C at the terminal does not reach them, and that stays so.
sigset_t StopSignals() {
  sigset_t set;
  sigemptyset(&set);
  for (const int signal : {SIGINT, SIGTERM}) {
    struct sigaction action {};
    if (sigaction(signal, nullptr, &action) == 0 && action.sa_handler == SIG_IGN) continue;
    sigaddset(&set, signal);
  }
  return set;
}

}  // namespace

SignalStop::SignalStop(util::Interrupt* interrupt, std::function<void(const std::string&)> say)
    : interrupt_(interrupt), say_(std::move(say)) {
  signals_ = StopSignals();
  pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  watcher_ = std::thread([this] { Loop(); });
}

SignalStop::~SignalStop() {
  stopping_ = true;
  if (watcher_.joinable()) watcher_.join();
}

void SignalStop::Loop() {
  const sigset_t set = signals_;
  // Polled rather than waited for forever, so that the destructor can end the thread.
  const timespec interval{0, 100'000'000};
  while (!stopping_) {
    const int received = sigtimedwait(&set, nullptr, &interval);
    if (received <= 0) continue;
    const bool first = signal_.load() == 0;
    if (first) signal_ = received;
    if (received == SIGINT && first) {
      interrupt_->Stop();
      say_(
          "kealign: interrupted: finishing the documents in hand (Ctrl-C again to drop them "
          "and stop at once)");
      continue;
    }
    interrupt_->CloseOutputs();
    say_(received == SIGTERM ? "kealign: terminated: the documents in hand were dropped"
                             : "kealign: interrupted: the documents in hand were dropped");
    ::_exit(128 + signal_.load());
  }
}

}  // namespace kealign::cli
