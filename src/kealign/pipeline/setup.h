// Setting up a run: from what a user states (options, prior overrides, model files) to the
// loaded models and the options a `Pipeline` takes. `kealign align`, `batch`, `train` and any
// C++ caller go through `SetUpPipeline`, so every entry point applies the same policy: which
// lexicon seeds the lexical model, which units a given model forces, which SentencePiece models
// go with it.
//
//   PipelineSpec spec;
//   spec.models.bundled_directory = "/usr/share/kealign/models";
//   spec.models.lexical_model = "news.kea";        // optional: trained by `kealign train`
//   spec.merge_prior = 0.05;                       // optional overrides
//   const PipelineSetup setup = SetUpPipeline(spec);
//   const Pipeline pipeline(setup.options, setup.models);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kealign/features/lexical_tokens.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign {

// The model files of a run. Paths are read by `SetUpPipeline`, not kept.
struct ModelSources {
  // Directory of the bundled models: `ko-en.dict` (the seed lexicon), `ko.model` and
  // `en.model` (SentencePiece, for piece units). Needed only for what is used from it.
  std::string bundled_directory;
  // Whether the bundled lexicon seeds the lexical model (`--no-seed-lexicon` turns it off).
  bool seed_lexicon = true;
  // More dictionaries in hunalign format (`english @ korean`), added to the seed lexicon.
  std::vector<std::string> dictionaries;
  // A lexical model made by `kealign train`; empty: each run trains its own on its input.
  std::string lexical_model;
  // SentencePiece models for piece units; empty: the bundled `ko.model` / `en.model`. Naming
  // one when the units use no pieces is an error (it would be silently ignored).
  std::string korean_pieces;
  std::string english_pieces;
};

// What a user states about a run. Unset overrides keep the defaults of `options`.
struct PipelineSpec {
  PipelineOptions options;
  // Priors of the 1-0/0-1, 1-2/2-1 and 1-3/3-1 shapes (`align::SetShapePrior`), in (0, 1).
  std::optional<double> hole_prior;
  std::optional<double> merge_prior;
  std::optional<double> triple_prior;
  // Units of the lexical model. Unset: `options.lexical.units`, or the units `lexical_model`
  // was trained with; set and different from that model's: an error.
  std::optional<features::LexicalUnits> lexical_units;
  ModelSources models;
};

// A `Pipeline`'s arguments, ready. Models are shared, read-only: one setup serves every thread.
struct PipelineSetup {
  PipelineOptions options;
  PipelineModels models;
};

// Loads what `spec` names and applies its overrides. With the lexical pass off nothing is
// loaded. Throws `Error` for an override out of range or units that contradict `lexical_model`,
// `InputError` for an unreadable or malformed dictionary, `ModelError` (naming the file) for a
// lexical or SentencePiece model that is missing, corrupt, or was trained with other
// SentencePiece models than the ones given. Checks everything a document would fail on later,
// so that a bad setup fails before any input is read.
PipelineSetup SetUpPipeline(const PipelineSpec& spec);

}  // namespace kealign
