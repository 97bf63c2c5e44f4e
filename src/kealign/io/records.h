// Document pairs as records of a stream (`kealign stream`): one record a line on the input, the
// alignments of each record on the output.
//
// Glossary
//   record   one input line holding one document pair.
//   jsonl    `{"id": …, "ko": "…", "en": "…"}` in; out, one object per alignment,
//            `{"id", "ko", "en", "score", "ko_ids", "en_ids"}` (`WriteJsonl` with an id), or
//            `{"id", "error"}` for a record that could not be aligned.
//   bitextor Bitextor's segment-alignment contract: in, `url1<TAB>url2<TAB>base64(text1)<TAB>
//            base64(text2)`, each text one sentence a line, with an optional header line naming
//            the columns (`src_url`, `trg_url`, `src_text`, `trg_text`, in any order among
//            others); out, `url1<TAB>url2<TAB>segment1<TAB>segment2<TAB>score` per alignment, in
//            the input's column order, after the header `kBitextorOutputHeader` if the input had
//            one.
#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "kealign/aligned_document.h"
#include "kealign/io/reader.h"

namespace kealign::io {

// Reads lines from a stream in memory bounded by the longest line allowed, returning each line as
// soon as its newline has arrived (a record typed into a pipe is answered at once: the reader
// never waits to fill a buffer). Not thread-safe.
class LineReader {
 public:
  // `max_line_bytes`: longer lines are skipped, not stored (0: no limit). `in` must outlive this.
  LineReader(std::istream& in, std::uint64_t max_line_bytes);

  // The next line without its "\n" (nor a "\r" before it) into `*line`; false at the end of the
  // input. A last line without "\n" counts. A line longer than the limit is read to its end and
  // dropped: `*line` is then empty and `*too_long` true. Throws `InputError` if reading fails.
  bool Next(std::string* line, bool* too_long);

  // The 1-based number of the line `Next` returned last.
  std::size_t line_number() const { return line_number_; }

 private:
  // Refills `buffer_` with what `in` has now (at least one byte unless the input has ended).
  bool Fill();

  std::streambuf* in_;
  std::uint64_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0, end_ = 0;
  std::size_t line_number_ = 0;
};

// One document pair of a stream.
struct StreamRecord {
  // jsonl: the record's "id" as JSON text (`"doc-1"` with quotes, `17`); empty until known.
  std::string id_json;
  // bitextor: the two URLs, first and second column as given.
  std::string first_url, second_url;
  // The Korean (`source`) and English (`target`) documents: text checked by `CheckText`, split
  // into lines for `InputMode::kLines`, unsplit for `kText`. `path` names the field.
  Document source, target;
};

// Parses a jsonl record: an object with "id" (a string or a number), "ko" and "en" (strings);
// other keys are ignored. Fills `*record` as far as it gets, the id first, so that an error row
// can name it. Throws `InputError` (without a path) saying what is wrong: not JSON, not an
// object, a missing or mistyped key, text that `CheckText` refuses (naming "ko" or "en").
void ParseJsonlRecord(std::string_view line, InputMode mode, StreamRecord* record);

// `{"id":ID,"error":"MESSAGE"}` and a newline; `id_json` empty writes `null`.
void WriteJsonlError(const std::string& id_json, std::string_view message, std::ostream& out);

// Where the fields of a bitextor record are: 0-based columns.
struct BitextorColumns {
  std::size_t first_url = 0, second_url = 1, first_text = 2, second_text = 3;
};

// The output header answering an input header.
inline constexpr std::string_view kBitextorOutputHeader =
    "src_url\ttrg_url\tsrc_text\ttrg_text\tscore";

// The columns a header line names, or nothing if `line` is not a header (it lacks one of
// `src_url`, `trg_url`, `src_text`, `trg_text` among its tab-separated fields).
std::optional<BitextorColumns> ParseBitextorHeader(std::string_view line);

// Parses a bitextor record: the URLs and base64 texts at `columns` (more columns are allowed
// and ignored). `english_first`: the first text is English (default Korean). Throws `InputError`
// (without a path) for too few columns, a text that is not base64, or one `CheckText` refuses.
void ParseBitextorRecord(std::string_view line, const BitextorColumns& columns, InputMode mode,
                         bool english_first, StreamRecord* record);

// The rows of one aligned record: `url1<TAB>url2<TAB>segment1<TAB>segment2<TAB>score`, the URLs
// and sides in the input's order (`english_first`), each side's sentences cleaned and joined as
// in every writer (writer.h). 1-0 and 0-1 beads give a row with an empty segment unless
// `pairs_only`.
void WriteBitextorRows(const AlignedDocument& document, const StreamRecord& record,
                       bool english_first, bool pairs_only, std::ostream& out);

}  // namespace kealign::io
