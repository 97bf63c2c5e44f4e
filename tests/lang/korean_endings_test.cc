#include "kealign/lang/korean_endings.h"

#include <doctest/doctest.h>

#include <string_view>

namespace kealign::lang {
namespace {

using E = KoreanEnding;

// Checks the class of each word of `words`.
void CheckAll(std::initializer_list<std::string_view> words, KoreanEnding expected) {
  for (std::string_view word : words) {
    CHECK_MESSAGE(ClassifyKoreanEnding(word) == expected, word);
  }
}

}  // namespace

TEST_SUITE("lang") {
  TEST_CASE("nominal -음 ends a sentence after a native stem but not after a Sino-Korean noun") {
    // ㅆ and ㅄ stems: past tense and 없다.
    CheckAll({"했음", "있었음", "없음", "먹었음"}, E::kStrong);
    // Finals no Sino-Korean syllable has (ㅎ ㅌ ㅈ ㅍ and clusters): adjectives and verbs.
    CheckAll({"좋음", "같음", "늦음", "싶음", "않음", "읽음", "밝음", "괜찮음", "넣음"}, E::kWeak);
    CheckAll({"먹음", "작음"}, E::kWeak);  // native stems closed by ㄱ
    // 音 nouns and nouns built on -음.
    CheckAll({"잡음", "복음", "발음", "녹음", "웃음", "믿음", "볶음", "마음", "처음", "다음"},
             E::kNone);
  }

  TEST_CASE("nominal -함 -임 -됨 -심 -움 and auxiliaries after -아/-어") {
    CheckAll({"꼼꼼함", "추천함", "불편함", "해야함", "좋아함"}, E::kWeak);
    // Two syllables are as often nouns, names or half of a compound: a boundary only before
    // an opener.
    CheckAll({"진함", "변함", "엘함"}, E::kAmbiguous);
    CheckAll({"포함", "군함", "사서함", "보관함"}, E::kNone);
    CheckAll({"실망임", "짱임", "'여자들'임"}, E::kWeak);
    CheckAll({"게임", "모임", "책임"}, E::kNone);
    CheckAll({"됨", "완료됨", "친절하심", "계심", "힘듦", "어려움", "귀여움", "웃김"}, E::kWeak);
    CheckAll({"점심", "관심", "오심", "도움", "싸움"}, E::kNone);
    CheckAll({"가져감", "밝아짐", "해줌", "나와봄", "보여줌"}, E::kWeak);
    CheckAll({"마감", "사람", "이름", "김", "어머님", "처럼"}, E::kNone);
  }

  TEST_CASE("a nominaliser on an open stem needs other evidence") {
    for (std::string_view word : {"빠름", "잠", "끝남", "옴", "세움"}) {
      CHECK_MESSAGE(EndsInNominaliser(word), word);
      CHECK_MESSAGE(ClassifyKoreanEnding(word) == E::kNone, word);
    }
    CHECK_FALSE(EndsInNominaliser("점점"));  // reduplicated adverb
    CHECK_FALSE(EndsInNominaliser("고객님"));
    CHECK_FALSE(EndsInNominaliser("먹었다"));
  }

  TEST_CASE("dialect and colloquial endings") {
    CheckAll({"먹었슈", "가유", "할겨", "했지롱", "없재", "싶았제", "하드라구", "보자구"},
             E::kWeak);
    CheckAll({"하더라고", "하드라고"}, E::kWeak);
    CheckAll({"쌓을라구", "할라구", "문제", "축제", "학교", "먹고"}, E::kNone);
    CheckAll({"버려", "기다려봐", "어려워", "우묵햐", "웃기다", "가다"}, E::kAmbiguous);
    CheckAll({"가져다", "앞치마에다", "바다"}, E::kNone);
  }

  TEST_CASE("words that join two parts of a sentence never follow its end") {
    CHECK(ContinuesKoreanSentence("두려움", E::kWeak, "및"));
    CHECK(ContinuesKoreanSentence("변함", E::kAmbiguous, "없는"));
    CHECK(ContinuesKoreanSentence("좋음", E::kWeak, "또는"));
    CHECK_FALSE(ContinuesKoreanSentence("좋음", E::kWeak, "등산"));
    CHECK(ContinuesKoreanSentence("간다", E::kStrong, "하드라고"));
    CHECK_FALSE(ContinuesKoreanSentence("됩니다", E::kStrong, "하드웨어는"));
  }

  TEST_CASE("dialect conjunctions and vocatives open sentences") {
    CHECK(ClassifyKoreanOpener("근디") == KoreanOpener::kConjunction);
    CHECK(ClassifyKoreanOpener("긍께") == KoreanOpener::kConjunction);
    CHECK(ClassifyKoreanOpener("얘들아") == KoreanOpener::kOpener);
  }
}

}  // namespace kealign::lang
