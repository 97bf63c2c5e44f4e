#!/usr/bin/env python3
"""Builds models/ko-en.dict from the category files models/lexicon/*.txt.

Each category file holds lines `english @ korean` (hunalign's dictionary order: English first);
lines starting with `#` and blank lines are comments. The script checks every entry, merges the
categories, drops exact duplicates (an entry listed in two categories is counted in the first,
in file-name order), sorts by English then Korean, and writes one entry a line with no comments
or blank lines. It prints the entries per category.

    scripts/build_lexicon.py            # rebuild models/ko-en.dict
    scripts/build_lexicon.py --check    # exit 1 if models/ko-en.dict is not up to date
    scripts/build_lexicon.py --markdown # print the category table for models/README.md
"""

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICON_DIR = ROOT / "models" / "lexicon"
OUTPUT = ROOT / "models" / "ko-en.dict"

ENGLISH_RE = re.compile(r"^[A-Za-z0-9'.-]+( [A-Za-z0-9'.-]+)*$")
SEPARATOR = " @ "


def has_hangul_or_digit(text):
    for ch in text:
        cp = ord(ch)
        if (0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F
                or "0" <= ch <= "9"):
            return True
    return False


def check_entry(line):
    """Returns (english, korean) or raises ValueError saying what is wrong."""
    if line != line.strip():
        raise ValueError("leading or trailing whitespace")
    if line.count(SEPARATOR) != 1 or line.count("@") != 1:
        raise ValueError('expected exactly one " @ " separator')
    english, korean = line.split(SEPARATOR)
    if not english or not korean or english != english.strip() or korean != korean.strip():
        raise ValueError("empty or padded side")
    if not ENGLISH_RE.match(english):
        raise ValueError("English side may hold only ASCII letters, digits, single spaces, "
                         "hyphens, apostrophes and periods")
    if "  " in korean or "\t" in korean:
        raise ValueError("Korean side has a tab or a double space")
    if not has_hangul_or_digit(korean):
        raise ValueError("Korean side has neither Hangul nor digits")
    return english, korean


def load_categories():
    categories = []
    errors = []
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        entries = []
        with path.open(encoding="utf-8") as f:
            for number, raw in enumerate(f, start=1):
                line = raw.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                try:
                    entries.append(check_entry(line))
                except ValueError as e:
                    errors.append(f"{path.relative_to(ROOT)}:{number}: {e}: {line!r}")
        categories.append((path.stem, entries))
    return categories, errors


def build(categories):
    seen = set()
    rows = []
    for name, entries in categories:
        unique = set(entries)
        new = unique - seen
        seen |= unique
        rows.append((name, len(entries), len(unique), len(new)))
    lines = [f"{e}{SEPARATOR}{k}" for e, k in
             sorted(seen, key=lambda pair: (pair[0].lower(), pair[0], pair[1]))]
    return rows, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; fail if models/ko-en.dict differs from the build")
    parser.add_argument("--markdown", action="store_true",
                        help="print the per-category counts as a Markdown table")
    args = parser.parse_args()

    categories, errors = load_categories()
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} bad entries; nothing written", file=sys.stderr)
        return 1
    rows, lines = build(categories)
    text = "\n".join(lines) + "\n"

    total_lines = sum(r[1] for r in rows)
    if args.markdown:
        print("| category | lines | distinct | new (not in an earlier category) |")
        print("|---|---:|---:|---:|")
        for name, n_lines, n_unique, n_new in rows:
            print(f"| `{name}` | {n_lines:,} | {n_unique:,} | {n_new:,} |")
        print(f"| **total** | {total_lines:,} | | **{len(lines):,}** |")
    else:
        print(f"{'category':<20} {'lines':>6} {'distinct':>9} {'new':>6}")
        for name, n_lines, n_unique, n_new in rows:
            print(f"{name:<20} {n_lines:>6} {n_unique:>9} {n_new:>6}")
        print(f"{'total':<20} {total_lines:>6} {'':>9} {len(lines):>6}")
        english = {line.split(SEPARATOR)[0] for line in lines}
        korean = {line.split(SEPARATOR)[1] for line in lines}
        print(f"distinct English sides: {len(english)}, distinct Korean sides: {len(korean)}")

    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date; run scripts/build_lexicon.py",
                  file=sys.stderr)
            return 1
        return 0
    if not args.markdown:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(lines)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
