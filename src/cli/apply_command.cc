#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/io/ladder.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign::cli {

RunFn AddApplyCommand(CLI::App* app) {
  struct Args {
    std::string source_path, target_path, ladder_path, prefix;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("KO_FILE", args->source_path, "Korean document ('-' for standard input)")
      ->required();
  app->add_option("EN_FILE", args->target_path, "English document")->required();
  app->add_option("LADDER", args->ladder_path,
                  "Alignment ladder in vecalign's notation ([0]:[0], [1, 2]:[1], []:[3]; a "
                  "third :cost field is ignored), e.g. the review page's export or "
                  "--format ids; sentence ids as kealign splits KO_FILE and EN_FILE with the "
                  "same --input and splitter flags")
      ->required();
  app->add_option("-o,--output", args->prefix, "Output prefix: writes PREFIX.ko, PREFIX.tsv, …")
      ->required();
  AddCommonOptions(app, &args->common);
  return [args]() {
    const CommonOptions& common = args->common;
    const std::vector<io::Format> formats = common.Formats();
    io::CheckOutputs(formats, args->prefix);  // fail before reading and scoring, not after
    const PipelineSetup setup = common.SetUp();
    const Pipeline pipeline(setup.options, setup.models);
    Document source = io::ReadDocument(args->source_path, common.input_mode);
    Document target = io::ReadDocument(args->target_path, common.input_mode);
    pipeline.SplitIfNeeded(&source, &target);
    const align::Ladder ladder =
        io::ReadLadderFile(args->ladder_path, static_cast<int>(source.sentences.size()),
                           static_cast<int>(target.sentences.size()));
    const AlignedDocument aligned = pipeline.Apply(std::move(source), std::move(target), ladder);
    for (const std::string& path :
         io::WriteOutputs(aligned, formats, args->prefix, common.writer)) {
      fmt::print("{}\n", path);
    }
    return 0;
  };
}

}  // namespace kealign::cli
