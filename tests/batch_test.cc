#include "kealign/batch.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kealign {
namespace {

const std::string kData = KEALIGN_TEST_DATA_DIR;

// The same small document pair listed `count` times: training reads each as its own document.
std::vector<DocumentPair> Repeated(int count) {
  std::vector<DocumentPair> pairs;
  for (int i = 0; i < count; ++i) {
    pairs.push_back({"doc" + std::to_string(i), kData + "/small.ko.sents", kData + "/small.en.sents"});
  }
  return pairs;
}

TEST_SUITE("batch") {
  TEST_CASE("pooled training stops reading at the pair cap - the same model for any thread count") {
    PipelineOptions options;
    options.lexical.training_chunk_documents = 2;
    options.lexical.max_training_pairs = 8;  // the first chunk's two documents give more
    const std::vector<DocumentPair> pairs = Repeated(7);
    const PooledTraining one = TrainPooledModel(pairs, InputMode::kLines, options, {}, 1);
    const PooledTraining two = TrainPooledModel(pairs, InputMode::kLines, options, {}, 2);
    CHECK(one.documents_read == 2);
    CHECK(two.documents_read == 2);
    CHECK(one.model.model == two.model.model);
    // The first passes of the documents read are kept for the aligning pass; no others.
    CHECK_FALSE(one.first_passes[1].empty());
    CHECK(one.first_passes[2].empty());

    // Without a binding cap every document is read, and chunking does not change the model.
    options.lexical.max_training_pairs = 1000;
    const PooledTraining chunked = TrainPooledModel(pairs, InputMode::kLines, options, {}, 2);
    options.lexical.training_chunk_documents = 512;
    const PooledTraining whole = TrainPooledModel(pairs, InputMode::kLines, options, {}, 1);
    CHECK(chunked.documents_read == 7);
    CHECK(chunked.model.model == whole.model.model);
    CHECK_FALSE(chunked.model.model == one.model.model);
  }
}

}  // namespace
}  // namespace kealign
