#include "kealign/io/records.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "kealign/error.h"
#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"
#include "kealign/util/base64.h"

namespace kealign::io {
namespace {

constexpr std::size_t kBufferBytes = 1 << 16;

// `text` split at tabs.
std::vector<std::string_view> SplitTabs(std::string_view text) {
  std::vector<std::string_view> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = text.find('\t', begin);
    fields.push_back(text.substr(begin, tab == std::string_view::npos ? tab : tab - begin));
    if (tab == std::string_view::npos) return fields;
    begin = tab + 1;
  }
}

// A checked document from a record's text field, as a file's would be.
Document MakeRecordDocument(std::string text, const std::string& name, InputMode mode) {
  return MakeDocument(CheckText(std::move(text), name), name, mode);
}

}  // namespace

LineReader::LineReader(std::istream& in, std::uint64_t max_line_bytes)
    : in_(in.rdbuf()), max_line_bytes_(max_line_bytes), buffer_(kBufferBytes) {}

bool LineReader::Fill() {
  begin_ = end_ = 0;
  if (in_ == nullptr) return false;
  try {
    // `sgetc` waits for at least one byte; what the stream buffer then holds can be taken
    // without waiting more. Asking `sgetn` for more than that could block on a pipe until the
    // writer sends the next record, or closes it.
    if (std::char_traits<char>::eq_int_type(in_->sgetc(), std::char_traits<char>::eof())) {
      return false;
    }
    const std::streamsize available = std::max<std::streamsize>(1, in_->in_avail());
    const std::streamsize got = in_->sgetn(
        buffer_.data(),
        std::min<std::streamsize>(available, static_cast<std::streamsize>(buffer_.size())));
    end_ = static_cast<std::size_t>(std::max<std::streamsize>(0, got));
  } catch (const std::exception& e) {
    throw InputError(kStdinName, fmt::format("read error: {}", e.what()));
  }
  return end_ > 0;
}

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  std::uint64_t length = 0;
  while (true) {
    if (begin_ == end_ && !Fill()) break;
    any = true;
    const char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start, '\n', end_ - begin_);
    const std::size_t count =
        newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - start)
                           : end_ - begin_;
    length += count;
    if (max_line_bytes_ != 0 && length > max_line_bytes_) {
      *too_long = true;
      line->clear();
      line->shrink_to_fit();
    } else {
      line->append(start, count);
    }
    begin_ += count;
    if (newline != nullptr) {
      ++begin_;
      break;
    }
  }
  if (!any) return false;
  ++line_number_;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

void ParseJsonlRecord(std::string_view line, InputMode mode, StreamRecord* record) {
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's message starts with its own "[json.exception.parse_error.101] ".
    std::string what = e.what();
    if (const std::size_t bracket = what.find("] "); bracket != std::string::npos) {
      what.erase(0, bracket + 2);
    }
    throw InputError("", fmt::format("not a JSON record: {}", what));
  }
  if (!object.is_object()) {
    throw InputError("", "not a JSON object: expected {\"id\": …, \"ko\": \"…\", \"en\": \"…\"}");
  }
  const auto id = object.find("id");
  if (id == object.end()) throw InputError("", "the record has no \"id\"");
  if (!id->is_string() && !id->is_number()) {
    throw InputError("", "\"id\" must be a string or a number");
  }
  record->id_json = id->dump(-1, ' ', /*ensure_ascii=*/false);
  for (const char* key : {"ko", "en"}) {
    const auto field = object.find(key);
    if (field == object.end()) throw InputError("", fmt::format("the record has no \"{}\"", key));
    if (!field->is_string()) {
      throw InputError("", fmt::format("\"{}\" must be a string (the document's text)", key));
    }
    Document document = MakeRecordDocument(field->get<std::string>(), key, mode);
    (std::strcmp(key, "ko") == 0 ? record->source : record->target) = std::move(document);
  }
}

void WriteJsonlError(const std::string& id_json, std::string_view message, std::ostream& out) {
  std::string line = "{\"id\":";
  line.append(id_json.empty() ? "null" : id_json);
  line.append(",\"error\":").append(JsonString(message)).append("}\n");
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

std::optional<BitextorColumns> ParseBitextorHeader(std::string_view line) {
  const std::vector<std::string_view> fields = SplitTabs(line);
  const auto column = [&](std::string_view name) -> std::optional<std::size_t> {
    const auto it = std::find(fields.begin(), fields.end(), name);
    if (it == fields.end()) return std::nullopt;
    return static_cast<std::size_t>(it - fields.begin());
  };
  const auto src_url = column("src_url"), trg_url = column("trg_url");
  const auto src_text = column("src_text"), trg_text = column("trg_text");
  if (!src_url || !trg_url || !src_text || !trg_text) return std::nullopt;
  return BitextorColumns{*src_url, *trg_url, *src_text, *trg_text};
}

void ParseBitextorRecord(std::string_view line, const BitextorColumns& columns, InputMode mode,
                         bool english_first, StreamRecord* record) {
  const std::vector<std::string_view> fields = SplitTabs(line);
  const std::size_t needed = 1 + std::max({columns.first_url, columns.second_url,
                                           columns.first_text, columns.second_text});
  if (fields.size() < needed) {
    throw InputError("", fmt::format("{} tab-separated column{}, expected at least {} (url1, url2, "
                                     "base64 text1, base64 text2)",
                                     fields.size(), fields.size() == 1 ? "" : "s", needed));
  }
  record->first_url = std::string(fields[columns.first_url]);
  record->second_url = std::string(fields[columns.second_url]);
  const char* names[2] = {"src_text", "trg_text"};
  const std::size_t text_columns[2] = {columns.first_text, columns.second_text};
  for (int k = 0; k < 2; ++k) {
    std::string text;
    if (const auto bad = util::DecodeBase64(fields[text_columns[k]], &text)) {
      throw InputError(
          "", fmt::format("{}: not base64 (character {} of the column)", names[k], *bad + 1));
    }
    Document document = MakeRecordDocument(std::move(text), names[k], mode);
    const bool korean = (k == 0) != english_first;
    (korean ? record->source : record->target) = std::move(document);
  }
}

void WriteBitextorRows(const AlignedDocument& document, const StreamRecord& record,
                       bool english_first, bool pairs_only, std::ostream& out) {
  std::string line, korean, english;
  for (const align::Bead& bead : document.ladder) {
    if (pairs_only && bead.is_hole()) continue;
    korean.clear();
    english.clear();
    detail::AppendSideText(document.source, bead.source_begin, bead.source_count, &korean);
    detail::AppendSideText(document.target, bead.target_begin, bead.target_count, &english);
    line.assign(record.first_url).push_back('\t');
    line.append(record.second_url).push_back('\t');
    line.append(english_first ? english : korean).push_back('\t');
    line.append(english_first ? korean : english).push_back('\t');
    detail::AppendScore(bead.score, &line);
    line.push_back('\n');
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

}  // namespace kealign::io
