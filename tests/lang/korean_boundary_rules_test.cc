#include "kealign/lang/korean_boundary_rules.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "block_test_util.h"

namespace kealign::lang {
namespace {

using testing::TestBlock;

// The text from the cut at the first space after `word` in `text`, or "<none>".
std::string AtSpaceAfter(std::string_view text, std::string_view word) {
  const TestBlock b(text);
  const KoreanBoundaryRules rules(/*keep_standalone_quotes_whole=*/false);
  const std::size_t space = b.view().WordEnd(b.Find(word));
  return b.From(rules.CutAtSpace(b.view(), space, 0));
}

// Whether the `nth` period of `text` continues the sentence (which starts at the block start).
bool Continues(std::string_view text, int nth = 0) {
  const TestBlock b(text);
  return KoreanBoundaryRules(/*keep_standalone_quotes_whole=*/false)
      .PeriodContinues(b.view(), b.Find(".", nth), 0);
}

// Whether the first pair of marks in `text`, opened by `open`, is atomic.
bool Atomic(std::string_view text, std::string_view open, bool keep_standalone_quotes_whole) {
  const TestBlock b(text);
  const std::size_t o = b.Find(open);
  const std::size_t c = static_cast<std::size_t>(b.view().pairs()[o]);
  return KoreanBoundaryRules(keep_standalone_quotes_whole).IsAtomicPair(b.view(), o, c);
}

// The text from the cut after the terminal run `run` (no closing marks after it), or "<none>".
std::string AfterTerminal(std::string_view text, std::string_view run, bool ellipsis = false) {
  const TestBlock b(text);
  const std::size_t first = b.Find(run);
  const std::size_t end = first + TestBlock(run).view().size();
  const bool exclaims = run.find_first_of("!?") != std::string_view::npos;
  const TerminalRun r{first,    end - 1,         end, b.view().SkipSpaces(end), ellipsis,
                      exclaims, /*closed=*/false};
  return b.From(KoreanBoundaryRules(false).CutAfterTerminal(b.view(), r, 0));
}

}  // namespace

TEST_SUITE("lang") {
  TEST_CASE("a Korean sentence ends at the space after a final ending") {
    // The cut falls at the space; the scanner trims it.
    CHECK(AtSpaceAfter("밥을 먹었다 그리고 잤다", "먹었다") == " 그리고 잤다");
    CHECK(AtSpaceAfter("오늘은 쉽니다 내일 봬요", "쉽니다") == " 내일 봬요");
    CHECK(AtSpaceAfter("학교에서 공부했다", "학교에서") == "<none>");            // a particle
    CHECK(AtSpaceAfter("밥을 먹었다 하더라도 배고프다", "먹었다") == "<none>");  // auxiliary
  }

  TEST_CASE("a run of hashtags is a unit of its own") {
    // Nothing inside the run ends a sentence, not even a tag with a final ending.
    CHECK(AtSpaceAfter("#맛집 #맛있다 #서울", "#맛있다") == "<none>");
    // The run ends where prose goes on, and prose with a final ending ends before it.
    CHECK(AtSpaceAfter("#카페 #일상 오늘도 출근", "#일상") == " 오늘도 출근");
    CHECK(AtSpaceAfter("카페 다녀옴 #카페 #일상", "다녀옴") == " #카페 #일상");
    // A tag line at the end of the block follows any word but a particle or a modifier.
    CHECK(AtSpaceAfter("제주 여행 #제주", "여행") == " #제주");
    CHECK(AtSpaceAfter("맛있는 #라떼", "맛있는") == "<none>");
    // One tag inside a sentence is a word of it.
    CHECK(AtSpaceAfter("이 카페 #라떼 맛집이에요", "카페") == "<none>");
  }

  TEST_CASE("a nominal form is a verb after an adverb that needs one") {
    CHECK(AtSpaceAfter("어제 늦게 잠 오늘 피곤함", "잠") == " 오늘 피곤함");
    CHECK(AtSpaceAfter("그에게 황금 왕관을 주었다", "황금") == "<none>");  // 에게 is a particle
    CHECK(AtSpaceAfter("시험 끝남 내일 놀자", "끝남") == "<none>");        // no evidence
    CHECK(AtSpaceAfter("거기 가지 마 위험해", "마") == " 위험해");
  }

  TEST_CASE("laughter opening a sentence belongs to it") {
    CHECK(AtSpaceAfter("ㅋㅋㅋ 진짜 웃기다", "ㅋㅋㅋ") == "<none>");
    CHECK(AtSpaceAfter("진짜 ㅋㅋㅋ 웃기다", "ㅋㅋㅋ") == " 웃기다");
  }

  TEST_CASE("emoticons after a Korean sentence stay with it") {
    CHECK(AtSpaceAfter("좋아요ㅎㅎ 다음에 봐요", "좋아요") == " 다음에 봐요");
    CHECK(AtSpaceAfter("맛있다 ㅋㅋ 근데 비싸다", "맛있다") == " 근데 비싸다");
  }

  TEST_CASE("emoticons attached before Hangul end a Korean sentence after a final ending") {
    const KoreanBoundaryRules rules(false);
    const TestBlock emoji("같아요😀하지만 아니다");
    CHECK(rules.EndsAfterDecoration(emoji.view(), emoji.Find("😀"), 0));
    const TestBlock laughter("먹었다ㅋㅋ근데");
    CHECK(rules.EndsAfterDecoration(laughter.view(), laughter.Find("ㅋ", 1), 0));
    const TestBlock tilde("먹었다~근데");  // one ~ or ^ is too weak a sign
    CHECK_FALSE(rules.EndsAfterDecoration(tilde.view(), tilde.Find("~"), 0));
    const TestBlock tildes("먹었다~~근데");
    CHECK(rules.EndsAfterDecoration(tildes.view(), tildes.Find("~", 1), 0));
    const TestBlock noun("학교😀하지만");
    CHECK_FALSE(rules.EndsAfterDecoration(noun.view(), noun.Find("😀"), 0));
  }

  TEST_CASE("a period after a Korean enumerator or inside a spaced date continues the sentence") {
    CHECK(Continues("가. 첫째 항목"));
    CHECK(Continues("제1조. 목적"));
    CHECK_FALSE(Continues("그러나. 다음"));
    CHECK(Continues("2024. 11. 27. 발표", 0));
    CHECK(Continues("2024. 11. 27. 발표", 1));
    CHECK(Continues("2024. 11. 27. 발표", 2));  // the day before a noun
    CHECK_FALSE(Continues("2024. 11. 27. The end", 2));
    CHECK_FALSE(Continues("회의는 끝났다. 다음"));
  }

  TEST_CASE("Korean text keeps English abbreviations and Hangul after them") {
    CHECK(Continues("Dr. Kim이 왔다"));
    CHECK(Continues("Apple Inc. 는 발표했다"));
  }

  TEST_CASE("a Korean quotation is atomic only when embedded in a longer sentence") {
    CHECK(Atomic("그는 \"한다. 한다\"라고 말했다.", "\"", false));
    CHECK(Atomic("\"한다. 한다\" 하며 웃었다.", "\"", false));
    CHECK_FALSE(Atomic("\"적당히 쓰세요. 그리고 가세요.\" 그가 떠났다.", "\"", false));
    CHECK(Atomic("\"적당히 쓰세요. 그리고 가세요.\" 그가 떠났다.", "\"", true));
    CHECK(Atomic("그는 (첫째. 둘째.) 말했다.", "(", false));  // brackets always
    const std::string long_quote = "그는 \"" + std::string(2400, 'a') + "\"라고 말했다.";
    CHECK_FALSE(Atomic(long_quote, "\"", false));
  }

  TEST_CASE("Korean sentences end after terminal punctuation unless a quotative follows") {
    CHECK(AfterTerminal("끝났다. 그러나 시작", ".") == " 그러나 시작");
    CHECK(AfterTerminal("끝났다.그러나 시작", ".") == "그러나 시작");  // a missing space
    CHECK(AfterTerminal("Inc.는 컸다", ".") == "<none>");
    CHECK(AfterTerminal("뭐지?? 하고 검색했다", "??") == "<none>");
    CHECK(AfterTerminal("되나? 싶었는데 됐다", "?") == "<none>");
    CHECK(AfterTerminal("친해지지만.. 그녀는", "..", /*ellipsis=*/true) == "<none>");
    CHECK(AfterTerminal("안되고.. 아무튼 좋다", "..", /*ellipsis=*/true) == " 아무튼 좋다");
    CHECK(AfterTerminal("먹었다! ㅋㅋ 근데", "!") == " 근데");
  }
}

}  // namespace kealign::lang
