#include <fmt/format.h>

#include <thread>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/batch.h"
#include "kealign/io/output_files.h"

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
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  AddCommonOptions(app, &args->common);
  return [args]() {
    const PairListing listing = FindDocumentPairs(args->directory, args->common.InputModeValue());
    if (listing.pairs.empty()) throw InputError(args->directory, "no document pairs found");
    io::OutputFileSet output;
    std::ostream& out = output.Add(args->output);  // fail before the work if unwritable
    PipelineOptions options = args->common.MakePipelineOptions();
    options.lexical.enabled = true;
    const int threads =
        args->jobs > 0 ? args->jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const LexicalModel model = TrainPooledModel(listing.pairs, args->common.InputModeValue(),
                                                options, args->common.LoadModels(), threads);
    model.Save(out);
    output.Commit();
    fmt::print("{}\n({} documents; {} Korean and {} English word types)\n", args->output,
               listing.pairs.size(), model.korean.size(), model.english.size());
    return 0;
  };
}

}  // namespace kealign::cli
