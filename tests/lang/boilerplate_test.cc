#include "kealign/lang/boilerplate.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "kealign/lang/english_abbreviations.h"

namespace kealign::lang {
namespace {

constexpr Language kEn = Language::kEnglish;
constexpr Language kKo = Language::kKorean;

// The lead phrase `LeadBoilerplateLength` finds at the start of `text`, as text.
std::string Lead(Language language, std::string_view text) {
  return std::string(text.substr(0, LeadBoilerplateLength(language, text)));
}

}  // namespace

TEST_SUITE("lang") {
  TEST_CASE("whole lines of web furniture are boilerplate") {
    struct Row {
      Language language;
      std::string_view text;
    };
    for (const Row& row : {
             Row{kEn, "Advertisement"},
             Row{kEn, "ADVERTISEMENT"},
             Row{kEn, "Story continues below advertisement"},
             Row{kEn, "Image caption"},
             Row{kEn, "Image copyright Getty Images"},
             Row{kEn, "Photo: Reuters"},
             Row{kEn, "Photo: The New York Times"},
             Row{kEn, "Comments (0)"},
             Row{kEn, "Comments (1,024)"},
             Row{kEn, "12 comments"},
             Row{kEn, "Share this article"},
             Row{kEn, "Sign up for our newsletter"},
             Row{kEn, "Follow us on Facebook"},
             Row{kEn, "Read more:"},
             Row{kEn, "Related articles"},
             Row{kEn, "Click here to subscribe"},
             Row{kEn, "All rights reserved."},
             Row{kEn, "\u00A9 2025 Example Media"},
             Row{kEn, "Copyright 2025 Example Media Inc. All rights reserved."},
             Row{kEn, "Copyright \u00A9 Example Media"},
             Row{kEn, "Copyright 2025"},
             Row{kEn, "Photo: courtesy of the family"},
             Row{kEn, "Updated: 3:45 p.m. ET"},
             Row{kEn, "Photo: AP Photo/Ahn Young-joon, File."},
             Row{kKo, "사진: 뉴욕 타임스 제공"},
             Row{kKo, "사진: 연합뉴스"},
             Row{kKo, "사진=연합뉴스"},
             Row{kKo, "사진 = 뉴스1"},
             Row{kKo, "댓글 (0)"},
             Row{kKo, "댓글 0"},
             Row{kKo, "좋아요 0"},
             Row{kEn, "12 likes"},
             Row{kKo, "광고"},
             Row{kKo, "무단 전재 및 재배포 금지"},
             Row{kKo, "무단전재 및 재배포금지"},
             Row{kKo, "<저작권자 \u24D2 연합뉴스, 무단 전재-재배포 금지>"},
             Row{kKo, "홍길동 기자"},
             Row{kKo, "공유하기"},
             Row{kKo, "구독"},
             Row{kKo, "관련 기사"},
             Row{kKo, "All rights reserved"},
         }) {
      CAPTURE(row.text);
      CHECK(IsBoilerplate(row.language, row.text));
    }
  }

  TEST_CASE("prose that contains the words is not boilerplate") {
    struct Row {
      Language language;
      std::string_view text;
    };
    for (const Row& row : {
             Row{kEn, "The advertisement ran for weeks."},
             Row{kEn, "Advertisement revenue fell."},
             Row{kEn, "Read more about it in the report."},
             Row{kEn, "Share prices fell sharply on Monday."},
             Row{kEn, "Comments by the minister angered voters."},
             Row{kEn, "Photo: one two three four five six seven eight nine ten"},
             Row{kEn, "Photo: Reuters |"},
             Row{kEn, "Copyright law changed. Artists sued."},  // a credit tail holds no sentence
             Row{kEn, "Copyright law changed."},
             Row{kEn, "Read more: The deal ends months of violence."},
             Row{kEn, "Source: the ministry said prices would rise."},
             Row{kKo, "출처: 통계청. 올해 성장률은 둔화했다."},
             Row{kKo, "사진: 뉴욕 타임스 정부는 발표했다."},
             Row{kKo, "사진: 이번 행사에는 모두 오백 명이 참석했다"},
             Row{kEn, ""},
             Row{kKo, "광고 효과가 컸다."},
             Row{kKo, "댓글을 남겨 주세요."},
             Row{kKo, "구독자가 늘었다."},
             Row{kKo, "정말 좋아요"},
             Row{kKo, "Advertisement"},  // English furniture in a Korean document: the other side
             Row{kEn, "광고"},
         }) {
      CAPTURE(row.text);
      CHECK_FALSE(IsBoilerplate(row.language, row.text));
    }
  }

  TEST_CASE("a lead phrase is found where it runs into the next sentence") {
    CHECK(Lead(kEn, "Advertisement The judiciary said so.") == "Advertisement");
    CHECK(Lead(kEn, "Story continues below advertisement It's unknown.") ==
          "Story continues below advertisement");
    CHECK(Lead(kEn, "Comments (0) Questioned about it, he said no.") == "Comments (0)");
    CHECK(Lead(kEn, "Follow us on Twitter The minister left.") == "Follow us on Twitter");
    CHECK(Lead(kEn, "Photo: Getty Images Ten miners survived.") == "Photo: Getty Images");
    CHECK(Lead(kEn, "Photo: AP Photo/Lee Jin-man “We are ready,” he said.") ==
          "Photo: AP Photo/Lee Jin-man");
    CHECK(Lead(kEn, "Photo: Department of Defense Troops left.") == "Photo: Department of Defense");
    CHECK(Lead(kKo, "댓글 (3) 정부는 발표했다.") == "댓글 (3)");
    CHECK(Lead(kKo, "무단 전재 및 재배포 금지 정부는 발표했다.") == "무단 전재 및 재배포 금지");
  }

  TEST_CASE("no lead phrase without a sentence after it or for common single words") {
    CHECK(Lead(kEn, "Advertisement") == "");              // a whole line: IsBoilerplate's case
    CHECK(Lead(kEn, "Advertisement.") == "");             // punctuation ends it anyway
    CHECK(Lead(kEn, "Share The news") == "");             // a single common word
    CHECK(Lead(kEn, "Photo: The New York Times") == "");  // the credit never ends
    CHECK(Lead(kKo, "광고 효과가 컸다.") == "");
    CHECK(Lead(kKo, "사진: 뉴욕 타임스 정부는 발표했다.") == "");  // where does the credit end?
  }

  TEST_CASE("news agencies of datelines are known by name") {
    CHECK(IsNewsAgency("CNN"));
    CHECK(IsNewsAgency("AP"));
    CHECK(IsNewsAgency("Reuters"));
    CHECK(IsNewsAgency("Yonhap"));
    CHECK_FALSE(IsNewsAgency("KTO"));
    CHECK_FALSE(IsNewsAgency("cnn"));
    CHECK_FALSE(IsNewsAgency(""));
  }

  TEST_CASE("wiki labels in square brackets are footnote labels in both languages") {
    CHECK(IsFootnoteLabel("편집"));
    CHECK(IsFootnoteLabel("출처 필요"));
    CHECK(IsFootnoteLabel("citation needed"));
    CHECK_FALSE(IsFootnoteLabel("Citation needed"));
    CHECK_FALSE(IsFootnoteLabel("[편집]"));
    CHECK_FALSE(IsFootnoteLabel("주"));
    CHECK_FALSE(IsFootnoteLabel(""));
  }

  TEST_CASE("soft openers and the words that keep a capitalised word in the sentence") {
    CHECK(ClassifySoftOpener("The") == SoftOpener::kBeforeLower);
    CHECK(ClassifySoftOpener("He") == SoftOpener::kBeforeLower);
    CHECK(ClassifySoftOpener("In") == SoftOpener::kAlways);
    CHECK(ClassifySoftOpener("However") == SoftOpener::kAlways);
    CHECK(ClassifySoftOpener("I") == SoftOpener::kNone);
    CHECK(ClassifySoftOpener("the") == SoftOpener::kNone);
    CHECK(ClassifySoftOpener("Police") == SoftOpener::kNone);
    CHECK(KeepsCapitalisedWordInSentence("in"));
    CHECK(KeepsCapitalisedWordInSentence("told"));
    CHECK(KeepsCapitalisedWordInSentence("movie"));
    CHECK(KeepsCapitalisedWordInSentence("vitamin"));
    CHECK_FALSE(KeepsCapitalisedWordInSentence("talks"));
    CHECK_FALSE(KeepsCapitalisedWordInSentence("In"));
  }
}

}  // namespace kealign::lang
