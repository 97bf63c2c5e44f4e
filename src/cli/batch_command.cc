#include <fmt/format.h>

#include <chrono>
#include <filesystem>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/io/output_files.h"
#include "kealign/pipeline/batch.h"
#include "kealign/util/parallel.h"

namespace kealign::cli {

RunFn AddBatchCommand(CLI::App* app) {
  struct Args {
    std::string directory, output_directory;
    int jobs = 1;
    bool quiet = false;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("DIR", args->directory,
                  "Directory of NAME.ko.txt + NAME.en.txt pairs (NAME.ko.sents + NAME.en.sents "
                  "with --input lines)")
      ->required();
  app->add_option("-o,--output", args->output_directory,
                  "Output directory (created if missing): OUT_DIR/NAME.<ext>")
      ->required();
  app->add_option("-j,--jobs", args->jobs, "Documents aligned in parallel (0 = all cores)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app->add_flag("-q,--quiet", args->quiet, "Print only errors and the summary");
  AddCommonOptions(app, &args->common);
  return [args]() {
    const auto start = std::chrono::steady_clock::now();
    BatchOptions batch;
    batch.input_mode = args->common.input_mode;
    batch.formats = args->common.Formats();
    batch.writer = args->common.writer;
    batch.output_directory = args->output_directory;
    batch.num_threads = util::ThreadCount(args->jobs);
    const io::PairListing listing = ListPairsOrThrow(args->directory, batch.input_mode);
    std::error_code ec;
    std::filesystem::create_directories(args->output_directory, ec);
    if (ec) {
      throw io::OutputError(args->output_directory,
                            fmt::format("cannot create output directory: {}", ec.message()));
    }
    const bool quiet = args->quiet;
    const PipelineSetup setup = args->common.SetUp();
    const std::vector<DocumentResult> results =
        RunBatch(listing.pairs, batch, setup.options, setup.models,
                 [quiet](const DocumentResult& r) {
                   if (!r.ok) {
                     fmt::print(stderr, "kealign: error: {}: {}\n", r.name, r.error);
                   } else if (!quiet) {
                     fmt::print(stderr, "{}: {} ko, {} en sentences, {} alignments\n", r.name,
                                r.num_source, r.num_target, r.num_beads);
                   }
                 });
    int failed = 0;
    for (const DocumentResult& r : results) failed += !r.ok;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print(stderr, "kealign: {} of {} documents aligned into {} in {:.2f} s{}\n",
               results.size() - failed, results.size(), args->output_directory, seconds,
               failed ? fmt::format(", {} failed", failed) : "");
    return failed ? 1 : 0;
  };
}

}  // namespace kealign::cli
