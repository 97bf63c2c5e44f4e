// Which scripts a text's letters are written in: enough to tell Korean from English input and
// catch a pair given the wrong way round (`kealign align doc.en.txt doc.ko.txt`).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kealign::text {

// Letters (Unicode Alphabetic code points) of a text, by script.
struct ScriptProfile {
  std::size_t hangul = 0;  // syllables and jamo, NFD or NFC
  std::size_t latin = 0;
  std::size_t other = 0;  // Han (hanja), kana, Cyrillic, …
  // The script most of `other` is written in ("Han", "Cyrillic"), empty if `other` is 0.
  std::string main_other_script;

  std::size_t letters() const { return hangul + latin + other; }
  // Shares of `letters()`, 0 for a text without letters.
  double hangul_share() const { return letters() == 0 ? 0.0 : double(hangul) / double(letters()); }
  double latin_share() const { return letters() == 0 ? 0.0 : double(latin) / double(letters()); }
};

// Counts the letters of valid UTF-8 `text`. Linear, one pass; ASCII needs no ICU call.
ScriptProfile ProfileScripts(std::string_view text);

}  // namespace kealign::text
