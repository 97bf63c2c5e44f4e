#include "kealign/lang/english_abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

namespace kealign::lang {
namespace {

struct Entry {
  std::string_view word;
  AbbreviationKind kind;
};

using K = AbbreviationKind;

// Sorted by `word` (byte order) at compile time below; lookups are binary searches.
constexpr auto kAbbreviations = [] {
  std::array entries{
      // Titles and honorifics: always followed by a name.
      Entry{"Mr", K::kTitle},
      Entry{"Mrs", K::kTitle},
      Entry{"Ms", K::kTitle},
      Entry{"Messrs", K::kTitle},
      Entry{"Mme", K::kTitle},
      Entry{"Mlle", K::kTitle},
      Entry{"Dr", K::kTitle},
      Entry{"Drs", K::kTitle},
      Entry{"Prof", K::kTitle},
      Entry{"Rev", K::kTitle},
      Entry{"Hon", K::kTitle},
      Entry{"Pres", K::kTitle},
      Entry{"Gov", K::kTitle},
      Entry{"Sen", K::kTitle},
      Entry{"Rep", K::kTitle},
      Entry{"Reps", K::kTitle},
      Entry{"Sens", K::kTitle},
      Entry{"Amb", K::kTitle},
      Entry{"Gen", K::kTitle},
      Entry{"Lt", K::kTitle},
      Entry{"Col", K::kTitle},
      Entry{"Maj", K::kTitle},
      Entry{"Capt", K::kTitle},
      Entry{"Cmdr", K::kTitle},
      Entry{"Adm", K::kTitle},
      Entry{"Sgt", K::kTitle},
      Entry{"Cpl", K::kTitle},
      Entry{"Pvt", K::kTitle},
      Entry{"Brig", K::kTitle},
      Entry{"Supt", K::kTitle},
      Entry{"Insp", K::kTitle},
      Entry{"Det", K::kTitle},
      Entry{"Fr", K::kTitle},
      Entry{"Sr", K::kMayEnd},
      Entry{"Jr", K::kMayEnd},
      Entry{"Mt", K::kTitle},
      Entry{"Ft", K::kTitle},
      Entry{"Pt", K::kTitle},
      Entry{"Gens", K::kTitle},
      // Saint and Street share "St"; "St. Louis" is far more common than a sentence ending in
      // "St.", and a following sentence opener still splits ("Main St. The ...").
      Entry{"St", K::kMayEnd},
      Entry{"Ste", K::kMayEnd},
      // Inline Latin and connectives.
      Entry{"e.g", K::kInline},
      Entry{"i.e", K::kInline},
      Entry{"vs", K::kInline},
      Entry{"v", K::kInline},
      Entry{"cf", K::kInline},
      Entry{"approx", K::kInline},
      Entry{"ca", K::kInline},
      Entry{"c", K::kInline},
      Entry{"viz", K::kInline},
      Entry{"et al", K::kMayEnd},
      Entry{"al", K::kMayEnd},
      Entry{"incl", K::kInline},
      Entry{"esp", K::kInline},
      Entry{"w.r.t", K::kInline},
      Entry{"resp", K::kInline},
      Entry{"Eq", K::kBeforeNumber},
      Entry{"Eqs", K::kBeforeNumber},
      // Before numbers.
      Entry{"No", K::kBeforeNumber},
      Entry{"Nos", K::kBeforeNumber},
      Entry{"Vol", K::kBeforeNumber},
      Entry{"vol", K::kBeforeNumber},
      Entry{"Vols", K::kBeforeNumber},
      Entry{"pp", K::kBeforeNumber},
      Entry{"p", K::kBeforeNumber},
      Entry{"Fig", K::kBeforeNumber},
      Entry{"fig", K::kBeforeNumber},
      Entry{"Figs", K::kBeforeNumber},
      Entry{"Art", K::kBeforeNumber},
      Entry{"art", K::kBeforeNumber},
      Entry{"Sec", K::kBeforeNumber},
      Entry{"sec", K::kBeforeNumber},
      Entry{"Ch", K::kBeforeNumber},
      Entry{"ch", K::kBeforeNumber},
      Entry{"Chap", K::kBeforeNumber},
      Entry{"Op", K::kBeforeNumber},
      Entry{"op", K::kBeforeNumber},
      Entry{"Tel", K::kBeforeNumber},
      Entry{"tel", K::kBeforeNumber},
      Entry{"ext", K::kBeforeNumber},
      Entry{"Ext", K::kBeforeNumber},
      Entry{"Para", K::kBeforeNumber},
      Entry{"para", K::kBeforeNumber},
      Entry{"Rt", K::kBeforeNumber},
      Entry{"Rte", K::kBeforeNumber},
      Entry{"Hwy", K::kBeforeNumber},
      Entry{"Ref", K::kBeforeNumber},
      Entry{"ref", K::kBeforeNumber},
      Entry{"Tab", K::kBeforeNumber},
      Entry{"Nr", K::kBeforeNumber},
      Entry{"est", K::kBeforeNumber},
      Entry{"Est", K::kBeforeNumber},
      Entry{"b", K::kBeforeNumber},
      Entry{"d", K::kBeforeNumber},
      // Months and days: before a date number.
      Entry{"Jan", K::kBeforeNumber},
      Entry{"Feb", K::kBeforeNumber},
      Entry{"Mar", K::kBeforeNumber},
      Entry{"Apr", K::kBeforeNumber},
      Entry{"Jun", K::kBeforeNumber},
      Entry{"Jul", K::kBeforeNumber},
      Entry{"Aug", K::kBeforeNumber},
      Entry{"Sep", K::kBeforeNumber},
      Entry{"Sept", K::kBeforeNumber},
      Entry{"Oct", K::kBeforeNumber},
      Entry{"Nov", K::kBeforeNumber},
      Entry{"Dec", K::kBeforeNumber},
      Entry{"Mon", K::kMayEnd},
      Entry{"Tue", K::kMayEnd},
      Entry{"Tues", K::kMayEnd},
      Entry{"Wed", K::kMayEnd},
      Entry{"Thu", K::kMayEnd},
      Entry{"Thur", K::kMayEnd},
      Entry{"Thurs", K::kMayEnd},
      Entry{"Fri", K::kMayEnd},
      Entry{"Sat", K::kMayEnd},
      // Companies, places, units and other words that may close a sentence.
      Entry{"Inc", K::kMayEnd},
      Entry{"Corp", K::kMayEnd},
      Entry{"Co", K::kMayEnd},
      Entry{"Cos", K::kMayEnd},
      Entry{"Ltd", K::kMayEnd},
      Entry{"Bros", K::kMayEnd},
      Entry{"Plc", K::kMayEnd},
      Entry{"plc", K::kMayEnd},
      Entry{"Assn", K::kMayEnd},
      Entry{"Assoc", K::kMayEnd},
      Entry{"Dept", K::kMayEnd},
      Entry{"dept", K::kMayEnd},
      Entry{"Univ", K::kMayEnd},
      Entry{"Govt", K::kMayEnd},
      Entry{"Natl", K::kMayEnd},
      Entry{"Intl", K::kMayEnd},
      Entry{"Ave", K::kMayEnd},
      Entry{"Blvd", K::kMayEnd},
      Entry{"Rd", K::kMayEnd},
      Entry{"Sq", K::kMayEnd},
      Entry{"Ln", K::kMayEnd},
      Entry{"Hts", K::kMayEnd},
      Entry{"Pl", K::kMayEnd},
      Entry{"Cal", K::kMayEnd},
      Entry{"Calif", K::kMayEnd},
      Entry{"Conn", K::kMayEnd},
      Entry{"Fla", K::kMayEnd},
      Entry{"Ga", K::kMayEnd},
      Entry{"Ill", K::kMayEnd},
      Entry{"Mass", K::kMayEnd},
      Entry{"Mich", K::kMayEnd},
      Entry{"Minn", K::kMayEnd},
      Entry{"Penn", K::kMayEnd},
      Entry{"Pa", K::kMayEnd},
      Entry{"Tenn", K::kMayEnd},
      Entry{"Tex", K::kMayEnd},
      Entry{"Va", K::kMayEnd},
      Entry{"Wash", K::kMayEnd},
      Entry{"Wis", K::kMayEnd},
      Entry{"Ariz", K::kMayEnd},
      Entry{"Colo", K::kMayEnd},
      Entry{"Okla", K::kMayEnd},
      Entry{"Ore", K::kMayEnd},
      Entry{"Ky", K::kMayEnd},
      Entry{"Md", K::kMayEnd},
      Entry{"Nev", K::kMayEnd},
      Entry{"Ala", K::kMayEnd},
      Entry{"Ark", K::kMayEnd},
      Entry{"etc", K::kMayEnd},
      Entry{"Esq", K::kMayEnd},
      Entry{"Ph.D", K::kMayEnd},
      Entry{"PhD", K::kMayEnd},
      Entry{"M.D", K::kMayEnd},
      Entry{"B.A", K::kMayEnd},
      Entry{"M.A", K::kMayEnd},
      Entry{"B.Sc", K::kMayEnd},
      Entry{"M.Sc", K::kMayEnd},
      Entry{"a.m", K::kMayEnd},
      Entry{"p.m", K::kMayEnd},
      Entry{"A.M", K::kMayEnd},
      Entry{"P.M", K::kMayEnd},
      Entry{"U.S", K::kMayEnd},
      Entry{"U.K", K::kMayEnd},
      Entry{"U.N", K::kMayEnd},
      Entry{"E.U", K::kMayEnd},
      Entry{"U.S.A", K::kMayEnd},
      Entry{"min", K::kMayEnd},
      Entry{"hr", K::kMayEnd},
      Entry{"hrs", K::kMayEnd},
      Entry{"ft", K::kMayEnd},
      Entry{"lb", K::kMayEnd},
      Entry{"lbs", K::kMayEnd},
      Entry{"oz", K::kMayEnd},
      Entry{"mi", K::kMayEnd},
      Entry{"yr", K::kMayEnd},
      Entry{"yrs", K::kMayEnd},
      Entry{"mo", K::kMayEnd},
      Entry{"sq", K::kMayEnd},
      Entry{"gal", K::kMayEnd},
      Entry{"cu", K::kMayEnd},
  };
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.word < b.word; });
  return entries;
}();

