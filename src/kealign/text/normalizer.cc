#include "kealign/text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>

#include "kealign/error.h"

namespace kealign::text {
namespace {

// ICU takes lengths as int32_t; longer texts are normalized in pieces cut at line breaks,
// across which no normalization reaches (a line feed is a starter that composes with nothing).
constexpr std::size_t kMaxPiece = std::size_t{1} << 24;

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ThrowIfIcuError(status, "Normalizer2::getNFCInstance");
  return *nfc;
}

const icu::Normalizer2& Nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  ThrowIfIcuError(status, "Normalizer2::getNFKCInstance");
  return *nfkc;
}

icu::StringPiece Piece(std::string_view text) {
  return icu::StringPiece(text.data(), static_cast<int32_t>(text.size()));
}

// The first piece of `text`: all of it if short, else up to and including a line feed at most
// `kMaxPiece` bytes in (or the first line feed after that, if a line is longer).
std::string_view FirstPiece(std::string_view text) {
  if (text.size() <= kMaxPiece) return text;
  std::size_t cut = text.rfind('\n', kMaxPiece - 1);
  if (cut == std::string_view::npos) cut = text.find('\n', kMaxPiece);
  if (cut == std::string_view::npos) return text;
  return text.substr(0, cut + 1);
}

bool IsNormalized(const icu::Normalizer2& form, std::string_view text) {
  while (!text.empty()) {
    const std::string_view piece = FirstPiece(text);
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized = form.isNormalizedUTF8(Piece(piece), status);
    ThrowIfIcuError(status, "Normalizer2::isNormalizedUTF8");
    if (!normalized) return false;
    text.remove_prefix(piece.size());
  }
  return true;
}

}  // namespace

bool IsNfc(std::string_view text) { return IsNormalized(Nfc(), text); }

void AppendNfc(std::string_view text, std::size_t original_offset, std::string* out,
               OffsetMap* map) {
  const icu::Normalizer2& nfc = Nfc();
  while (!text.empty()) {
    const std::string_view piece = FirstPiece(text);
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized = nfc.isNormalizedUTF8(Piece(piece), status);
    ThrowIfIcuError(status, "Normalizer2::isNormalizedUTF8");
    if (normalized) {
      out->append(piece);
    } else {
      const std::size_t base = out->size();
      icu::Edits edits;
      icu::StringByteSink<std::string> sink(out, static_cast<int32_t>(piece.size()));
      nfc.normalizeUTF8(0, Piece(piece), sink, &edits, status);
      ThrowIfIcuError(status, "Normalizer2::normalizeUTF8");
      // Fine changes: each composed syllable is a rewrite of its own, so that a sentence
      // boundary between two syllables still maps to a boundary in the original.
      icu::Edits::Iterator change = edits.getFineChangesIterator();
      while (change.next(status)) {
        const auto begin = base + static_cast<std::size_t>(change.destinationIndex());
        const auto original_begin =
            original_offset + static_cast<std::size_t>(change.sourceIndex());
        map->AddRewrite(begin, begin + static_cast<std::size_t>(change.newLength()), original_begin,
                        original_begin + static_cast<std::size_t>(change.oldLength()));
      }
      ThrowIfIcuError(status, "Edits::Iterator::next");
    }
    text.remove_prefix(piece.size());
    original_offset += piece.size();
  }
}

void NormalizeDocument(Document* document) {
  if (IsNfc(document->text)) return;
  if (!document->sentences.empty() || !document->to_original.is_identity()) {
    throw InternalError(document->path +
                        ": a document is normalized after its sentences or map were made");
  }
  std::string nfc;
  nfc.reserve(document->text.size());
  OffsetMap map;
  AppendNfc(document->text, 0, &nfc, &map);
  document->text = std::move(nfc);
  document->to_original = std::move(map);
}

std::string_view FoldCompatibility(std::string_view text, std::string* scratch) {
  // Plain ASCII is its own NFKC: most English sentences never reach ICU.
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return text;
  }
  const icu::Normalizer2& nfkc = Nfkc();
  if (IsNormalized(nfkc, text)) return text;
  scratch->clear();
  while (!text.empty()) {
    const std::string_view piece = FirstPiece(text);
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(scratch, static_cast<int32_t>(piece.size()));
    nfkc.normalizeUTF8(0, Piece(piece), sink, nullptr, status);
    ThrowIfIcuError(status, "Normalizer2::normalizeUTF8");
    text.remove_prefix(piece.size());
  }
  return *scratch;
}

}  // namespace kealign::text
