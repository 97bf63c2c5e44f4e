#include "kealign/pipeline/batch.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/io/output_directory.h"
#include "kealign/io/output_files.h"

namespace kealign {
namespace {

namespace fs = std::filesystem;

// The bundled corpus: eleven different documents, so joining them out of order would show.
std::vector<io::DocumentPair> Corpus() {
  return io::FindDocumentPairs(KEALIGN_CORPUS_DIR, io::InputMode::kLines).pairs;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t NonEmpty(const std::vector<align::Ladder>& ladders) {
  std::size_t count = 0;
  for (const align::Ladder& ladder : ladders) count += !ladder.empty();
  return count;
}

TEST_SUITE("batch") {
  TEST_CASE("only input and output and model errors concern one document - the rest stop a batch") {
    CHECK(IsDocumentError(InputError("a.ko.txt", "invalid UTF-8")));
    CHECK(IsDocumentError(io::OutputError("out/a.tsv", "cannot create")));
    CHECK(IsDocumentError(ModelError("ko.model: cannot encode")));
    CHECK_FALSE(IsDocumentError(InternalError("alignment search found no path")));
    CHECK_FALSE(IsDocumentError(std::bad_alloc()));
    CHECK_FALSE(IsDocumentError(Error("a plain library error")));
  }

  TEST_CASE("pooled training stops reading at the pair cap - the same model for any thread count") {
    const std::vector<io::DocumentPair> pairs = Corpus();
    REQUIRE(pairs.size() >= 6);
    PipelineOptions options;
    options.lexical.training_chunk_documents = 2;
    options.lexical.max_training_pairs = 40;  // reached within the first few documents
    const PooledTraining one = TrainPooledModel(pairs, io::InputMode::kLines, options, {}, 1);
    const PooledTraining two = TrainPooledModel(pairs, io::InputMode::kLines, options, {}, 2);
    CHECK(one.documents_read < pairs.size());
    CHECK(one.documents_read % 2 == 0);
    CHECK(one.documents_used <= one.documents_read);
    CHECK(one.documents_used > one.documents_read - 2);
    CHECK(two.documents_read == one.documents_read);
    CHECK(one.model.model == two.model.model);
    // The first passes of the documents read are kept for the aligning pass; no others.
    CHECK(NonEmpty(one.first_passes) == one.documents_read);

    // Without a binding cap every document is read, and chunking does not change the model.
    options.lexical.max_training_pairs = 1'000'000;
    const PooledTraining chunked = TrainPooledModel(pairs, io::InputMode::kLines, options, {}, 2);
    options.lexical.training_chunk_documents = 512;
    const PooledTraining whole = TrainPooledModel(pairs, io::InputMode::kLines, options, {}, 1);
    CHECK(chunked.documents_read == pairs.size());
    CHECK(chunked.model.model == whole.model.model);
    CHECK_FALSE(chunked.model.model == one.model.model);
  }

  TEST_CASE("later training rounds realign exactly the documents the first round read") {
    PipelineOptions options;
    options.lexical.training_chunk_documents = 1;
    options.lexical.rounds = 2;
    const std::vector<io::DocumentPair> pairs = Corpus();
    // The second round aligns better and so reaches a cap sooner or later than the first.
    for (std::size_t cap = 40; cap <= 280; cap += 20) {
      CAPTURE(cap);
      options.lexical.max_training_pairs = cap;
      const PooledTraining training =
          TrainPooledModel(pairs, io::InputMode::kLines, options, {}, 2);
      CHECK(NonEmpty(training.first_passes) == training.documents_read);
      CHECK(training.documents_used == training.documents_read);
      for (const std::string& error : training.errors) CHECK(error.empty());
    }
  }

  TEST_CASE("a batch aligns each document as a pipeline with the pooled model would") {
    const std::vector<io::DocumentPair> pairs = Corpus();
    const PipelineOptions options;
    const fs::path out = fs::temp_directory_path() / "kealign_batch_test";
    fs::remove_all(out);
    fs::create_directories(out / "batch");
    fs::create_directories(out / "single");
    BatchOptions batch;
    batch.input_mode = io::InputMode::kLines;
    batch.formats = {io::Format::kIds, io::Format::kTsv};
    batch.output_directory = (out / "batch").string();
    batch.num_threads = 2;
    const std::vector<DocumentResult> results = RunBatch(pairs, batch, options, {});
    PipelineModels models;
    models.lexical_model = std::make_shared<const LexicalModel>(
        TrainPooledModel(pairs, io::InputMode::kLines, options, {}, 1).model);
    const Pipeline pipeline(options, models);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      CAPTURE(pairs[i].name);
      REQUIRE(results[i].ok);
      const AlignedDocument aligned =
          pipeline.Align(io::ReadDocument(pairs[i].source_path, io::InputMode::kLines),
                         io::ReadDocument(pairs[i].target_path, io::InputMode::kLines));
      io::WriteOutputs(aligned, batch.formats, (out / "single" / pairs[i].name).string());
      for (const char* extension : {".align", ".tsv"}) {
        CHECK(Slurp((out / "batch" / pairs[i].name).string() + extension) ==
              Slurp((out / "single" / pairs[i].name).string() + extension));
      }
    }
    fs::remove_all(out);
  }

  TEST_CASE("a rerun skips complete documents - forced it writes the same bytes again") {
    const std::vector<io::DocumentPair> pairs = Corpus();
    const fs::path out = fs::temp_directory_path() / "kealign_batch_resume_test";
    fs::remove_all(out);
    fs::create_directories(out);
    BatchOptions batch;
    batch.input_mode = io::InputMode::kLines;
    batch.formats = {io::Format::kTsv};
    batch.output_directory = out.string();
    batch.skip_complete = true;
    std::vector<Progress> reports;
    batch.corpus.on_progress = [&](const Progress& p) { reports.push_back(p); };
    const PipelineOptions options;
    RunBatch(pairs, batch, options, {});
    CHECK(reports.front().phase == Phase::kReading);
    CHECK(reports.back().phase == Phase::kAligning);
    CHECK(reports.back().done == pairs.size());
    const std::string first = Slurp((out / pairs[3].name).string() + ".tsv");
    // A killed run: one document's outputs missing, and its temporary left behind.
    fs::remove((out / pairs[3].name).string() + ".tsv");
    std::ofstream((out / pairs[3].name).string() + ".tsv.tmp-999999999-7") << "half";
    reports.clear();
    const std::vector<DocumentResult> resumed = RunBatch(pairs, batch, options, {});
    std::size_t skipped = 0;
    for (const DocumentResult& r : resumed) skipped += r.skipped;
    CHECK(skipped == pairs.size() - 1);
    CHECK_FALSE(resumed[3].skipped);
    CHECK(resumed[3].ok);
    // The pooled model was trained on every document again, so the output is the same.
    CHECK(Slurp((out / pairs[3].name).string() + ".tsv") == first);
    CHECK_FALSE(fs::exists((out / pairs[3].name).string() + ".tsv.tmp-999999999-7"));
    batch.skip_complete = false;
    const std::vector<DocumentResult> forced = RunBatch(pairs, batch, options, {});
    for (const DocumentResult& r : forced) CHECK_FALSE(r.skipped);
    CHECK(Slurp((out / pairs[3].name).string() + ".tsv") == first);
    fs::remove_all(out);
  }

  TEST_CASE("a stopped batch starts no document - closed outputs are never written") {
    const std::vector<io::DocumentPair> pairs = Corpus();
    const fs::path out = fs::temp_directory_path() / "kealign_batch_stop_test";
    fs::remove_all(out);
    fs::create_directories(out);
    BatchOptions batch;
    batch.input_mode = io::InputMode::kLines;
    batch.formats = {io::Format::kTsv};
    batch.output_directory = out.string();
    util::Interrupt interrupt;
    batch.corpus.interrupt = &interrupt;
    PipelineModels models;
    models.lexical_model = std::make_shared<const LexicalModel>(
        TrainPooledModel(pairs, io::InputMode::kLines, {}, {}, 1).model);
    // Stopped after the third document: the rest are not started.
    std::size_t done = 0;
    batch.corpus.on_progress = [&](const Progress& p) {
      if (p.phase == Phase::kAligning && p.done == 3) interrupt.Stop();
      done = p.done;
    };
    std::vector<DocumentResult> results = RunBatch(pairs, batch, {}, models);
    std::size_t interrupted = 0;
    for (const DocumentResult& r : results) interrupted += r.interrupted;
    CHECK(interrupted == pairs.size() - 3);
    CHECK(done == 3);
    // Closed outputs: nothing is written, no temporary stays.
    fs::remove_all(out);
    fs::create_directories(out);
    util::Interrupt closed;
    closed.CloseOutputs();
    batch.corpus.interrupt = &closed;
    batch.corpus.on_progress = {};
    results = RunBatch(pairs, batch, {}, models);
    for (const DocumentResult& r : results) CHECK(r.interrupted);
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(out)) {
      files += entry.path().filename() != io::kLockFileName;
    }
    CHECK(files == 0);
    fs::remove_all(out);
  }

  TEST_CASE("a second batch into a locked output directory fails before any work") {
    const fs::path out = fs::temp_directory_path() / "kealign_batch_lock_test";
    fs::remove_all(out);
    fs::create_directories(out);
    const io::OutputDirectoryLock held(out.string());
    BatchOptions batch;
    batch.input_mode = io::InputMode::kLines;
    batch.formats = {io::Format::kTsv};
    batch.output_directory = out.string();
    CHECK_THROWS_AS(RunBatch(Corpus(), batch, {}, {}), io::OutputError);
    batch.shard = {2, 3};  // a shard of a directory another run holds whole
    CHECK_THROWS_AS(RunBatch(Corpus(), batch, {}, {}), io::OutputError);
    fs::remove_all(out);
  }
}

}  // namespace
}  // namespace kealign
