#!/usr/bin/env python3
"""Reliability of kealign's scores: how often an alignment with a given score is right.

calibration.py GOLD_DIR PRED_DIR

PRED_DIR holds NAME.tsv files written by `kealign batch --input lines --format tsv` over the
NAME.ko.sents / NAME.en.sents of GOLD_DIR; a predicted alignment (its Korean and English id
columns) is right if GOLD_DIR/NAME.gold has exactly that bead. Prints a markdown table: score
bucket, alignments in it, share right, mean score. A calibrated score has share ≈ mean score.
"""
import ast
import os
import sys


def gold_beads(path):
    beads = set()
    for line in open(path):
        left, right = line.strip().split(":")
        beads.add((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def ids(field):
    return tuple(int(x) for x in field.split(",")) if field else ()


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    buckets = [[0, 0, 0.0] for _ in range(10)]  # count, right, score sum
    for name in sorted(os.listdir(pred_dir)):
        if not name.endswith(".tsv"):
            continue
        gold = gold_beads(os.path.join(gold_dir, name[:-4] + ".gold"))
        for line in open(os.path.join(pred_dir, name), encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            score = float(fields[2])
            bucket = buckets[min(int(score * 10), 9)]
            bucket[0] += 1
            bucket[1] += (ids(fields[3]), ids(fields[4])) in gold
            bucket[2] += score
    print("| score | alignments | share right | mean score |")
    print("|---|--:|--:|--:|")
    for k, (count, right, total) in enumerate(buckets):
        if count:
            print(f"| {k / 10:.1f}–{(k + 1) / 10:.1f} | {count} | {right / count:.3f} | "
                  f"{total / count:.3f} |")


if __name__ == "__main__":
    main()
