#include "kealign/features/lexical_tokens.h"

#include "kealign/lang/english.h"
#include "kealign/lang/korean.h"

namespace kealign::features {

std::vector<std::string> LexicalTokens(std::string_view sentence, Language language) {
  std::vector<std::string> tokens = lang::FindLatinWords(sentence);
  if (language == Language::kKorean) {
    for (const ByteSpan& word : lang::FindHangulWords(sentence)) {
      tokens.emplace_back(lang::StripKoreanParticle(word.Of(sentence)));
    }
  }
  return tokens;
}

}  // namespace kealign::features
