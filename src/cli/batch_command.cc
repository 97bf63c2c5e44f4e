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
      ->check(IntegerIn(0, 4096))
      ->capture_default_str();
  app->add_flag("-q,--quiet", args->quiet, "Print only errors and the summary");
  AddCommonOptions(app, &args->common);
  AddVerdictOptions(app, &args->common);
  return [args]() {
    const auto start = std::chrono::steady_clock::now();
    BatchOptions batch;
    batch.input_mode = args->common.input_mode;
    batch.formats = args->common.Formats();
    batch.output_directory = args->output_directory;
    batch.num_threads = util::ThreadCount(args->jobs);
    batch.drop_unrelated = args->common.drop_unrelated;
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
                     return;
                   }
                   if (r.unrelated) {
                     fmt::print(stderr, "kealign: warning: {}: {}{}\n", r.name,
                                r.unrelated_reason,
                                r.dropped ? "; nothing written (--drop-unrelated)" : "");
                   }
                   if (!quiet) {
                     fmt::print(stderr,
                                "{}: {} ko, {} en sentences, {} alignments, document score "
                                "{:.2f}\n",
                                r.name, r.num_source, r.num_target, r.num_beads,
                                r.document_score);
                   }
                 });
    int failed = 0, unrelated = 0, dropped = 0;
    for (const DocumentResult& r : results) {
      failed += !r.ok;
      unrelated += r.ok && r.unrelated;
      dropped += r.ok && r.dropped;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string flagged;
    if (unrelated > 0) {
      flagged = fmt::format(", {} below --min-doc-score {:.2f}{}", unrelated,
                            args->common.spec.options.min_document_score,
                            dropped > 0 ? fmt::format(" ({} dropped)", dropped) : "");
    }
    fmt::print(stderr, "kealign: {} of {} documents aligned into {} in {:.2f} s{}{}\n",
               results.size() - failed - dropped, results.size(), args->output_directory,
               seconds, failed ? fmt::format(", {} failed", failed) : "", flagged);
    return failed ? 1 : 0;
  };
}

}  // namespace kealign::cli
