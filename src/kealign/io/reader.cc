#include "kealign/io/reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <system_error>

#include "kealign/error.h"
#include "kealign/io/detail/text.h"
#include "kealign/text/normalizer.h"
#include "kealign/util/utf8.h"

namespace kealign::io {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::size_t LineOf(std::string_view text, std::size_t byte_offset) {
  return 1 + static_cast<std::size_t>(
                 std::count(text.begin(), text.begin() + static_cast<long>(byte_offset), '\n'));
}

// Names the encoding if `text` starts with a byte-order mark other than UTF-8's.
std::string_view ForeignByteOrderMark(std::string_view text) {
  if (text.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32 (little-endian)";
  if (text.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32 (big-endian)";
  if (text.starts_with("\xFF\xFE")) return "UTF-16 (little-endian)";
  if (text.starts_with("\xFE\xFF")) return "UTF-16 (big-endian)";
  return {};
}

void AppendStream(std::istream& in, const std::string& name, std::uint64_t max_bytes,
                  std::string* out) {
  constexpr std::size_t kChunk = 1 << 16;
  std::streambuf* buffer = in.rdbuf();
  if (buffer == nullptr || !in.good()) {
    throw InputError(name, "cannot read: the stream is not open");
  }
  try {
    while (true) {
      const std::size_t old_size = out->size();
      out->resize(old_size + kChunk);
      const std::streamsize got =
          buffer->sgetn(out->data() + old_size, static_cast<std::streamsize>(kChunk));
      out->resize(old_size + static_cast<std::size_t>(std::max<std::streamsize>(got, 0)));
      CheckInputSize(out->size(), max_bytes, name);
      if (got < static_cast<std::streamsize>(kChunk)) break;
    }
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    // libstdc++'s filebuf reports read(2) failures (EIO, EISDIR) by throwing from underflow.
    throw InputError(name, fmt::format("read error: {}", e.what()));
  }
}

}  // namespace

void CheckInputSize(std::uint64_t size, std::uint64_t max_bytes, const std::string& name) {
  if (max_bytes == 0 || size <= max_bytes) return;
  throw InputError(name, fmt::format("more than {} bytes, the input limit: raise it with "
                                     "--max-input-bytes (e.g. 4G, or 0 for no limit) if this "
                                     "is really one document",
                                     max_bytes));
}

std::string CheckText(std::string text, const std::string& name) {
  if (text.starts_with("\x1F\x8B")) {
    throw InputError(name,
                     "looks like gzip-compressed data: decompress it first, e.g. "
                     "`zcat FILE | kealign ... -` or `gunzip FILE`");
  }
  if (const std::string_view encoding = ForeignByteOrderMark(text); !encoding.empty()) {
    throw InputError(name, fmt::format("the text is {}, not UTF-8: convert it first, e.g. with "
                                       "`iconv -f {} -t UTF-8`",
                                       encoding, encoding.substr(0, 6)));
  }
  if (const void* nul = std::memchr(text.data(), '\0', text.size()); nul != nullptr) {
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    throw InputError(name, LineOf(text, offset), offset,
                     "NUL byte: this looks like a binary file or UTF-16 text without a "
                     "byte-order mark; kealign reads UTF-8 text only");
  }
  // Validate before removing the mark so that reported offsets are offsets in the file.
  util::ValidateUtf8(text, name);
  if (text.starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
  if (text.empty()) throw InputError(name, "the input is empty: expected UTF-8 text");
  if (detail::IsBlank(text)) {
    throw InputError(name, "the input contains only whitespace: expected UTF-8 text");
  }
  return text;
}

std::string ReadText(std::istream& in, const std::string& name, std::uint64_t max_bytes) {
  std::string text;
  AppendStream(in, name, max_bytes, &text);
  return CheckText(std::move(text), name);
}

namespace {

// All of the file at `path` ("-": standard input), unchecked.
std::string ReadRawFile(const std::string& path, std::uint64_t max_bytes) {
  std::string text;
  if (path == "-") {
    AppendStream(std::cin, kStdinName, max_bytes, &text);
    return text;
  }
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) {
    throw InputError(path, "no such file");
  }
  if (error) throw InputError(path, fmt::format("cannot access: {}", error.message()));
  if (status.type() == fs::file_type::directory) {
    throw InputError(path, "is a directory, expected a text file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) {
    throw InputError(path, fmt::format("cannot open: {}", std::strerror(errno)));
  }
  if (status.type() == fs::file_type::regular) {
    const auto size = fs::file_size(path, error);
    if (!error) {
      // Refused before reading; the check while reading still catches a file that grows.
      CheckInputSize(size, max_bytes, path);
      text.reserve(static_cast<std::size_t>(size) + 1);
    }
  }
  AppendStream(in, path, max_bytes, &text);
  return text;
}

// The checked text of `raw` as a document without sentences, in NFC, mapped back to `raw`.
Document MakeTextDocument(std::string raw, std::string name) {
  const std::size_t mark = raw.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  std::string text = CheckText(std::move(raw), name);
  Document document;
  document.path = std::move(name);
  if (mark > 0) document.to_original.AddRewrite(0, 0, 0, mark);
  if (text::IsNfc(text)) {
    document.text = std::move(text);
  } else {
    document.text.reserve(text.size());
    text::AppendNfc(text, mark, &document.text, &document.to_original);
  }
  return document;
}

// Fills the sentences of `document` (text without sentences) from its lines, as
// `MakeLinesDocument` describes.
void SplitLines(Document* document) {
  const std::string_view view = document->text;
  int paragraph = 0;
  bool blank_line_seen = false;
  std::size_t line_begin = 0;
  while (line_begin < view.size()) {
    std::size_t line_end = view.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = view.size();
    const ByteSpan span = detail::TrimBlank(view, ByteSpan{line_begin, line_end});
    if (span.empty()) {
      blank_line_seen = true;
    } else {
      if (blank_line_seen && !document->sentences.empty()) ++paragraph;
      blank_line_seen = false;
      document->sentences.push_back(Sentence{span, paragraph, false});
    }
    line_begin = line_end + 1;
  }
}

}  // namespace

std::string ReadTextFile(const std::string& path, std::uint64_t max_bytes) {
  return CheckText(ReadRawFile(path, max_bytes), path == "-" ? kStdinName : path);
}

Document MakeLinesDocument(std::string text, std::string path) {
  return MakeDocument(std::move(text), std::move(path), InputMode::kLines);
}

Document ReadLinesDocument(std::istream& in, const std::string& name) {
  return MakeLinesDocument(ReadText(in, name), name);
}

Document ReadLinesDocument(const std::string& path, std::uint64_t max_bytes) {
  return ReadDocument(path, InputMode::kLines, max_bytes);
}

Document MakeDocument(std::string text, std::string path, InputMode mode) {
  Document document;
  document.path = std::move(path);
  document.text = std::move(text);
  text::NormalizeDocument(&document);
  if (mode == InputMode::kLines) SplitLines(&document);
  return document;
}

Document ReadDocument(const std::string& path, InputMode mode, std::uint64_t max_bytes) {
  Document document =
      MakeTextDocument(ReadRawFile(path, max_bytes), path == "-" ? kStdinName : path);
  if (mode == InputMode::kLines) SplitLines(&document);
  return document;
}

}  // namespace kealign::io
