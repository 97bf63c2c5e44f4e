// Fuzzes two-text alignment and every writer. The input is a mode byte ('L': one sentence a line,
// anything else: raw text), the Korean text, a NUL byte, and the English text (scripts/fuzz makes
// such seeds from corpus/). Texts the readers reject are skipped; for the others the ladder must
// be valid, the document score in [0, 1], and every output valid UTF-8 (TMX and HTML well-formed
// enough to hold no stray control bytes).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "kealign/align/bead.h"
#include "kealign/error.h"
#include "kealign/io/format.h"
#include "kealign/io/output_files.h"
#include "kealign/io/reader.h"
#include "kealign/io/writer.h"
#include "kealign/pipeline/pipeline.h"
#include "kealign/pipeline/verdict.h"

namespace {

using kealign::fuzz::Require;

bool Read(std::string_view text, bool lines, const char* name, kealign::Document* document) {
  std::istringstream in{std::string(text)};
  try {
    if (lines) {
      *document = kealign::io::ReadLinesDocument(in, name);
    } else {
      document->path = name;
      document->text = kealign::io::ReadText(in, name);
    }
  } catch (const kealign::InputError&) {
    return false;
  }
  return true;
}

void CheckOutput(const std::string& output) {
  Require(kealign::util::FindInvalidUtf8(output) == kealign::util::kNoInvalidByte,
          "an output is not valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return -1;
  const bool lines = data[0] == 'L';
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t separator = input.find('\0');
  if (separator == std::string_view::npos) return -1;
  kealign::Document source, target;
  if (!Read(input.substr(0, separator), lines, "fuzz.ko.txt", &source) ||
      !Read(input.substr(separator + 1), lines, "fuzz.en.txt", &target)) {
    return -1;
  }
  try {
    kealign::CheckLanguages(source, target);
  } catch (const kealign::InputError&) {
    // Expected for most inputs; the alignment below runs regardless.
  }
  // One pipeline for the whole run: the language check is off so that any text gets aligned.
  static const kealign::Pipeline pipeline = [] {
    kealign::PipelineOptions options;
    options.check_languages = false;
    return kealign::Pipeline(options);
  }();
  const kealign::AlignedDocument aligned = pipeline.Align(std::move(source), std::move(target));
  Require(kealign::align::IsValidLadder(aligned.ladder,
                                        static_cast<int>(aligned.source.sentences.size()),
                                        static_cast<int>(aligned.target.sentences.size())),
          "invalid ladder");
  Require(aligned.document_score >= 0 && aligned.document_score <= 1, "document score outside");
  for (kealign::io::Format format : kealign::io::AllFormats()) {
    std::ostringstream out, second;
    if (format == kealign::io::Format::kMoses) {
      kealign::io::WriteMoses(aligned, out, second);
      CheckOutput(second.str());
    } else {
      kealign::io::WriteFormat(aligned, format, out);
    }
    CheckOutput(out.str());
  }
  return 0;
}
