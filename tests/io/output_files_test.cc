#include "kealign/io/output_files.h"

#include <doctest/doctest.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "kealign/io/writer.h"
#include "sample_document.h"
#include "temp_dir.h"

namespace kealign::io {
namespace {

using testing::ReadFile;
using testing::SampleDocument;
using testing::TempDir;
using Names = std::vector<std::string>;

std::string ErrorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const OutputError& e) {
    return e.what();
  }
  return "";
}

TEST_SUITE("io") {
  TEST_CASE("output files appear under their final names only on commit") {
    TempDir dir;
    OutputFileSet files;
    files.Add(dir / "a.tsv") << "tab\tseparated\n";
    files.Add(dir / "a.html") << "<p>page</p>\n";
    const Names temporaries = dir.List();
    REQUIRE(temporaries.size() == 2);
    CHECK(temporaries[0].starts_with("a.html.tmp-"));
    CHECK(temporaries[1].starts_with("a.tsv.tmp-"));
    files.Commit();
    CHECK(files.committed());
    CHECK(dir.List() == Names{"a.html", "a.tsv"});
    CHECK(ReadFile(dir / "a.tsv") == "tab\tseparated\n");
    CHECK(ReadFile(dir / "a.html") == "<p>page</p>\n");
    CHECK(files.paths() == Names{dir / "a.tsv", dir / "a.html"});
  }

  TEST_CASE("output files that are not committed leave nothing behind") {
    TempDir dir;
    {
      OutputFileSet files;
      files.Add(dir / "a.tsv") << "partial";
      files.Add(dir / "a.ko") << "partial";
      CHECK(dir.List().size() == 2);
    }
    CHECK(dir.List().empty());

    OutputFileSet files;
    files.Add(dir / "b.tsv") << "x";
    files.Discard();
    CHECK(dir.List().empty());
  }

  TEST_CASE("a commit replaces an existing file - and no commit keeps it intact") {
    TempDir dir;
    dir.Write("a.tsv", "old\n");
    {
      OutputFileSet files;
      files.Add(dir / "a.tsv") << "abandoned\n";
    }
    CHECK(ReadFile(dir / "a.tsv") == "old\n");
    OutputFileSet files;
    files.Add(dir / "a.tsv") << "new\n";
    files.Commit();
    CHECK(ReadFile(dir / "a.tsv") == "new\n");
    CHECK(dir.List() == Names{"a.tsv"});
  }

  TEST_CASE("an output in a missing directory fails at open time - naming the path") {
    TempDir dir;
    const std::string path = dir / "no/such/dir/a.tsv";
    OutputFileSet files;
    files.Add(dir / "ok.tsv") << "x";
    CHECK(ErrorOf([&] { files.Add(path); }) ==
          path + ": cannot create: directory '" + (dir / "no/such/dir") +
              "' does not exist (create it first, e.g. mkdir -p '" + (dir / "no/such/dir") + "')");
    files.Discard();
    CHECK(dir.List().empty());
  }

  TEST_CASE("an output whose directory is a file or whose path is a directory fails") {
    TempDir dir;
    dir.Write("file", "x");
    std::filesystem::create_directory(dir / "a.html");
    CHECK(ErrorOf([&] { OutputFileSet().Add(dir / "file/a.tsv"); }) ==
          (dir / "file/a.tsv") + ": cannot create: '" + (dir / "file") + "' is not a directory");
    CHECK(ErrorOf([&] { OutputFileSet().Add(dir / "a.html"); }) ==
          (dir / "a.html") + ": is a directory; give a file name (prefix) for the output");
    CHECK(dir.List() == Names{"a.html", "file"});
  }

  TEST_CASE("an output in a read-only directory fails at open time") {
    TempDir dir;
    std::filesystem::create_directory(dir / "ro");
    std::filesystem::permissions(
        dir / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    if (std::ofstream(dir / "ro/probe").is_open()) {
      std::filesystem::remove(dir / "ro/probe");
      MESSAGE("running with permission to write anywhere (root?): case not checkable here");
      return;
    }
    const std::string path = dir / "ro/a.tsv";
    CHECK(ErrorOf([&] { OutputFileSet().Add(path); }) ==
          path + ": cannot create a file in '" + (dir / "ro") + "': Permission denied");
  }

  TEST_CASE("the same output path twice is an error") {
    TempDir dir;
    OutputFileSet files;
    files.Add(dir / "a.tsv");
    CHECK(ErrorOf([&] { files.Add(dir / "a.tsv"); }) ==
          (dir / "a.tsv") + ": the same output file is requested twice");
  }

  TEST_CASE("a failed write is reported at commit and no file is replaced") {
    TempDir dir;
    dir.Write("a.tsv", "old\n");
    OutputFileSet files;
    files.Add(dir / "a.tsv") << "new\n";
    std::ostream& html = files.Add(dir / "a.html");
    html << "<p>";
    html.setstate(std::ios::badbit);  // what a failed write(2) leaves behind
    CHECK(ErrorOf([&] { files.Commit(); }) ==
          (dir / "a.html") + ": writing failed: input/output error (is the disk full?)");
    CHECK_FALSE(files.committed());
    CHECK(dir.List() == Names{"a.tsv"});
    CHECK(ReadFile(dir / "a.tsv") == "old\n");
  }

  TEST_CASE("a write beyond the file size limit (like a full disk) fails the commit") {
    TempDir dir;
    rlimit old_limit{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
    const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old_limit;
    small.rlim_cur = 4096;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    std::string error;
    {
      OutputFileSet files;
      std::ostream& out = files.Add(dir / "big.tsv");
      const std::string line(100, 'x');
      for (int i = 0; i < 1000; ++i) out << line << '\n';
      error = ErrorOf([&] { files.Commit(); });
    }
    setrlimit(RLIMIT_FSIZE, &old_limit);
    std::signal(SIGXFSZ, old_handler);
    CHECK(error.starts_with((dir / "big.tsv") + ": writing failed: "));
    CHECK(dir.List().empty());
  }

  TEST_CASE("output paths add each format's extensions to the prefix") {
    CHECK(OutputPaths({Format::kTsv, Format::kMoses, Format::kIds}, "out/doc") ==
          Names{"out/doc.tsv", "out/doc.ko", "out/doc.en", "out/doc.align"});
    CHECK(OutputPaths({}, "x").empty());
  }

  TEST_CASE("write outputs writes every requested format and returns the paths") {
    TempDir dir;
    const std::string prefix = dir / "news";
    const std::vector<Format> formats(AllFormats().begin(), AllFormats().end());
    const Names paths = WriteOutputs(SampleDocument(), formats, prefix);
    CHECK(paths == OutputPaths(formats, prefix));
    CHECK(dir.List() == Names{"news.align", "news.anki.txt", "news.en", "news.glossary.tsv",
                              "news.html", "news.jsonl", "news.ko", "news.tmx", "news.tsv"});
    CHECK(ReadFile(prefix + ".align") == "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n");
    CHECK(ReadFile(prefix + ".ko") == "안녕 <A&B>.\n저는 \"김\"입니다. 반갑 습니다.\n");
    std::ostringstream tsv;
    WriteTsv(SampleDocument(), tsv);
    CHECK(ReadFile(prefix + ".tsv") == tsv.str());
  }

  TEST_CASE("write outputs writes nothing when one output cannot be created") {
    TempDir dir;
    std::filesystem::create_directory(dir / "news.html");
    CHECK_THROWS_AS(WriteOutputs(SampleDocument(), {Format::kTsv, Format::kHtml}, dir / "news"),
                    OutputError);
    CHECK(dir.List() == Names{"news.html"});
    CHECK(std::filesystem::is_empty(dir / "news.html"));
  }

  TEST_CASE("check outputs fails fast on a bad prefix and creates nothing") {
    TempDir dir;
    CheckOutputs({Format::kTsv, Format::kMoses}, dir / "news");
    CHECK(dir.List().empty());
    // A missing directory is fine if it can be made, but it is not made yet.
    CheckOutputs({Format::kTsv}, dir / "missing/deeper/news");
    CHECK(dir.List().empty());
    dir.Write("file", "x");
    CHECK(ErrorOf([&] { CheckOutputs({Format::kTsv}, dir / "file/sub/news"); }) ==
          (dir / "file/sub/news.tsv") + ": cannot create directory '" + (dir / "file/sub") +
              "': '" + (dir / "file") + "' is not a directory");
    std::filesystem::remove(dir / "file");
    CHECK(ErrorOf([&] { CheckOutputs({Format::kTsv}, dir / "sub/"); }) ==
          (dir / "sub/") +
              ": the output prefix ends in '/': give a file name prefix, e.g. 'out/news-01' for "
              "out/news-01.tsv");
    CHECK_THROWS_AS(CheckOutputs({Format::kTsv}, ""), OutputError);
    CHECK(dir.List().empty());
  }

  TEST_CASE("write outputs creates a missing output directory") {
    TempDir dir;
    WriteOutputs(SampleDocument(), {Format::kTsv}, dir / "new/sub/news");
    CHECK(std::filesystem::is_regular_file(dir / "new/sub/news.tsv"));
  }

  TEST_CASE("an output that is an input file is refused before anything is written") {
    TempDir dir;
    const std::string korean = dir.Write("corpus.ko", "원문\n");
    const std::string english = dir.Write("corpus.en", "Source\n");
    // `kealign align corpus.ko corpus.en -o corpus` would have replaced both inputs.
    CHECK(ErrorOf([&] {
            CheckOutputs({Format::kMoses, Format::kTsv}, dir / "corpus", {korean, english});
          }) == korean +
                    ": is an input file: writing it would overwrite the input; choose "
                    "another output name (-o)");
    AlignedDocument document = SampleDocument();
    document.source.path = korean;
    document.target.path = english;
    CHECK_THROWS_AS(WriteOutputs(document, {Format::kTsv, Format::kMoses}, dir / "corpus"),
                    OutputError);
    CHECK(dir.List() == Names{"corpus.en", "corpus.ko"});
    CHECK(ReadFile(korean) == "원문\n");
    CHECK(ReadFile(english) == "Source\n");
  }

  TEST_CASE("an output linked to an input file is refused too") {
    TempDir dir;
    const std::string input = dir.Write("in.txt", "text\n");
    std::filesystem::create_symlink(input, dir / "out.tsv");
    std::filesystem::create_hard_link(input, dir / "hard.tsv");
    OutputFileSet files;
    files.Protect(input);
    files.Protect(dir / "no-such-file");  // nothing to protect
    CHECK(ErrorOf([&] { files.Add(dir / "out.tsv"); }) ==
          (dir / "out.tsv") + ": is an input file (" + input +
              "): writing it would overwrite the input; choose another output name (-o)");
    CHECK_THROWS_AS(files.Add(dir / "hard.tsv"), OutputError);
    files.Add(dir / "other.tsv");
    // Protecting an input that was already added as an output is refused as well.
    OutputFileSet late;
    late.Add(dir / "hard.tsv");
    CHECK_THROWS_AS(late.Protect(input), OutputError);
  }

  TEST_CASE("an output directory gets the Korean file's name") {
    TempDir dir;
    std::filesystem::create_directory(dir / "out");
    CHECK(ResolveOutputPrefix(dir / "out", "in/news-01.ko.txt", "in/news-01.en.txt") ==
          dir / "out/news-01");
    CHECK(ResolveOutputPrefix("new-dir/", "a/doc_ko.md", "b.txt") == "new-dir/doc");
    CHECK(ResolveOutputPrefix("new-dir/", "-", "b/story.en.txt") == "new-dir/story");
    CHECK(ResolveOutputPrefix("new-dir/", "-", "-") == "new-dir/alignment");
    CHECK(ResolveOutputPrefix(dir / "out/x", "a.ko.txt", "a.en.txt") == dir / "out/x");
  }

  TEST_CASE("one format can be written to a stream and moses cannot") {
    std::ostringstream tsv, direct;
    WriteFormat(SampleDocument(), Format::kTsv, tsv);
    WriteTsv(SampleDocument(), direct);
    CHECK(tsv.str() == direct.str());
    CHECK_THROWS_AS(WriteFormat(SampleDocument(), Format::kMoses, tsv), Error);
  }
}

}  // namespace
}  // namespace kealign::io
