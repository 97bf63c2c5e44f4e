#include "kealign/pipeline/batch.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "kealign/error.h"
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
}

}  // namespace
}  // namespace kealign
