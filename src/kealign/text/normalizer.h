// Unicode normalization of input text (ICU's `Normalizer2`).
//
// The same Korean text can arrive in two canonical forms: precomposed syllables (`가`, NFC, what
// most editors and the web write) or conjoining jamo (`ᄀ` + `ᅡ`, NFD, what macOS file systems
// and many Mac editors write). They look identical but share no bytes, so the splitter, the
// anchors and the lexical model would see NFD Korean as a different script. kealign therefore
// reads every document as NFC (`AppendNfc`, `NormalizeDocument`) and keeps an `OffsetMap` from
// the NFC text back to the bytes of the input; outputs carry the NFC text.
//
// Compatibility forms (full-width `ＡＢＣ１２３`, `㈜`, `①`) are another spelling of the same
// letters, not the same characters, so they are kept in the text and folded (`FoldCompatibility`,
// NFKC) only where text is matched: anchors and the lexical model.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kealign/document.h"
#include "kealign/span.h"

namespace kealign::text {

// Whether valid UTF-8 `text` is already NFC. One pass, no allocation (ICU's quick check).
bool IsNfc(std::string_view text);

// Appends the NFC form of valid UTF-8 `text` to `*out` and records each rewrite in `*map`, with
// `text` standing at byte `original_offset` of the original (a caller that dropped a prefix, such
// as a byte-order mark, passes its length). Linear; text that is already NFC is copied as is and
// adds nothing to `*map`. Throws `InternalError` if ICU fails.
void AppendNfc(std::string_view text, std::size_t original_offset, std::string* out,
               OffsetMap* map);

// Makes `document->text` NFC and sets `document->to_original` to match, unless the text is NFC
// already (then nothing changes). The document must have no sentences yet (their spans would
// point into the old text) and an identity `to_original`; throws `InternalError` otherwise.
void NormalizeDocument(Document* document);

// `text` (valid UTF-8) with compatibility forms folded (NFKC): full-width Latin letters and
// digits become ASCII, `㈜` becomes `(주)`, `①` becomes `1`, `ﬁ` becomes `fi`, `…` becomes
// `...`. Returns `text` itself when nothing changes (the common case: no copy), else a view of
// `*scratch`, which holds the folded text until the next call with the same scratch.
std::string_view FoldCompatibility(std::string_view text, std::string* scratch);

}  // namespace kealign::text
