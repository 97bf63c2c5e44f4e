#include "kealign/util/base64.h"

#include <doctest/doctest.h>

#include <string>

namespace kealign::util {
namespace {

std::string Decoded(std::string_view encoded) {
  std::string decoded;
  REQUIRE_FALSE(DecodeBase64(encoded, &decoded).has_value());
  return decoded;
}

TEST_SUITE("util") {
  TEST_CASE("base64 decodes the RFC 4648 test vectors - with and without padding") {
    CHECK(Decoded("") == "");
    CHECK(Decoded("Zg==") == "f");
    CHECK(Decoded("Zm8=") == "fo");
    CHECK(Decoded("Zm9v") == "foo");
    CHECK(Decoded("Zm9vYg==") == "foob");
    CHECK(Decoded("Zm9vYmE=") == "fooba");
    CHECK(Decoded("Zm9vYmFy") == "foobar");
    CHECK(Decoded("Zm9vYg") == "foob");
    CHECK(Decoded("7ZWc6rWt7Ja0Cg==") == "한국어\n");
  }

  TEST_CASE("base64 encoding round-trips every byte") {
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
    for (std::size_t length : {0, 1, 2, 3, 4, 255, 256}) {
      CAPTURE(length);
      CHECK(Decoded(EncodeBase64(bytes.substr(0, length))) == bytes.substr(0, length));
    }
    CHECK(EncodeBase64("foob") == "Zm9vYg==");
  }

  TEST_CASE("base64 names the offset of the first bad character") {
    std::string decoded;
    CHECK(DecodeBase64("Zm9v YmFy", &decoded) == std::optional<std::size_t>(4));
    CHECK(DecodeBase64("Zm9v\n", &decoded) == std::optional<std::size_t>(4));
    CHECK(DecodeBase64("Zm=v", &decoded) == std::optional<std::size_t>(2));
    CHECK(DecodeBase64("Zm9vY", &decoded).has_value());  // a lone sixth of a byte
    CHECK(DecodeBase64("Zg=", &decoded).has_value());    // padding short of a quad
    CHECK(DecodeBase64("Zg===", &decoded).has_value());
  }
}

}  // namespace
}  // namespace kealign::util
