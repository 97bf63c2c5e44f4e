#include "kealign/lang/english_boundary_rules.h"

#include <doctest/doctest.h>

#include <string_view>

#include "block_test_util.h"

namespace kealign::lang {
namespace {

using testing::TestBlock;

// The text from where the dateline around the first '(' of `text` starts.
std::string Dateline(std::string_view text) {
  const TestBlock b(text);
  const EnglishBoundaryRules rules(/*soft_boundaries=*/true);
  return b.From(rules.DatelineStart(b.view(), b.Find("(")));
}

// Whether the `nth` period of `text` continues the sentence (which starts at the block start).
bool Continues(std::string_view text, int nth = 0) {
  const TestBlock b(text);
  return EnglishBoundaryRules(/*soft_boundaries=*/true)
      .PeriodContinues(b.view(), b.Find(".", nth), 0);
}

// The text from the cut after the terminal run `[first, first + length)` (no closing marks
// after it), or "<none>".
std::string AfterTerminal(std::string_view text, std::string_view run) {
  const TestBlock b(text);
  const std::size_t first = b.Find(run);
  const std::size_t end = b.Find(run) + TestBlock(run).view().size();
  const TerminalRun r{first,
                      end - 1,
                      end,
                      b.view().SkipSpaces(end),
                      /*ellipsis=*/false,
                      /*exclaims=*/run != ".",
                      /*closed=*/false};
  return b.From(EnglishBoundaryRules(/*soft_boundaries=*/true).CutAfterTerminal(b.view(), r, 0));
}

}  // namespace

TEST_SUITE("lang") {
  TEST_CASE("an English dateline starts at the all-caps place before the agency") {
    CHECK(Dateline("…policy positions — WASHINGTON (CNN) — John McCain said.") ==
          "WASHINGTON (CNN) — John McCain said.");
    CHECK(Dateline("talks ended. SEOUL, South Korea (CNN) — The deal") ==
          "SEOUL, South Korea (CNN) — The deal");
    CHECK(Dateline("a visit ST. LOUIS, MISSOURI (CNN) — Police said") ==
          "ST. LOUIS, MISSOURI (CNN) — Police said");
    CHECK(Dateline("a visit NEW YORK (Reuters) Stocks fell") == "NEW YORK (Reuters) Stocks fell");
  }

  TEST_CASE("an English dateline without an all-caps place starts at the agency") {
    // Title-case words are a region only after "PLACE,".
    CHECK(Dateline("Seen in Los Angeles (CNN) — The film") == "(CNN) — The film");
  }

  TEST_CASE("parentheses that are no dateline start nothing") {
    CHECK(Dateline("He spoke (CNN) with friends") == "<none>");            // no story follows
    CHECK(Dateline("They watched MOSCOW (ESPN) — The game") == "<none>");  // not an agency
    CHECK(Dateline("They met in SEOUL(CNN) — The talks") == "<none>");     // no space before
  }

  TEST_CASE("a period after an enumerator at the sentence start continues it") {
    CHECK(Continues("1. Introduction"));
    CHECK(Continues("IV. Results"));
    CHECK(Continues("a. The first item"));
    CHECK_FALSE(Continues("12345. Next"));
    CHECK_FALSE(Continues("We won. Next"));
    // Korean enumerators in English text from Korean sources.
    CHECK(Continues("가. The first item"));
    CHECK(Continues("제1조. Purpose"));
  }

  TEST_CASE("a period in a number continues the sentence unless Hangul is before it") {
    CHECK(Continues("It grew 3.5 percent"));
    CHECK(Continues("Version 2.0 shipped"));
    CHECK_FALSE(Continues("했다.2024년"));
  }

  TEST_CASE("a period after an English abbreviation continues unless a sentence opens") {
    CHECK(Continues("Dr. Kim arrived"));
    CHECK(Continues("Prices rose e.g. in Seoul", 1));
    CHECK(Continues("It is No. 1 in sales"));
    CHECK(Continues("They bought Apple Inc. shares"));
    CHECK_FALSE(Continues("They bought Apple Inc. The deal closed"));
    CHECK(Continues("J. R. R. Tolkien wrote it"));
    CHECK(Continues("George D. Beauchamp"));
  }

  TEST_CASE("English and Korean rules differ on a Hangul word after an abbreviation") {
    const TestBlock b("Apple Inc. 는 발표했다");
    const std::size_t period = b.Find(".");
    CHECK_FALSE(ContinuesEnglishPeriod(b.view(), period, 0, /*hangul_opens_sentence=*/true));
    CHECK(ContinuesEnglishPeriod(b.view(), period, 0, /*hangul_opens_sentence=*/false));
  }

  TEST_CASE(
      "English sentences end after terminal punctuation only before a space and no lower-case "
      "word") {
    // The cut falls at the space; the scanner trims it.
    CHECK(AfterTerminal("It ended. The end", ".") == " The end");
    CHECK(AfterTerminal("It ended. the end", ".") == "<none>");
    CHECK(AfterTerminal("It ended.The end", ".") == "<none>");
    CHECK(AfterTerminal("Really?! Yes", "?!") == " Yes");
  }

  TEST_CASE("an English soft cut falls before a capitalised opener after a lower-case word") {
    const EnglishBoundaryRules rules(/*soft_boundaries=*/true);
    const TestBlock b("signed an agreement for formal talks The deal signed Monday");
    CHECK(b.From(rules.SoftCutBeforeCapital(b.view(), b.Find(" The"), 0)) ==
          "The deal signed Monday");
    const TestBlock title("they saw the film The Dark Knight again");
    CHECK(title.From(rules.SoftCutBeforeCapital(title.view(), title.Find(" The"), 0)) == "<none>");
    const TestBlock name("an interview with The Associated Press today");
    CHECK(name.From(rules.SoftCutBeforeCapital(name.view(), name.Find(" The"), 0)) == "<none>");
  }

  TEST_CASE("an English soft cut falls after a colon before a sentence opener") {
    const EnglishBoundaryRules rules(/*soft_boundaries=*/true);
    const TestBlock b("What is needed: It will take time");
    CHECK(b.From(rules.SoftCutAfterColon(b.view(), b.Find(":"), 0)) == "It will take time");
    const TestBlock list("three cities: Paris and Rome");
    CHECK(list.From(rules.SoftCutAfterColon(list.view(), list.Find(":"), 0)) == "<none>");
    const TestBlock credit("Photo: The New York Times");
    CHECK(credit.From(rules.SoftCutAfterColon(credit.view(), credit.Find(":"), 0)) == "<none>");
    const TestBlock said("He said: \"We will win\"");
    CHECK(said.From(rules.SoftCutAfterColon(said.view(), said.Find(":"), 0)) == "<none>");
  }
}

}  // namespace kealign::lang
