#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/signals.h"
#include "kealign/io/output_files.h"
#include "kealign/pipeline/batch.h"
#include "kealign/util/parallel.h"

namespace kealign::cli {

RunFn AddTrainCommand(CLI::App* app) {
  struct Args {
    std::string directory, output;
    int jobs = 0;
    bool quiet = false;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("CORPUS", args->directory,
                  "Directory of NAME.ko.txt + NAME.en.txt pairs (NAME.ko.sents + NAME.en.sents "
                  "with --input lines) to learn from, or a manifest file (see batch)")
      ->required();
  app->add_option("-o,--output", args->output, "Lexical model file to write")->required();
  AddJobsOption(app, &args->jobs, "Threads");
  app->add_flag("-q,--quiet", args->quiet, "No progress line");
  AddCommonOptions(app, &args->common);
  return [args]() {
    const PipelineSpec& spec = args->common.spec;
    if (!spec.models.lexical_model.empty() || !spec.options.lexical.enabled) {
      throw Error("train: --model and --no-lexical do not apply (train makes a lexical model)");
    }
    const io::PairListing listing = ListPairsOrThrow(args->directory, args->common.input_mode);
    {
      io::OutputFileSet probe;  // fail before the work if unwritable
      probe.Add(args->output);
    }
    const PipelineSetup setup = args->common.SetUp();
    const PipelineOptions& options = setup.options;
    const int threads = util::ThreadCount(args->jobs);
    util::Interrupt interrupt;
    std::atomic<ProgressReporter*> reporter{nullptr};
    const SignalStop signals(&interrupt,
                             [&](const std::string& line) { PrintVia(reporter, line); });
    ProgressReporter progress(args->quiet);
    reporter = &progress;
    CorpusOptions corpus;
    corpus.max_input_bytes = args->common.max_input_bytes;
    corpus.interrupt = &interrupt;
    corpus.on_progress = [&](const Progress& p) { progress.Update(p); };
    const PooledTraining training = TrainPooledModel(listing.pairs, args->common.input_mode,
                                                     options, setup.models, threads, corpus);
    reporter = nullptr;
    progress.Finish();
    if (signals.signal() != 0) {
      fmt::print(stderr, "kealign: interrupted: no model written\n");
      return signals.ExitStatus();
    }
    const LexicalModel& model = training.model;
    const std::vector<std::string>& errors = training.errors;
    const std::size_t read = training.documents_read;
    std::size_t failed = 0;
    for (std::size_t i = 0; i < errors.size(); ++i) {
      if (errors[i].empty()) continue;
      ++failed;
      fmt::print(stderr, "kealign: error: {}: {} (skipped)\n", listing.pairs[i].name, errors[i]);
    }
    // Written inside the interruption's gate: a signal now waits for the file to be complete.
    const bool written = interrupt.WriteUnlessClosed([&] {
      io::OutputFileSet output;
      model.Save(output.Add(args->output));
      output.Commit();
    });
    if (!written) return signals.ExitStatus();
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
