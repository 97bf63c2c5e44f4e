// Flags shared by `align` and `batch`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "kealign/io/format.h"
#include "kealign/pipeline.h"

namespace kealign::cli {

struct CommonOptions {
  std::string input = "text";
  std::string formats = "moses,tsv";

  InputMode InputModeValue() const;
  std::vector<io::Format> Formats() const;
  PipelineOptions MakePipelineOptions() const;
};

void AddCommonOptions(CLI::App* app, CommonOptions* options);

}  // namespace kealign::cli
