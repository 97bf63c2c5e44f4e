// Reading input documents: whole UTF-8 files (`ReadTextFile`) and one-sentence-per-line files
// (`ReadLinesDocument`, for `--input lines`).
//
// The functions taking `std::istream&` or strings do the work and need no files; the ones taking
// a path are thin wrappers. The path "-" means standard input, named "<stdin>" in messages.
#pragma once

#include <istream>
#include <string>

#include "kealign/document.h"

namespace kealign::io {

// How standard input ("-") is named in messages and in `Document::path`.
inline constexpr const char* kStdinName = "<stdin>";

// Checks text read from `name` and returns it without a leading UTF-8 byte-order mark. Throws
// `InputError` naming `name` for gzip data, a UTF-16/UTF-32 byte-order mark, a NUL byte or
// malformed UTF-8 (with the 1-based line and the 0-based byte offset in the input as read), and
// for text that is empty or only whitespace. Linear time; no copy beyond moving `text`.
std::string CheckText(std::string text, const std::string& name);

// Reads all of `in` and checks it with `CheckText`. Throws `InputError` naming `name` if the
// stream fails while reading.
std::string ReadText(std::istream& in, const std::string& name);

// Reads the file at `path` ("-" reads standard input) and checks it with `CheckText`. Throws
// `InputError` naming `path` if it does not exist, is a directory, or cannot be opened or read.
std::string ReadTextFile(const std::string& path);

// Splits checked text (`CheckText`) into one sentence per line, for input that is already split.
//   - A line ends at "\n"; a "\r" before it (CRLF files) is stripped like other whitespace, and a
//     lone "\r" inside a line is whitespace, so line numbers agree with `wc -l`.
//   - Each sentence is its line without leading and trailing whitespace (`detail::IsBlankChar`).
//   - Blank lines, including lines of only whitespace, are skipped and start a new paragraph;
//     sentence ids therefore count non-blank lines only, and a whitespace-only line never joins
//     its neighbours.
//   - A final newline ends the last line; it does not add an empty sentence.
// The text is made NFC first (`text::NormalizeDocument`), so the sentences are spans of NFC text.
// `path` is stored in `Document::path`. No sentence is marked as noise.
Document MakeLinesDocument(std::string text, std::string path);

// `MakeLinesDocument(ReadText(in, name), name)`.
Document ReadLinesDocument(std::istream& in, const std::string& name);

// `MakeLinesDocument(ReadTextFile(path), path)`; standard input is named `kStdinName`.
Document ReadLinesDocument(const std::string& path);

// How input documents are read. `kText`: raw text that kealign splits into sentences (the
// document comes back without sentences). `kLines`: one sentence a line, used as given.
enum class InputMode { kText, kLines };

// Reads the document at `path` ("-": standard input) as `mode` says: checked as `CheckText`
// does, then in Unicode NFC (decomposed Korean, as macOS writes it, composed: see
// text/normalizer.h), with `Document::to_original` mapping offsets back to the bytes of the
// file, byte-order mark included. Throws as `ReadTextFile` does.
Document ReadDocument(const std::string& path, InputMode mode);

}  // namespace kealign::io
