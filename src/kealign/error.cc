#include "kealign/error.h"

#include <fmt/format.h>
#include <unicode/utypes.h>

namespace kealign {
namespace {

std::string FormatInputError(const std::string& path, std::optional<std::size_t> line,
                             std::optional<std::size_t> byte_offset, const std::string& detail) {
  std::string message = path;
  if (line) message += fmt::format("{}line {}", message.empty() ? "" : ":", *line);
  if (byte_offset) message += fmt::format("{}byte {}", message.empty() ? "" : ": ", *byte_offset);
  if (!message.empty()) message += ": ";
  return message + detail;
}

}  // namespace

InputError::InputError(const std::string& path, const std::string& detail)
    : InputError(path, std::nullopt, std::nullopt, detail) {}

InputError::InputError(const std::string& path, std::optional<std::size_t> line,
                       std::optional<std::size_t> byte_offset, const std::string& detail)
    : Error(FormatInputError(path, line, byte_offset, detail)),
      path_(path),
      line_(line),
      byte_offset_(byte_offset) {}

void ThrowIfIcuError(int status, const char* what) {
  const auto code = static_cast<UErrorCode>(status);
  if (U_FAILURE(code)) {
    throw InternalError(fmt::format("ICU failed in {}: {}", what, u_errorName(code)));
  }
}

}  // namespace kealign
