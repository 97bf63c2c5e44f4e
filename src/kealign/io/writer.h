// Writers: one function per output format (see format.h), each rendering an `AlignedDocument`
// to caller-owned streams. `AlignedDocument::source` is written as Korean ("ko"), first or on the
// left; `target` as English ("en").
//
// Shared conventions
//   text   the original sentence text, cleaned by `detail::AppendCleanText`: each run of
//          whitespace (tabs and line breaks included) becomes one space, invalid UTF-8 and
//          control characters become U+FFFD. The sentences of a multi-sentence side are joined by
//          one space. Output is always valid UTF-8.
//   score  `Bead::score` with 4 decimals ("0.8123").
//   ids    0-based sentence indices, as in the `Document::sentences` vectors.
//   hole   a 1-0 or 0-1 bead (bead.h). moses and tmx leave holes out; the other formats keep them.
//
// Writers only format; they do not flush or check the stream (`OutputFileSet::Commit` does). Each
// is linear in the size of the document and holds one line of output at a time.
#pragma once

#include <ostream>
#include <string>

#include "kealign/aligned_document.h"

namespace kealign::io {

// Moses-style parallel text: line i of `source_out` translates line i of `target_out`. Only beads
// with both sides non-empty are written, one line each.
void WriteMoses(const AlignedDocument& document, std::ostream& source_out,
                std::ostream& target_out);

// Tab-separated, no header, one line per bead (holes included, with an empty text and id column):
// `ko<TAB>en<TAB>score<TAB>ko_ids<TAB>en_ids`, ids comma-separated without spaces ("3,4"). A text
// cell that starts with a double quote (`"Use it," he said.`) is written quoted, `"""Use it,""
// he said."`, as CSV readers expect (Python's `csv` with `delimiter='\t'`, pandas'
// `read_csv(sep='\t')`), which would otherwise drop the quote; other cells are written as is.
void WriteTsv(const AlignedDocument& document, std::ostream& out);

// JSON Lines, one object per bead (holes included), keys in this order:
// `{"ko":"…","en":"…","score":0.8123,"ko_ids":[3,4],"en_ids":[2],"links":[[0,6,0,10]],
// "doc_score":0.9310}`. Hangul is written as UTF-8, not `\u` escapes; a non-finite score is
// written as `null`. `links` are the bead's word links (`AlignedDocument::links`; `[]` when
// there are none or none were found), each `[ko_start, ko_end, en_start, en_end]`: UTF-8 byte
// offsets, end exclusive, into this line's `ko` and `en` strings as written (after the joining
// and cleaning above), in the order of the Korean words. `doc_score` is the document's
// (`AlignedDocument::document_score`, the same on every line).
void WriteJsonl(const AlignedDocument& document, std::ostream& out);

// How `WriteJsonl` rows are written when many documents share one stream (`kealign stream`,
// `batch --merge-output`).
struct JsonlRows {
  // A JSON value (`"\"news-01\""`, `17`) written as given as the first key, `"id"`, of every
  // row, before the fields above; empty: no `"id"`.
  std::string id_json;
  // Leave out 1-0 and 0-1 beads.
  bool pairs_only = false;
};

// `WriteJsonl` with the rows as `rows` says: `{"id":"news-01","ko":…}`.
void WriteJsonl(const AlignedDocument& document, std::ostream& out, const JsonlRows& rows);

// `text` as a JSON string literal: UTF-8 kept as is (no `\uXXXX` for Hangul), invalid bytes
// replaced by U+FFFD rather than thrown on.
std::string JsonString(std::string_view text);

// The ladder in vecalign's notation, one bead per line and nothing else: `[0]:[0]`,
// `[1, 2]:[1]`, `[]:[3]`. Every id of both sides appears exactly once, in order, if the ladder is
// valid (`align::IsValidLadder`).
void WriteIds(const AlignedDocument& document, std::ostream& out);

// A TMX 1.4b translation memory (srclang "ko", segtype "sentence", datatype "plaintext"), one
// `<tu tuid="N">` per bead with both sides (N = bead index). The score is a
// `<prop type="x-score">` of the `<tu>`; each `<tuv>` carries its sentence ids in a
// `<prop type="x-sentence-ids">`.
void WriteTmx(const AlignedDocument& document, std::ostream& out);

// A self-contained HTML page for checking or studying the alignment: summary counts, a table of
// all beads (Korean left, English right) with bead type and score, holes and low scores marked,
// and controls to move the low-score threshold, show only holes and low scores, and search the
// text. No external resources: it works when opened from disk and without JavaScript (then the
// threshold stays at its default). The title is the document name (`DocumentName`).
void WriteHtml(const AlignedDocument& document, std::ostream& out);

// What writers take beyond the document.
struct WriterOptions {
  // `WriteAnki` leaves out pairs scoring below this; in [0, 1]. Default 0.9: on the dev set a
  // pair scored 0.9 or more is right 98 % of the time (BENCHMARKS.md).
  double anki_min_score = 0.9;
};

// Notes for Anki (https://apps.ankiweb.net), a file it imports as is (File > Import): the
// header lines `#separator:tab`, `#html:true`, `#notetype:Basic`, `#deck:kealign::NAME`,
// `#columns:Korean<TAB>English<TAB>Tags` and `#tags column:3`, then one line per pair with both
// sides and a score of at least `options.anki_min_score`: Korean (front), English (back), and
// the tags `NAME` and `bead::1-1` (the bead type), the name with spaces as `_`. Text is
// HTML-escaped (`&`, `<`, `>`, `"`, `'`), so that Anki shows it as written and never reads
// a field as quoted. NAME is `DocumentName`.
void WriteAnki(const AlignedDocument& document, std::ostream& out,
               const WriterOptions& options = {});

// The document's term pairs, from its word links (`AlignedDocument::links`), for translators'
// glossaries and learners' word lists. Tab-separated, no header, one pair a line: Korean term,
// English term, count, mean link probability (4 decimals). A term is a link's text as written
// (`정부` of `정부는`, `140억 달러`, `$14 billion`); English terms that differ only in letter case
// count as one, shown in their most frequent form. Sorted by count (most frequent first), then
// by mean probability, then by the terms' bytes. Links of function words (English articles,
// pronouns, auxiliaries, prepositions) are left out: they are not terms.
void WriteGlossary(const AlignedDocument& document, std::ostream& out);

// A short name for the pair: the common stem of the two file names without directories, ".txt"
// and language suffixes ("news-01.ko.txt" + "news-01.en.txt" → "news-01"); "A ↔ B" if the stems
// differ; "alignment" if both paths are empty.
std::string DocumentName(const AlignedDocument& document);

// The stem of one file name, without directories, ".txt" and a language suffix:
// "in/news-01.ko.txt" → "news-01", "corpus.en" → "corpus", "story_ko.md" → "story".
std::string DocumentStem(const std::string& path);

}  // namespace kealign::io
