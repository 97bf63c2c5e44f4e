// Output formats and their names on the command line (`--format moses,tsv`).
//
// Every format shows the Korean (source) side first or on the left.
//   moses  PREFIX.ko + PREFIX.en: line-aligned plain text, beads with both sides only
//   tsv    PREFIX.tsv: ko, en, score, ko ids, en ids; every bead, holes included
//   jsonl  PREFIX.jsonl: one JSON object per bead with the same fields as tsv
//   ids    PREFIX.align: the ladder in vecalign's notation, `[1, 2]:[1]`
//   tmx    PREFIX.tmx: TMX 1.4b translation memory, beads with both sides only
//   html   PREFIX.html: a self-contained page for reviewing and correcting the alignment
//   anki   PREFIX.anki.txt: confident pairs as Anki notes (Korean front, English back)
//   glossary  PREFIX.glossary.tsv: the document's term pairs from the word links
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kealign::io {

enum class Format { kMoses, kTsv, kJsonl, kIds, kTmx, kHtml, kAnki, kGlossary };

// Every format, in the order of the enum.
std::span<const Format> AllFormats();

// The command-line name of `format`: "moses", "tsv", "jsonl", "ids", "tmx", "html", "anki",
// "glossary".
std::string_view FormatName(Format format);

// Parses one name (exact, lower case). Throws `kealign::Error` naming `name` and listing the
// valid names if it is none of them.
Format ParseFormat(std::string_view name);

// Parses a comma-separated list such as "moses,tsv". Spaces around names are ignored, a repeated
// name is kept once at its first position, and the order is otherwise kept. Throws
// `kealign::Error` for an unknown or empty name (the message names it and lists the valid ones)
// and for a list without any name.
std::vector<Format> ParseFormatList(std::string_view list);

// The suffixes appended to the output prefix, with the dot: {".ko", ".en"} for moses (Korean
// first), {".tsv"}, {".jsonl"}, {".align"} for ids, {".tmx"}, {".html"}, {".anki.txt"},
// {".glossary.tsv"}.
std::span<const std::string_view> FormatExtensions(Format format);

// Whether `format` shows word links (`AlignedDocument::links`): jsonl, html and glossary. A run
// that writes none of these need not find them (`PipelineOptions::word_links`).
bool ShowsWordLinks(Format format);
bool ShowsWordLinks(std::span<const Format> formats);

}  // namespace kealign::io
