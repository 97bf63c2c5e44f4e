// Web boilerplate: the furniture that news sites and blogs print between the sentences of an
// article (`Advertisement`, `Image caption`, `Share this article`, `사진=연합뉴스`, `댓글 (0)`,
// `무단 전재 및 재배포 금지`). It is real text, so the splitter keeps it, but it is usually
// present in one language's version of a page only, so the aligner should expect no
// counterpart (`Sentence::is_boilerplate`).
//
// Glossary
//   phrase      one entry of the list: literal words, ASCII letters compared without case, and
//               at most one open tail at the end for a credit (`Photo: *`, `사진=*`).
//   lead phrase a phrase distinctive enough to be recognised at the start of a block that runs
//               on into the next sentence (`Advertisement The judiciary said…`, a re-flowed
//               paragraph). Single common words (`Share`, `Print`, `광고`, `구독`) count only
//               when they are all of a sentence: `광고 효과가 컸다` is prose.
//
// The lists are in `boilerplate.cc`, one entry a line with a comment on each group. Matching
// tries the phrases that start with the text's first byte (case-folded); it allocates nothing.
#pragma once

#include <cstddef>
#include <string_view>

#include "kealign/lang/language.h"

namespace kealign::lang {

// Whether all of `text` (a trimmed sentence or line) is one boilerplate phrase, trailing `.` or
// `:` allowed: "Advertisement", "Photo: The New York Times", "댓글 (0)", "사진=연합뉴스".
bool IsBoilerplate(Language language, std::string_view text);

// The byte length of the lead phrase that `text` (from a sentence start to the end of its
// block) starts with, when white space and more text follow it; 0 if there is none. An open
// credit tail stops where the next sentence visibly starts: in English before a capitalised
// word followed by a lower-case one ("Photo: Getty Images Ten miners…" → "Photo: Getty
// Images"); without such a place, and always in Korean, which has no capitals to show it
// ("사진: 뉴욕 타임스 정부는…"), there is no match. The caller decides whether the text after it
// starts a sentence ("Read more about it" does not).
std::size_t LeadBoilerplateLength(Language language, std::string_view text);

// Whether `name` (the text inside the parentheses of a dateline, "CNN" in `SEOUL (CNN) —`) is
// a news agency or broadcaster that datelines its stories. Case-sensitive: "AP", "Reuters".
bool IsNewsAgency(std::string_view name);

// Whether `label` (the text inside square brackets, "편집" in `[편집]`) is one of the wiki labels
// that copied wiki pages carry like a footnote mark after a sentence or heading: "편집" (edit),
// "출처 필요" and "citation needed". Either language's label counts in text of either language.
bool IsFootnoteLabel(std::string_view label);

}  // namespace kealign::lang