constexpr auto kOpeners = [] {
  auto words = std::to_array<std::string_view>({
      "A",         "About",    "According",    "After",   "Afterward", "Again",     "All",
      "Also",      "Although", "Among",        "An",      "And",       "Another",   "Any",
      "Are",       "As",       "At",           "Because", "Before",    "Both",      "But",
      "By",        "Can",      "Could",        "Despite", "Did",       "Do",        "Does",
      "During",    "Each",     "Earlier",      "Even",    "Every",     "Few",       "First",
      "For",       "From",     "He",           "Her",     "Here",      "His",       "How",
      "However",   "I",        "If",           "In",      "Instead",   "Is",        "It",
      "Its",       "Last",     "Later",        "Many",    "Meanwhile", "More",      "Most",
      "My",        "Neither",  "Nevertheless", "No",      "None",      "Nor",       "Not",
      "Now",       "Of",       "On",           "Once",    "One",       "Only",      "Or",
      "Other",     "Our",      "Over",         "She",     "Since",     "So",        "Some",
      "Still",     "Such",     "That",         "The",     "Their",     "Then",      "There",
      "Therefore", "These",    "They",         "This",    "Those",     "Though",    "Thus",
      "To",        "Today",    "Two",          "Under",   "Until",     "Was",       "We",
      "Were",      "What",     "When",         "Where",   "Whether",   "Which",     "While",
      "Who",       "Why",      "With",         "Without", "Yes",       "Yesterday", "Yet",
      "You",       "Your",
  });
  std::sort(words.begin(), words.end());
  return words;
}();

