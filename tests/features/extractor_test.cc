#include "kealign/features/extractor.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace kealign::features {
namespace {

// Number of anchors `a` (strong) finds on the other side `b` (strong or weak).
int SharedStrong(const align::SegmentFeatures& a, const align::SegmentFeatures& b) {
  int shared = 0;
  for (align::AnchorKey key : a.strong) {
    shared += std::binary_search(b.strong.begin(), b.strong.end(), key) ||
              std::binary_search(b.weak.begin(), b.weak.end(), key);
  }
  return shared;
}

int SharedWeak(const align::SegmentFeatures& a, const align::SegmentFeatures& b) {
  int shared = 0;
  for (align::AnchorKey key : a.weak) {
    shared += std::binary_search(b.weak.begin(), b.weak.end(), key);
  }
  return shared;
}

const FeatureOptions kDefaults;

align::SegmentFeatures Ko(std::string_view s) {
  return ExtractFeatures(s, Language::kKorean, kDefaults);
}
align::SegmentFeatures En(std::string_view s) {
  return ExtractFeatures(s, Language::kEnglish, kDefaults);
}

TEST_SUITE("features") {
  TEST_CASE("numbers written differently in Korean and English are shared anchors") {
    CHECK(SharedStrong(Ko("메타는 140억 달러를 투자했다."), En("Meta invested $14 billion.")) == 1);
    CHECK(SharedStrong(Ko("연구원 45명이 합류했다."), En("45 researchers joined.")) == 1);
    CHECK(SharedStrong(Ko("2024년 4월 매출이 3.5% 늘었다."),
                       En("Sales rose 3.5 percent in April 2024.")) == 3);
    CHECK(SharedStrong(Ko("1,000명"), En("1000 people")) == 1);
    CHECK(SharedStrong(Ko("45명"), En("54 people")) == 0);
  }

  TEST_CASE("Latin words inside Korean match English words and may be made strong anchors") {
    const auto en = En("According to CNBC - OpenAI said");
    CHECK(en.strong.empty());  // no number, no URL: English words are weak
    const auto ko = Ko("OpenAI와 CNBC 보도에 따르면");
    CHECK(ko.strong.empty());  // by default they only support a pairing
    CHECK(SharedWeak(ko, en) == 2);
    FeatureOptions strong = kDefaults;
    strong.latin_words_strong = true;
    const auto ko_strong = ExtractFeatures("OpenAI와 CNBC 보도에 따르면", Language::kKorean, strong);
    CHECK(ko_strong.strong.size() == 2);
    CHECK(SharedStrong(ko_strong, en) == 2);
  }

  TEST_CASE("URLs and e-mail addresses are whole anchors - their digits are not numbers") {
    const auto ko = Ko("자세한 내용은 https://bike.example.org/2024 에서 확인.");
    const auto en = En("See https://bike.example.org/2024.");
    CHECK(ko.strong.size() == 1);
    CHECK(SharedStrong(ko, en) == 1);
    CHECK(SharedStrong(Ko("문의: hong@example.com"), En("Contact hong@example.com")) == 1);
  }

  TEST_CASE("URLs and e-mail addresses are the verbatim part of a sentence's length") {
    const auto ko = Ko("출처: https://bike.example.org/2024.");  // the final period is not in it
    CHECK(ko.length == 34);
    CHECK(ko.verbatim == 29);
    CHECK(En("Contact hong@example.com").verbatim == 16);
    CHECK(En("No address here, 2024.").verbatim == 0);
    FeatureOptions off = kDefaults;
    off.use_urls = false;
    CHECK(ExtractFeatures("출처: https://bike.example.org", Language::kKorean, off).verbatim == 0);
  }

  TEST_CASE("loanwords and names match across scripts by phonetic key") {
    CHECK(SharedWeak(Ko("저커버그는 컨퍼런스에서"), En("Zuckerberg told the conference")) == 2);
    CHECK(SharedWeak(Ko("샌프란시스코에서"), En("in San Francisco")) == 1);  // two words, one key
    FeatureOptions off = kDefaults;
    off.use_loanwords = false;
    CHECK(ExtractFeatures("저커버그는 컨퍼런스에서", Language::kKorean, off).weak.empty());
  }

  TEST_CASE("length units count what they say") {
    FeatureOptions options;
    options.length_unit = LengthUnit::kBytes;
    CHECK(ExtractFeatures("한국 ab", Language::kKorean, options).length == 9);
    options.length_unit = LengthUnit::kCodePoints;
    CHECK(ExtractFeatures("한국 ab", Language::kKorean, options).length == 5);
    options.length_unit = LengthUnit::kNonSpaceCodePoints;
    CHECK(ExtractFeatures("한국 ab", Language::kKorean, options).length == 4);
  }

  TEST_CASE("document features carry paragraph and noise flags") {
    Document doc;
    doc.text = "첫 문장. ![]() |";
    doc.sentences = {{{0, 11}, 0, false}, {{12, 18}, 1, true}};
    const auto features = ExtractFeatures(doc, Language::kKorean, kDefaults);
    REQUIRE(features.size() == 2);
    CHECK(features[1].paragraph == 1);
    CHECK(features[1].is_noise);
    CHECK(!features[0].is_noise);
  }

  TEST_CASE("full-width digits and Latin letters anchor like their ASCII forms") {
    CHECK(SharedStrong(Ko("２０２４년에 ＯｐｅｎＡＩ가 발표했다."),
                       En("OpenAI announced it in 2024.")) == 1);
    CHECK(SharedWeak(Ko("２０２４년에 ＯｐｅｎＡＩ가 발표했다."),
                     En("OpenAI announced it in 2024.")) >= 1);
    CHECK(Ko("２０２４년").strong == Ko("2024년").strong);
    // The length is that of the text as written (4 code points, not re-counted after folding).
    CHECK(Ko("１２３４").length == Ko("1234").length);
    CHECK(Ko("㈜한국").length == 3);
  }
}

}  // namespace
}  // namespace kealign::features
