#include "kealign/pipeline/word_links.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "kealign/features/lexical_tokens.h"
#include "kealign/features/word_anchors.h"
#include "kealign/lang/english.h"
#include "kealign/lexical/word_alignment.h"

namespace kealign {
namespace {

// What one sentence brings to its bead's links, computed once per sentence.
struct SentenceWords {
  std::vector<features::AnchorMention> mentions;
  std::vector<features::SpannedToken> tokens;
  std::vector<int> ids;  // the model's id of each token, or `Vocabulary::kNotFound`
};

class SideWords {
 public:
  SideWords(const Document& document, Language language, const lexical::Vocabulary* vocabulary,
            const features::FeatureOptions& options)
      : document_(document),
        language_(language),
        vocabulary_(vocabulary),
        options_(options),
        sentences_(document.sentences.size()) {}

  const SentenceWords& Of(int sentence) {
    std::optional<SentenceWords>& words = sentences_[static_cast<std::size_t>(sentence)];
    if (!words) {
      words.emplace();
      const std::string_view text = document_.SentenceText(static_cast<std::size_t>(sentence));
      words->mentions = features::FindAnchorMentions(text, language_, options_);
      if (vocabulary_ != nullptr) {
        words->tokens = features::StemTokenSpans(text, language_);
        for (const features::SpannedToken& token : words->tokens) {
          words->ids.push_back(vocabulary_->Find(token.text));
        }
      }
    }
    return *words;
  }

  // Frees what sentences before `sentence` hold: beads come in document order.
  void ForgetBefore(int sentence) {
    for (int i = forgotten_; i < sentence; ++i) sentences_[static_cast<std::size_t>(i)].reset();
    forgotten_ = std::max(forgotten_, sentence);
  }

  // `span` (relative to `sentence`) in the document's coordinates.
  ByteSpan InDocument(int sentence, ByteSpan span) const {
    const std::size_t base = document_.sentences[static_cast<std::size_t>(sentence)].span.begin;
    return ByteSpan{base + span.begin, base + span.end};
  }