struct SoftEntry {
  std::string_view word;
  SoftOpener kind;
};

constexpr auto kSoftOpeners = [] {
  using S = SoftOpener;
  std::array entries{
      SoftEntry{"A", S::kBeforeLower},         SoftEntry{"An", S::kBeforeLower},
      SoftEntry{"Another", S::kBeforeLower},   SoftEntry{"Both", S::kBeforeLower},
      SoftEntry{"Each", S::kBeforeLower},      SoftEntry{"He", S::kBeforeLower},
      SoftEntry{"Her", S::kBeforeLower},       SoftEntry{"His", S::kBeforeLower},
      SoftEntry{"It", S::kBeforeLower},        SoftEntry{"It's", S::kBeforeLower},
      SoftEntry{"It’s", S::kBeforeLower}, SoftEntry{"Its", S::kBeforeLower},
      SoftEntry{"Last", S::kBeforeLower},      SoftEntry{"Many", S::kBeforeLower},
      SoftEntry{"Most", S::kBeforeLower},      SoftEntry{"Our", S::kBeforeLower},
      SoftEntry{"Several", S::kBeforeLower},   SoftEntry{"She", S::kBeforeLower},
      SoftEntry{"Some", S::kBeforeLower},      SoftEntry{"Such", S::kBeforeLower},
      SoftEntry{"The", S::kBeforeLower},       SoftEntry{"Their", S::kBeforeLower},
      SoftEntry{"There", S::kBeforeLower},     SoftEntry{"These", S::kBeforeLower},
      SoftEntry{"They", S::kBeforeLower},      SoftEntry{"This", S::kBeforeLower},
      SoftEntry{"Those", S::kBeforeLower},     SoftEntry{"We", S::kBeforeLower},
      SoftEntry{"After", S::kAlways},          SoftEntry{"Although", S::kAlways},
      SoftEntry{"According", S::kAlways},      SoftEntry{"Before", S::kAlways},
      SoftEntry{"But", S::kAlways},            SoftEntry{"Despite", S::kAlways},
      SoftEntry{"During", S::kAlways},         SoftEntry{"Earlier", S::kAlways},
      SoftEntry{"However", S::kAlways},        SoftEntry{"If", S::kAlways},
      SoftEntry{"In", S::kAlways},             SoftEntry{"Later", S::kAlways},
      SoftEntry{"Meanwhile", S::kAlways},      SoftEntry{"Since", S::kAlways},
      SoftEntry{"When", S::kAlways},           SoftEntry{"While", S::kAlways},
      SoftEntry{"Yesterday", S::kAlways},
  };
  std::sort(entries.begin(), entries.end(),
            [](const SoftEntry& a, const SoftEntry& b) { return a.word < b.word; });
  return entries;
}();

