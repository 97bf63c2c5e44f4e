// How long corpus runs (`RunBatch`, `TrainPooledModel`, `RunStream`) report their progress and
// are stopped from outside. The library only reports plain values; the CLI draws them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "kealign/io/reader.h"
#include "kealign/util/interrupt.h"

namespace kealign {

// The stages of a corpus run, in the order they happen.
enum class Phase {
  kReading,   // pooled training's first pass over the documents (length and anchors)
  kTraining,  // EM over the pooled sentence pairs: no documents, no counts
  kAligning,  // aligning and writing each document
  kMerging,   // `--merge-output`: concatenating the documents' outputs
};

// A short lower-case name of `phase` for people: "reading", "training", "aligning", "merging".
const char* PhaseName(Phase phase);

// Where a run is. Counts are of the current phase.
struct Progress {
  Phase phase = Phase::kReading;
  // Documents finished in this phase (failed ones included) and how many it will go through
  // (in `kReading`, at most: reading stops once the training cap is reached).
  std::size_t done = 0;
  std::size_t total = 0;
  // Sentences of both sides in the documents done; failed documents count none.
  std::size_t sentences = 0;
  std::size_t failed = 0;
};

// What every corpus run shares besides the pipeline's options.
struct CorpusOptions {
  // Most bytes of one input file (`io::ReadTextFile`); 0: no limit.
  std::uint64_t max_input_bytes = io::kDefaultMaxInputBytes;
  // Called when a phase starts (`done` 0) and after each document, never from two threads at
  // once; may be empty. Keep it cheap: workers wait for it.
  std::function<void(const Progress&)> on_progress;
  // Set by another thread to stop the run early (may be null): no document is started after
  // `Stop`, and outputs are written only inside `WriteUnlessClosed`.
  util::Interrupt* interrupt = nullptr;

  bool stop_requested() const { return interrupt != nullptr && interrupt->stop_requested(); }
};

}  // namespace kealign
