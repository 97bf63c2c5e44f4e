#!/usr/bin/env python3
"""Checks that includes in src/kealign run only downwards, floor by floor.

usage: scripts/check_layering.py [SRC_DIR]

The library's floors, bottom up (a module may include its own files and those of lower floors,
never a higher or the same floor's other modules; floor 0 is one group):

  0  util/, error.h, span.h, document.h,     plain helpers and values
     word_link.h
  1  lang/, align/, lexical/                  language knowledge; language-blind alignment and
                                              lexical models (side by side, independent)
  2  aligned_document.h, text/, tokenize/     the aligner's result; sentences; subwords
  3  features/                                sentences to what the aligner compares
  4  io/                                      reading documents, writing outputs
  5  pipeline/                                the stages joined, model loading, batches

Also checked: no file includes another module's `detail/` headers, and `align/` and `lexical/`
reach no ICU or SentencePiece header, even through the headers they include (so they build
and can be tested without either). Prints each violation and exits 1 if there is any.
"""
import os
import re
import sys

FLOORS = {
    "util": 0, "error.h": 0, "span.h": 0, "document.h": 0, "word_link.h": 0,
    "lang": 1, "align": 1, "lexical": 1,
    "aligned_document.h": 2, "text": 2, "tokenize": 2,
    "features": 3,
    "io": 4,
    "pipeline": 5,
}
THIRD_PARTY_BANNED = {"align": ("unicode/", "sentencepiece"), "lexical": ("unicode/", "sentencepiece")}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def module_of(relative):
    """'align/scorer.h' -> 'align'; 'error.cc' -> 'error.h'."""
    module = relative.split("/", 1)[0]
    return module[:-3] + ".h" if module.endswith(".cc") else module


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    root = os.path.join(src, "kealign")
    includes = {}
    for directory, _, files in os.walk(root):
        for name in files:
            if not name.endswith((".h", ".cc")):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            with open(path, encoding="utf-8") as f:
                includes[relative] = INCLUDE.findall(f.read())
    problems = []
    for relative, targets in sorted(includes.items()):
        module = module_of(relative)
        if module not in FLOORS:
            problems.append(f"{relative}: module '{module}' has no floor in {__file__}")
            continue
        for target in targets:
            if not target.startswith("kealign/"):
                continue
            inner = target[len("kealign/"):]
            other = module_of(inner)
            if other not in FLOORS:
                problems.append(f"{relative}: includes {target}, which has no floor")
            elif other != module and FLOORS[other] >= FLOORS[module] and FLOORS[other] > 0:
                problems.append(f"{relative}: includes {target} (floor {FLOORS[other]} "
                                f"'{other}' from floor {FLOORS[module]} '{module}')")
            if "/detail/" in inner and other != module:
                problems.append(f"{relative}: includes {target}, another module's detail header")

    def closure(relative, seen):
        for target in includes.get(relative, []):
            if target.startswith("kealign/"):
                inner = target[len("kealign/"):]
                if inner not in seen:
                    seen.add(inner)
                    closure(inner, seen)
            else:
                seen.add("<" + target + ">")
        return seen

    for relative in sorted(includes):
        banned = THIRD_PARTY_BANNED.get(module_of(relative))
        if not banned:
            continue
        for reached in sorted(closure(relative, set())):
            if reached.startswith("<") and reached[1:].startswith(banned):
                problems.append(f"{relative}: reaches {reached[1:-1]}, which "
                                f"'{module_of(relative)}' must build without")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"layering ok: {len(includes)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
