#!/usr/bin/env python3
"""Gale & Church (1993) sentence alignment: the classic baseline, for scripts/bench.

gale_church.py SENTS_DIR OUT_DIR aligns every NAME.ko.sents with NAME.en.sents and writes
OUT_DIR/NAME.align (vecalign ladder). Lengths are UTF-8 bytes; the length ratio is estimated
from each document's totals (Korean-English is far from Gale & Church's 1:1); variance and
priors are theirs (s^2 = 6.8; 1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089, 2-2 .011). Full DP.
"""
import math
import os
import sys

PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2,
          (1, 2): 0.089 / 2, (2, 2): 0.011}
VARIANCE = 6.8


def length_cost(ls, lt, ratio):
    mean = (ls + lt / ratio) / 2
    if mean == 0:
        return 0.0
    delta = (lt - ls * ratio) / math.sqrt(VARIANCE * mean)
    p = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(p, 1e-300))


def align(src, tgt):
    ratio = (sum(tgt) / sum(src)) if sum(src) and sum(tgt) else 1.0
    n, m = len(src), len(tgt)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for (a, b), prior in PRIORS.items():
                if i - a < 0 or j - b < 0 or cost[i - a][j - b] == inf:
                    continue
                c = cost[i - a][j - b] - math.log(prior) + length_cost(
                    sum(src[i - a:i]), sum(tgt[j - b:j]), ratio)
                if c < cost[i][j]:
                    cost[i][j], back[i][j] = c, (a, b)
    beads, i, j = [], n, m
    while i or j:
        a, b = back[i][j]
        beads.append((list(range(i - a, i)), list(range(j - b, j))))
        i, j = i - a, j - b
    return beads[::-1]


def main():
    src_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".ko.sents"):
            continue
        base = name[: -len(".ko.sents")]
        with open(os.path.join(src_dir, name), encoding="utf-8") as f:
            src = [len(line.strip().encode()) for line in f if line.strip()]
        with open(os.path.join(src_dir, base + ".en.sents"), encoding="utf-8") as f:
            tgt = [len(line.strip().encode()) for line in f if line.strip()]
        with open(os.path.join(out_dir, base + ".align"), "w") as out:
            for s, t in align(src, tgt):
                out.write(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]\n")


if __name__ == "__main__":
    main()
