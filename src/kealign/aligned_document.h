// The result of aligning one document pair: both documents and the ladder between them.
// Writers (`kealign/io/`) take this and nothing else.
#pragma once

#include "kealign/align/bead.h"
#include "kealign/document.h"

namespace kealign {

struct AlignedDocument {
  Document source;  // Korean
  Document target;  // English
  align::Ladder ladder;
};

}  // namespace kealign
