// Fuzzes the English sentence splitter (see split.h).
#include "split.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kealign::fuzz::SplitOne(kealign::Language::kEnglish, data, size);
}
