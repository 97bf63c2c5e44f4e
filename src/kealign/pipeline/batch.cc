#include "kealign/pipeline/batch.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <unordered_set>

#include "kealign/error.h"
#include "kealign/io/merge.h"
#include "kealign/io/output_directory.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
#include "kealign/pipeline/verdict.h"
#include "kealign/util/parallel.h"

namespace kealign {
namespace fs = std::filesystem;

namespace {

// Calls `work(i, pipeline)` for every i in [0, count) on `num_threads` threads, each with its
// own `Pipeline` (built in that thread on its first document: the splitters take a while).
// Documents are independent, so results do not depend on the thread count.
template <typename Work>
void ForEachDocument(std::size_t count, int num_threads, const PipelineOptions& options,
                     const PipelineModels& models, Work&& work) {
  std::vector<std::optional<Pipeline>> pipelines(std::max(1, num_threads));
  util::ParallelFor(num_threads, count, [&](int worker, std::size_t i) {
    std::optional<Pipeline>& pipeline = pipelines[worker];
    if (!pipeline) pipeline.emplace(options, models);
    work(i, *pipeline);
  });
}

// Runs `work` for one document and returns the message of a failure that concerns that
// document alone (`IsDocumentError`), or ""; anything else propagates.
template <typename Work>
std::string DocumentFailure(Work&& work) {
  try {
    work();
    return {};
  } catch (const std::exception& e) {
    if (!IsDocumentError(e)) throw;
    return e.what();
  }
}

// Serialises progress reports of worker threads and keeps the phase's counts.
class ProgressCounter {
 public:
  ProgressCounter(const CorpusOptions& corpus, Phase phase, std::size_t total) : corpus_(corpus) {
    progress_.phase = phase;
    progress_.total = total;
    Report();
  }
  // One more document done, with `sentences` sentences (0 if it failed).
  void Done(std::size_t sentences, bool failed) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++progress_.done;
    progress_.sentences += sentences;
    progress_.failed += failed;
    if (corpus_.on_progress) corpus_.on_progress(progress_);
  }

 private:
  void Report() {
    if (corpus_.on_progress) corpus_.on_progress(progress_);
  }
  const CorpusOptions& corpus_;
  std::mutex mutex_;
  Progress progress_;
};

// Thrown out of a document's work when the outputs were closed (`Interrupt::CloseOutputs`)
// before it could write: not a failure of the document. Not a `std::exception`, so that
// `DocumentFailure` lets it through.
struct OutputsClosed {};

// Runs `write` inside the interruption's write gate, if any; throws `OutputsClosed` if it is
// closed.
template <typename Write>
void WriteGated(const CorpusOptions& corpus, Write&& write) {
  if (corpus.interrupt == nullptr) {
    write();
  } else if (!corpus.interrupt->WriteUnlessClosed(write)) {
    throw OutputsClosed{};
  }
}

std::size_t SentenceCount(const AlignedDocument& aligned) {
  return aligned.source.sentences.size() + aligned.target.sentences.size();
}

}  // namespace

bool IsDocumentError(const std::exception& error) {
  return dynamic_cast<const InputError*>(&error) != nullptr ||
         dynamic_cast<const io::OutputError*>(&error) != nullptr ||
         dynamic_cast<const ModelError*>(&error) != nullptr;
}

