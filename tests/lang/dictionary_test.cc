#include "kealign/lang/dictionary.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "kealign/error.h"
#include "kealign/util/utf8.h"

namespace kealign::lang {
namespace {

Dictionary ReadString(const std::string& content) {
  std::istringstream in(content);
  return ReadDictionary(in, "dict.txt");
}

std::string ErrorMessage(const std::string& content) {
  try {
    ReadString(content);
  } catch (const InputError& error) {
    return error.what();
  }
  return "(no error)";
}

bool IsHangul(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
         (cp >= 0x3130 && cp <= 0x318F);
}

bool HasHangulOrDigit(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = util::DecodeUtf8(text, &pos);
    if (IsHangul(cp) || (cp >= U'0' && cp <= U'9')) return true;
  }
  return false;
}

bool IsPlainEnglish(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
           c == '-' || c == '\'' || c == '.';
  });
}

const std::string kModelPath = std::string(KEALIGN_MODEL_DIR) + "/ko-en.dict";

// Bad entries reported one by one before the test only counts them.
constexpr std::size_t kMaxReported = 20;

}  // namespace

TEST_SUITE("lang") {
  TEST_CASE("dictionary reader returns entries in file order with sides named by language") {
    const Dictionary dictionary = ReadString("eat @ 먹\nNew York @ 뉴욕\nat least @ 최소\n");
    REQUIRE(dictionary.entries.size() == 3);
    CHECK(dictionary.entries[0].english == "eat");
    CHECK(dictionary.entries[0].korean == "먹");
    CHECK(dictionary.entries[1].english == "New York");
    CHECK(dictionary.entries[1].korean == "뉴욕");
    CHECK(dictionary.entries[2].english == "at least");
    CHECK(dictionary.entries[2].korean == "최소");
  }

  TEST_CASE("dictionary reader tolerates CRLF - blank lines - a BOM and surrounding whitespace") {
    const Dictionary dictionary = ReadString(
        "\xEF\xBB\xBFgo @ 가\r\n\r\n   \n\t big  \t@   크 \r\nNew   York @ 뉴욕\n\nlast @ 마지막");
    REQUIRE(dictionary.entries.size() == 4);
    CHECK(dictionary.entries[0].english == "go");
    CHECK(dictionary.entries[0].korean == "가");
    CHECK(dictionary.entries[1].english == "big");
    CHECK(dictionary.entries[1].korean == "크");
    CHECK(dictionary.entries[2].english == "New York");
    CHECK(dictionary.entries[3].english == "last");
    CHECK(dictionary.entries[3].korean == "마지막");
  }

  TEST_CASE("dictionary reader keeps a duplicate entry once but keeps every translation") {
    const Dictionary dictionary =
        ReadString("one @ 하나\none @ 일\none  @ 하나\r\none @ 하나\nfirst @ 일\n");
    REQUIRE(dictionary.entries.size() == 3);
    CHECK(dictionary.entries[0].korean == "하나");
    CHECK(dictionary.entries[1].korean == "일");
    CHECK(dictionary.entries[1].english == "one");
    CHECK(dictionary.entries[2].english == "first");
    CHECK(dictionary.entries[2].korean == "일");
  }

  TEST_CASE("dictionary reader treats an @ inside a word as part of the word") {
    const Dictionary dictionary = ReadString("user@host @ 사용자@호스트\n@home @ 집에서\n");
    REQUIRE(dictionary.entries.size() == 2);
    CHECK(dictionary.entries[0].english == "user@host");
    CHECK(dictionary.entries[0].korean == "사용자@호스트");
    CHECK(dictionary.entries[1].english == "@home");
  }

  TEST_CASE("dictionary reader of an empty stream returns no entries") {
    CHECK(ReadString("").entries.empty());
    CHECK(ReadString("\n\r\n  \n").entries.empty());
  }

  TEST_CASE("dictionary reader rejects malformed lines naming file and line") {
    SUBCASE("no separator") {
      CHECK(ErrorMessage("eat @ 먹\ndrink 마시\n") ==
            "dict.txt:line 2: no \" @ \" separator; expected \"english @ korean\"");
      CHECK(ErrorMessage("eat@먹\n") ==
            "dict.txt:line 1: no \" @ \" separator; expected \"english @ korean\"");
    }
    SUBCASE("two separators") {
      CHECK(ErrorMessage("\n\neat @ 먹 @ 드시\n") ==
            "dict.txt:line 3: more than one \" @ \" separator; expected exactly one, as in "
            "\"english @ korean\"");
    }
    SUBCASE("empty English side") {
      CHECK(ErrorMessage("eat @ 먹\r\n  @ 마시\r\n") ==
            "dict.txt:line 2: empty English side before \" @ \"; expected \"english @ korean\"");
    }
    SUBCASE("empty Korean side") {
      CHECK(ErrorMessage("drink @\n") ==
            "dict.txt:line 1: empty Korean side after \" @ \"; expected \"english @ korean\"");
      CHECK(ErrorMessage("drink @   \t\n") ==
            "dict.txt:line 1: empty Korean side after \" @ \"; expected \"english @ korean\"");
    }
    SUBCASE("invalid UTF-8 gives line and stream byte offset") {
      // Line 2 starts at byte 10 ("eat @ 먹" is 9 bytes + newline); the bad byte is 8 further.
      CHECK(ErrorMessage("eat @ 먹\ndrink @ \xC0\xAF\n") ==
            "dict.txt:line 2: byte 18: invalid UTF-8 (convert the file to UTF-8 first, e.g. "
            "with iconv)");
    }
  }

  TEST_CASE("dictionary reader reports an error as InputError with path and line accessors") {
    std::istringstream in("a @ 가\nbroken\n");
    try {
      ReadDictionary(in, "x.dict");
      FAIL("expected InputError");
    } catch (const InputError& error) {
      CHECK(error.path() == "x.dict");
      CHECK(error.line() == 2);
      CHECK_FALSE(error.byte_offset().has_value());
    }
  }

  TEST_CASE("dictionary reader of a missing path throws InputError naming the path") {
    const std::string path = std::string(KEALIGN_TEST_DATA_DIR) + "/no-such-file.dict";
    CHECK_THROWS_WITH_AS(
        ReadDictionary(path),
        (path + ": cannot open dictionary file (No such file or directory)").c_str(), InputError);
  }

  TEST_CASE("shipped ko-en.dict loads with at least 5 000 well-formed entries") {
    const Dictionary dictionary = ReadDictionary(kModelPath);
    CHECK(dictionary.entries.size() >= 5000);
    std::size_t bad_korean = 0;
    std::size_t bad_english = 0;
    for (const DictionaryEntry& entry : dictionary.entries) {
      if (!HasHangulOrDigit(entry.korean) && ++bad_korean <= kMaxReported) {
        FAIL_CHECK("Korean side without Hangul or digits: " << entry.english << " @ "
                                                            << entry.korean);
      }
      if (!IsPlainEnglish(entry.english) && ++bad_english <= kMaxReported) {
        FAIL_CHECK("English side with other characters: " << entry.english << " @ "
                                                          << entry.korean);
      }
    }
    CHECK(bad_korean == 0);
    CHECK(bad_english == 0);
  }

  TEST_CASE("shipped ko-en.dict is canonical: no blank - padded - comment or duplicate lines") {
    std::ifstream in(kModelPath, std::ios::binary);
    REQUIRE(in);
    std::set<std::string> seen;
    std::string line;
    std::size_t line_number = 0;
    std::size_t problems = 0;
    while (std::getline(in, line)) {
      ++line_number;
      const std::size_t separator = line.find(" @ ");
      const bool canonical =
          !line.empty() && line.front() != ' ' && line.back() != ' ' &&
          line.find('\r') == std::string::npos && line.find('\t') == std::string::npos &&
          line.find("  ") == std::string::npos && line.front() != '#' &&
          separator != std::string::npos && line.find(" @ ", separator + 1) == std::string::npos;
      const bool duplicate = !seen.insert(line).second;
      if ((!canonical || duplicate) && ++problems <= kMaxReported) {
        FAIL_CHECK("line " << line_number << ": '" << line << "'"
                           << std::string(duplicate ? " is a duplicate" : " is not canonical"));
      }
    }
    CHECK(line_number >= 5000);
    CHECK(problems == 0);
  }

  TEST_CASE("shipped ko-en.dict holds the core entries of each category") {
    const Dictionary dictionary = ReadDictionary(kModelPath);
    std::set<std::pair<std::string, std::string>> pairs;
    for (const DictionaryEntry& entry : dictionary.entries) {
      pairs.emplace(entry.english, entry.korean);
    }
    const std::vector<std::pair<std::string, std::string>> expected = {{"and", "그리고"},
                                                                       {"but", "하지만"},
                                                                       {"with", "와"},
                                                                       {"invest", "투자하"},
                                                                       {"investment", "투자"},
                                                                       {"eat", "먹"},
                                                                       {"go", "가"},
                                                                       {"big", "크"},
                                                                       {"one", "하나"},
                                                                       {"one", "일"},
                                                                       {"hundred", "백"},
                                                                       {"ten thousand", "만"},
                                                                       {"hundred million", "억"},
                                                                       {"April", "4월"},
                                                                       {"Monday", "월요일"},
                                                                       {"percent", "퍼센트"},
                                                                       {"dollar", "달러"},
                                                                       {"won", "원"},
                                                                       {"kilometer", "킬로미터"},
                                                                       {"people", "명"},
                                                                       {"New York", "뉴욕"},
                                                                       {"at least", "최소"},
                                                                       {"United Nations", "유엔"},
                                                                       {"Samsung", "삼성"},
                                                                       {"said", "말하"},
                                                                       {"announced", "발표하"},
                                                                       {"Korea", "한국"},
                                                                       {"Seoul", "서울"},
                                                                       {"Japan", "일본"},
                                                                       {"economy", "경제"}};
    // A pair, not a structured binding: doctest's INFO captures by reference in a lambda,
    // which clang 14 does not allow for bindings.
    for (const auto& entry : expected) {
      INFO(entry.first, " @ ", entry.second);
      CHECK(pairs.count(entry) == 1);
    }
  }
}

}  // namespace kealign::lang
