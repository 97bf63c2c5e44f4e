// Base64 (RFC 4648, the standard alphabet `A–Z a–z 0–9 + /`), as Bitextor and Python's
// `base64.b64encode` write it: the document fields of `kealign stream --records bitextor`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kealign::util {

// Decodes `encoded` into `*decoded` (replacing its contents). Padding `=` is optional, but only
// at the end; no whitespace or line breaks are allowed (a TSV field holds none). Returns the
// 0-based offset of the first character that is not valid there, or nothing on success; then
// `*decoded` holds what came before it. Linear, one allocation.
std::optional<std::size_t> DecodeBase64(std::string_view encoded, std::string* decoded);

// `bytes` encoded with padding, on one line.
std::string EncodeBase64(std::string_view bytes);

}  // namespace kealign::util
