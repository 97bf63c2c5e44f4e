#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <map>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/progress.h"
#include "cli/signals.h"
#include "kealign/io/merge.h"
#include "kealign/io/output_files.h"
#include "kealign/pipeline/batch.h"
#include "kealign/util/parallel.h"

namespace kealign::cli {

RunFn AddBatchCommand(CLI::App* app) {
  struct Args {
    std::string corpus, output_directory, shard, merge_prefix;
    int jobs = 0;
    bool quiet = false, verbose = false, force = false;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("CORPUS", args->corpus,
                  "Directory of NAME.ko.txt + NAME.en.txt pairs (NAME.ko.sents + NAME.en.sents "
                  "with --input lines), or a manifest file: one pair a line, NAME<TAB>Korean "
                  "path<TAB>English path, relative paths from the manifest's directory ('-': "
                  "read it from standard input)")
      ->required();
  app->add_option("-o,--output", args->output_directory,
                  "Output directory (created if missing): OUT_DIR/NAME.<ext>")
      ->required();
  AddJobsOption(app, &args->jobs, "Documents aligned in parallel");
  app->add_option("--shard", args->shard,
                  "Take only part I of N of the corpus (1 <= I <= N; contiguous parts in "
                  "corpus order), e.g. --shard $SLURM_ARRAY_TASK_ID/16; shards may write into "
                  "one output directory at once");
  app->add_flag("--force", args->force,
                "Align every document again, even one whose outputs are all there (by default "
                "such a document was finished by an earlier run and is skipped)");
  app->add_option("--merge-output", args->merge_prefix,
                  "Also write one corpus over the batch, in corpus order, each row with its "
                  "document's name: PREFIX.tsv (name column first), PREFIX.jsonl (\"id\" "
                  "first), PREFIX.ko/.en with PREFIX.docs (the name of each line), for the "
                  "moses, tsv and jsonl of --format");
  app->add_flag("-q,--quiet", args->quiet, "Print only errors and the summary, no progress");
  app->add_flag("-v,--verbose", args->verbose, "Also print a line for every document");
  AddCommonOptions(app, &args->common);
  AddVerdictOptions(app, &args->common);
  return [args]() {
    const auto start = std::chrono::steady_clock::now();
    BatchOptions batch;
    batch.input_mode = args->common.input_mode;
    batch.formats = args->common.Formats();
    batch.writer = args->common.writer;
    batch.output_directory = args->output_directory;
    batch.num_threads = util::ThreadCount(args->jobs);
    batch.skip_complete = !args->force;
    batch.drop_unrelated = args->common.drop_unrelated;
    batch.corpus.max_input_bytes = args->common.max_input_bytes;
    if (!args->shard.empty()) batch.shard = io::ParseShard(args->shard);
    if (!args->merge_prefix.empty()) {
      if (io::MergeableFormats(batch.formats).empty()) {
        throw Error(
            "--merge-output merges the moses, tsv or jsonl outputs: add one of them to "
            "--format");
      }
      io::CheckOutputs({}, args->merge_prefix);  // an empty prefix, or one ending in '/'
      for (const std::string& path : io::MergedPaths(batch.formats, args->merge_prefix)) {
        io::OutputFileSet probe;  // fail before the work if unwritable
        probe.Add(path);
      }
      batch.merge_prefix = args->merge_prefix;
    }
    const io::PairListing listing = ListPairsOrThrow(args->corpus, batch.input_mode);
    if (!batch.merge_prefix.empty()) {
      // OUT/all.tsv as the merged corpus would be a document's output if one is named "all".
      const std::filesystem::path prefix(batch.merge_prefix);
      std::error_code error;
      if (std::filesystem::equivalent(prefix.parent_path().empty() ? "." : prefix.parent_path(),
                                      args->output_directory, error)) {
        for (const io::DocumentPair& pair : listing.pairs) {
          if (pair.name == prefix.filename().string()) {
            throw Error(
                fmt::format("--merge-output {}: a document is named '{}': its outputs "
                            "would be overwritten; choose another prefix",
                            batch.merge_prefix, pair.name));
          }
        }
      }
    }
    std::error_code ec;
    std::filesystem::create_directories(args->output_directory, ec);
    if (ec) {
      throw io::OutputError(args->output_directory,
                            fmt::format("cannot create output directory: {}", ec.message()));
    }
    const PipelineSetup setup = args->common.SetUp();

    util::Interrupt interrupt;
    // Signals are blocked before any thread starts (the progress line's included), so that
    // only the signal thread receives them.
    std::atomic<ProgressReporter*> reporter{nullptr};
    const SignalStop signals(&interrupt,
                             [&](const std::string& line) { PrintVia(reporter, line); });
    ProgressReporter progress(args->quiet);
    reporter = &progress;
    batch.corpus.interrupt = &interrupt;
    batch.corpus.on_progress = [&](const Progress& p) { progress.Update(p); };
    const bool verbose = args->verbose && !args->quiet;
    const std::vector<DocumentResult> results =
        RunBatch(listing.pairs, batch, setup.options, setup.models, [&](const DocumentResult& r) {
          if (!r.ok) {
            progress.Print(fmt::format("kealign: error: {}: {}", r.name, r.error));
            return;
          }
          if (r.unrelated) {
            progress.Print(fmt::format("kealign: warning: {}: {}{}", r.name, r.unrelated_reason,
                                       r.dropped ? "; nothing written (--drop-unrelated)" : ""));
          }
          if (verbose) {
            progress.Print(r.skipped ? fmt::format("{}: complete, skipped", r.name)
                                     : fmt::format("{}: {} ko, {} en sentences, {} alignments, "
                                                   "document score {:.2f}",
                                                   r.name, r.num_source, r.num_target, r.num_beads,
                                                   r.document_score));
          }
        });
    reporter = nullptr;
    progress.Finish();

    std::size_t aligned = 0, skipped = 0, interrupted = 0, pairs = 0, unpaired_ko = 0,
                unpaired_en = 0, unrelated = 0, dropped = 0;
    std::vector<const DocumentResult*> failures;
    for (const DocumentResult& r : results) {
      if (r.interrupted) {
        ++interrupted;
      } else if (!r.ok) {
        failures.push_back(&r);
      } else if (r.skipped) {
        ++skipped;
      } else if (r.dropped) {
        ++unrelated;
        ++dropped;
      } else {
        unrelated += r.unrelated;
        ++aligned;
        pairs += static_cast<std::size_t>(r.num_pairs);
        unpaired_ko += static_cast<std::size_t>(r.num_unpaired_source);
        unpaired_en += static_cast<std::size_t>(r.num_unpaired_target);
      }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string summary =
        fmt::format("kealign: {} of {} documents aligned into {} in {:.2f} s", WithCommas(aligned),
                    WithCommas(results.size()), args->output_directory, seconds);
    if (skipped > 0) summary += fmt::format(", {} skipped (complete before)", WithCommas(skipped));
    if (!failures.empty()) summary += fmt::format(", {} failed", WithCommas(failures.size()));
    if (unrelated > 0) {
      summary += fmt::format(", {} below --min-doc-score {:.2f}{}", WithCommas(unrelated),
                             args->common.spec.options.min_document_score,
                             dropped > 0 ? fmt::format(" ({} dropped)", WithCommas(dropped)) : "");
    }
    if (interrupted > 0) {
      summary +=
          fmt::format(", {} not done (interrupted: run again to resume)", WithCommas(interrupted));
    }
    summary += fmt::format("; {} pairs written, {} Korean and {} English sentences unpaired",
                           WithCommas(pairs), WithCommas(unpaired_ko), WithCommas(unpaired_en));
    fmt::print(stderr, "{}\n", summary);
    if (!failures.empty()) {
      // Each failure was printed when it happened; the summary repeats the first few, grouped.
      constexpr std::size_t kShown = 10;
      for (std::size_t i = 0; i < std::min(kShown, failures.size()); ++i) {
        fmt::print(stderr, "kealign:   failed: {}: {}\n", failures[i]->name, failures[i]->error);
      }
      if (failures.size() > kShown) {
        fmt::print(stderr, "kealign:   … and {} more failed (listed above)\n",
                   failures.size() - kShown);
      }
    }
    if (!batch.merge_prefix.empty() && interrupted == 0 && signals.signal() == 0) {
      fmt::print(stderr, "kealign: merged corpus: {}\n",
                 fmt::join(io::MergedPaths(batch.formats, batch.merge_prefix), ", "));
    }
    if (signals.signal() != 0) return signals.ExitStatus();
    return failures.empty() ? 0 : 1;
  };
}

}  // namespace kealign::cli
