// Reading input documents: whole UTF-8 files (`ReadTextFile`) and one-sentence-per-line files
// (`ReadLinesDocument`, for `--input lines`).
//
// The functions taking `std::istream&` or strings do the work and need no files; the ones taking
// a path are thin wrappers. The path "-" means standard input, named "<stdin>" in messages.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "kealign/document.h"

namespace kealign::io {

// How standard input ("-") is named in messages and in `Document::path`.
inline constexpr const char* kStdinName = "<stdin>";

// The most bytes one input file (or one `kealign stream` record) may have unless the caller
// says otherwise (`--max-input-bytes`): 1 GiB, about eight million sentences, far more than any
// real document and less than a pipe or `/dev/zero` would make kealign swallow before failing
// for want of memory. 0 means no limit.
inline constexpr std::uint64_t kDefaultMaxInputBytes = std::uint64_t{1} << 30;

// Throws `InputError` naming `name` for input of more than `max_bytes` bytes (0: no limit),
// saying how to raise the limit. `size` may be a lower bound (input read so far).
void CheckInputSize(std::uint64_t size, std::uint64_t max_bytes, const std::string& name);

// Checks text read from `name` and returns it without a leading UTF-8 byte-order mark. Throws
// `InputError` naming `name` for gzip data, a UTF-16/UTF-32 byte-order mark, a NUL byte or
// malformed UTF-8 (with the 1-based line and the 0-based byte offset in the input as read), and
// for text that is empty or only whitespace. Linear time; no copy beyond moving `text`.
std::string CheckText(std::string text, const std::string& name);

// Reads all of `in` and checks it with `CheckText`. Throws `InputError` naming `name` if the
// stream fails while reading, or once more than `max_bytes` bytes were read (0: no limit).
std::string ReadText(std::istream& in, const std::string& name,
                     std::uint64_t max_bytes = kDefaultMaxInputBytes);

// Reads the file at `path` ("-" reads standard input) and checks it with `CheckText`. Throws
// `InputError` naming `path` if it does not exist, is a directory, or cannot be opened or read,
// and if it has more than `max_bytes` bytes (0: no limit): a regular file before any is read,
// a pipe or device (`/dev/zero`) as soon as the limit is passed.
std::string ReadTextFile(const std::string& path, std::uint64_t max_bytes = kDefaultMaxInputBytes);

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

// `MakeLinesDocument(ReadTextFile(path, max_bytes), path)`; standard input is named
// `kStdinName`.
Document ReadLinesDocument(const std::string& path,
                           std::uint64_t max_bytes = kDefaultMaxInputBytes);

// How input documents are read. `kText`: raw text that kealign splits into sentences (the
// document comes back without sentences). `kLines`: one sentence a line, used as given.
enum class InputMode { kText, kLines };

// The document `ReadDocument` makes of text already checked by `CheckText`, for text that does
// not come from a file (a `kealign stream` record): in Unicode NFC (text/normalizer.h), split
// into lines for `kLines`, unsplit for `kText`; `path` names it in messages. Records and files
// are made the same way, so a document aligns the same whichever way it came.
Document MakeDocument(std::string text, std::string path, InputMode mode);

// Reads the document at `path` ("-": standard input) as `mode` says: checked as `CheckText`
// does, then as `MakeDocument` makes it (decomposed Korean, as macOS writes it, composed), with
// `Document::to_original` mapping offsets back to the bytes of the file, byte-order mark
// included. Throws as `ReadTextFile` does.
Document ReadDocument(const std::string& path, InputMode mode,
                      std::uint64_t max_bytes = kDefaultMaxInputBytes);

}  // namespace kealign::io
