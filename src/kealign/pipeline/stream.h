// Aligning document pairs read as records from a stream (`kealign stream`): a filter for
// pipelines (Spark's `RDD.pipe`, Hadoop Streaming, `parallel --pipe`, Bitextor's segment
// alignment) that reads one record a line and writes each record's alignments as soon as it and
// every record before it are done, flushing after each. Record formats: `io/records.h`.
//
// Each record is aligned on its own, as `kealign align` aligns one document: with the lexical
// model of `PipelineModels` if one was given (`kealign train`), else with a model learnt from
// the record itself and the seed lexicon. So a record's output does not depend on the other
// records, on their order, or on the number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>

#include "kealign/io/reader.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign {

enum class RecordFormat { kJsonl, kBitextor };

struct StreamOptions {
  RecordFormat format = RecordFormat::kJsonl;
  // How the texts of a record are read: raw text that kealign splits, or one sentence a line
  // (Bitextor's documents are).
  io::InputMode input_mode = io::InputMode::kText;
  // Leave 1-0 and 0-1 alignments out of the output.
  bool pairs_only = false;
  // bitextor: the first text (and URL) is the English document, not the Korean one.
  bool english_first = false;
  // Records aligned at once. Memory is bounded by about twice this many of the largest record.
  int num_threads = 1;
  // The longest record line (0: no limit); longer ones fail without being stored.
  std::uint64_t max_record_bytes = io::kDefaultMaxInputBytes;
  // Write nothing for a record that is not a translation (`IsUnrelated` with
  // `PipelineOptions::min_document_score`); it is still reported to `on_warning`.
  bool drop_unrelated = false;
};

// What a stream saw.
struct StreamSummary {
  std::size_t records = 0;  // non-blank lines, a bitextor header excluded
  std::size_t failed = 0;
  std::size_t pairs = 0;      // alignments with both sides
  std::size_t unpaired = 0;   // sentences of either side in 1-0 and 0-1 alignments
  std::size_t unrelated = 0;  // records below the document score (`IsUnrelated`)
  std::size_t dropped = 0;    // of those, left out (`StreamOptions::drop_unrelated`)
};

// Reads records from `in` until its end and writes their alignments to `out` in input order.
// A record that cannot be aligned (bad JSON or base64, bad text, too long; `IsDocumentError`)
// is reported and the stream goes on: jsonl writes `{"id", "error"}` in its place; both formats
// call `on_error` (may be empty) with a one-line message naming the input line, from one thread
// at a time. A record that is not a translation (pipeline/verdict.h) is aligned and written
// (unless `drop_unrelated`) and `on_warning` (may be empty) gets a line saying why, naming the
// input line and the record. Blank lines are skipped. Throws `InputError` if `in` cannot be read;
// any other exception of a record (`InternalError`, `std::bad_alloc`) stops the stream after the
// records before it were written, and propagates.
StreamSummary RunStream(std::istream& in, std::ostream& out, const StreamOptions& options,
                        const PipelineOptions& pipeline_options, const PipelineModels& models,
                        const std::function<void(const std::string&)>& on_error = {},
                        const std::function<void(const std::string&)>& on_warning = {});

}  // namespace kealign
