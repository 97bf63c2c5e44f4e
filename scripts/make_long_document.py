#!/usr/bin/env python3
"""Builds one long synthetic document pair for speed measurements (scripts/bench).

make_long_document.py DEV_DIR N OUT_PREFIX writes OUT_PREFIX.ko.sents, OUT_PREFIX.en.sents and
OUT_PREFIX.gold: N sentences a side drawn (seeded, with repetition) from the gold 1-1 pairs of
the dev set, with 1 % of sentences dropped on each side so the path is not a pure diagonal.
"""
import ast
import os
import random
import sys


def main():
    dev, n, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    pairs = []
    for name in sorted(os.listdir(dev)):
        if not name.endswith(".gold"):
            continue
        base = os.path.join(dev, name[:-5])
        ko = open(base + ".ko.sents", encoding="utf-8").read().split("\n")
        en = open(base + ".en.sents", encoding="utf-8").read().split("\n")
        for line in open(base + ".gold"):
            left, right = line.strip().split(":")
            a, b = ast.literal_eval(left), ast.literal_eval(right)
            if len(a) == 1 and len(b) == 1:
                pairs.append((ko[a[0]], en[b[0]]))
    rng = random.Random(20261127)
    ko_out, en_out, gold = [], [], []
    while len(ko_out) < n or len(en_out) < n:
        k, e = rng.choice(pairs)
        r = rng.random()
        if r < 0.01 and len(ko_out) < n:
            gold.append(f"[{len(ko_out)}]:[]")
            ko_out.append(k)
        elif r < 0.02 and len(en_out) < n:
            gold.append(f"[]:[{len(en_out)}]")
            en_out.append(e)
        elif len(ko_out) < n and len(en_out) < n:
            gold.append(f"[{len(ko_out)}]:[{len(en_out)}]")
            ko_out.append(k)
            en_out.append(e)
        elif len(ko_out) < n:
            gold.append(f"[{len(ko_out)}]:[]")
            ko_out.append(k)
        else:
            gold.append(f"[]:[{len(en_out)}]")
            en_out.append(e)
    with open(prefix + ".ko.sents", "w", encoding="utf-8") as f:
        f.write("\n".join(ko_out) + "\n")
    with open(prefix + ".en.sents", "w", encoding="utf-8") as f:
        f.write("\n".join(en_out) + "\n")
    with open(prefix + ".gold", "w") as f:
        f.write("\n".join(gold) + "\n")


if __name__ == "__main__":
    main()
