// kealign: Korean–English sentence alignment. See README.md.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <functional>
#include <new>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "kealign/error.h"
#include "kealign/io/output_files.h"

namespace {

struct Command {
  const char* name;
  const char* help;
  kealign::cli::RunFn (*add)(CLI::App*);
};

// Exit codes: 1 bad input, output path or flag value; 2 model problem; 3 anything else.
constexpr Command kCommands[] = {
    {"align", "Align one Korean document with its English translation",
     kealign::cli::AddAlignCommand},
    {"apply", "Write the outputs of a given alignment ladder (a corrected or another aligner's)",
     kealign::cli::AddApplyCommand},
    {"batch", "Align every NAME.ko.txt with NAME.en.txt in a directory, or a manifest's pairs",
     kealign::cli::AddBatchCommand},
    {"stream", "Align document pairs read as records on standard input (JSONL or Bitextor)",
     kealign::cli::AddStreamCommand},
    {"train", "Train a lexical model on a directory of document pairs, for --model",
     kealign::cli::AddTrainCommand},
    {"split", "Split text into sentences, one a line, a blank line between paragraphs",
     kealign::cli::AddSplitCommand},
    {"tokenize", "Print the SentencePiece pieces of each line", kealign::cli::AddTokenizeCommand},
    {"train-tokenizer", "Train a SentencePiece model on your own text",
     kealign::cli::AddTrainTokenizerCommand},
};

// One line for a CLI11 parse error: its message with line breaks folded, and where to look.
std::string OneLine(const std::string& message) {
  std::string line;
  for (char c : message) {
    if (c == '\n' || c == '\r') {
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
    } else {
      line.push_back(c);
    }
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kealign: Korean–English sentence alignment into parallel corpora"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kealign " KEALIGN_VERSION);
  std::vector<std::pair<CLI::App*, kealign::cli::RunFn>> runs;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    runs.emplace_back(sub, command.add(sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (argc > 1 && argv[1][0] != '-' && app.get_subcommands().empty()) {
      std::string names;
      for (const Command& command : kCommands)
        names += fmt::format("{}{}", names.empty() ? "" : ", ", command.name);
      fmt::print(stderr,
                 "kealign: error: unknown command '{}': expected one of {} (see kealign --help)\n",
                 argv[1], names);
      return 1;
    }
    // A bad command line is a bad flag value: exit 1 with one line, like any other error
    // (CLI11 would exit 105-109 with two lines).
    std::string help = "kealign --help";
    for (const auto& [sub, run] : runs) {
      if (sub->parsed()) help = fmt::format("kealign {} --help", sub->get_name());
    }
    fmt::print(stderr, "kealign: error: {} (see {})\n", OneLine(e.what()), help);
    return 1;
  }
  try {
    for (auto& [sub, run] : runs) {
      if (sub->parsed()) return run();
    }
    return 3;
  } catch (const kealign::InputError& e) {
    fmt::print(stderr, "kealign: error: {}\n", e.what());
    return 1;
  } catch (const kealign::io::OutputError& e) {
    fmt::print(stderr, "kealign: error: {}\n", e.what());
    return 1;
  } catch (const kealign::ModelError& e) {
    fmt::print(stderr, "kealign: error: {}\n", e.what());
    return 2;
  } catch (const kealign::InternalError& e) {
    fmt::print(stderr, "kealign: error: internal error (please report): {}\n", e.what());
    return 3;
  } catch (const kealign::Error& e) {  // a bad flag value, such as an unknown --format
    fmt::print(stderr, "kealign: error: {}\n", e.what());
    return 1;
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "kealign: error: out of memory\n");
    return 3;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kealign: error: internal error (please report): {}\n", e.what());
    return 3;
  }
}
