#include "kealign/pipeline/batch.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>

#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
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

}  // namespace

bool IsDocumentError(const std::exception& error) {
  return dynamic_cast<const InputError*>(&error) != nullptr ||
         dynamic_cast<const io::OutputError*>(&error) != nullptr ||
         dynamic_cast<const ModelError*>(&error) != nullptr;
}

PooledTraining TrainPooledModel(const std::vector<io::DocumentPair>& pairs,
                                io::InputMode input_mode, const PipelineOptions& pipeline_options,
                                const PipelineModels& models, int num_threads) {
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
    for (std::size_t begin = 0; begin < limit && all.size() < lexical.max_training_pairs;
         begin += chunk) {
      const std::size_t count = std::min(chunk, limit - begin);
      // Each document's training pairs are kept apart and joined in document order, so the
      // vocabulary ids, and hence the model, do not depend on which thread finished first.
      std::vector<LexicalTrainingSet> per_document(count, LexicalTrainingSet(tokenizer));
      ForEachDocument(count, num_threads, pipeline_options, round_models,
                      [&](std::size_t k, const Pipeline& pipeline) {
                        const std::size_t i = begin + k;
                        std::string error = DocumentFailure([&] {
                          Document source = io::ReadDocument(pairs[i].source_path, input_mode);
                          Document target = io::ReadDocument(pairs[i].target_path, input_mode);
                          // Round 0 learns from length and anchors; later rounds from the
                          // previous round's model, whose alignments are better.
                          AlignedDocument aligned =
                              round == 0 ? pipeline.FirstPass(std::move(source), std::move(target))
                                         : pipeline.Align(std::move(source), std::move(target),
                                                          &result.first_passes[i]);
                          per_document[k].Add(aligned, pipeline_options.lexical);
                          if (round == 0) result.first_passes[i] = std::move(aligned.ladder);
                        });
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
    result.model = all.Train(models.seed_lexicon.get(), lexical);
    round_models.lexical_model = std::make_shared<const LexicalModel>(result.model);
  }
  return result;
}

std::vector<DocumentResult> RunBatch(const std::vector<io::DocumentPair>& pairs,
                                     const BatchOptions& batch_options,
                                     const PipelineOptions& pipeline_options,
                                     const PipelineModels& models,
                                     const std::function<void(const DocumentResult&)>& on_done) {
  PipelineModels second_pass = models;
  std::vector<align::Ladder> first_passes;
  if (pipeline_options.lexical.enabled && !models.lexical_model && pairs.size() > 1) {
    PooledTraining training = TrainPooledModel(pairs, batch_options.input_mode, pipeline_options,
                                               models, batch_options.num_threads);
    second_pass.lexical_model = std::make_shared<const LexicalModel>(std::move(training.model));
    first_passes = std::move(training.first_passes);
  }
  std::vector<DocumentResult> results(pairs.size());
  std::mutex report_mutex;
  ForEachDocument(pairs.size(), batch_options.num_threads, pipeline_options, second_pass,
                  [&](std::size_t i, const Pipeline& pipeline) {
                    const io::DocumentPair& pair = pairs[i];
                    DocumentResult& result = results[i];
                    result.name = pair.name;
                    result.error = DocumentFailure([&] {
                      const std::string prefix =
                          (fs::path(batch_options.output_directory) / pair.name).string();
                      io::CheckOutputs(batch_options.formats, prefix);
                      // The training pass already searched this document once by length and
                      // anchors: its ladder spares the second pass a third of its time.
                      const align::Ladder* first_pass =
                          i < first_passes.size() && !first_passes[i].empty() ? &first_passes[i]
                                                                              : nullptr;
                      AlignedDocument aligned = pipeline.Align(
                          io::ReadDocument(pair.source_path, batch_options.input_mode),
                          io::ReadDocument(pair.target_path, batch_options.input_mode), first_pass);
                      if (first_pass != nullptr) align::Ladder().swap(first_passes[i]);  // done
                      io::WriteOutputs(aligned, batch_options.formats, prefix,
                                       batch_options.writer);
                      result.num_source = static_cast<int>(aligned.source.sentences.size());
                      result.num_target = static_cast<int>(aligned.target.sentences.size());
                      result.num_beads = static_cast<int>(aligned.ladder.size());
                    });
                    result.ok = result.error.empty();
                    if (on_done) {
                      std::lock_guard<std::mutex> lock(report_mutex);
                      on_done(result);
                    }
                  });
  return results;
}

}  // namespace kealign
