#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
#include "kealign/pipeline/pipeline.h"

namespace kealign::cli {

RunFn AddAlignCommand(CLI::App* app) {
  struct Args {
    std::string source_path, target_path, prefix;
    CommonOptions common;
  };
  auto args = std::make_shared<Args>();
  app->add_option("KO_FILE", args->source_path, "Korean document ('-' for standard input)")
      ->required();
  app->add_option("EN_FILE", args->target_path, "English document")->required();
  app->add_option("-o,--output", args->prefix, "Output prefix: writes PREFIX.ko, PREFIX.tsv, …")
      ->required();
  AddCommonOptions(app, &args->common);
  return [args]() {
    const CommonOptions& common = args->common;
    const std::vector<io::Format> formats = common.Formats();
    io::CheckOutputs(formats, args->prefix);  // fail before aligning, not after
    const PipelineSetup setup = common.SetUp();
    const Pipeline pipeline(setup.options, setup.models);
    const AlignedDocument aligned =
        pipeline.Align(io::ReadDocument(args->source_path, common.input_mode),
                       io::ReadDocument(args->target_path, common.input_mode));
    for (const std::string& path :
         io::WriteOutputs(aligned, formats, args->prefix, common.writer)) {
      fmt::print("{}\n", path);
    }
    return 0;
  };
}

}  // namespace kealign::cli