PooledTraining TrainPooledModel(const std::vector<io::DocumentPair>& pairs,
                                io::InputMode input_mode, const PipelineOptions& pipeline_options,
                                const PipelineModels& models, int num_threads,
                                const CorpusOptions& corpus) {
  PooledTraining result;
  result.errors.assign(pairs.size(), "");
  result.first_passes.resize(pairs.size());
  LexicalOptions lexical = pipeline_options.lexical;
  lexical.threads = std::max(1, num_threads);
  PipelineModels round_models = models;
  round_models.lexical_model = nullptr;
  const features::LexicalTokenizer tokenizer(lexical.units, models.pieces);
  const std::size_t chunk = std::max<std::size_t>(1, lexical.training_chunk_documents);
  for (int round = 0; round < std::max(1, lexical.rounds); ++round) {
    LexicalTrainingSet all(tokenizer);
    // Round 0 decides which documents are read (those before the cap); later rounds realign
    // exactly those, so the errors, first passes and counts all describe one set.
    const std::size_t limit = round == 0 ? pairs.size() : result.documents_read;
    ProgressCounter progress(corpus, Phase::kReading, limit);
    for (std::size_t begin = 0;
         begin < limit && all.size() < lexical.max_training_pairs && !corpus.stop_requested();
         begin += chunk) {
      const std::size_t count = std::min(chunk, limit - begin);
      // Each document's training pairs are kept apart and joined in document order, so the
      // vocabulary ids, and hence the model, do not depend on which thread finished first.
      std::vector<LexicalTrainingSet> per_document(count, LexicalTrainingSet(tokenizer));
      ForEachDocument(count, num_threads, pipeline_options, round_models,
                      [&](std::size_t k, const Pipeline& pipeline) {
                        const std::size_t i = begin + k;
                        if (corpus.stop_requested()) return;
                        std::size_t sentences = 0;
                        std::string error = DocumentFailure([&] {
                          Document source = io::ReadDocument(pairs[i].source_path, input_mode,
                                                             corpus.max_input_bytes);
                          Document target = io::ReadDocument(pairs[i].target_path, input_mode,
                                                             corpus.max_input_bytes);
                          // Round 0 learns from length and anchors; later rounds from the
                          // previous round's model, whose alignments are better.
                          AlignedDocument aligned =
                              round == 0 ? pipeline.FirstPass(std::move(source), std::move(target))
                                         : pipeline.Align(std::move(source), std::move(target),
                                                          &result.first_passes[i]);
                          per_document[k].Add(aligned, pipeline_options.lexical);
                          sentences = SentenceCount(aligned);
                          if (round == 0) result.first_passes[i] = std::move(aligned.ladder);
                        });
                        progress.Done(sentences, !error.empty());
                        // The document is skipped; RunBatch reports it when aligning, `train`
                        // through `errors`.
                        if (round == 0) result.errors[i] = std::move(error);
                      });
      for (std::size_t k = 0; k < count; ++k) {
        const std::size_t before = all.size();
        all.Append(std::move(per_document[k]), lexical);
        if (round == 0 && all.size() > before) result.documents_used = begin + k + 1;
      }
      if (round == 0) result.documents_read = begin + count;
    }
    if (corpus.stop_requested()) break;
    ProgressCounter training(corpus, Phase::kTraining, 0);
    result.model = all.Train(models.seed_lexicon.get(), lexical);
    round_models.lexical_model = std::make_shared<const LexicalModel>(result.model);
  }
  return result;
}

