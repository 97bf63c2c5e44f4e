// Fuzzes the text reader: any bytes are either rejected with an `InputError` or become a checked
// NFC document whose offset map stays inside the input and keeps order.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "kealign/error.h"
#include "kealign/io/reader.h"
#include "kealign/text/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using kealign::fuzz::Require;
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  kealign::Document document;
  try {
    document.text = kealign::io::ReadText(in, "fuzz");
  } catch (const kealign::InputError&) {
    return -1;
  }
  kealign::text::NormalizeDocument(&document);
  Require(kealign::util::FindInvalidUtf8(document.text) == kealign::util::kNoInvalidByte,
          "normalized text is not UTF-8");
  Require(kealign::text::IsNfc(document.text), "normalized text is not NFC");
  std::size_t previous = 0;
  for (std::size_t i = 0; i <= document.text.size(); ++i) {
    const std::size_t begin = document.to_original.ToOriginalBegin(i);
    const std::size_t end = document.to_original.ToOriginalEnd(i);
    Require(begin >= previous && begin <= end && end <= input.size(), "offset map out of order");
    previous = begin;
  }
  return 0;
}
