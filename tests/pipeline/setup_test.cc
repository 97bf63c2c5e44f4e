#include "kealign/pipeline/setup.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "kealign/error.h"

namespace kealign {
namespace {

namespace fs = std::filesystem;

PipelineSpec Bundled() {
  PipelineSpec spec;
  spec.models.bundled_directory = KEALIGN_MODEL_DIR;
  return spec;
}

double PriorOf(const PipelineOptions& options, int source_count, int target_count) {
  for (const align::BeadType& type : options.align.bead_types) {
    if (type.source_count == source_count && type.target_count == target_count) return type.prior;
  }
  return -1;
}

// A stem model trained on nothing, saved where the spec can name it.
std::string SavedStemModel() {
  const fs::path path = fs::temp_directory_path() / "kealign_setup_test.kea";
  std::ofstream out(path, std::ios::binary);
  LexicalTrainingSet().Train(nullptr, {}).Save(out);
  return path.string();
}

TEST_SUITE("pipeline") {
  TEST_CASE("set-up applies prior overrides and loads the bundled lexicon") {
    PipelineSpec spec = Bundled();
    spec.hole_prior = 0.1;
    spec.merge_prior = 0.05;
    const PipelineSetup setup = SetUpPipeline(spec);
    CHECK(PriorOf(setup.options, 1, 0) == 0.1);
    CHECK(PriorOf(setup.options, 0, 1) == 0.1);
    CHECK(PriorOf(setup.options, 2, 1) == 0.05);
    CHECK(PriorOf(setup.options, 1, 3) == PriorOf(PipelineOptions{}, 1, 3));
    REQUIRE(setup.models.seed_lexicon != nullptr);
    CHECK(setup.models.seed_lexicon->entries.size() > 5000);
    CHECK(setup.models.lexical_model == nullptr);
    CHECK(setup.models.pieces.korean == nullptr);  // stems need no SentencePiece model
  }

  TEST_CASE("set-up refuses what would fail later or be silently ignored") {
    PipelineSpec prior = Bundled();
    prior.triple_prior = 1.5;
    CHECK_THROWS_AS(SetUpPipeline(prior), Error);
    PipelineSpec pieces = Bundled();
    pieces.models.korean_pieces = std::string(KEALIGN_MODEL_DIR) + "/ko.model";
    CHECK_THROWS_WITH_AS(SetUpPipeline(pieces),
                         "--lexical-spm-ko and --lexical-spm-en need --lexical-units spm or both",
                         Error);
    PipelineSpec nowhere;
    nowhere.models.bundled_directory = "/nonexistent/models";
    CHECK_THROWS_WITH_AS(SetUpPipeline(nowhere),
                         doctest::Contains("/nonexistent/models/ko-en.dict"), InputError);
    PipelineSpec broken = Bundled();
    broken.models.lexical_model = std::string(KEALIGN_MODEL_DIR) + "/ko-en.dict";
    CHECK_THROWS_WITH_AS(SetUpPipeline(broken), doctest::Contains("not a kealign lexical model"),
                         ModelError);
  }

  TEST_CASE("without the lexical pass nothing is loaded") {
    PipelineSpec spec;
    spec.options.lexical.enabled = false;
    spec.models.bundled_directory = "/nonexistent/models";
    const PipelineSetup setup = SetUpPipeline(spec);
    CHECK(setup.models.seed_lexicon == nullptr);
    CHECK(setup.models.lexical_model == nullptr);
  }

  TEST_CASE("a given model's units win - and asking for others is an Error") {
    PipelineSpec spec = Bundled();
    spec.models.lexical_model = SavedStemModel();
    spec.options.lexical.units = features::LexicalUnits::kPieces;  // a default, not a request
    const PipelineSetup setup = SetUpPipeline(spec);
    REQUIRE(setup.models.lexical_model != nullptr);
    CHECK(setup.options.lexical.units == features::LexicalUnits::kStems);
    spec.lexical_units = features::LexicalUnits::kPieces;
    CHECK_THROWS_WITH_AS(SetUpPipeline(spec),
                         doctest::Contains("was trained with --lexical-units stems, not spm"),
                         Error);
  }

  TEST_CASE("piece units load the bundled SentencePiece models") {
    PipelineSpec spec = Bundled();
    spec.lexical_units = features::LexicalUnits::kStemsAndPieces;
    const PipelineSetup setup = SetUpPipeline(spec);
    CHECK(setup.options.lexical.units == features::LexicalUnits::kStemsAndPieces);
    CHECK(setup.models.pieces.korean != nullptr);
    CHECK(setup.models.pieces.english != nullptr);
    CHECK_NOTHROW(Pipeline(setup.options, setup.models));
  }
}

}  // namespace
}  // namespace kealign
