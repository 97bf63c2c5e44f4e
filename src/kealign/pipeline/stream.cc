#include "kealign/pipeline/stream.h"

#include <fmt/format.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/io/records.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/batch.h"
#include "kealign/pipeline/verdict.h"

namespace kealign {
namespace {

// One record's result: its output lines and what to count.
struct RecordOutput {
  std::string text;
  std::string error;     // for `on_error`, empty if the record was aligned
  std::string warning;   // for `on_warning`: not a translation (`IsUnrelated`), else empty
  bool dropped = false;  // unrelated and left out (`StreamOptions::drop_unrelated`)
  std::size_t pairs = 0;
  std::size_t unpaired = 0;
};

// Aligns the record on `line` (input line `line_number`) and renders its output.
class RecordAligner {
 public:
  RecordAligner(const StreamOptions& options, const io::BitextorColumns& columns)
      : options_(options), columns_(columns) {}

  RecordOutput Run(const Pipeline& pipeline, const std::string& line, std::size_t line_number,
                   bool too_long) const {
    RecordOutput output;
    io::StreamRecord record;
    try {
      if (too_long) {
        throw InputError("", fmt::format("the record is longer than {} bytes, the input limit "
                                         "(--max-input-bytes)",
                                         options_.max_record_bytes));
      }
      if (options_.format == RecordFormat::kJsonl) {
        io::ParseJsonlRecord(line, options_.input_mode, &record);
      } else {
        io::ParseBitextorRecord(line, columns_, options_.input_mode, options_.english_first,
                                &record);
      }
      const AlignedDocument aligned =
          pipeline.Align(std::move(record.source), std::move(record.target));
      const double min_score = pipeline.options().min_document_score;
      if (IsUnrelated(aligned, min_score)) {
        output.dropped = options_.drop_unrelated;
        output.warning = fmt::format("line {}{}: {}{}", line_number, RecordName(record),
                                     UnrelatedReason(aligned, min_score),
                                     output.dropped ? "; nothing written (--drop-unrelated)" : "");
        if (output.dropped) return output;
      }
      std::ostringstream out;
      if (options_.format == RecordFormat::kJsonl) {
        io::WriteJsonl(aligned, out, io::JsonlRows{record.id_json, options_.pairs_only});
      } else {
        io::WriteBitextorRows(aligned, record, options_.english_first, options_.pairs_only, out);
      }
      output.text = std::move(out).str();
      for (const align::Bead& bead : aligned.ladder) {
        if (bead.is_hole()) {
          output.unpaired += static_cast<std::size_t>(bead.source_count + bead.target_count);
        } else {
          ++output.pairs;
        }
      }
    } catch (const std::exception& e) {
      if (!IsDocumentError(e)) throw;
      output = RecordOutput{};
      output.error = fmt::format("line {}: {}", line_number, e.what());
      if (options_.format == RecordFormat::kJsonl) {
        std::ostringstream out;
        io::WriteJsonlError(record.id_json, output.error, out);
        output.text = std::move(out).str();
      } else if (!record.first_url.empty()) {
        output.error = fmt::format("line {} ({} {}): {}", line_number, record.first_url,
                                   record.second_url, e.what());
      }
    }
    return output;
  }

 private:
  // " (id)" or " (url1 url2)" for messages, once the record was read.
  std::string RecordName(const io::StreamRecord& record) const {
    if (!record.first_url.empty())
      return fmt::format(" ({} {})", record.first_url, record.second_url);
    if (!record.id_json.empty()) return fmt::format(" (id {})", record.id_json);
    return "";
  }

  const StreamOptions& options_;
  const io::BitextorColumns& columns_;
};

// Writes outputs in input order as they arrive out of order, and keeps the summary.
class OrderedWriter {
 public:
  OrderedWriter(std::ostream& out, const std::function<void(const std::string&)>& on_error,
                const std::function<void(const std::string&)>& on_warning, StreamSummary* summary)
      : out_(out), on_error_(on_error), on_warning_(on_warning), summary_(summary) {}

  // Writes `text` at once, outside the record order (the bitextor header, before any record).
  void WriteNow(std::string_view text) {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    out_.flush();
  }

