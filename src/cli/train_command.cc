#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/io/output_files.h"
#include "kealign/pipeline/batch.h"
#include "kealign/util/parallel.h"

namespace kealign::cli {

RunFn AddTrainCommand(CLI::App* app) {
  struct Args {
    std::string directory, output;
    int jobs = 1;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("DIR", args->directory,
                  "Directory of NAME.ko.txt + NAME.en.txt pairs (NAME.ko.sents + NAME.en.sents "
                  "with --input lines) to learn from")
      ->required();
  app->add_option("-o,--output", args->output, "Lexical model file to write")->required();
  app->add_option("-j,--jobs", args->jobs, "Threads (0 = all cores); the model is the same for any")
      ->check(IntegerIn(0, 4096))
      ->capture_default_str();
  AddCommonOptions(app, &args->common);
  return [args]() {
    const PipelineSpec& spec = args->common.spec;
    if (!spec.models.lexical_model.empty() || !spec.options.lexical.enabled) {
      throw Error("train: --model and --no-lexical do not apply (train makes a lexical model)");
    }
    const io::PairListing listing = ListPairsOrThrow(args->directory, args->common.input_mode);
    io::OutputFileSet output;
    std::ostream& out = output.Add(args->output);  // fail before the work if unwritable
    const PipelineSetup setup = args->common.SetUp();
    const PipelineOptions& options = setup.options;
    const int threads = util::ThreadCount(args->jobs);
    const PooledTraining training =
        TrainPooledModel(listing.pairs, args->common.input_mode, options, setup.models, threads);
    const LexicalModel& model = training.model;
    const std::vector<std::string>& errors = training.errors;
    const std::size_t read = training.documents_read;
    std::size_t failed = 0;
    for (std::size_t i = 0; i < errors.size(); ++i) {
      if (errors[i].empty()) continue;
      ++failed;
      fmt::print(stderr, "kealign: error: {}: {} (skipped)\n", listing.pairs[i].name, errors[i]);
    }
    model.Save(out);
    output.Commit();
    fmt::print("{}\n({} of {} documents; {} Korean and {} English types of {} units)\n",
               args->output, read - failed, listing.pairs.size(), model.korean.size(),
               model.english.size(), features::LexicalUnitsName(model.units));
    if (read < listing.pairs.size()) {
      fmt::print("(the training cap of {} sentence pairs was reached at document {}; the last "
                 "{} were not read)\n",
                 options.lexical.max_training_pairs, training.documents_used,
                 listing.pairs.size() - read);
    }
    return failed ? 1 : 0;
  };
}

}  // namespace kealign::cli
