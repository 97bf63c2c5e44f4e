#!/usr/bin/env python3
"""Reliability of kealign's scores, and the calibration map that makes them reliable.

calibration.py GOLD_DIR PRED_DIR
    Reliability table of the scores in PRED_DIR: score bucket, alignments in it, share right,
    mean score. A calibrated score has share right ≈ mean score.
calibration.py check GOLD_DIR PRED_DIR --max-gap D --min-count N
    The same table; exits 1 if a bucket of at least N alignments has its share right more than
    D away from its mean score (a test of calibration on data the map was not fitted on).
calibration.py cv [--folds K] GOLD_DIR RAW_DIR
    Cross-validated reliability of the calibration map: documents are dealt into K folds (by
    sorted name, round robin); each fold's scores go through a map fitted on the other folds
    only, then one table is printed over all folds, beside the raw posteriors' own table.
calibration.py fit GOLD_DIR RAW_DIR
    The map fitted on every document, as the C++ tables of src/kealign/pipeline/calibration.cc.
calibration.py remake BUILD_DIR GOLD_DIR CC_FILE [--folds K]
    Runs BUILD_DIR/src/kealign batch --input lines --raw-scores over GOLD_DIR, prints the
    cross-validated table and rewrites the tables of CC_FILE with the map fitted on everything.

PRED_DIR / RAW_DIR hold NAME.tsv files written by `kealign batch --input lines --format tsv`
(RAW_DIR: with `--raw-scores`) over the NAME.ko.sents / NAME.en.sents of GOLD_DIR; a predicted
alignment (its Korean and English id columns) is right if GOLD_DIR/NAME.gold has exactly that
bead. The map is isotonic regression (pooled adjacent violators) of rightness on the posterior,
one for alignments with both sides and one for 1-0 / 0-1 (whose score is the chance the
sentence has no counterpart); it sees scores and rightness only, never which document a bead
came from.
"""
import ast
import os
import re
import subprocess
import sys
import tempfile