  // Output `index` (0-based record number) is ready: writes it and any later ones that were
  // waiting for it, each flushed. Not thread-safe: callers hold a lock.
  void Deliver(std::size_t index, RecordOutput output) {
    waiting_.emplace(index, std::move(output));
    for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_;
         it = waiting_.erase(it), ++next_) {
      const RecordOutput& ready = it->second;
      ++summary_->records;
      summary_->pairs += ready.pairs;
      summary_->unpaired += ready.unpaired;
      if (!ready.error.empty()) {
        ++summary_->failed;
        if (on_error_) on_error_(ready.error);
      }
      if (!ready.warning.empty()) {
        ++summary_->unrelated;
        summary_->dropped += ready.dropped;
        if (on_warning_) on_warning_(ready.warning);
      }
      WriteNow(ready.text);
      if (!out_) throw io::OutputError("<stdout>", "cannot write the output (closed or full?)");
    }
  }

  // How many records have been written.
  std::size_t written() const { return next_; }

 private:
  std::ostream& out_;
  const std::function<void(const std::string&)>& on_error_;
  const std::function<void(const std::string&)>& on_warning_;
  StreamSummary* summary_;
  std::map<std::size_t, RecordOutput> waiting_;
  std::size_t next_ = 0;
};

}  // namespace

StreamSummary RunStream(std::istream& in, std::ostream& out, const StreamOptions& options,
                        const PipelineOptions& pipeline_options, const PipelineModels& models,
                        const std::function<void(const std::string&)>& on_error,
                        const std::function<void(const std::string&)>& on_warning) {
  StreamSummary summary;
  io::LineReader reader(in, options.max_record_bytes);
  io::BitextorColumns columns;
  std::optional<std::string> header;
  OrderedWriter writer(out, on_error, on_warning, &summary);
  const RecordAligner aligner(options, columns);

  // The next non-blank record line, past a bitextor header (answered at once, before any
  // record); false at the end of the input.
  std::string line;
  bool too_long = false;
  const auto next_record = [&]() {
    while (reader.Next(&line, &too_long)) {
      if (line.empty() && !too_long) continue;
      if (options.format == RecordFormat::kBitextor && !too_long) {
        if (!header && reader.line_number() == 1) {
          if (const auto named = io::ParseBitextorHeader(line)) {
            columns = *named;
            header = line;
            writer.WriteNow(std::string(io::kBitextorOutputHeader) + "\n");
            continue;
          }
        } else if (header && line == *header) {
          continue;  // files with headers concatenated: each repeats it
        }
      }
      return true;
    }
    return false;
  };

  const int threads = std::max(1, options.num_threads);
  if (threads == 1) {
    const Pipeline pipeline(pipeline_options, models);
    for (std::size_t index = 0; next_record(); ++index) {
      writer.Deliver(index, aligner.Run(pipeline, line, reader.line_number(), too_long));
    }
    return summary;
  }

  // Workers take records from `queue`; the reader waits while `window` records are read but not
  // yet written, which bounds memory by about `window` records and their outputs.
  struct Item {
    std::size_t index;
    std::size_t line_number;
    std::string line;
    bool too_long;
  };
  const std::size_t window = 2 * static_cast<std::size_t>(threads);
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Item> queue;
  bool input_done = false;
  std::exception_ptr failure;
  std::size_t read = 0;
  const auto work = [&] {
    try {
      const Pipeline pipeline(pipeline_options, models);
      while (true) {
        Item item;
        {
          std::unique_lock<std::mutex> lock(mutex);
          changed.wait(lock, [&] { return !queue.empty() || input_done || failure; });
          if (failure || queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
        }
        RecordOutput output = aligner.Run(pipeline, item.line, item.line_number, item.too_long);
        std::lock_guard<std::mutex> lock(mutex);
        writer.Deliver(item.index, std::move(output));
        changed.notify_all();
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex);
      if (!failure) failure = std::current_exception();
      changed.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) workers.emplace_back(work);
  try {
    while (true) {
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return read - writer.written() < window || failure; });
        if (failure) break;
      }
      // Reading happens outside the lock, so that workers go on meanwhile.
      if (!next_record()) break;
      std::lock_guard<std::mutex> lock(mutex);
      queue.push_back(Item{read++, reader.line_number(), std::move(line), too_long});
      line = std::string();
      changed.notify_all();
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex);
    if (!failure) failure = std::current_exception();
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    input_done = true;
    changed.notify_all();
  }
  for (std::thread& worker : workers) worker.join();
  if (failure) std::rethrow_exception(failure);
  return summary;
}

}  // namespace kealign
