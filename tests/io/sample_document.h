// A small synthetic aligned document shared by the writer tests: 1-1, 2-1, 1-0 and 0-1 beads,
// a tab and a line break inside sentences, quotes, `<&>` and Hangul.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "kealign/aligned_document.h"

namespace kealign::io::testing {

// A document over `text` whose sentences are the given substrings, found in order; `paragraphs`
// gives each sentence's paragraph.
inline Document MakeDocument(std::string path, std::string text,
                             const std::vector<std::string_view>& sentences,
                             const std::vector<int>& paragraphs) {
  Document document;
  document.path = std::move(path);
  document.text = std::move(text);
  std::size_t from = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const std::size_t begin = document.text.find(sentences[i], from);
    REQUIRE(begin != std::string::npos);
    from = begin + sentences[i].size();
    document.sentences.push_back(Sentence{ByteSpan{begin, from}, paragraphs[i], false});
  }
  return document;
}

inline AlignedDocument SampleDocument() {
  AlignedDocument document;
  document.source = MakeDocument(
      "data/news-01.ko.txt",
      "안녕 <A&B>.\n저는 \"김\"입니다.\t반갑\n습니다.\n\n광고 <클릭> & 구독\n",
      {"안녕 <A&B>.", "저는 \"김\"입니다.", "반갑\n습니다.", "광고 <클릭> & 구독"}, {0, 0, 0, 1});
  document.target = MakeDocument(
      "data/news-01.en.txt",
      "Hello <A&B>.\nI am \"Kim\";\t nice to meet you.\n\nSubscribe & <win>!\n",
      {"Hello <A&B>.", "I am \"Kim\";\t nice to meet you.", "Subscribe & <win>!"}, {0, 0, 1});
  document.ladder = {
      {0, 1, 0, 1, 0.91234},  // 1-1
      {1, 2, 1, 1, 0.5},      // 2-1
      {3, 1, 2, 0, 0.1},      // 1-0
      {4, 0, 2, 1, 0.05},     // 0-1
  };
  return document;
}

}  // namespace kealign::io::testing
