#!/usr/bin/env python3
"""Strict and lax F1 of predicted vecalign ladders against gold ones (kealign's own scorer).

score_ladders.py GOLD_DIR PRED_DIR [--min-strict F] [--min-lax F]

Scores every GOLD_DIR/NAME.gold against PRED_DIR/NAME.align with Vecalign's definitions
(Thompson & Koehn 2019): precision over all predicted beads, 1-0/0-1 included; recall over gold
beads with both sides non-empty; lax counts a bead right if it shares a (source, target) id pair
with a gold bead (holes only strictly). Micro-averaged. Exits 1 if a minimum is not met, so
ctest can use it as a quality regression test.
"""
import argparse
import ast
import os
import sys


def read_ladder(path):
    beads = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                left, right = line.split(":")[:2]
                beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
            except (ValueError, SyntaxError):
                sys.exit(f"{path}:{number}: not a ladder line: {line!r}")
    return beads


def pairs(bead):
    return {(s, t) for s in bead[0] for t in bead[1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir")
    parser.add_argument("pred_dir")
    parser.add_argument("--min-strict", type=float, default=0.0)
    parser.add_argument("--min-lax", type=float, default=0.0)
    args = parser.parse_args()
    counts = dict(strict_tp_p=0, lax_tp_p=0, pred=0, strict_tp_r=0, lax_tp_r=0, gold=0)
    for name in sorted(os.listdir(args.gold_dir)):
        if not name.endswith(".gold"):
            continue
        pred_path = os.path.join(args.pred_dir, name[:-5] + ".align")
        if not os.path.exists(pred_path):
            sys.exit(f"missing prediction {pred_path}")
        gold = [b for b in read_ladder(os.path.join(args.gold_dir, name)) if b[0] or b[1]]
        pred = [b for b in read_ladder(pred_path) if b[0] or b[1]]
        gold_set = set(gold)
        gold_pairs = set().union(*(pairs(b) for b in gold if b[0] and b[1]))
        pred_set = set(pred)
        pred_pairs = set().union(*(pairs(b) for b in pred if b[0] and b[1]))
        for b in set(pred):
            counts["pred"] += 1
            counts["strict_tp_p"] += b in gold_set
            counts["lax_tp_p"] += b in gold_set or bool(pairs(b) & gold_pairs)
        for b in set(gold):
            if not (b[0] and b[1]):
                continue
            counts["gold"] += 1
            counts["strict_tp_r"] += b in pred_set
            counts["lax_tp_r"] += bool(pairs(b) & pred_pairs)

    def f1(tp_p, tp_r):
        p = tp_p / counts["pred"] if counts["pred"] else 0
        r = tp_r / counts["gold"] if counts["gold"] else 0
        return 2 * p * r / (p + r) if p + r else 0

    strict = f1(counts["strict_tp_p"], counts["strict_tp_r"])
    lax = f1(counts["lax_tp_p"], counts["lax_tp_r"])
    print(f"strict F1 {strict:.3f} lax F1 {lax:.3f} ({counts['gold']} gold beads with both sides)")
    if strict < args.min_strict or lax < args.min_lax:
        print(f"below the minimum (strict {args.min_strict}, lax {args.min_lax})", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
