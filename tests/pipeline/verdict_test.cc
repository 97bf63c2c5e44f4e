#include "kealign/pipeline/verdict.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kealign/error.h"
#include "kealign/io/document_pairs.h"
#include "kealign/io/reader.h"
#include "kealign/pipeline/batch.h"
#include "kealign/pipeline/pipeline.h"
#include "kealign/text/script_profile.h"

namespace kealign {
namespace {

namespace fs = std::filesystem;

const std::string kCorpus = KEALIGN_CORPUS_DIR;

Document Read(const std::string& name) {
  return io::ReadDocument(kCorpus + "/" + name, io::InputMode::kText);
}

Document Text(std::string path, std::string text) {
  Document document;
  document.path = std::move(path);
  document.text = std::move(text);
  return document;
}

// The message of the `InputError` `CheckLanguages` throws, or "".
std::string LanguageError(const Document& source, const Document& target) {
  try {
    CheckLanguages(source, target);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// A document of `n` one-line sentences "s0" … (or `texts` if given) with `noise` marked.
Document Sentences(const std::vector<std::string>& texts, std::vector<int> noise = {}) {
  Document document;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::size_t begin = document.text.size();
    document.text += texts[i] + "\n";
    Sentence sentence{ByteSpan{begin, begin + texts[i].size()}};
    for (int k : noise) sentence.is_noise = sentence.is_noise || k == static_cast<int>(i);
    document.sentences.push_back(sentence);
  }
  return document;
}

TEST_SUITE("pipeline") {
  TEST_CASE("letters are counted by script") {
    const text::ScriptProfile profile = text::ProfileScripts("한국어 text 漢字語, 123 ёж!");
    CHECK(profile.hangul == 3);
    CHECK(profile.latin == 4);
    CHECK(profile.other == 5);
    CHECK(profile.main_other_script == "Han");
    CHECK(text::ProfileScripts("\u1112\u1161\u11ab").hangul == 3);  // NFD jamo are Hangul too
  }

  TEST_CASE("a Korean document and its English translation pass the language check") {
    for (const char* name : {"news-tech", "tech-release", "talk-messenger", "notice-parking"}) {
      CAPTURE(name);
      CHECK(LanguageError(Read(std::string(name) + ".ko.txt"),
                          Read(std::string(name) + ".en.txt")) == "");
    }
  }

  TEST_CASE("swapped or wrong-language sides are input errors naming the file") {
    const Document korean = Read("news-tech.ko.txt");
    const Document english = Read("news-tech.en.txt");
    const std::string swapped = LanguageError(english, korean);
    CHECK(swapped.starts_with(english.path + ": the Korean side looks like English"));
    CHECK(swapped.find("the files seem swapped") != std::string::npos);
    CHECK(LanguageError(english, english) ==
          english.path +
              ": the Korean side looks like English (Latin letters): 0% of its 2155 letters are "
              "Hangul (--no-language-check aligns it anyway)");
    CHECK(LanguageError(korean, korean)
              .starts_with(korean.path + ": the English side looks like Korean: "));
    CHECK(LanguageError(Text("zh.txt", "这是一篇用中文写的文章，不是韩文，也不是英文的文章。"),
                        english)
              .starts_with("zh.txt: the Korean side looks like neither Korean nor English (mostly "
                           "Han letters)"));
  }

  TEST_CASE("texts too short to judge pass the language check") {
    CHECK(LanguageError(Text("a", "OK 2024"), Text("b", "네")) == "");
  }

  TEST_CASE("the document score counts sentences in confident alignments of different text") {
    AlignedDocument document;
    document.source = Sentences({"가", "나", "다", "![]()", "라"}, {3});
    document.target = Sentences({"a", "b", "c", "d"});
    document.ladder = {{0, 1, 0, 1, 0.99},   // counts: 2 sentences
                       {1, 1, 1, 1, 0.5},    // not confident
                       {2, 1, 2, 0, 0.99},   // a hole
                       {3, 1, 2, 0, 0.99},   // noise: not counted at all
                       {4, 1, 2, 2, 0.95}};  // a 1-2: 3 sentences
    // 8 counted sentences (9 less the noise), 5 of them in confident pairs.
    CHECK(DocumentScore(document) == doctest::Approx(5.0 / 8));
    CHECK(IdenticalShare(document) == 0.0);
  }

  TEST_CASE("the same text on both sides is not a translation") {
    AlignedDocument document;
    document.source = Sentences({"Hello there.", "Second  line."});
    document.target = Sentences({"Hello there.", "Second line."});
    document.ladder = {{0, 1, 0, 1, 1.0}, {1, 1, 1, 1, 1.0}};
    CHECK(DocumentScore(document) == 0.0);
    CHECK(IdenticalShare(document) == 1.0);
    document.document_score = DocumentScore(document);
    document.identical_share = IdenticalShare(document);
    CHECK(IsUnrelated(document, 0.4));
    CHECK(UnrelatedReason(document, 0.4).starts_with("the two sides are the same text"));
  }

  TEST_CASE("a translation scores high and an unrelated pair low") {
    const Pipeline pipeline;
    const AlignedDocument real = pipeline.Align(Read("news-tech.ko.txt"), Read("news-tech.en.txt"));
    CHECK(real.document_score > 0.8);
    CHECK_FALSE(IsUnrelated(real, kDefaultMinDocumentScore));
    const AlignedDocument unrelated =
        pipeline.Align(Read("news-tech.ko.txt"), Read("howto-recipe.en.txt"));
    CHECK(unrelated.document_score < kDefaultMinDocumentScore);
    CHECK(IsUnrelated(unrelated, kDefaultMinDocumentScore));
    CHECK(UnrelatedReason(unrelated, 0.4).starts_with("document score 0."));
  }

  TEST_CASE("the pipeline refuses swapped languages unless told not to check") {
    CHECK_THROWS_AS(Pipeline().Align(Read("news-tech.en.txt"), Read("news-tech.ko.txt")),
                    InputError);
    PipelineOptions options;
    options.check_languages = false;
    const AlignedDocument same =
        Pipeline(options).Align(Read("news-tech.en.txt"), Read("news-tech.en.txt"));
    CHECK(same.identical_share > 0.9);
    CHECK(IsUnrelated(same, kDefaultMinDocumentScore));
  }

  TEST_CASE("a batch reports unrelated documents and drops them when asked") {
    const fs::path dir = fs::temp_directory_path() / "kealign-verdict-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "in");
    fs::copy_file(kCorpus + "/news-tech.ko.txt", dir / "in/real.ko.txt");
    fs::copy_file(kCorpus + "/news-tech.en.txt", dir / "in/real.en.txt");
    fs::copy_file(kCorpus + "/news-sports.ko.txt", dir / "in/wrong.ko.txt");
    fs::copy_file(kCorpus + "/howto-recipe.en.txt", dir / "in/wrong.en.txt");
    fs::copy_file(kCorpus + "/talk-cafe.en.txt", dir / "in/swapped.ko.txt");
    fs::copy_file(kCorpus + "/talk-cafe.ko.txt", dir / "in/swapped.en.txt");
    const io::PairListing listing =
        io::FindDocumentPairs((dir / "in").string(), io::InputMode::kText);
    BatchOptions batch;
    batch.formats = {io::Format::kTsv};
    batch.output_directory = (dir / "out").string();
    batch.drop_unrelated = true;
    fs::create_directories(dir / "out");
    const std::vector<DocumentResult> results = RunBatch(listing.pairs, batch, {}, {});
    REQUIRE(results.size() == 3);
    CHECK(results[0].name == "real");
    CHECK(results[0].ok);
    CHECK_FALSE(results[0].unrelated);
    CHECK(results[1].name == "swapped");
    CHECK_FALSE(results[1].ok);
    CHECK(results[1].error.find("the files seem swapped") != std::string::npos);
    CHECK(results[2].name == "wrong");
    CHECK(results[2].ok);
    CHECK(results[2].unrelated);
    CHECK(results[2].dropped);
    CHECK(fs::exists(dir / "out/real.tsv"));
    CHECK_FALSE(fs::exists(dir / "out/wrong.tsv"));
    CHECK_FALSE(fs::exists(dir / "out/swapped.tsv"));
    fs::remove_all(dir);
  }
}

}  // namespace
}  // namespace kealign
