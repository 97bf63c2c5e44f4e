// Fuzzes the one-sentence-a-line reader: any bytes are rejected with an `InputError` or give
// trimmed, ordered sentences of an NFC text, one per non-blank line.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "kealign/error.h"
#include "kealign/io/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kealign::Document document;
  try {
    document = kealign::io::ReadLinesDocument(in, "fuzz");
  } catch (const kealign::InputError&) {
    return -1;
  }
  kealign::fuzz::CheckSentences(document.text, document.sentences);
  for (const kealign::Sentence& sentence : document.sentences) {
    kealign::fuzz::Require(sentence.span.Of(document.text).find('\n') == std::string::npos,
                           "a line sentence holds a line break");
  }
  return 0;
}
