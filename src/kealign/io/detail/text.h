// Character classes and text cleaning shared by the readers and writers of `kealign::io`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kealign/align/bead.h"
#include "kealign/aligned_document.h"
#include "kealign/document.h"
#include "kealign/span.h"

namespace kealign::io::detail {

// Unicode White_Space (tab, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680, U+2000..U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000) plus the C0 separators U+001C..U+001F, which Python's
// `str.split()` and `\s` also treat as whitespace; so `" ".join(text.split())` in a scorer sees
// exactly the words we write.
bool IsSpace(char32_t c);

// `IsSpace`, or an invisible format character that makes no text on its own: ZERO WIDTH SPACE,
// ZWNJ, ZWJ, WORD JOINER and ZERO WIDTH NO-BREAK SPACE (a byte-order mark inside the text).
bool IsBlankChar(char32_t c);

// True if valid UTF-8 `text` has no code point outside `IsBlankChar`. Linear, no allocation.
bool IsBlank(std::string_view text);

// `span` of valid UTF-8 `text` without `IsBlankChar` code points at either end; empty spans keep
// their `begin`.
ByteSpan TrimBlank(std::string_view text, ByteSpan span);

// Appends `text` to `*out` with every run of `IsSpace` collapsed to one space and none at either
// end, so the result holds no tab or line break. Bytes that are not well-formed UTF-8, C0 control
// characters other than whitespace, and the XML-forbidden U+FFFE/U+FFFF become U+FFFD, so every
// writer emits valid UTF-8 and valid XML from any `Document`.
void AppendCleanText(std::string_view text, std::string* out);

// Appends the cleaned text (`AppendCleanText`) of sentences `[begin, begin + count)` of
// `document`, separated by one space. Appends nothing for `count == 0`.
void AppendSideText(const Document& document, int begin, int count, std::string* out);

// `AppendSideText` that also records where each sentence's cleaned text starts in `*out`,
// relative to where the side starts: `(*sentence_starts)[k]` for sentence `begin + k`, or
// `kNoOffset` for a sentence that cleans to nothing.
void AppendSideText(const Document& document, int begin, int count, std::string* out,
                    std::vector<std::size_t>* sentence_starts);
inline constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

// Where byte `offset` of `text` lands in `AppendCleanText(text)`'s output. For the edges of a
// word: `offset` is the start of a non-space character, or the end of one. O(offset).
std::size_t CleanedOffset(std::string_view text, std::size_t offset);

// A word link (`AlignedDocument::links`) as byte offsets into the texts a writer prints for its
// bead's sides (`AppendSideText`): `[source_begin, source_end)` of the Korean side,
// `[target_begin, target_end)` of the English side.
struct LineLink {
  std::size_t source_begin = 0;
  std::size_t source_end = 0;
  std::size_t target_begin = 0;
  std::size_t target_end = 0;
  const WordLink* link = nullptr;
};

// Walks `document.links` bead by bead: construct once per document, then call `Next` for
// each bead of the ladder in order.
class BeadLinks {
 public:
  explicit BeadLinks(const AlignedDocument& document) : document_(document) {}
  // The links of `bead` (the next bead of the ladder) in its printed texts, in link order.
  // `source_starts`/`target_starts` are what `AppendSideText` recorded for its two sides.
  const std::vector<LineLink>& Next(const align::Bead& bead,
                                    const std::vector<std::size_t>& source_starts,
                                    const std::vector<std::size_t>& target_starts);

 private:
  const AlignedDocument& document_;
  std::size_t next_ = 0;  // first link not yet passed
  std::vector<LineLink> links_;
};

// Appends `begin`, `begin + 1`, … (`count` ids) separated by `separator`.
void AppendIds(int begin, int count, std::string_view separator, std::string* out);

// Appends `text` with `&`, `<`, `>`, `"` and `'` as character references, for HTML text and
// attribute values.
void AppendHtmlEscaped(std::string_view text, std::string* out);

// `score` with exactly 4 decimals ("0.8123", "1.0000"); "nan" / "inf" / "-inf" if not finite.
void AppendScore(double score, std::string* out);

// The bead's shape, source first: "1-1", "2-1", "0-1" …
std::string BeadType(const align::Bead& bead);

}  // namespace kealign::io::detail

namespace kealign::io::detail {

// The version written into TMX headers and HTML footers. The build may define `KEALIGN_VERSION`
// (the CMake project version); otherwise the version this module was written for.
#ifdef KEALIGN_VERSION
inline constexpr std::string_view kToolVersion = KEALIGN_VERSION;
#else
inline constexpr std::string_view kToolVersion = "0.1.0";
#endif

}  // namespace kealign::io::detail
