#include "kealign/io/ladder.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "kealign/aligned_document.h"
#include "kealign/error.h"
#include "kealign/io/writer.h"
#include "sample_document.h"

namespace kealign::io {
namespace {

align::Ladder Read(const std::string& text, int num_source, int num_target) {
  std::istringstream in(text);
  return ReadLadder(in, "x.align", num_source, num_target);
}

// The message of the `InputError` that reading `text` throws.
std::string ErrorOf(const std::string& text, int num_source, int num_target) {
  try {
    Read(text, num_source, num_target);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_SUITE("io") {
  TEST_CASE("a ladder reads back what the ids writer wrote") {
    const AlignedDocument document = testing::SampleDocument();
    std::ostringstream out;
    WriteIds(document, out);
    align::Ladder expected = document.ladder;
    for (align::Bead& bead : expected) bead.score = 0;
    CHECK(Read(out.str(), 4, 3) == expected);
  }

  TEST_CASE("a ladder may carry vecalign's costs - blank lines - spaces and CRLF") {
    const align::Ladder ladder =
        Read("[0]:[0]:0.153\r\n\n  [1,2] : [ 1 ] : 1e-3 \n[]:[2]\n[3]:[]\n", 4, 3);
    CHECK(ladder ==
          align::Ladder{{0, 1, 0, 1, 0}, {1, 2, 1, 1, 0}, {3, 0, 2, 1, 0}, {3, 1, 3, 0, 0}});
  }

  TEST_CASE("a malformed ladder line is an error naming the file and line") {
    CHECK(ErrorOf("[0]:[0]\n0:0\n", 2, 2) ==
          "x.align:line 2: expected a bead such as [1, 2]:[3] (Korean ids, then English ids), "
          "found '0:0'");
    CHECK(ErrorOf("[0]:[0]:cost\n", 1, 1).starts_with("x.align:line 1: expected a bead"));
    CHECK(ErrorOf("[0]:[-1]\n", 1, 1).starts_with("x.align:line 1: expected a bead"));
    CHECK(ErrorOf("[0]\n", 1, 1).starts_with("x.align:line 1: expected a bead"));
    CHECK(ErrorOf("[0]:[0]\n[]:[]\n", 1, 1) ==
          "x.align:line 2: empty bead []:[]: a bead needs a sentence");
  }

  TEST_CASE("a ladder that skips - repeats or reorders sentences is an error naming the line") {
    CHECK(ErrorOf("[0]:[0]\n[2]:[1]\n", 3, 2) ==
          "x.align:line 2: the Korean side continues at sentence 1, but this bead starts at 2: "
          "sentence 1 is in no bead");
    CHECK(ErrorOf("[0]:[0]\n[1]:[3]\n", 2, 4) ==
          "x.align:line 2: the English side continues at sentence 1, but this bead starts at "
          "3: sentences 1-2 are in no bead");
    CHECK(ErrorOf("[0, 1]:[0]\n[1]:[1]\n", 2, 2) ==
          "x.align:line 2: the Korean side continues at sentence 2, but this bead starts at 1: "
          "sentence 1 is already in an earlier bead");
    CHECK(ErrorOf("[0, 2]:[0]\n", 3, 1) ==
          "x.align:line 1: Korean ids 0 and 2 are not consecutive: a bead holds a run of "
          "sentences");
    CHECK(ErrorOf("[0]:[0]\n[1]:[1]\n", 2, 1) ==
          "x.align:line 2: English sentence 1 does not exist: the English document has 1 "
          "sentences (0-0)");
  }

  TEST_CASE("a ladder that stops early is an error naming what it leaves out") {
    CHECK(ErrorOf("[0]:[0]\n", 3, 1) ==
          "x.align: the ladder ends after line 1 without Korean sentences 1-2 (the documents "
          "have 3 Korean and 1 English sentences): is it the ladder of these documents, split "
          "the same way?");
    CHECK(ErrorOf("[0]:[0]\n\n", 2, 2)
              .find("without Korean sentence 1 and English sentence "
                    "1") != std::string::npos);
  }
}

}  // namespace
}  // namespace kealign::io
