// Reading alignment ladders in vecalign's notation, the way back from `--format ids`: a
// ladder corrected by a reviewer (the review page's export) or written by another aligner,
// which `kealign apply` turns into every output format.
//
// Format: one bead per line, `[KOREAN IDS]:[ENGLISH IDS]`, ids 0-based and comma-separated
// (spaces allowed): `[0]:[0]`, `[1, 2]:[1]`, `[]:[3]`. A third field, vecalign's cost
// (`[0]:[0]:0.153`), is accepted and ignored; blank lines are skipped.
#pragma once

#include <istream>
#include <string>

#include "kealign/align/bead.h"

namespace kealign::io {

// Parses the ladder of a document pair with `num_source` Korean and `num_target` English
// sentences. Throws `InputError` naming `name` and the 1-based line for a malformed line, an
// empty bead (`[]:[]`), an id beyond the document, ids of one side that are not consecutive,
// and a bead that does not start where the previous one stopped (a sentence skipped, repeated
// or out of order); and naming the end of the ladder if it leaves sentences out at the end.
// The beads' scores are 0. Linear in the input.
align::Ladder ReadLadder(std::istream& in, const std::string& name, int num_source, int num_target);

// `ReadLadder` on the file at `path` ("-": standard input), read and checked as text
// (`ReadTextFile`: an empty file is an error).
align::Ladder ReadLadderFile(const std::string& path, int num_source, int num_target);

}  // namespace kealign::io