 private:
  const Document& document_;
  Language language_;
  const lexical::Vocabulary* vocabulary_;
  const features::FeatureOptions& options_;
  std::vector<std::optional<SentenceWords>> sentences_;
  int forgotten_ = 0;
};

bool Overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

// Korean tokens are Hangul stems or Latin words (`features::StemTokenSpans`).
bool IsLatin(std::string_view token) {
  return !token.empty() && !(static_cast<unsigned char>(token.front()) >= 0xEA &&
                             static_cast<unsigned char>(token.front()) <= 0xED);
}

// Whether `span` (of the sentence) overlaps one of the sentence's number mentions.
bool InNumber(const SentenceWords& words, ByteSpan span) {
  return std::any_of(words.mentions.begin(), words.mentions.end(),
                     [&](const features::AnchorMention& mention) {
                       return mention.kind == WordLinkKind::kNumber && Overlaps(mention.span, span);
                     });
}

// Whether `span` overlaps the span chosen by `side` of one of `links`.
template <typename Side>
bool Taken(const std::vector<WordLink>& links, ByteSpan span, Side side) {
  return std::any_of(links.begin(), links.end(),
                     [&](const WordLink& link) { return Overlaps(side(link), span); });
}

}  // namespace

std::vector<WordLink> FindWordLinks(const AlignedDocument& document, const LexicalModel* model,
                                    const features::FeatureOptions& options) {
  const bool lexical = model != nullptr && model->units != features::LexicalUnits::kPieces;
  SideWords source(document.source, Language::kKorean, lexical ? &model->korean : nullptr, options);
  SideWords target(document.target, Language::kEnglish, lexical ? &model->english : nullptr,
                   options);
  std::vector<WordLink> all;
  std::vector<features::PlacedMention> source_mentions, target_mentions;
  std::vector<int> source_ids, target_ids;
  // Which sentence and token each id of the bead came from.
  std::vector<std::pair<int, int>> source_tokens, target_tokens;
  std::vector<WordLink> links;
  for (const align::Bead& bead : document.ladder) {
    if (bead.is_hole()) continue;
    source.ForgetBefore(bead.source_begin);
    target.ForgetBefore(bead.target_begin);
    source_mentions.clear();
    target_mentions.clear();
    source_ids.clear();
    target_ids.clear();
    source_tokens.clear();
    target_tokens.clear();
    for (int s = bead.source_begin; s < bead.source_end(); ++s) {
      const SentenceWords& words = source.Of(s);
      for (const auto& mention : words.mentions) source_mentions.push_back({s, mention});
      for (std::size_t k = 0; k < words.ids.size(); ++k) {
        source_ids.push_back(words.ids[k]);
        source_tokens.emplace_back(s, static_cast<int>(k));
      }
    }
    for (int t = bead.target_begin; t < bead.target_end(); ++t) {
      const SentenceWords& words = target.Of(t);
      for (const auto& mention : words.mentions) target_mentions.push_back({t, mention});
      for (std::size_t k = 0; k < words.ids.size(); ++k) {
        target_ids.push_back(words.ids[k]);
        target_tokens.emplace_back(t, static_cast<int>(k));
      }
    }
    links.clear();
    for (const auto& [i, j] : features::MatchAnchors(source_mentions, target_mentions)) {
      const features::PlacedMention& s = source_mentions[static_cast<std::size_t>(i)];
      const features::PlacedMention& t = target_mentions[static_cast<std::size_t>(j)];
      links.push_back({s.sentence, source.InDocument(s.sentence, s.mention.span), t.sentence,
                       target.InDocument(t.sentence, t.mention.span), 1.0f, s.mention.kind});
    }
    if (lexical && !source_ids.empty() && !target_ids.empty()) {
      const std::vector<WordLink> anchor_links(links.begin(), links.end());
      for (const lexical::TokenLink& token_link :
           lexical::IntersectBestLinks(model->model, source_ids, target_ids)) {
        if (token_link.probability < kMinLexicalLinkProbability) continue;
        const auto [s, s_token] = source_tokens[static_cast<std::size_t>(token_link.source)];
        const auto [t, t_token] = target_tokens[static_cast<std::size_t>(token_link.target)];
        const features::SpannedToken& source_token =
            source.Of(s).tokens[static_cast<std::size_t>(s_token)];
        const features::SpannedToken& target_token =
            target.Of(t).tokens[static_cast<std::size_t>(t_token)];
        // Latin-script words in Korean are names and terms the translation keeps (or spells
        // out): linked by spelling or not at all. Numbers, weekdays and months are linked by
        // value; the model pairs them with whatever word tends to stand near them (`현지시간`,
        // "local time", with every weekday).
        if (IsLatin(source_token.text) || lang::IsEnglishFunctionWord(target_token.text) ||
            InNumber(source.Of(s), source_token.span) ||
            InNumber(target.Of(t), target_token.span)) {
          continue;
        }
        const ByteSpan source_span =
            source.InDocument(s, source.Of(s).tokens[static_cast<std::size_t>(s_token)].span);
        const ByteSpan target_span =
            target.InDocument(t, target.Of(t).tokens[static_cast<std::size_t>(t_token)].span);
        if (Taken(anchor_links, source_span, [](const WordLink& l) { return l.source; }) ||
            Taken(anchor_links, target_span, [](const WordLink& l) { return l.target; })) {
          continue;
        }
        links.push_back({s, source_span, t, target_span, static_cast<float>(token_link.probability),
                         WordLinkKind::kLexical});
      }
    }
    std::sort(links.begin(), links.end(), [](const WordLink& a, const WordLink& b) {
      return std::tie(a.source_sentence, a.source.begin, a.target.begin) <
             std::tie(b.source_sentence, b.source.begin, b.target.begin);
    });
    all.insert(all.end(), links.begin(), links.end());
  }
  return all;
}

}  // namespace kealign
