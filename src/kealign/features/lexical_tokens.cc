#include "kealign/features/lexical_tokens.h"

#include <fmt/format.h>

#include "kealign/error.h"
#include "kealign/lang/english.h"
#include "kealign/lang/korean.h"
#include "kealign/text/normalizer.h"
#include "kealign/tokenize/subword_tokenizer.h"

namespace kealign::features {

std::string_view LexicalUnitsName(LexicalUnits units) {
  switch (units) {
    case LexicalUnits::kStems:
      return "stems";
    case LexicalUnits::kPieces:
      return "spm";
    case LexicalUnits::kStemsAndPieces:
      return "both";
  }
  return "?";
}

std::optional<LexicalUnits> ParseLexicalUnits(std::string_view name) {
  for (LexicalUnits units :
       {LexicalUnits::kStems, LexicalUnits::kPieces, LexicalUnits::kStemsAndPieces}) {
    if (name == LexicalUnitsName(units)) return units;
  }
  return std::nullopt;
}

bool UsesPieces(LexicalUnits units) { return units != LexicalUnits::kStems; }

LexicalTokenizer::LexicalTokenizer(LexicalUnits units, PieceModels pieces)
    : units_(units), pieces_(std::move(pieces)) {
  if (UsesPieces(units_) && (!pieces_.korean || !pieces_.english)) {
    throw ModelError(
        fmt::format("lexical units `{}` need a Korean and an English "
                    "SentencePiece model",
                    LexicalUnitsName(units_)));
  }
}

LexicalTokenizer::Streams LexicalTokenizer::TokenStreams(std::string_view text,
                                                         Language language) const {
  Streams streams;
  // Full-width `ＡＩ` is the word `AI`; the words are found in the folded text.
  std::string folded;
  const std::string_view phrase = text::FoldCompatibility(text, &folded);
  const bool stems = units_ != LexicalUnits::kPieces;
  const bool pieces = UsesPieces(units_);
  auto add_pieces = [&](const tokenize::SubwordTokenizer& model, std::string_view word) {
    for (std::string& piece : model.EncodePieces(word)) {
      // A bare word-start marker (before a character the model splits off) carries nothing.
      if (piece != "\u2581") streams.pieces.push_back(std::move(piece));
    }
  };
  for (std::string& word : lang::FindLatinWords(phrase)) {
    if (pieces) add_pieces(*pieces_.english, word);
    if (stems) streams.stems.push_back(std::move(word));
  }
  if (language == Language::kKorean) {
    for (const ByteSpan& span : lang::FindHangulWords(phrase)) {
      const std::string_view word = span.Of(phrase);
      if (stems) streams.stems.emplace_back(lang::StripKoreanParticle(word));
      if (pieces) add_pieces(*pieces_.korean, word);
    }
  }
  return streams;
}

std::vector<std::string> LexicalTokenizer::Tokens(std::string_view sentence,
                                                  Language language) const {
  Streams streams = TokenStreams(sentence, language);
  if (streams.stems.empty()) return std::move(streams.pieces);
  streams.stems.insert(streams.stems.end(), std::make_move_iterator(streams.pieces.begin()),
                       std::make_move_iterator(streams.pieces.end()));
  return std::move(streams.stems);
}

std::uint64_t LexicalTokenizer::pieces_fingerprint() const {
  if (!UsesPieces(units_)) return 0;
  return pieces_.korean->fingerprint() * 31 + pieces_.english->fingerprint();
}

std::vector<std::string> LexicalTokens(std::string_view sentence, Language language) {
  return LexicalTokenizer().Tokens(sentence, language);
}

std::vector<SpannedToken> StemTokenSpans(std::string_view sentence, Language language) {
  std::vector<SpannedToken> tokens;
  for (lang::LatinWord& word : lang::FindLatinWordSpans(sentence)) {
    tokens.push_back({std::move(word.lower), word.span});
  }
  if (language == Language::kKorean) {
    for (const ByteSpan& span : lang::FindHangulWords(sentence)) {
      const std::string_view stem = lang::StripKoreanParticle(span.Of(sentence));
      tokens.push_back({std::string(stem), ByteSpan{span.begin, span.begin + stem.size()}});
    }
  }
  return tokens;
}

}  // namespace kealign::features
