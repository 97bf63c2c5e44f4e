#include "kealign/text/sentence_splitter.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "kealign/util/utf8.h"

namespace kealign::text {
namespace {

// One table row: the input and the expected sentences. See the header of the TSV files for the
// format: `<P>` starts a new paragraph; prefixes mark a noise (`<N>`), boilerplate (`<B>`) or
// soft-start (`<S>`) sentence.
struct SplitCase {
  int line = 0;
  std::string input;
  std::vector<std::string> sentences;
  std::vector<int> paragraphs;
  std::vector<bool> noise;
  std::vector<bool> boilerplate;
  std::vector<bool> soft;
};

std::string Unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      if (c == 'n') {
        out += '\n';
      } else if (c == 't') {
        out += '\t';
      } else {
        out += c;
      }
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<SplitCase> ReadCases(const std::string& name) {
  std::filesystem::path path = std::filesystem::path(__FILE__).parent_path() / name;
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot open ", path.string());
  std::vector<SplitCase> cases;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cells.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    SplitCase c;
    c.line = line_number;
    c.input = Unescape(cells[0]);
    int paragraph = 0;
    for (std::size_t i = 1; i < cells.size(); ++i) {
      std::string_view cell = cells[i];
      if (cell == "<P>") {
        ++paragraph;
        continue;
      }
      bool noise = false;
      bool boilerplate = false;
      bool soft = false;
      for (bool found = true; found;) {
        found = true;
        if (cell.starts_with("<N>")) {
          noise = true;
        } else if (cell.starts_with("<B>")) {
          boilerplate = true;
        } else if (cell.starts_with("<S>")) {
          soft = true;
        } else {
          found = false;
        }
        if (found) cell.remove_prefix(3);
      }
      c.sentences.push_back(Unescape(cell));
      c.paragraphs.push_back(paragraph);
      c.noise.push_back(noise);
      c.boilerplate.push_back(boilerplate);
      c.soft.push_back(soft);
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || c == 0xA0 ||
         c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

// The invariant every split must keep: spans in order, non-overlapping, trimmed, and every
// non-whitespace code point of the input inside exactly one of them.
void CheckCoverage(std::string_view text, const std::vector<Sentence>& sentences) {
  std::size_t covered_to = 0;
  int last_paragraph = 0;
  for (const Sentence& s : sentences) {
    REQUIRE(s.span.begin >= covered_to);
    REQUIRE(s.span.end > s.span.begin);
    REQUIRE(s.span.end <= text.size());
    CHECK(s.paragraph >= last_paragraph);
    last_paragraph = s.paragraph;
    std::size_t pos = covered_to;
    while (pos < s.span.begin) {
      char32_t c = util::DecodeUtf8(text, &pos);
      CHECK_MESSAGE(IsSpace(c), "non-space U+", static_cast<unsigned>(c), " dropped at byte ", pos);
    }
    std::size_t first = s.span.begin;
    CHECK_FALSE(IsSpace(util::DecodeUtf8(text, &first)));
    std::size_t last = s.span.end - 1;
    while ((static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    CHECK_FALSE(IsSpace(util::DecodeUtf8(text, &last)));
    covered_to = s.span.end;
  }
  std::size_t pos = covered_to;
  while (pos < text.size()) {
    char32_t c = util::DecodeUtf8(text, &pos);
    CHECK_MESSAGE(IsSpace(c), "non-space U+", static_cast<unsigned>(c), " dropped at the end");
  }
}

std::string Show(std::string_view text, const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) {
    out += "\n  [";
    out += std::to_string(s.paragraph);
    out += s.is_noise ? " noise" : "";
    out += s.is_boilerplate ? " boilerplate" : "";
    out += s.soft_start ? " soft" : "";
    out += "] ";
    out += s.span.Of(text);
  }
  return out;
}

void RunTable(Language language, const std::string& file, std::size_t min_cases) {
  SentenceSplitter splitter(language);
  std::vector<SplitCase> cases = ReadCases(file);
  CHECK(cases.size() >= min_cases);
  int failures = 0;
  for (const SplitCase& c : cases) {
    std::vector<Sentence> got = splitter.Split(c.input);
    CheckCoverage(c.input, got);
    bool same = got.size() == c.sentences.size();
    for (std::size_t i = 0; same && i < got.size(); ++i) {
      same = got[i].span.Of(c.input) == c.sentences[i] && got[i].paragraph == c.paragraphs[i] &&
             got[i].is_noise == c.noise[i] && got[i].is_boilerplate == c.boilerplate[i] &&
             got[i].soft_start == c.soft[i];
    }
    if (!same) ++failures;
    CHECK_MESSAGE(same, file, ":", c.line, " got:", Show(c.input, got));
  }
  CHECK(failures == 0);
}

std::vector<std::string> Texts(std::string_view text, const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.emplace_back(s.span.Of(text));
  return out;
}

}  // namespace

TEST_SUITE("text") {
  TEST_CASE("splitter passes every Korean case in split_cases_ko.tsv") {
    RunTable(Language::kKorean, "split_cases_ko.tsv", 140);
  }

  // The held-out informal Korean (reviews, diary lines, chat, hashtags; also scored by
  // scripts/bench_split) is not tuned case by case, so it pins a floor, not every case: the
  // splitter before the nominal-ending model split 25 of its 46 cases right.
  TEST_CASE("splitter splits most held-out informal Korean in split_cases_ko_informal.tsv") {
    SentenceSplitter splitter(Language::kKorean);
    const std::vector<SplitCase> cases = ReadCases("split_cases_ko_informal.tsv");
    REQUIRE(cases.size() >= 46);
    std::size_t right = 0;
    for (const SplitCase& c : cases) {
      const std::vector<Sentence> got = splitter.Split(c.input);
      CheckCoverage(c.input, got);
      if (Texts(c.input, got) == c.sentences) {
        ++right;
      } else {
        MESSAGE("split_cases_ko_informal.tsv:", c.line, " got:", Show(c.input, got));
      }
    }
    CHECK(right >= 39);
  }

  TEST_CASE("splitter passes every English case in split_cases_en.tsv") {
    RunTable(Language::kEnglish, "split_cases_en.tsv", 80);
  }

  TEST_CASE("splitter returns nothing for empty or blank text") {
    SentenceSplitter splitter(Language::kKorean);
    CHECK(splitter.Split("").empty());
    CHECK(splitter.Split(" \n\t\n  \n").empty());
  }

  TEST_CASE("splitter reports byte spans into the original text") {
    SentenceSplitter splitter(Language::kKorean);
    std::string text = "  첫 문장이다.  둘째 문장이다.\n";
    std::vector<Sentence> got = splitter.Split(text);
    REQUIRE(got.size() == 2);
    CHECK(got[0].span == ByteSpan{2, 2 + std::string("첫 문장이다.").size()});
    CHECK(got[1].span.end == text.size() - 1);
  }

  TEST_CASE("splitter numbers paragraphs by blank lines") {
    SentenceSplitter splitter(Language::kEnglish);
    std::string text = "One.\nTwo.\n\n\nThree.\n \nFour.";
    std::vector<Sentence> got = splitter.Split(text);
    REQUIRE(got.size() == 4);
    CHECK(Texts(text, got) == std::vector<std::string>{"One.", "Two.", "Three.", "Four."});
    CHECK(got[0].paragraph == 0);
    CHECK(got[1].paragraph == 0);
    CHECK(got[2].paragraph == 1);
    CHECK(got[3].paragraph == 2);
  }

  TEST_CASE("splitting paragraphs together equals splitting each alone - offsets shifted") {
    for (Language language : {Language::kKorean, Language::kEnglish}) {
      SentenceSplitter splitter(language);
      std::vector<SplitCase> cases =
          ReadCases(language == Language::kKorean ? "split_cases_ko.tsv" : "split_cases_en.tsv");
      std::string document;
      std::vector<Sentence> expected;
      int paragraph_base = 0;
      for (const SplitCase& c : cases) {
        std::vector<Sentence> alone = splitter.Split(c.input);
        if (alone.empty()) continue;
        if (!document.empty()) document += "\n\n";
        const std::size_t shift = document.size();
        document += c.input;
        for (Sentence s : alone) {
          s.span.begin += shift;
          s.span.end += shift;
          s.paragraph += paragraph_base;
          expected.push_back(s);
        }
        paragraph_base = expected.back().paragraph + 1;
      }
      std::vector<Sentence> together = splitter.Split(document);
      CheckCoverage(document, together);
      REQUIRE(together.size() == expected.size());
      for (std::size_t i = 0; i < together.size(); ++i) {
        CHECK_MESSAGE(together[i] == expected[i], "sentence ", i, ": ",
                      together[i].span.Of(document));
      }
    }
  }

  TEST_CASE("splitter drops carriage returns of CRLF line ends from the spans") {
    SentenceSplitter splitter(Language::kEnglish);
    std::string text = "Headline\r\nFirst sentence. Second one.\r\n";
    CHECK(Texts(text, splitter.Split(text)) ==
          std::vector<std::string>{"Headline", "First sentence.", "Second one."});
  }

  TEST_CASE("splitter keeps standalone Korean quotations whole when asked") {
    const std::string text =
        "\"적당히 하세요. 그리고 내일 오세요.\" 그는 \"알겠다. 가겠다\"라고 답했다.";
    SentenceSplitter split(Language::kKorean);
    CHECK(Texts(text, split.Split(text)) ==
          std::vector<std::string>{"\"적당히 하세요.", "그리고 내일 오세요.\"",
                                   "그는 \"알겠다. 가겠다\"라고 답했다."});
    SplitOptions options;
    options.keep_standalone_quotes_whole = true;
    SentenceSplitter whole(Language::kKorean, options);
    CHECK(Texts(text, whole.Split(text)) ==
          std::vector<std::string>{"\"적당히 하세요. 그리고 내일 오세요.\"",
                                   "그는 \"알겠다. 가겠다\"라고 답했다."});
    // English quotations are split whatever the option says.
    SentenceSplitter english(Language::kEnglish, options);
    const std::string en = "\"Go home. Rest.\" He left.";
    CHECK(Texts(en, english.Split(en)) ==
          std::vector<std::string>{"\"Go home.", "Rest.\"", "He left."});
  }

  TEST_CASE("splitter stays inside the text when a UTF-8 sequence is cut short") {
    // Against the contract (valid UTF-8), but must not read out of bounds.
    for (std::string text :
         {std::string("끝이다.\xEA\xB0"), std::string("\xF0 a. b."), std::string("\xE0")}) {
      SentenceSplitter splitter(Language::kKorean);
      for (const Sentence& s : splitter.Split(text)) {
        CHECK(s.span.begin < s.span.end);
        CHECK(s.span.end <= text.size());
      }
    }
  }

  TEST_CASE("splitter keeps an unbalanced quotation from swallowing a long paragraph") {
    SentenceSplitter splitter(Language::kKorean);
    std::string text = "그는 \"이렇게 말했다.";
    for (int i = 0; i < 50; ++i) text += " 다음 문장이 이어진다.";
    std::vector<Sentence> got = splitter.Split(text);
    CHECK(got.size() == 51);
  }

  TEST_CASE("splitter can be moved and reused") {
    SentenceSplitter first(Language::kEnglish);
    SentenceSplitter second = std::move(first);
    CHECK(second.language() == Language::kEnglish);
    CHECK(second.Split("One. Two.").size() == 2);
    CHECK(second.Split("C.").size() == 1);
  }
}

}  // namespace kealign::text
