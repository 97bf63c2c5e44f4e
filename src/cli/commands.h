// The subcommands of the `kealign` binary. Each `Add<Name>Command` declares its flags on `app`
// and returns the function that runs it once the command line has been parsed; the function
// returns the process exit status. Commands only parse flags and call the library.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace kealign::cli {

using RunFn = std::function<int()>;

RunFn AddAlignCommand(CLI::App* app);
RunFn AddApplyCommand(CLI::App* app);
RunFn AddBatchCommand(CLI::App* app);
RunFn AddSplitCommand(CLI::App* app);
RunFn AddStreamCommand(CLI::App* app);
RunFn AddTokenizeCommand(CLI::App* app);
RunFn AddTrainTokenizerCommand(CLI::App* app);
RunFn AddTrainCommand(CLI::App* app);

// The directory holding kealign's bundled models: $KEALIGN_MODEL_DIR if set, else
// `<binary dir>/../share/kealign/models` if it exists, else the source tree's models/.
std::string DefaultModelDirectory();

}  // namespace kealign::cli
