#include <fmt/format.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/error.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/pipeline.h"
#include "kealign/pipeline/verdict.h"

namespace kealign::cli {

RunFn AddAlignCommand(CLI::App* app) {
  struct Args {
    std::string source_path, target_path, output;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("KO_FILE", args->source_path, "Korean document ('-' for standard input)")
      ->required();
  app->add_option("EN_FILE", args->target_path, "English document")->required();
  AddOutputOption(app, &args->output);
  AddCommonOptions(app, &args->common);
  AddVerdictOptions(app, &args->common);
  return [args]() {
    const CommonOptions& common = args->common;
    const std::vector<io::Format> formats = common.Formats();
    // Fail before aligning, not after.
    const OutputTarget target =
        ResolveOutput(args->output, formats, {args->source_path, args->target_path});
    const PipelineSetup setup = common.SetUp();
    const Pipeline pipeline(setup.options, setup.models);
    const AlignedDocument aligned = pipeline.Align(
        io::ReadDocument(args->source_path, common.input_mode, common.max_input_bytes),
        io::ReadDocument(args->target_path, common.input_mode, common.max_input_bytes));
    const double min_score = setup.options.min_document_score;
    if (IsUnrelated(aligned, min_score)) {
      fmt::print(stderr, "kealign: warning: {}: {}{}\n", io::DocumentName(aligned),
                 UnrelatedReason(aligned, min_score),
                 common.drop_unrelated ? "; nothing written (--drop-unrelated)" : "");
      if (common.drop_unrelated) return 0;
    }
    return WriteAligned(aligned, formats, target, common.writer);
  };
}

}  // namespace kealign::cli
