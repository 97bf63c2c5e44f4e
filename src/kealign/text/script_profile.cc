#include "kealign/text/script_profile.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <map>

#include "kealign/util/utf8.h"

namespace kealign::text {

ScriptProfile ProfileScripts(std::string_view text) {
  ScriptProfile profile;
  std::map<int, std::size_t> others;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      profile.latin += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
      ++pos;
      continue;
    }
    const auto c = static_cast<UChar32>(util::DecodeUtf8(text, &pos));
    if (!u_isUAlphabetic(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status)) continue;
    if (script == USCRIPT_HANGUL) {
      ++profile.hangul;
    } else if (script == USCRIPT_LATIN) {
      ++profile.latin;
    } else {
      ++profile.other;
      ++others[script];
    }
  }
  std::size_t most = 0;
  for (const auto& [script, count] : others) {
    if (count > most) {
      most = count;
      profile.main_other_script = uscript_getName(static_cast<UScriptCode>(script));
    }
  }
  return profile;
}

}  // namespace kealign::text