def gold_beads(path):
    beads = set()
    for line in open(path):
        left, right = line.strip().split(":")
        beads.add((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def ids(field):
    return tuple(int(x) for x in field.split(",")) if field else ()


def read_documents(gold_dir, pred_dir):
    """{name: [(score, is_hole, right)]} for every NAME.tsv of pred_dir."""
    documents = {}
    for name in sorted(os.listdir(pred_dir)):
        if not name.endswith(".tsv"):
            continue
        gold = gold_beads(os.path.join(gold_dir, name[:-4] + ".gold"))
        rows = []
        for line in open(os.path.join(pred_dir, name), encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            ko, en = ids(fields[-2]), ids(fields[-1])
            rows.append((float(fields[-3]), not ko or not en, (ko, en) in gold))
        documents[name[:-4]] = rows
    return documents


def buckets_of(rows):
    """[count, right, score sum] of (score, right) rows by tenths of the score."""
    buckets = [[0, 0, 0.0] for _ in range(10)]
    for score, right in rows:
        bucket = buckets[min(int(score * 10), 9)]
        bucket[0] += 1
        bucket[1] += right
        bucket[2] += score
    return buckets


def table(rows):
    """Markdown reliability table of (score, right) rows, by tenths of the score."""
    buckets = buckets_of(rows)
    lines = ["| score | alignments | share right | mean score | difference |", "|---|--:|--:|--:|--:|"]
    for k, (count, right, total) in enumerate(buckets):
        if count:
            lines.append(f"| {k / 10:.1f}–{(k + 1) / 10:.1f} | {count:,} | {right / count:.3f} | "
                         f"{total / count:.3f} | {right / count - total / count:+.3f} |")
    return "\n".join(lines)


# The fewest alignments behind one knot of the map (see `isotonic`).
MIN_BLOCK = 20


def isotonic(rows):
    """Knots [(posterior, right)] of the isotonic fit of right on score: pooled adjacent
    violators over the distinct scores, one knot per block at its mean score."""
    by_score = {}
    for score, right in rows:
        entry = by_score.setdefault(score, [0, 0])
        entry[0] += 1
        entry[1] += right
    blocks = []  # [weight, right count, score sum]
    for score in sorted(by_score):
        count, right = by_score[score]
        blocks.append([count, right, score * count])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][0] >= blocks[-1][1] / blocks[-1][0]:
            last = blocks.pop()
            for i in range(3):
                blocks[-1][i] += last[i]
    # Blocks of a few alignments are noise (a low score right once by chance would pull its
    # neighbours up): each block is pooled with a neighbour until it holds MIN_BLOCK
    # alignments. Pooling neighbours of a non-decreasing sequence keeps it non-decreasing.
    while len(blocks) > 1:
        small = min(range(len(blocks)), key=lambda k: blocks[k][0])
        if blocks[small][0] >= MIN_BLOCK:
            break
        if small == 0:
            other = 1
        elif small == len(blocks) - 1:
            other = small - 1
        else:  # the neighbour whose share right is closer
            share = blocks[small][1] / blocks[small][0]
            left, right = blocks[small - 1], blocks[small + 1]
            other = small - 1 if abs(left[1] / left[0] - share) <= abs(right[1] / right[0] - share) \
                else small + 1
        low, high = min(small, other), max(small, other)
        for i in range(3):
            blocks[low][i] += blocks[high][i]
        del blocks[high]
    knots = [(total / count, right / count) for count, right, total in blocks]
    # Below the lowest block the map falls linearly to (0, 0): an alignment the model gives no
    # chance is not right, and holding the lowest block's share flat would lift every low score.
    return ([(0.0, 0.0)] if knots and knots[0][0] > 0 else []) + knots


def calibrate(score, knots):
    """Mirror of kealign::Calibrate (pipeline/calibration.cc)."""
    p = min(max(score, 0.0), 1.0)
    if not knots:
        return p
    if p <= knots[0][0]:
        return knots[0][1]
    if p >= knots[-1][0]:
        return knots[-1][1]
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if x0 <= p < x1:
            return y0 + (p - x0) / (x1 - x0) * (y1 - y0)
    return knots[-1][1]


def fit(rows):
    """(pair knots, hole knots) fitted on (score, is_hole, right) rows."""
    pairs = [(s, r) for s, hole, r in rows if not hole]
    holes = [(s, r) for s, hole, r in rows if hole]
    return isotonic(pairs), isotonic(holes)


def apply(rows, maps):
    return [(calibrate(s, maps[1] if hole else maps[0]), r) for s, hole, r in rows]


def cross_validated(documents, folds):
    names = sorted(documents)
    out = []
    for fold in range(folds):
        held_out = [n for k, n in enumerate(names) if k % folds == fold]
        training = [row for k, n in enumerate(names) if k % folds != fold for row in documents[n]]
        maps = fit(training)
        for name in held_out:
            out.extend(apply(documents[name], maps))
    return out


def cc_tables(maps):
    def knots(name, points):  # one knot a line; `git clang-format` packs them afterwards
        body = "".join(f"    {{{x:.6f}, {y:.6f}}},\n" for x, y in points)
        return f"constexpr CalibrationKnot {name}[] = {{\n{body}}};"
    return "\n".join([knots("kPairKnots", maps[0]), knots("kHoleKnots", maps[1])])


def cv_report(documents, folds):
    raw = [(s, r) for rows in documents.values() for s, _, r in rows]
    print(f"raw posteriors ({len(documents)} documents):")
    print(table(raw))
    print()
    print(f"calibrated, {folds}-fold cross-validated by document:")
    print(table(cross_validated(documents, folds)))


def take_option(args, name, default, kind):
    if name not in args:
        return default
    k = args.index(name)
    value = kind(args[k + 1])
    del args[k:k + 2]
    return value


def check(documents, max_gap, min_count):
    rows = [(s, r) for rows in documents.values() for s, _, r in rows]
    print(table(rows))
    ok = True
    for k, (count, right, total) in enumerate(buckets_of(rows)):
        if count >= min_count and abs(right / count - total / count) > max_gap:
            print(f"bucket {k / 10:.1f}–{(k + 1) / 10:.1f}: share right {right / count:.3f}, "
                  f"mean score {total / count:.3f}: more than {max_gap} apart")
            ok = False
    return ok


def remake(build, gold_dir, cc_file, folds):
    kealign = os.path.join(build, "src", "kealign")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([kealign, "batch", gold_dir, "-o", work + "/", "--input", "lines",
                        "--format", "tsv", "--raw-scores", "--quiet"], check=True,
                       stderr=subprocess.DEVNULL)
        documents = read_documents(gold_dir, work)
    cv_report(documents, folds)
    maps = fit([row for rows in documents.values() for row in rows])
    text = open(cc_file, encoding="utf-8").read()
    begin = text.index("// CALIBRATION TABLES BEGIN")
    end = text.index("// CALIBRATION TABLES END")
    block = text[begin:end]
    # Keep the comment (every line up to the first table), replace the tables.
    comment = re.split(r"\nconstexpr ", block, maxsplit=1)[0]
    comment = comment.replace(" Placeholder: the identity until fitted.", "")
    text = text[:begin] + comment + "\n" + cc_tables(maps) + "\n" + text[end:]
    open(cc_file, "w", encoding="utf-8").write(text)
    print(f"\n{cc_file}: {len(maps[0])} pair knots, {len(maps[1])} hole knots "
          "(now run git clang-format)")


def main():
    args = sys.argv[1:]
    folds = take_option(args, "--folds", 5, int)
    max_gap = take_option(args, "--max-gap", 0.02, float)
    min_count = take_option(args, "--min-count", 1, int)
    if args and args[0] == "check":
        sys.exit(0 if check(read_documents(args[1], args[2]), max_gap, min_count) else 1)
    elif args and args[0] == "cv":
        cv_report(read_documents(args[1], args[2]), folds)
    elif args and args[0] == "fit":
        documents = read_documents(args[1], args[2])
        print(cc_tables(fit([row for rows in documents.values() for row in rows])))
    elif args and args[0] == "remake":
        remake(args[1], args[2], args[3], folds)
    elif len(args) == 2:
        documents = read_documents(args[0], args[1])
        print(table([(s, r) for rows in documents.values() for s, _, r in rows]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