// Where the entries of each initial letter A…Z start in `kSoftOpeners`.
constexpr auto kSoftOpenerStart = [] {
  std::array<std::size_t, 27> start{};
  std::size_t k = 0;
  for (std::size_t letter = 0; letter <= 26; ++letter) {
    while (k < kSoftOpeners.size() &&
           static_cast<std::size_t>(kSoftOpeners[k].word[0] - 'A') < letter) {
      ++k;
    }
    start[letter] = k;
  }
  return start;
}();

constexpr auto kBeforeNames = [] {
  // clang-format off: a word table, grouped by comments.
  auto words = std::to_array<std::string_view>({
      // Prepositions, articles, determiners, conjunctions.
      "a", "about", "above", "across", "after", "against", "along", "among", "an", "and",
      "around", "as", "at", "before", "behind", "below", "between", "beyond", "but", "by",
      "despite", "during", "each", "every", "for", "from", "her", "his", "if", "in", "inside",
      "into", "its", "like", "my", "near", "nor", "of", "off", "on", "onto", "or", "our",
      "outside", "over", "per", "plus", "since", "than", "that", "the", "their", "then",
      "these", "this", "those", "through", "to", "toward", "towards", "under", "unlike",
      "until", "upon", "versus", "via", "vs", "when", "where", "whether", "which", "while",
      "with", "within", "without", "your",
      // Verbs of saying, naming, citing, showing and performing.
      "add", "added", "adds", "announced", "asked", "concluded", "declared", "explained",
      "include", "included", "includes", "insisted", "noted", "replied", "stated", "warned",
      "am", "are", "be", "been", "being", "call", "called", "calls", "cited", "citing",
      "directed", "dubbed", "entitled", "featured", "featuring", "hosted", "is", "joined",
      "joins", "know", "known", "named", "played", "plays", "produced", "published", "quoted",
      "read", "reads", "released", "reported", "reporting", "said", "saw", "say", "says",
      "see", "seen", "sing", "sings", "sang", "star", "starred", "starring", "stars", "tell",
      "tells", "titled", "told", "visit", "visited", "was", "watch", "watched", "were",
      "won", "wrote", "writes",
      // Nouns that label a title or a letter.
      "album", "band", "book", "category", "class", "column", "episode", "exhibit", "film",
      "gate", "grade", "group", "hepatitis", "level", "magazine", "model", "movie", "musical",
      "newspaper", "novel", "opera", "option", "part", "plan", "play", "programme", "program",
      "row", "section", "series", "show", "single", "site", "size", "song", "terminal", "tier",
      "title", "type", "vitamin", "website", "zone",
  });
  // clang-format on
  std::sort(words.begin(), words.end());
  return words;
}();

}  // namespace

