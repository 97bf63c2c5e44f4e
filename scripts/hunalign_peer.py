#!/usr/bin/env python3
"""Runs hunalign (Varga et al. 2005) as a peer on the dev set's sents track, for scripts/bench.

usage: hunalign_peer.py HUNALIGN_BINARY DEV_DIR OUT_DIR [--utf] [--no-realign] [--raw]

kealign does not build or ship hunalign: pass the path of a binary built from its own
repository (danielvarga/hunalign). For each NAME.ko.sents / NAME.en.sents of DEV_DIR this runs
`hunalign [-utf] -realign EMPTY_DICT ko en` and writes OUT_DIR/NAME.align in vecalign's format
for score.py. The default is hunalign's best setting on this dev set (ANCHORS.md): byte
lengths (no -utf), -realign, and punctuation and digits split off the words (hunalign counts
tokens and matches identical ones, so `2019년` should give `2019` alone); --raw feeds the
sentences as they are. Korean is hunalign's "source" side, English its "target".
Prints the total wall time of the hunalign runs.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

SPLIT = re.compile(r"(\d+|[^\w\s])", re.UNICODE)


def preprocess(line):
    return " ".join(SPLIT.sub(r" \1 ", line).split())


def ladder_to_beads(ladder_text, n, m):
    rungs = [(0, 0)]
    for line in ladder_text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            rungs.append((int(parts[0]), int(parts[1])))
    if rungs[-1] != (n, m):
        rungs.append((n, m))
    beads = []
    for (i0, j0), (i1, j1) in zip(rungs, rungs[1:]):
        if (i0, j0) == (i1, j1):
            continue
        beads.append(f"{list(range(i0, i1))}:{list(range(j0, j1))}")
    return beads


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    if len(args) != 3:
        sys.exit(__doc__)
    binary, dev, out = args
    os.makedirs(out, exist_ok=True)
    total = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        dictionary = os.path.join(tmp, "empty.dic")
        open(dictionary, "w").close()
        for name in sorted(os.listdir(dev)):
            if not name.endswith(".ko.sents"):
                continue
            stem = name[: -len(".ko.sents")]
            sides = []
            for lang in ("ko", "en"):
                lines = open(os.path.join(dev, f"{stem}.{lang}.sents"), encoding="utf-8").read().split("\n")
                if lines and lines[-1] == "":
                    lines.pop()
                path = os.path.join(tmp, f"{stem}.{lang}")
                with open(path, "w", encoding="utf-8") as f:
                    for line in lines:
                        f.write((line if "--raw" in flags else preprocess(line)) + "\n")
                sides.append((path, len(lines)))
            command = [binary]
            if "--utf" in flags:
                command.append("-utf")
            if "--no-realign" not in flags:
                command.append("-realign")
            command += [dictionary, sides[0][0], sides[1][0]]
            start = time.time()
            result = subprocess.run(command, capture_output=True, text=True, check=True)
            total += time.time() - start
            beads = ladder_to_beads(result.stdout, sides[0][1], sides[1][1])
            with open(os.path.join(out, f"{stem}.align"), "w") as f:
                f.write("\n".join(beads) + "\n")
    print(f"hunalign wall {total:.2f} s")


if __name__ == "__main__":
    main()