std::vector<DocumentResult> RunBatch(const std::vector<io::DocumentPair>& all_pairs,
                                     const BatchOptions& batch_options,
                                     const PipelineOptions& pipeline_options,
                                     const PipelineModels& models,
                                     const std::function<void(const DocumentResult&)>& on_done) {
  const std::vector<io::DocumentPair> pairs = io::SelectShard(all_pairs, batch_options.shard);
  const CorpusOptions& corpus = batch_options.corpus;
  const std::string& directory = batch_options.output_directory;
  const io::OutputDirectoryLock lock(directory, batch_options.shard);
  // Only this shard's documents: other shards may be writing theirs into the same directory.
  std::unordered_set<std::string> names;
  for (const io::DocumentPair& pair : pairs) names.insert(pair.name);
  io::RemoveStaleTemporaries(directory, [&](const std::string& final_name) {
    const std::size_t dot = final_name.rfind('.');
    return dot != std::string::npos && names.count(final_name.substr(0, dot)) > 0;
  });
  const std::vector<std::string> merged_paths =
      batch_options.merge_prefix.empty()
          ? std::vector<std::string>()
          : io::MergedPaths(batch_options.formats, batch_options.merge_prefix);
  if (!merged_paths.empty()) {
    const fs::path merge_directory = fs::path(batch_options.merge_prefix).parent_path();
    std::unordered_set<std::string> merged;
    for (const std::string& path : merged_paths) merged.insert(fs::path(path).filename().string());
    io::RemoveStaleTemporaries(merge_directory.empty() ? "." : merge_directory.string(),
                               [&](const std::string& name) { return merged.count(name) > 0; });
  }

  std::vector<DocumentResult> results(pairs.size());
  std::mutex report_mutex;
  const auto report = [&](const DocumentResult& result) {
    if (!on_done) return;
    std::lock_guard<std::mutex> lock_reports(report_mutex);
    on_done(result);
  };
  const auto prefix_of = [&](const io::DocumentPair& pair) {
    return (fs::path(directory) / pair.name).string();
  };
  std::vector<std::size_t> to_align;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    results[i].name = pairs[i].name;
    if (batch_options.skip_complete &&
        io::OutputsComplete(batch_options.formats, prefix_of(pairs[i]))) {
      results[i].ok = true;
      results[i].skipped = true;
      report(results[i]);
    } else {
      to_align.push_back(i);
    }
  }

  PipelineModels second_pass = models;
  std::vector<align::Ladder> first_passes;
  // Pooled over every document of the shard, those skipped too, so that a resumed run aligns
  // the rest with the model an uninterrupted run would have used.
  if (pipeline_options.lexical.enabled && !models.lexical_model && pairs.size() > 1 &&
      !to_align.empty()) {
    PooledTraining training = TrainPooledModel(pairs, batch_options.input_mode, pipeline_options,
                                               models, batch_options.num_threads, corpus);
    second_pass.lexical_model = std::make_shared<const LexicalModel>(std::move(training.model));
    first_passes = std::move(training.first_passes);
  }
  bool interrupted = false;
  {
    ProgressCounter progress(corpus, Phase::kAligning, to_align.size());
    ForEachDocument(
        to_align.size(), batch_options.num_threads, pipeline_options, second_pass,
        [&](std::size_t k, const Pipeline& pipeline) {
          const std::size_t i = to_align[k];
          const io::DocumentPair& pair = pairs[i];
          DocumentResult& result = results[i];
          if (corpus.stop_requested()) {
            result.interrupted = true;
            return;
          }
          try {
            result.error = DocumentFailure([&] {
              const std::string prefix = prefix_of(pair);
              WriteGated(corpus, [&] {
                io::CheckOutputs(batch_options.formats, prefix,
                                 {pair.source_path, pair.target_path});
              });
              // The training pass already searched this document once by length and
              // anchors: its ladder spares the second pass a third of its time.
              const align::Ladder* first_pass =
                  i < first_passes.size() && !first_passes[i].empty() ? &first_passes[i] : nullptr;
              AlignedDocument aligned =
                  pipeline.Align(io::ReadDocument(pair.source_path, batch_options.input_mode,
                                                  corpus.max_input_bytes),
                                 io::ReadDocument(pair.target_path, batch_options.input_mode,
                                                  corpus.max_input_bytes),
                                 first_pass);
              if (first_pass != nullptr) align::Ladder().swap(first_passes[i]);  // done
              const double min_score = pipeline_options.min_document_score;
              result.document_score = aligned.document_score;
              result.unrelated = IsUnrelated(aligned, min_score);
              if (result.unrelated) result.unrelated_reason = UnrelatedReason(aligned, min_score);
              result.dropped = result.unrelated && batch_options.drop_unrelated;
              if (!result.dropped) {
                WriteGated(corpus, [&] {
                  io::WriteOutputs(aligned, batch_options.formats, prefix, batch_options.writer);
                });
              }
              result.num_source = static_cast<int>(aligned.source.sentences.size());
              result.num_target = static_cast<int>(aligned.target.sentences.size());
              result.num_beads = static_cast<int>(aligned.ladder.size());
              for (const align::Bead& bead : aligned.ladder) {
                result.num_pairs += !bead.is_hole();
                if (bead.target_count == 0) result.num_unpaired_source += bead.source_count;
                if (bead.source_count == 0) result.num_unpaired_target += bead.target_count;
              }
            });
          } catch (const OutputsClosed&) {
            result.interrupted = true;
            return;
          }
          result.ok = result.error.empty();
          progress.Done(static_cast<std::size_t>(result.num_source + result.num_target),
                        !result.ok);
          report(result);
        });
    for (std::size_t i : to_align) interrupted = interrupted || results[i].interrupted;
  }
  if (!merged_paths.empty() && !interrupted && !corpus.stop_requested()) {
    std::vector<std::string> merged_names;
    for (const DocumentResult& result : results) {
      // A dropped document has no outputs to merge.
      if (result.ok && !result.dropped) merged_names.push_back(result.name);
    }
    ProgressCounter progress(corpus, Phase::kMerging, 0);
    try {
      WriteGated(corpus, [&] {
        io::MergeOutputs(merged_names, directory, batch_options.formats,
                         batch_options.merge_prefix);
      });
    } catch (const OutputsClosed&) {
      // Interrupted while merging: the merged set was discarded, as it should be.
    }
  }
  return results;
}

}  // namespace kealign
