// Batch alignment of a directory of document pairs (`kealign batch`).
//
// A pair is `NAME.ko.txt` + `NAME.en.txt` (raw text), or `NAME.ko.sents` + `NAME.en.sents`
// with `InputMode::kLines`; its outputs are `OUT_DIR/NAME.<ext>`. Documents are independent, so
// the result of each is the same whatever the number of threads.
#pragma once

#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "kealign/io/document_pairs.h"
#include "kealign/io/format.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign {

struct BatchOptions {
  io::InputMode input_mode = io::InputMode::kText;
  std::vector<io::Format> formats;
  io::WriterOptions writer;  // what the writers take beyond the document
  std::string output_directory;
  int num_threads = 1;  // documents aligned at once
};

struct DocumentResult {
  std::string name;
  bool ok = false;
  std::string error;   // one-line message when !ok
  int num_source = 0;  // sentences
  int num_target = 0;
  int num_beads = 0;
};

// Whether `error` concerns one document alone, so that a batch reports it and goes on: bad
// input (`InputError`), an output that cannot be written (`io::OutputError`), a model that
// cannot handle this text (`ModelError`). Anything else, a broken invariant (`InternalError`)
// or memory running out, is not the document's fault: it stops the run (exit 3) instead of
// being reported as one more bad document while every later one fails the same way.
bool IsDocumentError(const std::exception& error);

// Aligns every pair and writes its outputs atomically. A document that fails (bad input, an
// unwritable output, a model error) is reported in its result and the others go on; any other
// exception (`InternalError`, `std::bad_alloc`) stops the run and propagates. `on_done`, if set, is
// called after each document from the worker thread that did it (calls are serialised).
// Results are in the order of `pairs`.
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
// skipped. Deterministic: the same for any `num_threads`.
PooledTraining TrainPooledModel(const std::vector<io::DocumentPair>& pairs,
                                io::InputMode input_mode, const PipelineOptions& pipeline_options,
                                const PipelineModels& models, int num_threads);

}  // namespace kealign
