#include "kealign/pipeline/pipeline.h"

#include <doctest/doctest.h>

#include <string>

#include "kealign/pipeline/batch.h"

namespace kealign {
namespace {

const std::string kData = KEALIGN_TEST_DATA_DIR;

TEST_SUITE("pipeline") {
  TEST_CASE("a first pass computed earlier gives the alignment of a fresh search") {
    const Pipeline pipeline{PipelineOptions{}};
    auto read = [] {
      return std::pair{io::ReadDocument(kData + "/reflow.ko.txt", io::InputMode::kText),
                       io::ReadDocument(kData + "/reflow.en.txt", io::InputMode::kText)};
    };
    auto [source, target] = read();
    const AlignedDocument first = pipeline.FirstPass(source, target);
    const AlignedDocument fresh = pipeline.Align(source, target);
    const AlignedDocument reused = pipeline.Align(source, target, &first.ladder);
    CHECK(reused.ladder == fresh.ladder);
    CHECK(reused.source.sentences == fresh.source.sentences);

    // A ladder that does not fit the document (another document's) is ignored.
    const align::Ladder wrong = {{0, 1, 0, 1, 1.0}};
    CHECK(pipeline.Align(source, target, &wrong).ladder == fresh.ladder);
    // And a given ladder is really used: a valid but different one changes the guide.
    align::Ladder holes;
    for (int i = 0; i < static_cast<int>(first.source.sentences.size()); ++i) {
      holes.push_back({i, 1, 0, 0, 1.0});
    }
    for (int j = 0; j < static_cast<int>(first.target.sentences.size()); ++j) {
      holes.push_back({static_cast<int>(first.source.sentences.size()), 0, j, 1, 1.0});
    }
    CHECK_FALSE(pipeline.Align(source, target, &holes).ladder == fresh.ladder);
  }
}

}  // namespace
}  // namespace kealign
