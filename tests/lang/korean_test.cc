#include "kealign/lang/korean.h"
#include "number_test_util.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace kealign::lang {
namespace {

using testing::Lines;

std::string Describe(std::string_view sentence) {
  return testing::DescribeMentions(sentence, FindKoreanNumbers(sentence));
}

TEST_SUITE("lang") {
  TEST_CASE("Korean digits with counters and units are single mentions") {
    CHECK(Describe("연구원 1,000명이 참가했다.") == Lines{"1,000 = 1000 cardinal"});
    CHECK(Describe("45명 이상을 접촉했다.") == Lines{"45 = 45 cardinal"});
    CHECK(Describe("최소 4명이 합류했다.") == Lines{"4 = 4 cardinal"});
    CHECK(Describe("성장률은 3.5%를 기록했다.") == Lines{"3.5% = 3.5 cardinal percent"});
    CHECK(Describe("3.5 퍼센트, 30프로, 0.25%p, 1.5%포인트") ==
          Lines{"3.5 퍼센트 = 3.5 cardinal percent", "30프로 = 30 cardinal percent",
                "0.25%p = 0.25 cardinal percent", "1.5%포인트 = 1.5 cardinal percent"});
    CHECK(Describe("28세의 창업자는 28살이다.") ==
          Lines{"28세 = 28 cardinal age", "28살 = 28 cardinal age"});
    CHECK(Describe("매출이 10배 늘었다.") == Lines{"10배 = 10 cardinal times"});
    CHECK(Describe("100만 배럴, 100배럴") ==
          Lines{"100만 = 1000000 cardinal", "100배럴 = 100 cardinal"});
  }

  TEST_CASE("Korean magnitudes multiply out across spaces") {
    CHECK(Describe("140억 달러 이상을 투자했다") ==
          Lines{"140억 달러 = 14000000000 cardinal dollar"});
    CHECK(Describe("최대 1억 달러에 달하는") == Lines{"1억 달러 = 100000000 cardinal dollar"});
    CHECK(Describe("1억 2천만 명") == Lines{"1억 2천만 = 120000000 cardinal"});
    CHECK(Describe("3조 원 규모") == Lines{"3조 원 = 3000000000000 cardinal won"});
    CHECK(Describe("1만 5천 명") == Lines{"1만 5천 = 15000 cardinal"});
    CHECK(Describe("3억 5000만 원") == Lines{"3억 5000만 원 = 350000000 cardinal won"});
    CHECK(Describe("1만 2000원") == Lines{"1만 2000원 = 12000 cardinal won"});
    CHECK(Describe("14.3억 엔") == Lines{"14.3억 엔 = 1430000000 cardinal yen"});
    CHECK(Describe("2천만 유로와 5백 위안") ==
          Lines{"2천만 유로 = 20000000 cardinal euro", "5백 위안 = 500 cardinal yuan"});
    CHECK(Describe("$140억") == Lines{"$140억 = 14000000000 cardinal dollar"});
    CHECK(Describe("백만 달러, 천만 원") ==
          Lines{"백만 달러 = 1000000 cardinal dollar", "천만 원 = 10000000 cardinal won"});
  }

  TEST_CASE("Korean magnitudes do not absorb a following unrelated number") {
    CHECK(Describe("3억 2024년") == Lines{"3억 = 300000000 cardinal", "2024년 = 2024 year"});
    CHECK(Describe("1억 5개국") == Lines{"1억 = 100000000 cardinal", "5 = 5 cardinal"});
    CHECK(Describe("1조 3조") ==
          Lines{"1조 = 1000000000000 cardinal", "3조 = 3000000000000 cardinal"});
  }

  TEST_CASE("Korean vague magnitudes are powers of ten marked approximate") {
    CHECK(Describe("수백억 달러를 투자하고 있다") ==
          Lines{"수백억 달러 = 10000000000 cardinal dollar ~"});
    CHECK(Describe("수십 년 동안 수천 명이") ==
          Lines{"수십 = 10 cardinal ~", "수천 = 1000 cardinal ~"});
    CHECK(Describe("수십만 명, 수백만 명, 몇십 개, 수조 원") ==
          Lines{"수십만 = 100000 cardinal ~", "수백만 = 1000000 cardinal ~", "몇십 = 10 cardinal ~",
                "수조 원 = 1000000000000 cardinal won ~"});
    CHECK(Describe("수십여 개") == Lines{"수십여 = 10 cardinal ~"});
  }

  TEST_CASE("Korean -odd suffix keeps the stated number") {
    CHECK(Describe("10여 명이 다쳤다") == Lines{"10여 = 10 cardinal"});
    CHECK(Describe("1만여 명") == Lines{"1만여 = 10000 cardinal"});
    // `여단` is a brigade, not "-odd".
    CHECK(Describe("2여단") == Lines{"2 = 2 cardinal"});
  }

  TEST_CASE("Korean years months days and weekdays") {
    CHECK(Describe("2024년 말까지") == Lines{"2024년 = 2024 year"});
    CHECK(Describe("2024년 11월 27일") ==
          Lines{"2024년 = 2024 year", "11월 = 11 month", "27일 = 27 day"});
    CHECK(Describe("11월 27일(수) 발표") ==
          Lines{"11월 = 11 month", "27일 = 27 day", "(수) = 3 weekday"});
    CHECK(Describe("지난 4월 메타가") == Lines{"4월 = 4 month"});
    CHECK(Describe("월요일에 발표했다. 일요일") ==
          Lines{"월요일 = 1 weekday", "일요일 = 7 weekday"});
    CHECK(Describe("2024.11.27 발표") == Lines{"2024 = 2024 year", "11 = 11 month", "27 = 27 day"});
    CHECK(Describe("2024. 3. 5. 발표") == Lines{"2024 = 2024 year", "3 = 3 month", "5 = 5 day"});
    CHECK(Describe("2024-11-27") == Lines{"2024 = 2024 year", "11 = 11 month", "27 = 27 day"});
    CHECK(Describe("기사 2005.10") == Lines{"2005 = 2005 year", "10 = 10 month"});
    CHECK(Describe("1990년대, 30대 남성") == Lines{"1990년대 = 1990 decade", "30대 = 30 decade"});
  }

  TEST_CASE("Korean durations are counts - not dates") {
    CHECK(Describe("52년 역사") == Lines{"52년 = 52 cardinal"});
    CHECK(Describe("19개월 만에") == Lines{"19개월 = 19 cardinal"});
    CHECK(Describe("1년 반 동안") == Lines{"1년 반 = 1.5 cardinal"});
    CHECK(Describe("3시간 반") == Lines{"3시간 반 = 3.5 cardinal"});
    CHECK(Describe("32일간") == Lines{"32일 = 32 cardinal"});
    CHECK(Describe("이틀째, 사흘 동안, 열흘") ==
          Lines{"이틀째 = 2 ordinal", "사흘 = 3 cardinal", "열흘 = 10 cardinal"});
  }

  TEST_CASE("Korean clock times read the day part and minutes") {
    CHECK(Describe("오후 3시에 만났다") == Lines{"오후 3시 = 15 time"});
    CHECK(Describe("오후 3시 30분") == Lines{"오후 3시 30분 = 15.5 time"});
    CHECK(Describe("오전 9시 반") == Lines{"오전 9시 반 = 9.5 time"});
    CHECK(Describe("밤 10시") == Lines{"밤 10시 = 22 time"});
    CHECK(Describe("오전 12시") == Lines{"오전 12시 = 0 time"});
    CHECK(Describe("15:30에") == Lines{"15:30 = 15.5 time"});
    CHECK(Describe("정오와 자정") == Lines{"정오 = 12 time", "자정 = 0 time"});
    CHECK(Describe("세 시 반") == Lines{"세 시 반 = 3.5 time"});
  }

  TEST_CASE("Korean ordinals") {
    CHECK(Describe("제3조와 제1조 제2항") ==
          Lines{"제3 = 3 ordinal", "제1 = 1 ordinal", "제2 = 2 ordinal"});
    CHECK(Describe("제 2차 회담") == Lines{"제 2 = 2 ordinal"});
    CHECK(Describe("세 번째 회의") == Lines{"세 번째 = 3 ordinal"});
    CHECK(Describe("두번째로") == Lines{"두번째 = 2 ordinal"});
    CHECK(Describe("3번째, 3위, 1등, 2차") ==
          Lines{"3번째 = 3 ordinal", "3위 = 3 ordinal", "1등 = 1 ordinal", "2차 = 2 ordinal"});
    CHECK(Describe("21세기, 10주년, 1분기") ==
          Lines{"21세기 = 21 ordinal", "10주년 = 10 ordinal", "1분기 = 1 ordinal"});
    CHECK(Describe("첫 번째, 첫째, 첫날, 첫 회의") ==
          Lines{"첫 번째 = 1 ordinal", "첫째 = 1 ordinal", "첫날 = 1 ordinal", "첫 = 1 ordinal"});
    CHECK(Describe("처음으로, 최초의") == Lines{"처음 = 1 ordinal", "최초 = 1 ordinal"});
    CHECK(Describe("둘째, 셋째") == Lines{"둘째 = 2 ordinal", "셋째 = 3 ordinal"});
    // `2차례` is "twice", `3차원` "three-dimensional".
    CHECK(Describe("2차례, 3차원") == Lines{"2차례 = 2 cardinal", "3차원 = 3 cardinal"});
  }

  TEST_CASE("Korean native numerals need a counter unless they are nouns") {
    CHECK(Describe("두 명이 참석했다") == Lines{"두 명 = 2 cardinal"});
    CHECK(Describe("다섯 명, 열두 살, 스무 살, 서른세 명") ==
          Lines{"다섯 명 = 5 cardinal", "열두 살 = 12 cardinal age", "스무 살 = 20 cardinal age",
                "서른세 명 = 33 cardinal"});
    CHECK(Describe("한 달러, 한 달, 두 배") ==
          Lines{"한 달러 = 1 cardinal dollar", "한 달 = 1 cardinal", "두 배 = 2 cardinal times"});
    CHECK(Describe("두명, 세가지, 한번") ==
          Lines{"두명 = 2 cardinal", "세가지 = 3 cardinal", "한번 = 1 cardinal"});
    CHECK(Describe("하나의 중국, 둘은") == Lines{"하나 = 1 cardinal", "둘 = 2 cardinal"});
    CHECK(Describe("절반") == Lines{"절반 = 0.5 cardinal"});
    CHECK(Describe("3분의 1") == Lines{"3분의 1 = 0.3333333333 cardinal"});
  }

  TEST_CASE("Korean words that start like numerals are not numbers") {
    CHECK(Describe("한국 세계 한편 세대 한 관계자 하나님 열심히 두개골 네트워크 넷플릭스").empty());
    CHECK(Describe("열린 회의, 둘러싼 논란, 열차, 세 나라의 정상") ==
          Lines{"세 나라 = 3 cardinal"});
    CHECK(Describe("한 시민이 백만장자 백악관 수도 수출 몇 명").empty());
    CHECK(Describe("문제1") == Lines{"1 = 1 cardinal"});  // `제` inside a word is not `제N`
  }

  TEST_CASE("Korean numbers never split 2024년 or 제1조 into two mentions") {
    CHECK(FindKoreanNumbers("2024년").size() == 1);
    CHECK(FindKoreanNumbers("제1조").size() == 1);
    CHECK(FindKoreanNumbers("제1조")[0].value == 1);
    CHECK(FindKoreanNumbers("1조")[0].value == 1e12);
  }

  TEST_CASE("FindKoreanNumbers reuses the output vector") {
    std::vector<NumberMention> mentions = {NumberMention{}};
    FindKoreanNumbers("없음", &mentions);
    CHECK(mentions.empty());
    FindKoreanNumbers("45명", &mentions);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].span == ByteSpan{0, 2});
  }

  TEST_CASE("StripKoreanParticle removes particles endings and plurals") {
    CHECK(StripKoreanParticle("메타가") == "메타");
    CHECK(StripKoreanParticle("구글에서") == "구글");
    CHECK(StripKoreanParticle("저커버그는") == "저커버그");
    CHECK(StripKoreanParticle("메타의") == "메타");
    CHECK(StripKoreanParticle("애플은") == "애플");
    CHECK(StripKoreanParticle("업그레이드를") == "업그레이드");
    CHECK(StripKoreanParticle("이라크와") == "이라크");
    CHECK(StripKoreanParticle("트위터로") == "트위터");
    CHECK(StripKoreanParticle("런던으로") == "런던");
    CHECK(StripKoreanParticle("서울로") == "서울");
    CHECK(StripKoreanParticle("구글도") == "구글");
    CHECK(StripKoreanParticle("워싱턴에서는") == "워싱턴");
    CHECK(StripKoreanParticle("엔지니어들의") == "엔지니어");
    CHECK(StripKoreanParticle("엔지니어들") == "엔지니어");
    CHECK(StripKoreanParticle("벤치마킹했다") == "벤치마킹");
    CHECK(StripKoreanParticle("벤치마킹하기로") == "벤치마킹");
    CHECK(StripKoreanParticle("업그레이드된") == "업그레이드");
    CHECK(StripKoreanParticle("OpenAI와") == "OpenAI");
    CHECK(StripKoreanParticle("왕이") == "왕");
  }

  TEST_CASE("StripKoreanParticle keeps words whose last syllable only looks like a particle") {
    CHECK(StripKoreanParticle("하와이") == "하와이");  // 이 follows a vowel: not the particle
    CHECK(StripKoreanParticle("인도") == "인도");      // would leave one syllable
    CHECK(StripKoreanParticle("트럼프") == "트럼프");
    CHECK(StripKoreanParticle("오바마") == "오바마");
    CHECK(StripKoreanParticle("가") == "가");
    CHECK(StripKoreanParticle("") == "");
    CHECK(StripKoreanParticle("Meta") == "Meta");
  }

  TEST_CASE("FindHangulWords returns runs of two or more syllables") {
    const std::string sentence = "메타(Meta)가 AI 분야에서 뉴욕 타임즈 에 답변";
    std::vector<std::string> words;
    for (const ByteSpan& span : FindHangulWords(sentence)) {
      words.emplace_back(span.Of(sentence));
    }
    CHECK(words == std::vector<std::string>{"메타", "분야에서", "뉴욕", "타임즈", "답변"});
  }
}

}  // namespace
}  // namespace kealign::lang
