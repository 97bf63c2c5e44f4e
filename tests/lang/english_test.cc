#include "kealign/lang/english.h"
#include "kealign/lang/english_abbreviations.h"
#include "number_test_util.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "kealign/lang/korean.h"

namespace kealign::lang {
namespace {

using testing::Lines;

std::string Describe(std::string_view sentence) {
  return testing::DescribeMentions(sentence, FindEnglishNumbers(sentence));
}

// The keys of the only mention in each sentence; fails the test if there is not exactly one.
std::uint64_t OnlyKey(const std::vector<NumberMention>& mentions, std::string_view sentence) {
  INFO("sentence: ", sentence);
  REQUIRE(mentions.size() == 1);
  return NumberKey(mentions[0]);
}

TEST_SUITE("lang") {
  TEST_CASE("English digits with separators decimals and scale words") {
    CHECK(Describe("More than 1,000 researchers joined.") == Lines{"1,000 = 1000 cardinal"});
    CHECK(Describe("He contacted 45 researchers.") == Lines{"45 = 45 cardinal"});
    CHECK(Describe("1.5 million users and 120 million people") ==
          Lines{"1.5 million = 1500000 cardinal", "120 million = 120000000 cardinal"});
    CHECK(Describe("3 trillion won") == Lines{"3 trillion won = 3000000000000 cardinal won"});
    CHECK(Describe("lists 1,2,3") == Lines{"1 = 1 cardinal", "2 = 2 cardinal", "3 = 3 cardinal"});
  }

  TEST_CASE("English money and percentages keep the unit apart") {
    CHECK(Describe("It invested $14 billion.") ==
          Lines{"$14 billion = 14000000000 cardinal dollar"});
    CHECK(Describe("US$14.3 billion, $14bn, $3m") ==
          Lines{"US$14.3 billion = 14300000000 cardinal dollar",
                "$14bn = 14000000000 cardinal dollar", "$3m = 3000000 cardinal dollar"});
    CHECK(Describe("14 billion dollars and 5 euros") ==
          Lines{"14 billion dollars = 14000000000 cardinal dollar", "5 euros = 5 cardinal euro"});
    CHECK(Describe("£27bn and €5 and ¥100") == Lines{"£27bn = 27000000000 cardinal pound",
                                                     "€5 = 5 cardinal euro",
                                                     "¥100 = 100 cardinal yen"});
    CHECK(Describe("3.5%, 3.5 percent, 3.5 per cent, 0.25 percentage points") ==
          Lines{"3.5% = 3.5 cardinal percent", "3.5 percent = 3.5 cardinal percent",
                "3.5 per cent = 3.5 cardinal percent",
                "0.25 percentage points = 0.25 cardinal percent"});
    CHECK(Describe("three percent") == Lines{"three percent = 3 cardinal percent"});
  }

  TEST_CASE("English number words") {
    CHECK(Describe("At least four joined.") == Lines{"four = 4 cardinal"});
    CHECK(Describe("twenty-one guns and twenty one days") ==
          Lines{"twenty-one = 21 cardinal", "twenty one = 21 cardinal"});
    CHECK(Describe("one hundred and twenty; two hundred fifty thousand") ==
          Lines{"one hundred and twenty = 120 cardinal",
                "two hundred fifty thousand = 250000 cardinal"});
    CHECK(Describe("a dozen eggs, three dozen men, a million, a hundred") ==
          Lines{"a dozen = 12 cardinal", "three dozen = 36 cardinal",
                "a million = 1000000 cardinal", "a hundred = 100 cardinal"});
    CHECK(Describe("half of them") == Lines{"half = 0.5 cardinal"});
    CHECK(Describe("two-thirds, a third of voters, one-third, three quarters") ==
          Lines{"two-thirds = 0.6666666667 cardinal", "a third = 0.3333333333 cardinal",
                "one-third = 0.3333333333 cardinal", "three quarters = 0.75 cardinal"});
    CHECK(Describe("one two") == Lines{"one = 1 cardinal", "two = 2 cardinal"});
  }

  TEST_CASE("English vague magnitudes are powers of ten marked approximate") {
    CHECK(Describe("tens of billions of dollars") ==
          Lines{"tens of billions of dollars = 10000000000 cardinal dollar ~"});
    CHECK(Describe("hundreds of thousands of people; dozens were hurt") ==
          Lines{"hundreds of thousands = 100000 cardinal ~", "dozens = 10 cardinal ~"});
    CHECK(Describe("hundreds of people, thousands of, millions of dollars") ==
          Lines{"hundreds = 100 cardinal ~", "thousands = 1000 cardinal ~",
                "millions of dollars = 1000000 cardinal dollar ~"});
    CHECK(Describe("several hundred people, a few thousand") ==
          Lines{"hundred = 100 cardinal ~", "thousand = 1000 cardinal ~"});
    CHECK(Describe("for decades") == Lines{"decades = 10 cardinal ~"});
    CHECK(Describe("tens of people").empty());
  }

  TEST_CASE("English multipliers and ages") {
    CHECK(Describe("10x, tenfold, 10 times, 10-fold, twice, doubled") ==
          Lines{"10x = 10 cardinal times", "tenfold = 10 cardinal times",
                "10 times = 10 cardinal times", "10-fold = 10 cardinal times",
                "twice = 2 cardinal times", "doubled = 2 cardinal times"});
    CHECK(Describe("The 28-year-old founder is 28 years old") ==
          Lines{"28-year-old = 28 cardinal age", "28 years old = 28 cardinal age"});
    CHECK(Describe("a twenty-eight-year-old") == Lines{"twenty-eight-year-old = 28 cardinal age"});
    CHECK(Describe("a 52-year history") == Lines{"52 = 52 cardinal"});
    CHECK(Describe("double-digit growth").empty());
  }

  TEST_CASE("English ordinals") {
    CHECK(Describe("3rd, 21st century, 10th anniversary") ==
          Lines{"3rd = 3 ordinal", "21st = 21 ordinal", "10th = 10 ordinal"});
    CHECK(Describe("the third meeting, twenty-first, hundredth") ==
          Lines{"third = 3 ordinal", "twenty-first = 21 ordinal", "hundredth = 100 ordinal"});
    CHECK(Describe("No. 1, first quarter, Q1, #2") ==
          Lines{"No. 1 = 1 ordinal", "first = 1 ordinal", "Q1 = 1 ordinal", "#2 = 2 ordinal"});
    CHECK(Describe("a second term") == Lines{"second = 2 ordinal"});
    CHECK(Describe("per second, no. 5") == Lines{"5 = 5 cardinal"});
  }

  TEST_CASE("English words that are numbers only sometimes") {
    CHECK(Describe("No one knows; the one who; one another").empty());
    CHECK(Describe("one of them") == Lines{"one = 1 cardinal"});
    CHECK(Describe("ten meters per second") == Lines{"ten = 10 cardinal"});
    CHECK(Describe("Theresa May said it may rain; they march").empty());
    CHECK(Describe("in May, March 3, since March") ==
          Lines{"May = 5 month", "March = 3 month", "3 = 3 day", "March = 3 month"});
    CHECK(Describe("april showers on monday").empty());
    CHECK(Describe("Jun Kim").empty());
    CHECK(Describe("A man").empty());
  }

  TEST_CASE("English years decades dates and weekdays") {
    CHECK(Describe("It will be done by late 2024.") == Lines{"2024 = 2024 year"});
    CHECK(Describe("in 2,024 cases") == Lines{"2,024 = 2024 cardinal"});
    CHECK(Describe("In April, on Monday") == Lines{"April = 4 month", "Monday = 1 weekday"});
    CHECK(Describe("On Nov. 27, 2024") ==
          Lines{"Nov. = 11 month", "27 = 27 day", "2024 = 2024 year"});
    CHECK(Describe("November 27th and 27 November") ==
          Lines{"November = 11 month", "27th = 27 day", "27 = 27 day", "November = 11 month"});
    CHECK(Describe("2024-11-27 and 11/27/2024") == Lines{"2024 = 2024 year", "11 = 11 month",
                                                         "27 = 27 day", "11 = 11 month",
                                                         "27 = 27 day", "2024 = 2024 year"});
    CHECK(Describe("in the 1990s, in his 30s") == Lines{"1990s = 1990 decade", "30s = 30 decade"});
    CHECK(Describe("two decades, a decade") ==
          Lines{"two decades = 20 cardinal", "a decade = 10 cardinal"});
  }

  TEST_CASE("English clock times") {
    CHECK(Describe("at 3 p.m., at 3pm, at 3 PM") ==
          Lines{"3 p.m. = 15 time", "3pm = 15 time", "3 PM = 15 time"});
    CHECK(Describe("at 3:30 p.m. and 15:30 and 12 a.m.") ==
          Lines{"3:30 p.m. = 15.5 time", "15:30 = 15.5 time", "12 a.m. = 0 time"});
    CHECK(Describe("at noon, at midnight, at 10 o'clock") ==
          Lines{"noon = 12 time", "midnight = 0 time", "10 o'clock = 10 time"});
    CHECK(Describe("at 1 in the morning") == Lines{"1 in the morning = 1 time"});
  }

  TEST_CASE("English digits glued to letters are plain numbers") {
    CHECK(Describe("the G20, an A380, 5km, 4GB") ==
          Lines{"20 = 20 cardinal", "380 = 380 cardinal", "5 = 5 cardinal", "4 = 4 cardinal"});
  }

  TEST_CASE("Korean and English mentions of the same number share a key") {
    struct Case {
      std::string_view korean;
      std::string_view english;
    };
    const Case cases[] = {
        {"1,000명", "1,000"},
        {"3.5%", "3.5 percent"},
        {"3.5%", "3.5%"},
        {"2024년", "2024"},
        {"45명", "45"},
        {"140억 달러", "$14 billion"},
        {"1억", "100 million"},
        {"1억 2천만", "120 million"},
        {"3조", "3 trillion"},
        {"수백억 달러", "tens of billions of dollars"},
        {"4월", "April"},
        {"월요일", "Monday"},
        {"28세", "28-year-old"},
        {"28살", "28 years old"},
        {"10배", "10x"},
        {"10배", "tenfold"},
        {"10배", "10 times"},
        {"최소 4명", "at least four"},
        {"두 명", "two"},
        {"세 번째", "third"},
        {"세 번째", "3rd"},
        {"제3", "third"},
        {"2024년 말", "late 2024"},
        {"오후 3시", "3 p.m."},
        {"3시", "3 p.m."},
        {"143억 달러", "$14.3 billion"},
        {"150만", "1.5 million"},
        {"절반", "half"},
        {"12명", "a dozen"},
        {"수백 명", "hundreds of"},
        {"수십만 명", "hundreds of thousands"},
        {"21세기", "21st century"},
        {"1990년대", "1990s"},
        {"30대", "in his 30s"},
        {"수십 년", "decades"},
        {"3분의 2", "two-thirds"},
        {"1위", "No. 1"},
    };
    for (const Case& c : cases) {
      INFO(c.korean, " / ", c.english);
      CHECK(OnlyKey(FindKoreanNumbers(c.korean), c.korean) ==
            OnlyKey(FindEnglishNumbers(c.english), c.english));
    }
  }

  TEST_CASE("Korean and English dates share their keys part by part") {
    const std::vector<std::uint64_t> korean = NumberKeys(FindKoreanNumbers("2024.11.27"));
    CHECK(korean == NumberKeys(FindKoreanNumbers("2024년 11월 27일")));
    CHECK(korean == NumberKeys(FindEnglishNumbers("Nov. 27, 2024")));
    CHECK(korean == NumberKeys(FindEnglishNumbers("November 27, 2024")));
    CHECK(NumberKeys(FindKoreanNumbers("11월 27일")) == NumberKeys(FindEnglishNumbers("Nov. 27")));
  }

  TEST_CASE("NumberKey keeps apart what should not match") {
    auto key = [](std::string_view english) {
      return OnlyKey(FindEnglishNumbers(english), english);
    };
    CHECK(key("April") != key("4"));       // months have their own class
    CHECK(key("third") != key("three"));   // ordinals too
    CHECK(key("hundreds") != key("100"));  // vague only matches vague
    CHECK(key("2024") != key("2021"));     // four significant digits
    CHECK(key("Monday") != key("1"));
    CHECK(key("3 p.m.") == key("3 a.m."));  // the 12-hour dial
    CHECK(key("3 p.m.") != key("3"));
    CHECK(key("1,234,567") == key("1.235 million"));
    CHECK(key("2024") == key("2,024"));  // a year and a count may match
    CHECK(key("27 days") == OnlyKey(FindKoreanNumbers("27일"), "27일"));
  }

  TEST_CASE("NumberKeys sorts and removes duplicates") {
    const std::vector<std::uint64_t> keys = NumberKeys(FindEnglishNumbers("5, 3, 5 and 3"));
    REQUIRE(keys.size() == 2);
    CHECK(keys[0] < keys[1]);
  }

  TEST_CASE("FindEnglishNumbers reuses the output vector") {
    std::vector<NumberMention> mentions = {NumberMention{}};
    FindEnglishNumbers("nothing here", &mentions);
    CHECK(mentions.empty());
  }

  TEST_CASE("FindLatinWords lower-cases Latin words in either language") {
    CHECK(FindLatinWords("메타(Meta)는 OpenAI, CNBC와 Llama 3를 언급했다") ==
          std::vector<std::string>{"meta", "openai", "cnbc", "llama"});
    CHECK(FindLatinWords("GPT-4o, 3rd, 10GHz, A380") == std::vector<std::string>{"gpt", "a380"});
    CHECK(FindLatinWords("Meta's CEO, O'Brien and GPT4o") ==
          std::vector<std::string>{"meta", "ceo", "obrien", "and", "gpt4o"});
    CHECK(FindLatinWords("a I x") == std::vector<std::string>{});
    CHECK(FindLatinWords("Ångström café ŁÓDŹ") ==
          std::vector<std::string>{"ångström", "café", "łódź"});
    CHECK(FindLatinWords("don’t stop") == std::vector<std::string>{"don", "stop"});
  }

  TEST_CASE("abbreviations in all-caps text are the listed ones in capitals") {
    CHECK(ClassifyAbbreviation("St") == AbbreviationKind::kMayEnd);
    CHECK(ClassifyAbbreviation("ST") == AbbreviationKind::kMayEnd);  // "ST. LOUIS"
    CHECK(ClassifyAbbreviation("DR") == AbbreviationKind::kTitle);
    CHECK(ClassifyAbbreviation("IBM") == AbbreviationKind::kNone);    // an acronym, not "Ibm"
    CHECK(ClassifyAbbreviation("no") == AbbreviationKind::kNone);     // lower case stays a word
  }
}

}  // namespace
}  // namespace kealign::lang
