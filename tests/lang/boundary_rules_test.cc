#include "kealign/lang/boundary_rules.h"

#include <doctest/doctest.h>

#include "block_test_util.h"

namespace kealign::lang {
namespace {

using testing::TestBlock;

}  // namespace

TEST_SUITE("lang") {
  TEST_CASE("each language asks for the optional rules it has") {
    const auto ko = MakeBoundaryRules(Language::kKorean);
    CHECK(ko->hooks().atomic_pairs);
    CHECK(ko->hooks().unpunctuated_ends);
    CHECK_FALSE(ko->hooks().datelines);
    CHECK_FALSE(ko->hooks().soft_cuts);
    const auto en = MakeBoundaryRules(Language::kEnglish);
    CHECK_FALSE(en->hooks().atomic_pairs);
    CHECK_FALSE(en->hooks().unpunctuated_ends);
    CHECK(en->hooks().datelines);
    CHECK(en->hooks().soft_cuts);
    CHECK_FALSE(
        MakeBoundaryRules(Language::kEnglish, {.soft_boundaries = false})->hooks().soft_cuts);
  }

  TEST_CASE("options reach the rules of their language") {
    const TestBlock b("\"적당히 쓰세요. 그리고 가세요.\" 그가 떠났다.");
    const std::size_t close = static_cast<std::size_t>(b.view().pairs()[0]);
    CHECK_FALSE(MakeBoundaryRules(Language::kKorean)->IsAtomicPair(b.view(), 0, close));
    CHECK(MakeBoundaryRules(Language::kKorean, {.keep_standalone_quotes_whole = true})
              ->IsAtomicPair(b.view(), 0, close));
  }

  TEST_CASE("rules a language lacks never cut") {
    const TestBlock dateline("talks ended WASHINGTON (CNN) — John McCain said");
    CHECK(
        MakeBoundaryRules(Language::kKorean)->DatelineStart(dateline.view(), dateline.Find("(")) ==
        0);
    const TestBlock korean("밥을 먹었다 그리고 잤다");
    const auto en = MakeBoundaryRules(Language::kEnglish);
    CHECK(en->CutAtSpace(korean.view(), korean.Find(" "), 0) == 0);
    CHECK_FALSE(en->IsAtomicPair(korean.view(), 0, 1));
  }

  TEST_CASE("a block view reads words and closing marks by code point") {
    const TestBlock b("“가나.”  다음 word");
    const BlockView& v = b.view();
    CHECK(v.size() == 14);
    CHECK(v.Bytes(1, 3) == "가나");
    CHECK(v.SkipClosers(4) == 5);
    CHECK(v.SkipSpaces(5) == 7);
    CHECK(v.WordEnd(7) == 9);
    CHECK(v.ByteAt(14) == std::string_view("“가나.”  다음 word").size());
    CHECK(v.StartsSentence(0));
    CHECK_FALSE(v.StartsSentence(10));  // "word": lower case
  }
}

}  // namespace kealign::lang
