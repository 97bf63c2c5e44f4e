#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/error.h"
#include "kealign/io/ladder.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign::cli {

RunFn AddApplyCommand(CLI::App* app) {
  struct Args {
    std::string source_path, target_path, ladder_path, output;
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
  AddOutputOption(app, &args->output);
  AddCommonOptions(app, &args->common);
  return [args]() {
    const CommonOptions& common = args->common;
    const std::vector<io::Format> formats = common.Formats();
    // Fail before reading and scoring, not after; the ladder is an input too (`-o review
    // --format ids` next to the page's review.align would replace it).
    const OutputTarget output = ResolveOutput(
        args->output, formats, {args->source_path, args->target_path, args->ladder_path});
    const PipelineSetup setup = common.SetUp();
    const Pipeline pipeline(setup.options, setup.models);
    Document source =
        io::ReadDocument(args->source_path, common.input_mode, common.max_input_bytes);
    Document target =
        io::ReadDocument(args->target_path, common.input_mode, common.max_input_bytes);
    pipeline.SplitIfNeeded(&source, &target);
    const align::Ladder ladder =
        io::ReadLadderFile(args->ladder_path, static_cast<int>(source.sentences.size()),
                           static_cast<int>(target.sentences.size()));
    const AlignedDocument aligned = pipeline.Apply(std::move(source), std::move(target), ladder);
    return WriteAligned(aligned, formats, output, common.writer);
  };
}

}  // namespace kealign::cli
