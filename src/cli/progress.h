// Progress of long commands on stderr: on a terminal one line redrawn in place (phase, documents
// done of total, sentences per second, time left); otherwise a plain line every few seconds, for
// logs; nothing with `-q`. Messages printed through it do not garble the line.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

#include "kealign/pipeline/progress.h"

namespace kealign::cli {

class ProgressReporter {
 public:
  // `quiet`: draw nothing (messages are still printed).
  explicit ProgressReporter(bool quiet);
  // Clears the line.
  ~ProgressReporter();
  ProgressReporter(const ProgressReporter&) = delete;
  ProgressReporter& operator=(const ProgressReporter&) = delete;

  // The library's progress callback (`CorpusOptions::on_progress`). Thread-safe and cheap.
  void Update(const Progress& progress);

  // Prints `line` (a whole message without the newline) on stderr, above the progress line.
  void Print(const std::string& line);

  // Clears the progress line and stops drawing it.
  void Finish();

 private:
  void Loop();
  // The progress as one line, without a newline. Needs `mutex_`.
  std::string Render() const;
  // Needs `mutex_`.
  void Clear();
  void Draw();

  const bool enabled_;
  const bool terminal_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool has_progress_ = false;
  bool drawn_ = false;  // a progress line is on the terminal
  Progress progress_;
  std::chrono::steady_clock::time_point phase_start_;
  std::size_t printed_done_ = static_cast<std::size_t>(-1);
  Phase printed_phase_ = Phase::kReading;
  std::thread ticker_;
};

// Prints `line` through `*reporter` if it is set, else straight to stderr: for the signal
// thread, which starts before the reporter and may outlive it.
void PrintVia(const std::atomic<ProgressReporter*>& reporter, const std::string& line);

// "1,234,567".
std::string WithCommas(std::size_t value);

}  // namespace kealign::cli
