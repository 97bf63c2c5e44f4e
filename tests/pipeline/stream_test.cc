#include "kealign/pipeline/stream.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "kealign/io/reader.h"
#include "kealign/io/writer.h"
#include "kealign/util/base64.h"

namespace kealign {
namespace {

std::string Slurp(const std::string& path) { return io::ReadTextFile(path); }

std::string Record(const char* name) {
  const std::string base = std::string(KEALIGN_CORPUS_DIR) + "/" + name;
  return nlohmann::json{
             {"id", name}, {"ko", Slurp(base + ".ko.txt")}, {"en", Slurp(base + ".en.txt")}}
             .dump() +
         "\n";
}

// Two records of the bundled corpus (5.7 and 3.8 KB) with a broken one and a blank line
// between them, as JSONL.
std::string Records() {
  return Record("news-tech") + "{\"id\": \"broken\", \"ko\": 1}\n\n" + Record("talk-cafe");
}

std::string Stream(const std::string& input, const StreamOptions& options,
                   StreamSummary* summary = nullptr) {
  std::istringstream in(input);
  std::ostringstream out;
  const StreamSummary result = RunStream(in, out, options, PipelineOptions{}, {});
  if (summary != nullptr) *summary = result;
  return out.str();
}

TEST_SUITE("stream") {
  TEST_CASE("a stream aligns each record as align would - in order for any thread count") {
    const std::string input = Records();
    StreamOptions options;
    StreamSummary summary;
    const std::string one = Stream(input, options, &summary);
    options.num_threads = 3;
    CHECK(Stream(input, options) == one);
    CHECK(summary.records == 3);
    CHECK(summary.failed == 1);
    // The first record's rows are `align`'s JSONL rows with its id in front.
    const Pipeline pipeline;
    Document source, target;
    source.text = Slurp(std::string(KEALIGN_CORPUS_DIR) + "/news-tech.ko.txt");
    target.text = Slurp(std::string(KEALIGN_CORPUS_DIR) + "/news-tech.en.txt");
    std::ostringstream expected;
    io::WriteJsonl(pipeline.Align(source, target), expected, io::JsonlRows{"\"news-tech\""});
    CHECK(one.starts_with(expected.str()));
    const std::string error_row =
        "{\"id\":\"broken\",\"error\":\"line 2: \\\"ko\\\" must be a "
        "string (the document's text)\"}\n";
    CHECK(one.substr(expected.str().size()).starts_with(error_row));
    CHECK(one.find("\"id\":\"talk-cafe\"") != std::string::npos);
  }

  TEST_CASE("a record past the size limit fails alone") {
    StreamOptions options;
    options.max_record_bytes = 5000;
    StreamSummary summary;
    const std::string out = Stream(Records(), options, &summary);
    CHECK(summary.failed == 2);  // the long record and the broken one
    CHECK(out.find("{\"id\":null,\"error\":\"line 1: the record is longer than 5000 bytes") == 0);
    CHECK(out.find("\"id\":\"talk-cafe\",\"ko\"") != std::string::npos);
  }

  TEST_CASE("a bitextor stream answers a header and keeps each record's url order") {
    const std::string ko = "서울에 비가 온다.\n내일은 맑다.\n";
    const std::string en = "It rains in Seoul.\nTomorrow will be clear.\n";
    const std::string input = "src_url\ttrg_url\tsrc_text\ttrg_text\textra\n" +
                              std::string("http://k\thttp://e\t") + util::EncodeBase64(ko) + "\t" +
                              util::EncodeBase64(en) + "\tx\n" +
                              "src_url\ttrg_url\tsrc_text\ttrg_text\textra\n" +
                              "http://k\thttp://e\tnot-base64!\t" + util::EncodeBase64(en) + "\n";
    StreamOptions options;
    options.format = RecordFormat::kBitextor;
    options.input_mode = io::InputMode::kLines;
    StreamSummary summary;
    std::vector<std::string> errors;
    std::istringstream in(input);
    std::ostringstream out;
    summary = RunStream(in, out, options, PipelineOptions{}, {},
                        [&](const std::string& error) { errors.push_back(error); });
    CHECK(out.str() ==
          "src_url\ttrg_url\tsrc_text\ttrg_text\tscore\n"
          "http://k\thttp://e\t서울에 비가 온다.\tIt rains in Seoul.\t" +
              out.str().substr(out.str().find("Seoul.\t") + 7, 6) + "\n" +
              "http://k\thttp://e\t내일은 맑다.\tTomorrow will be clear.\t" +
              out.str().substr(out.str().rfind("clear.\t") + 7, 6) + "\n");
    CHECK(summary.records == 2);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].starts_with("line 4 (http://k http://e): src_text: not base64"));
  }
}

}  // namespace
}  // namespace kealign
