// The word units the lexical model (IBM Model 1) learns translations between.
//
// Korean writes particles and endings attached to stems (`투자했으며`, `OpenAI와`), which would
// make every inflected form a word of its own. Two ways to expose the stems:
//   stems   Hangul words with one trailing particle or `하다`-ending stripped
//           (`lang::StripKoreanParticle`), lower-cased Latin words; English lower-cased words.
//           Needs no model file.
//   pieces  SentencePiece pieces (Kudo & Richardson 2018) of each Hangul word (Korean model)
//           and of each lower-cased Latin word (English model, on both sides so that `OpenAI`
//           has the same pieces in both languages).
// Numbers are left to the anchors in both schemes.
//
// Stems are the default: on the dev set (BENCHMARKS.md, "Korean units for the lexical model")
// no piece setting beats their strict F1 on gold splits, and the small gains some give on raw
// text (+0.006 pairs F1 at most) do not pay for 1.2-1.6x the batch time and, on a 50,000-
// sentence document, 1.6-3.6x the time and memory (pieces make longer sentences, and Model
// 1's cost grows with the product of the two lengths). With the bundled 2,000-piece models,
// Korean pieces are nearly syllables; SentencePiece trained on the text being aligned
// (`kealign train-tokenizer`) gives longer pieces and does better, but still only ties stems.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kealign/lang/language.h"
#include "kealign/span.h"

namespace kealign::tokenize {
class SubwordTokenizer;
}  // namespace kealign::tokenize

namespace kealign::features {

// Which units a lexical model is trained on. `kStemsAndPieces` gives each word both its stem
// and its pieces (two streams in one sentence: Model 1 learns which helps where).
enum class LexicalUnits { kStems, kPieces, kStemsAndPieces };

// "stems", "spm", "both" (the `--lexical-units` spelling).
std::string_view LexicalUnitsName(LexicalUnits units);
// The inverse of `LexicalUnitsName`; nullopt for any other name.
std::optional<LexicalUnits> ParseLexicalUnits(std::string_view name);
// Whether `units` need the SentencePiece models.
bool UsesPieces(LexicalUnits units);

// The SentencePiece models the piece units come from, shared (they are immutable).
struct PieceModels {
  std::shared_ptr<const tokenize::SubwordTokenizer> korean;
  std::shared_ptr<const tokenize::SubwordTokenizer> english;
};

// Splits sentences into lexical tokens. A cheap value to copy (the models are shared);
// thread-safe.
class LexicalTokenizer {
 public:
  // Stems.
  LexicalTokenizer() = default;
  // Throws `ModelError` if `units` need pieces and `pieces` lacks a model.
  LexicalTokenizer(LexicalUnits units, PieceModels pieces);

  // The tokens of one sentence, in text order (Latin words first, then Hangul words; Model 1
  // ignores order), found after folding compatibility forms (`text::FoldCompatibility`:
  // full-width `ＡＩ` is `ai`). Allocates the strings; with pieces, one SentencePiece call per
  // word.
  std::vector<std::string> Tokens(std::string_view sentence, Language language) const;

  // The tokens a seed-lexicon side stands for, by stream, so that a prior pairs units of the
  // same stream: `stems` (empty unless the units use stems) and `pieces` (likewise).
  struct Streams {
    std::vector<std::string> stems;
    std::vector<std::string> pieces;
  };
  Streams TokenStreams(std::string_view phrase, Language language) const;

  LexicalUnits units() const { return units_; }
  // Identifies the piece models (0 for stems): a trained model records it so that it is not
  // used with pieces from other SentencePiece models.
  std::uint64_t pieces_fingerprint() const;

 private:
  LexicalUnits units_ = LexicalUnits::kStems;
  PieceModels pieces_;
};

// The stem tokens of one sentence (`LexicalTokenizer()`'s). Linear time; allocates the strings.
std::vector<std::string> LexicalTokens(std::string_view sentence, Language language);

// A stem token and the bytes of the sentence it was read from.
struct SpannedToken {
  std::string text;
  ByteSpan span;
};

// The stem tokens of one sentence (`LexicalTokens`, same strings, same order) with their spans,
// for word links: a Latin word's span is the word as written (`Meta` of `Meta's`), a Hangul
// word's the stem that `lang::StripKoreanParticle` leaves (`정부` of `정부는`). Linear time.
std::vector<SpannedToken> StemTokenSpans(std::string_view sentence, Language language);

}  // namespace kealign::features
