#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

namespace kealign::cli {
namespace {

using Clock = std::chrono::steady_clock;

// "1:05:09", "4:09", "9 s".
std::string Duration(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  if (total < 60) return fmt::format("{} s", total);
  if (total < 3600) return fmt::format("{}:{:02}", total / 60, total % 60);
  return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
}

}  // namespace

void PrintVia(const std::atomic<ProgressReporter*>& reporter, const std::string& line) {
  if (ProgressReporter* to = reporter.load()) {
    to->Print(line);
  } else {
    std::fprintf(stderr, "%s\n", line.c_str());
  }
}

std::string WithCommas(std::size_t value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  return grouped;
}

ProgressReporter::ProgressReporter(bool quiet)
    : enabled_(!quiet), terminal_(::isatty(STDERR_FILENO) == 1), phase_start_(Clock::now()) {
  if (enabled_) ticker_ = std::thread([this] { Loop(); });
}

ProgressReporter::~ProgressReporter() { Finish(); }

void ProgressReporter::Update(const Progress& progress) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!has_progress_ || progress.phase != progress_.phase) phase_start_ = Clock::now();
  progress_ = progress;
  has_progress_ = true;
}

void ProgressReporter::Print(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  Clear();
  std::fprintf(stderr, "%s\n", line.c_str());
  std::fflush(stderr);
}

void ProgressReporter::Finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    Clear();
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void ProgressReporter::Loop() {
  // A terminal line is cheap to redraw; a log gets a line every few seconds.
  const auto interval = terminal_ ? std::chrono::milliseconds(250) : std::chrono::seconds(5);
  std::unique_lock<std::mutex> lock(mutex_);
  while (!wake_.wait_for(lock, interval, [this] { return stopping_; })) {
    if (has_progress_) Draw();
  }
}

std::string ProgressReporter::Render() const {
  const double seconds = std::chrono::duration<double>(Clock::now() - phase_start_).count();
  const Progress& p = progress_;
  if (p.phase == Phase::kTraining || p.phase == Phase::kMerging) {
    return fmt::format(
        "kealign: {} {}",
        p.phase == Phase::kTraining ? "training the lexical model" : "merging the outputs",
        Duration(seconds));
  }
  std::string line = fmt::format("kealign: {} {} of {} documents", PhaseName(p.phase),
                                 WithCommas(p.done), WithCommas(p.total));
  if (p.failed > 0) line += fmt::format(" ({} failed)", WithCommas(p.failed));
  if (seconds > 0.5 && p.done > 0) {
    line += fmt::format(
        ", {} sentences/s",
        WithCommas(static_cast<std::size_t>(static_cast<double>(p.sentences) / seconds)));
    if (p.done < p.total) {
      const double left =
          seconds * static_cast<double>(p.total - p.done) / static_cast<double>(p.done);
      line +=
          fmt::format(", {} left{}", Duration(left), p.phase == Phase::kReading ? " at most" : "");
    }
  }
  return line;
}

void ProgressReporter::Clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  drawn_ = false;
}

void ProgressReporter::Draw() {
  if (stopping_) return;
  if (terminal_) {
    std::fprintf(stderr, "\r%s\x1b[K", Render().c_str());
    drawn_ = true;
  } else {
    // Only when something moved, so that a long document does not fill the log.
    if (progress_.done == printed_done_ && progress_.phase == printed_phase_) return;
    std::fprintf(stderr, "%s\n", Render().c_str());
    printed_done_ = progress_.done;
    printed_phase_ = progress_.phase;
  }
  std::fflush(stderr);
}

}  // namespace kealign::cli
