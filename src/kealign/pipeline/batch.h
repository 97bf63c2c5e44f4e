// Batch alignment of a directory of document pairs (`kealign batch`).
//
// A pair is `NAME.ko.txt` + `NAME.en.txt` (raw text), or `NAME.ko.sents` + `NAME.en.sents`
// with `InputMode::kLines`, or a line of a manifest; its outputs are `OUT_DIR/NAME.<ext>`.
// Documents are independent, so the result of each is the same whatever the number of threads.
//
// A batch never loses or repeats work: it holds a lock on its output directory (a second run
// over the same documents fails at once), removes the temporaries that dead runs left, skips
// the documents whose outputs an earlier run completed, and when interrupted
// (`CorpusOptions::interrupt`) starts no new document and leaves no temporary.
#pragma once

#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "kealign/io/document_pairs.h"
#include "kealign/io/format.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/pipeline.h"
#include "kealign/pipeline/progress.h"

namespace kealign {

struct BatchOptions {
  io::InputMode input_mode = io::InputMode::kText;
  std::vector<io::Format> formats;
  io::WriterOptions writer;  // what the writers take beyond the document
  std::string output_directory;
  int num_threads = 1;  // documents aligned at once
  // The part of the pairs this run takes (`--shard I/N`); results are for those pairs only.
  io::Shard shard;
  // Skip a document whose outputs all exist (`io::OutputsComplete`: an earlier run finished
  // it) instead of aligning it again (`--force` sets this false).
  bool skip_complete = false;
  // Unless empty, also write one corpus of every aligned or skipped document, in order, at
  // this prefix (`io::MergeOutputs`, for the moses, tsv and jsonl of `formats`); not when the
  // run was interrupted.
  std::string merge_prefix;
  // Input limit, progress and interruption.
  CorpusOptions corpus;
  // Write no output for a document flagged as not a translation (`IsUnrelated` with
  // `PipelineOptions::min_document_score`); it is still reported in its result.
  bool drop_unrelated = false;
};

struct DocumentResult {
  std::string name;
  bool ok = false;
  std::string error;   // one-line message when !ok
  int num_source = 0;  // sentences
  int num_target = 0;
  int num_beads = 0;
  // Its outputs were complete and it was left alone (`BatchOptions::skip_complete`); `ok`.
  bool skipped = false;
  // Not aligned because the run was interrupted first; not `ok`, `error` empty.
  bool interrupted = false;
  // Alignments with both sides (the rows of moses and tmx), and sentences left unpaired (in
  // 1-0 beads on the Korean side, 0-1 on the English).
  int num_pairs = 0;
  int num_unpaired_source = 0;
  int num_unpaired_target = 0;
  // `AlignedDocument::document_score`, and whether it is below the threshold (`IsUnrelated`);
  // `unrelated_reason` says why (`UnrelatedReason`), `dropped` that no output was written.
  double document_score = 0.0;
  bool unrelated = false;
  std::string unrelated_reason;
  bool dropped = false;
};

// Whether `error` concerns one document alone, so that a batch reports it and goes on: bad
// input (`InputError`), an output that cannot be written (`io::OutputError`), a model that
// cannot handle this text (`ModelError`). Anything else, a broken invariant (`InternalError`)
// or memory running out, is not the document's fault: it stops the run (exit 3) instead of
// being reported as one more bad document while every later one fails the same way.
bool IsDocumentError(const std::exception& error);

// Aligns every pair of the shard and writes its outputs atomically. A document that fails (bad
// input, an unwritable output, a model error) is reported in its result and the others go on;
// any other exception (`InternalError`, `std::bad_alloc`) stops the run and propagates.
// `on_done`, if set, is called after each document (skipped ones first) from the thread that
// did it (calls are serialised). Results are in the order of the shard's pairs.
//
// The output directory must exist. Throws `OutputError` before any work if another run holds
// its lock (`io::OutputDirectoryLock`); removes the stale temporaries of the shard's documents
// and of the merged outputs first.
//
// With the lexical pass on and no lexical model in `models`, the batch first aligns every
// document by length and anchors, trains one lexical model on the confident beads of all of
// them (`TrainPooledModel`), then aligns every document with it: more documents, better model.
std::vector<DocumentResult> RunBatch(
    const std::vector<io::DocumentPair>& pairs, const BatchOptions& batch_options,
    const PipelineOptions& pipeline_options, const PipelineModels& models,
    const std::function<void(const DocumentResult&)>& on_done = {});

// What pooled training learned and saw.
struct PooledTraining {
  LexicalModel model;
  // One message per pair, empty for the pairs that were used or not needed.
  std::vector<std::string> errors;
  // How many pairs were read, in order from the first: whole chunks, fewer than all once the
  // cap is reached. Later training rounds realign exactly these.
  std::size_t documents_read = 0;
  // The pairs up to the last one that gave the first round a training pair (at most
  // `documents_read`): where the cap was reached, if it was.
  std::size_t documents_used = 0;
  // Each read pair's first-pass ladder (empty for the others), for `Pipeline::Align` to reuse
  // instead of searching again: a few dozen bytes a sentence, for the documents read only.
  std::vector<align::Ladder> first_passes;
};

// The first pass over `pairs` and a lexical model trained on all their confident beads (the
// seed lexicon of `models` as prior), up to `LexicalOptions::max_training_pairs` pairs: the
// documents are read in chunks, in order, and reading stops once the cap is reached, so memory
// stays bounded by the cap however many documents there are. Documents that cannot be read are
// skipped. Deterministic: the same for any `num_threads`. Reports `Phase::kReading` and
// `kTraining` progress; when interrupted it stops reading and returns what it has (callers
// check `corpus.stop_requested()`).
PooledTraining TrainPooledModel(const std::vector<io::DocumentPair>& pairs,
                                io::InputMode input_mode, const PipelineOptions& pipeline_options,
                                const PipelineModels& models, int num_threads,
                                const CorpusOptions& corpus = {});

}  // namespace kealign
