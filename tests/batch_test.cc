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
    std::size_t read_one = 0, read_two = 0;
    const LexicalModel one =
        TrainPooledModel(pairs, InputMode::kLines, options, PipelineModels{}, 1, nullptr, &read_one);
    const LexicalModel two =
        TrainPooledModel(pairs, InputMode::kLines, options, PipelineModels{}, 2, nullptr, &read_two);
    CHECK(read_one == 2);
    CHECK(read_two == 2);
    CHECK(one.model == two.model);

    // Without a binding cap every document is read, and chunking does not change the model.
    options.lexical.max_training_pairs = 1000;
    std::size_t read_all = 0;
    const LexicalModel chunked =
        TrainPooledModel(pairs, InputMode::kLines, options, PipelineModels{}, 2, nullptr, &read_all);
    options.lexical.training_chunk_documents = 512;
    const LexicalModel whole = TrainPooledModel(pairs, InputMode::kLines, options, PipelineModels{}, 1);
    CHECK(read_all == 7);
    CHECK(chunked.model == whole.model);
    CHECK_FALSE(chunked.model == one.model);
  }
}

}  // namespace
}  // namespace kealign
