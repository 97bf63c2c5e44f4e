#include "kealign/batch.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"

namespace kealign {
namespace fs = std::filesystem;

PairListing FindDocumentPairs(const std::string& directory, InputMode mode) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw InputError(directory, "not a directory (batch expects a directory of document pairs)");
  }
  const std::string suffix = mode == InputMode::kText ? ".txt" : ".sents";
  const std::string ko_suffix = ".ko" + suffix, en_suffix = ".en" + suffix;
  std::map<std::string, std::pair<std::string, std::string>> by_name;
  fs::directory_iterator it(directory, ec);
  if (ec) throw InputError(directory, fmt::format("cannot list directory: {}", ec.message()));
  for (const fs::directory_entry& entry : it) {
    const std::string file = entry.path().filename().string();
    auto ends_with = [&file](const std::string& s) {
      return file.size() > s.size() && file.compare(file.size() - s.size(), s.size(), s) == 0;
    };
    if (ends_with(ko_suffix)) {
      by_name[file.substr(0, file.size() - ko_suffix.size())].first = entry.path().string();
    } else if (ends_with(en_suffix)) {
      by_name[file.substr(0, file.size() - en_suffix.size())].second = entry.path().string();
    }
  }
  PairListing listing;
  for (const auto& [name, paths] : by_name) {
    if (paths.first.empty()) {
      listing.unpaired.push_back(fmt::format("{}{} (no {}{})", name, en_suffix, name, ko_suffix));
    } else if (paths.second.empty()) {
      listing.unpaired.push_back(fmt::format("{}{} (no {}{})", name, ko_suffix, name, en_suffix));
    } else {
      listing.pairs.push_back({name, paths.first, paths.second});
    }
  }
  return listing;
}

Document ReadDocument(const std::string& path, InputMode mode) {
  if (mode == InputMode::kLines) return io::ReadLinesDocument(path);
  Document document;
  document.path = path == "-" ? io::kStdinName : path;
  document.text = io::ReadTextFile(path);
  return document;
}

namespace {

// Runs `work(i, pipeline)` for every i in [0, count) on `num_threads` threads, each with its own
// pipeline. Work items are independent, so results do not depend on the thread count. An
// exception escaping `work` (or the pipeline's construction) stops the hand-out of new items,
// every thread is joined, and the first exception is rethrown here: never std::terminate.
void ParallelFor(std::size_t count, int num_threads, const PipelineOptions& options,
                 const PipelineModels& models,
                 const std::function<void(std::size_t, const Pipeline&)>& work) {
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto worker = [&]() {
    try {
      const Pipeline pipeline(options, models);
      for (std::size_t i = next++; i < count; i = next++) work(i, pipeline);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = count;
    }
  };
  const int threads = std::max(1, std::min<int>(num_threads, static_cast<int>(count)));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

PooledTraining TrainPooledModel(const std::vector<DocumentPair>& pairs, InputMode input_mode,
                                const PipelineOptions& pipeline_options,
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
      ParallelFor(count, num_threads, pipeline_options, round_models,
                  [&](std::size_t k, const Pipeline& pipeline) {
                    const std::size_t i = begin + k;
                    try {
                      Document source = ReadDocument(pairs[i].source_path, input_mode);
                      Document target = ReadDocument(pairs[i].target_path, input_mode);
                      // Round 0 learns from length and anchors; later rounds from the previous
                      // round's model, whose alignments are better.
                      AlignedDocument aligned =
                          round == 0 ? pipeline.FirstPass(std::move(source), std::move(target))
                                     : pipeline.Align(std::move(source), std::move(target),
                                                      &result.first_passes[i]);
                      per_document[k].Add(aligned, pipeline_options.lexical);
                      if (round == 0) result.first_passes[i] = std::move(aligned.ladder);
                    } catch (const std::exception& e) {
                      // The document is skipped; RunBatch reports it when aligning, `train`
                      // through `errors`.
                      if (round == 0) result.errors[i] = e.what();
                    }
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

std::vector<DocumentResult> RunBatch(const std::vector<DocumentPair>& pairs,
                                     const BatchOptions& batch_options,
                                     const PipelineOptions& pipeline_options,
                                     const PipelineModels& models,
                                     const std::function<void(const DocumentResult&)>& on_done) {
  PipelineModels second_pass = models;
  std::vector<align::Ladder> first_passes;
  if (pipeline_options.lexical.enabled && !models.lexical_model && pairs.size() > 1) {
    PooledTraining training = TrainPooledModel(pairs, batch_options.input_mode,
                                               pipeline_options, models, batch_options.num_threads);
    second_pass.lexical_model = std::make_shared<const LexicalModel>(std::move(training.model));
    first_passes = std::move(training.first_passes);
  }
  std::vector<DocumentResult> results(pairs.size());
  std::mutex report_mutex;
  ParallelFor(pairs.size(), batch_options.num_threads, pipeline_options, second_pass,
              [&](std::size_t i, const Pipeline& pipeline) {
                const DocumentPair& pair = pairs[i];
                DocumentResult& result = results[i];
                result.name = pair.name;
                try {
                  const std::string prefix =
                      (fs::path(batch_options.output_directory) / pair.name).string();
                  io::CheckOutputs(batch_options.formats, prefix);
                  // The training pass already searched this document once by length and
                  // anchors: its ladder spares the second pass a third of its time.
                  const align::Ladder* first_pass =
                      i < first_passes.size() && !first_passes[i].empty() ? &first_passes[i]
                                                                          : nullptr;
                  AlignedDocument aligned = pipeline.Align(
                      ReadDocument(pair.source_path, batch_options.input_mode),
                      ReadDocument(pair.target_path, batch_options.input_mode), first_pass);
                  if (first_pass != nullptr) align::Ladder().swap(first_passes[i]);  // done
                  io::WriteOutputs(aligned, batch_options.formats, prefix);
                  result.ok = true;
                  result.num_source = static_cast<int>(aligned.source.sentences.size());
                  result.num_target = static_cast<int>(aligned.target.sentences.size());
                  result.num_beads = static_cast<int>(aligned.ladder.size());
                } catch (const std::exception& e) {
                  result.ok = false;
                  result.error = e.what();
                }
                if (on_done) {
                  std::lock_guard<std::mutex> lock(report_mutex);
                  on_done(result);
                }
              });
  return results;
}

}  // namespace kealign
