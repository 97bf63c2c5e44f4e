#include "kealign/pipeline/verdict.h"

#include <fmt/format.h>

#include <cmath>
#include <string_view>

#include "kealign/error.h"
#include "kealign/text/script_profile.h"

namespace kealign {
namespace {

// What a text that fails its side's check looks like, for messages.
std::string LooksLike(const text::ScriptProfile& profile) {
  if (profile.hangul >= profile.latin && profile.hangul >= profile.other) return "Korean";
  if (profile.latin >= profile.other) return "English (Latin letters)";
  return fmt::format("neither Korean nor English (mostly {} letters)", profile.main_other_script);
}

std::string Percent(double share) { return fmt::format("{:.0f}%", 100 * share); }

// The non-whitespace bytes of sentences [begin, begin + count) of a document, one at a time.
class Letters {
 public:
  Letters(const Document& document, int begin, int count)
      : document_(document), sentence_(begin), end_(begin + count) {}
  // The next byte that is not ASCII whitespace, or -1 at the end.
  int Next() {
    while (sentence_ < end_) {
      const std::string_view text = document_.SentenceText(static_cast<std::size_t>(sentence_));
      while (pos_ < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos_++]);
        if (byte > ' ') return byte;
      }
      ++sentence_;
      pos_ = 0;
    }
    return -1;
  }

 private:
  const Document& document_;
  int sentence_;
  int end_;
  std::size_t pos_ = 0;
};

bool SameText(const AlignedDocument& document, const align::Bead& bead) {
  Letters source(document.source, bead.source_begin, bead.source_count);
  Letters target(document.target, bead.target_begin, bead.target_count);
  while (true) {
    const int a = source.Next();
    if (a != target.Next()) return false;
    if (a < 0) return true;
  }
}

bool Counted(const Sentence& sentence) { return !sentence.is_noise && !sentence.is_boilerplate; }

int CountedIn(const Document& document, int begin, int count) {
  int counted = 0;
  for (int i = begin; i < begin + count; ++i) {
    counted += Counted(document.sentences[static_cast<std::size_t>(i)]);
  }
  return counted;
}

struct Shares {
  int counted = 0;     // sentences that count at all
  int translated = 0;  // in confident, non-identical alignments
  int identical = 0;   // in confident alignments of the same text
};

Shares Count(const AlignedDocument& document) {
  Shares shares;
  for (const align::Bead& bead : document.ladder) {
    const int counted = CountedIn(document.source, bead.source_begin, bead.source_count) +
                        CountedIn(document.target, bead.target_begin, bead.target_count);
    shares.counted += counted;
    if (bead.is_hole() || !(bead.score >= kConfidentScore)) continue;
    (SameText(document, bead) ? shares.identical : shares.translated) += counted;
  }
  return shares;
}

}  // namespace

void CheckLanguages(const Document& source, const Document& target) {
  const text::ScriptProfile korean = text::ProfileScripts(source.text);
  const text::ScriptProfile english = text::ProfileScripts(target.text);
  const bool korean_bad =
      korean.letters() >= kMinLettersToJudge && korean.hangul_share() < kMinHangulShare;
  const bool english_bad =
      english.letters() >= kMinLettersToJudge && english.latin_share() < kMinLatinShare;
  const std::string bypass = "--no-language-check aligns it anyway";
  if (korean_bad && english_bad && LooksLike(korean) != "Korean" &&
      LooksLike(english) == "Korean") {
    throw InputError(source.path,
                     fmt::format("the Korean side looks like {} ({} Hangul) and the English "
                                 "side {} looks like Korean ({} Hangul): the files seem swapped; "
                                 "give the Korean file first",
                                 LooksLike(korean), Percent(korean.hangul_share()), target.path,
                                 Percent(english.hangul_share())));
  }
  if (korean_bad) {
    throw InputError(
        source.path,
        fmt::format("the Korean side looks like {}: {} of its {} letters are "
                    "Hangul ({})",
                    LooksLike(korean), Percent(korean.hangul_share()), korean.letters(), bypass));
  }
  if (english_bad) {
    throw InputError(
        target.path,
        fmt::format("the English side looks like {}: {} of its {} letters are "
                    "Latin ({})",
                    LooksLike(english), Percent(english.latin_share()), english.letters(), bypass));
  }
}

double DocumentScore(const AlignedDocument& document) {
  const Shares shares = Count(document);
  return shares.counted == 0 ? 0.0 : double(shares.translated) / shares.counted;
}

double IdenticalShare(const AlignedDocument& document) {
  const Shares shares = Count(document);
  return shares.counted == 0 ? 0.0 : double(shares.identical) / shares.counted;
}

bool IsUnrelated(const AlignedDocument& document, double min_score) {
  return document.document_score < min_score;
}

std::string UnrelatedReason(const AlignedDocument& document, double min_score) {
  if (document.identical_share >= 0.5) {
    return fmt::format(
        "the two sides are the same text ({} of the sentences): not a "
        "translation (document score {:.2f})",
        Percent(document.identical_share), document.document_score);
  }
  return fmt::format(
      "document score {:.2f} is below {:.2f}: the English does not seem to "
      "translate the Korean (an unrelated or wrong file?)",
      document.document_score, min_score);
}

}  // namespace kealign