SoftOpener ClassifySoftOpener(std::string_view word) {
  // Asked before every capitalised word: look only at the few entries with its first letter.
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return SoftOpener::kNone;
  const std::size_t letter = static_cast<std::size_t>(word[0] - 'A');
  for (std::size_t k = kSoftOpenerStart[letter]; k < kSoftOpenerStart[letter + 1]; ++k) {
    if (kSoftOpeners[k].word == word) return kSoftOpeners[k].kind;
  }
  return SoftOpener::kNone;
}

bool KeepsCapitalisedWordInSentence(std::string_view word) {
  return std::binary_search(kBeforeNames.begin(), kBeforeNames.end(), word);
}

namespace {

AbbreviationKind Lookup(std::string_view word) {
  auto it = std::lower_bound(kAbbreviations.begin(), kAbbreviations.end(), word,
                             [](const Entry& e, std::string_view w) { return e.word < w; });
  return it != kAbbreviations.end() && it->word == word ? it->kind : AbbreviationKind::kNone;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty()) return AbbreviationKind::kNone;
  if (const AbbreviationKind kind = Lookup(word); kind != AbbreviationKind::kNone) return kind;
  // All-caps text (headlines, datelines) writes the listed ones in capitals: "ST. LOUIS",
  // "DR. KIM", "GOV. SMITH". Only short words, so that acronyms ("IBM") stay words.
  if (word.size() >= 2 && word.size() <= 4 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    std::string title(word);
    for (std::size_t k = 1; k < title.size(); ++k) title[k] = static_cast<char>(title[k] - 'A' + 'a');
    if (const AbbreviationKind kind = Lookup(title); kind != AbbreviationKind::kNone) return kind;
  }
  // Dotted acronyms and abbreviations: letters separated by periods ("N.Y", "D.C", "a.k.a").
  if (word.find('.') != std::string_view::npos) {
    bool letters_and_dots = true;
    bool previous_dot = true;
    for (char c : word) {
      bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (c == '.') {
        if (previous_dot) letters_and_dots = false;
        previous_dot = true;
      } else if (!letter) {
        letters_and_dots = false;
      } else {
        previous_dot = false;
      }
    }
    // At most two letters between periods: "N.Y", "Ph.D" (listed), not "example.com".
    std::size_t run = 0, longest = 0;
    for (char c : word) {
      run = c == '.' ? 0 : run + 1;
      longest = std::max(longest, run);
    }
    if (letters_and_dots && longest <= 2) return AbbreviationKind::kMayEnd;
  }
  return AbbreviationKind::kNone;
}

bool IsSentenceOpener(std::string_view word) {
  return std::binary_search(kOpeners.begin(), kOpeners.end(), word);
}

}  // namespace kealign::lang
