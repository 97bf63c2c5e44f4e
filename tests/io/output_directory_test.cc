#include "kealign/io/output_directory.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "kealign/io/output_files.h"
#include "temp_dir.h"

namespace kealign::io {
namespace {

using testing::TempDir;

TEST_SUITE("io") {
  TEST_CASE("a second lock on an output directory fails at once - overlapping shards too") {
    TempDir dir;
    {
      const OutputDirectoryLock first(dir.path().string());
      CHECK_THROWS_WITH_AS(OutputDirectoryLock(dir.path().string()),
                           doctest::Contains("another kealign batch is writing into this"),
                           OutputError);
      CHECK_THROWS_AS(OutputDirectoryLock(dir.path().string(), Shard{2, 4}), OutputError);
    }
    // Released with the first; disjoint shards share the directory.
    const OutputDirectoryLock a(dir.path().string(), Shard{1, 2});
    const OutputDirectoryLock b(dir.path().string(), Shard{2, 2});
    CHECK_THROWS_AS(OutputDirectoryLock(dir.path().string(), Shard{2, 4}), OutputError);
    CHECK_THROWS_AS(OutputDirectoryLock(dir.path().string(), Shard{1, 1000}), OutputError);
  }

  TEST_CASE("the temporaries of dead runs are removed - live and foreign files are kept") {
    TempDir dir;
    dir.Write("a.tsv", "done");
    dir.Write("a.tsv.tmp-999999999-0", "");                            // no such process
    dir.Write("b.tsv.tmp-999999999-1", "");                            // not ours
    dir.Write("a.html.tmp-" + std::to_string(::getpid()) + "-2", "");  // this process
    dir.Write("a.tsv.tmp-x-1", "");                                    // not a temporary name
    const std::size_t removed = RemoveStaleTemporaries(
        dir.path().string(), [](const std::string& name) { return name.starts_with("a."); });
    CHECK(removed == 1);
    CHECK(dir.List() == std::vector<std::string>{"a.html.tmp-" + std::to_string(::getpid()) + "-2",
                                                 "a.tsv", "a.tsv.tmp-x-1",
                                                 "b.tsv.tmp-999999999-1"});
  }

  TEST_CASE("temporary names parse back to the final name and the process") {
    const auto name = ParseTemporaryName("news.ko.tmp-123-45");
    REQUIRE(name.has_value());
    CHECK(name->final_name == "news.ko");
    CHECK(name->pid == 123);
    CHECK_FALSE(ParseTemporaryName("news.ko").has_value());
    CHECK_FALSE(ParseTemporaryName("news.tmp-12").has_value());
    CHECK_FALSE(ParseTemporaryName(".tmp-1-2").has_value());
  }

  TEST_CASE("outputs are complete when every file of every format is there") {
    TempDir dir;
    const std::vector<Format> formats = {Format::kMoses, Format::kTsv};
    CHECK_FALSE(OutputsComplete(formats, dir / "d"));
    dir.Write("d.ko", "");
    dir.Write("d.tsv", "");
    CHECK_FALSE(OutputsComplete(formats, dir / "d"));
    dir.Write("d.en", "");
    CHECK(OutputsComplete(formats, dir / "d"));
  }
}

}  // namespace
}  // namespace kealign::io
