// The word units the lexical model (IBM Model 1) learns translations between.
//
// Korean writes particles and endings attached to stems (`투자했으며`, `OpenAI와`), which would
// make every inflected form a word of its own; tokens are therefore Hangul words with one
// trailing particle or `하다`-ending stripped (`lang::StripKoreanParticle`), plus lower-cased
// Latin words. English tokens are lower-cased words. Numbers are left to the anchors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kealign/lang/language.h"

namespace kealign::features {

// The lexical tokens of one sentence, in text order. Linear time; allocates the strings.
std::vector<std::string> LexicalTokens(std::string_view sentence, Language language);

}  // namespace kealign::features
