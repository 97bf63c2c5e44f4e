#include <pugixml.hpp>
#include <string>

#include "kealign/io/detail/text.h"
#include "kealign/io/writer.h"

namespace kealign::io {
namespace {

void AddProp(pugi::xml_node parent, const char* type, const std::string& value) {
  pugi::xml_node prop = parent.append_child("prop");
  prop.append_attribute("type") = type;
  prop.text().set(value.c_str());
}

void AddTuv(pugi::xml_node tu, const char* lang, const Document& document, int begin, int count,
            std::string* buffer) {
  pugi::xml_node tuv = tu.append_child("tuv");
  tuv.append_attribute("xml:lang") = lang;
  buffer->clear();
  detail::AppendIds(begin, count, ",", buffer);
  AddProp(tuv, "x-sentence-ids", *buffer);
  buffer->clear();
  detail::AppendSideText(document, begin, count, buffer);
  tuv.append_child("seg").text().set(buffer->c_str());
}

}  // namespace

void WriteTmx(const AlignedDocument& document, std::ostream& out) {
  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  xml.append_child(pugi::node_doctype).set_value("tmx SYSTEM \"tmx14.dtd\"");

  pugi::xml_node tmx = xml.append_child("tmx");
  tmx.append_attribute("version") = "1.4";
  pugi::xml_node header = tmx.append_child("header");
  header.append_attribute("creationtool") = "kealign";
  header.append_attribute("creationtoolversion") = std::string(detail::kToolVersion).c_str();
  header.append_attribute("datatype") = "plaintext";
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = "ko";
  header.append_attribute("o-tmf") = "kealign";
  std::string buffer;
  if (!document.source.path.empty()) {
    buffer.clear();
    detail::AppendCleanText(document.source.path, &buffer);
    AddProp(header, "x-ko-file", buffer);
  }
  if (!document.target.path.empty()) {
    buffer.clear();
    detail::AppendCleanText(document.target.path, &buffer);
    AddProp(header, "x-en-file", buffer);
  }

  pugi::xml_node body = tmx.append_child("body");
  for (std::size_t i = 0; i < document.ladder.size(); ++i) {
    const align::Bead& bead = document.ladder[i];
    if (bead.is_hole()) continue;
    pugi::xml_node tu = body.append_child("tu");
    tu.append_attribute("tuid") = static_cast<unsigned long long>(i);
    buffer.clear();
    detail::AppendScore(bead.score, &buffer);
    AddProp(tu, "x-score", buffer);
    AddProp(tu, "x-bead-type", detail::BeadType(bead));
    AddTuv(tu, "ko", document.source, bead.source_begin, bead.source_count, &buffer);
    AddTuv(tu, "en", document.target, bead.target_begin, bead.target_count, &buffer);
  }
  xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace kealign::io
