// Errors thrown by the kealign library.
//
// The library reports failures with exceptions derived from `kealign::Error`; the CLI converts
// them to one-line messages and exit codes at a single `catch`. Third-party status types (ICU's
// `UErrorCode`, SentencePiece's `util::Status`) are converted here and nowhere else.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace kealign {

// Base of every error the library throws. `what()` is a complete one-line message.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Bad user data or an unusable path. `what()` names the file and, where known, the 1-based line
// or the 0-based byte offset, e.g. `doc.ko.txt: byte 1234: invalid UTF-8 (...)`.
class InputError : public Error {
 public:
  // `path` may be empty for in-memory input; then the message starts with `detail` alone.
  InputError(const std::string& path, const std::string& detail);
  InputError(const std::string& path, std::optional<std::size_t> line,
             std::optional<std::size_t> byte_offset, const std::string& detail);

  const std::string& path() const { return path_; }
  std::optional<std::size_t> line() const { return line_; }
  std::optional<std::size_t> byte_offset() const { return byte_offset_; }

 private:
  std::string path_;
  std::optional<std::size_t> line_;
  std::optional<std::size_t> byte_offset_;
};

// A model file (SentencePiece, lexical model, dictionary) is missing or malformed.
class ModelError : public Error {
 public:
  using Error::Error;
};

// A bug in kealign: an invariant the library relies on did not hold.
class InternalError : public Error {
 public:
  using Error::Error;
};

// Throws `InternalError` naming `what` if `status` (an ICU `UErrorCode`) is a failure.
void ThrowIfIcuError(int status, const char* what);

}  // namespace kealign
