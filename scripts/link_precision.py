#!/usr/bin/env python3
"""Precision of kealign's word links on names and numbers (issue 11), from JSONL outputs.

usage: scripts/link_precision.py [--show-wrong N] JSONL_FILE_OR_DIR...

Reads the "links" of every JSONL line ([ko_start, ko_end, en_start, en_end], UTF-8 byte
offsets into that line's "ko" and "en"). A link is *measured* when it involves a name or a
number written in Latin script or digits: its Korean side holds a Latin letter or a digit
(`OpenAI`, `140억 달러`, `4월`), or its English side holds a digit or is a number word, month or
weekday (`$14 billion`, `four`, `April`, `Monday`). A measured link is *right* when the two
sides match by string (the Latin letters and digits of the Korean side, lower-cased, equal
those of the English side) or by number (some number read from the Korean side equals some
number read from the English side: digits with Korean or English scale words, `억`/`만`/`조`/`천`
and `billion`/`million`/…, months and weekdays by their number, English number words and
Korean native numerals). The readers here are written independently of kealign's own.
Prints measured, right, precision, and per kind of measured link (Latin word, number).
"""
import json
import os
import re
import sys

KO_SCALE = {"십": 10, "백": 100, "천": 1000, "만": 10**4, "억": 10**8, "조": 10**12}
EN_SCALE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
            "trillion": 10**12, "bn": 10**9, "mn": 10**6, "m": 10**6, "k": 1000}
EN_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
EN_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5, "once": 1, "twice": 2,
                 "a": 1, "an": 1, "single": 1, "both": 2, "couple": 2, "double": 2,
                 "triple": 3, "tenfold": 10, "hundreds": 100, "thousands": 1000,
                 "millions": 10**6, "billions": 10**9, "dozens": 10, "tens": 10, "decade": 10,
                 "decades": 10})
EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
MONTHS.update({m[:3]: v for m, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i + 1 for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
KO_WEEKDAYS = {d: i + 1 for i, d in enumerate("월화수목금토일")}
KO_NATIVE = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "석": 3, "네": 4, "넷": 4,
             "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20, "스물": 20,
             "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
             "첫": 1, "처음": 1, "최초": 1, "수십": 10, "수백": 100, "수천": 1000, "수만": 10**4,
             "절반": 0.5, "부부": 2, "커플": 2, "양": 2}
KO_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
KO_NATIVE_UNITS = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4,
                   "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
KO_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60,
                  "일흔": 70, "여든": 80, "아흔": 90}
KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7,
           "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
SINO_SPELLED = re.compile(r"[일이삼사오육칠팔구십백천만억조]{2,}|[십백천만억조]")
NATIVE_SPELLED = re.compile("(" + "|".join(sorted(KO_NATIVE_TENS, key=len, reverse=True)) + ")?(" +
                            "|".join(sorted(KO_NATIVE_UNITS, key=len, reverse=True)) + ")?")


def sino_value(s):
    """사십 → 40, 칠백오십 → 750, 삼만 → 30000; None if `s` is not a Sino-Korean numeral."""
    total, section, digit = 0, 0, 0
    for c in s:
        if c in KO_SINO:
            digit = KO_SINO[c]
        elif c in "십백천":
            section += (digit or 1) * KO_SCALE[c]
            digit = 0
        elif c in "만억조":
            total += (section + digit or 1) * KO_SCALE[c]
            section, digit = 0, 0
        else:
            return None
    return total + section + digit
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def close(a, b):
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1)


def korean_numbers(text):
    """Values read from a Korean span: digits with scales, native numerals, months, weekdays."""
    values = set()
    t = text.replace(" ", "")
    # Digit runs with optional scale suffixes: 140억, 1억2천만, 3.5조, 4월 (month), 30일.
    for m in re.finditer(r"(?:\d+(?:,\d{3})*(?:\.\d+)?[십백천만억조]*)+", t):
        chunk = m.group(0)
        total = 0.0
        for part in re.finditer(r"(\d+(?:,\d{3})*(?:\.\d+)?)([십백천]?)([만억조]?)", chunk):
            v = float(part.group(1).replace(",", ""))
            if part.group(2):
                v *= KO_SCALE[part.group(2)]
            if part.group(3):
                v *= KO_SCALE[part.group(3)]
            total += v
        values.add(("n", total))
        after = t[m.end():m.end() + 1]
        if after == "월":
            values.add(("month", total))
    for word, v in KO_NATIVE.items():
        if word in t:
            values.add(("n", float(v)))
    for word, v in KO_DAYS.items():
        if word in t:
            values.add(("n", float(v)))
    for m in NATIVE_SPELLED.finditer(t):
        if m.group(0):
            values.add(("n", float(KO_NATIVE_TENS.get(m.group(1), 0) +
                                   KO_NATIVE_UNITS.get(m.group(2), 0))))
    for m in SINO_SPELLED.finditer(t):
        v = sino_value(m.group(0))
        if v:
            values.add(("n", float(v)))
    if t.startswith("반"):
        values.add(("n", 0.5))
    for m in re.finditer(r"([십백천만억조]+)", t):  # 천만 alone, 억 alone
        if not re.search(r"\d", t):
            v = 1
            for c in m.group(1):
                v *= KO_SCALE[c]
            values.add(("n", float(v)))
    for m in re.finditer(r"([월화수목금토일])요일", t):
        values.add(("weekday", float(KO_WEEKDAYS[m.group(1)])))
    for m in re.finditer(r"([일이삼사오육칠팔구십]+)월", t):
        s = m.group(1)
        v = 0
        if "십" in s:
            head, _, tail = s.partition("십")
            v = (KO_SINO.get(head, 1) if head else 1) * 10 + (KO_SINO.get(tail, 0) if tail else 0)
        elif s in KO_SINO:
            v = KO_SINO[s]
        if v:
            values.add(("month", float(v)))
    return values


def english_numbers(text):
    """Values read from an English span: digits with scales, number words, months, weekdays."""
    values = set()
    words = re.findall(r"[a-z]+|\d+(?:,\d{3})*(?:\.\d+)?", text.lower())
    i = 0
    while i < len(words):
        w = words[i]
        v = None
        if NUMBER.fullmatch(w):
            v = float(w.replace(",", ""))
        elif w in EN_WORDS:
            v = float(EN_WORDS[w])
            # twenty-one, forty five
            if v >= 20 and i + 1 < len(words) and words[i + 1] in EN_WORDS and EN_WORDS[words[i + 1]] < 10:
                v += EN_WORDS[words[i + 1]]
                i += 1
        elif w in EN_ORDINALS:
            v = float(EN_ORDINALS[w])
        elif w in EN_SCALE and len(w) > 1:  # a bare scale word: `billion` (of `a billion`)
            v = float(EN_SCALE[w])
        if v is not None:
            while i + 1 < len(words) and (words[i + 1] in EN_SCALE or words[i + 1] in (
                    "decade", "decades", "dozen", "thousands", "millions", "billions", "hundreds")):
                v *= EN_SCALE.get(words[i + 1], 12 if words[i + 1] == "dozen" else EN_WORDS.get(words[i + 1], 1))
                i += 1
            # Vague magnitudes: `tens of thousands`, `hundreds of millions`.
            if i + 2 < len(words) and words[i + 1] == "of" and words[i + 2] in (
                    "thousands", "millions", "billions", "hundreds"):
                v *= EN_WORDS[words[i + 2]]
                i += 2
            values.add(("n", v))
            if w == "dozen":
                values.add(("n", 12.0))
        if w in MONTHS:
            values.add(("month", float(MONTHS[w])))
        if w in WEEKDAYS:
            values.add(("weekday", float(WEEKDAYS[w])))
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th|s)", w)
        if m:
            values.add(("n", float(m.group(1))))
        i += 1
    for m in re.finditer(r"(\d+)(?:st|nd|rd|th|s)\b", text.lower()):
        values.add(("n", float(m.group(1))))
    return values


def latin(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def is_english_number(text):
    low = text.lower()
    return bool(re.search(r"\d", low)) or any(
        w in EN_WORDS or w in EN_ORDINALS or w in MONTHS or w in WEEKDAYS
        for w in re.findall(r"[a-z]+", low) if w not in ("a", "an", "may", "march", "both"))


def judge(ko, en):
    """(kind, right) for a measured link, or None if the link is not measured."""
    ko_latin = bool(re.search(r"[A-Za-z]", ko))
    ko_digit = bool(re.search(r"\d", ko))
    if not (ko_latin or ko_digit or is_english_number(en)):
        return None
    kind = "latin" if ko_latin and not ko_digit else "number"
    if ko_latin and latin(ko) and latin(ko) == latin(en):
        return kind, True
    ko_values, en_values = korean_numbers(ko), english_numbers(en)
    for k_kind, k in ko_values:
        for e_kind, e in en_values:
            if k_kind == e_kind and close(k, e):
                return kind, True
    return kind, False


def files(args):
    for arg in args:
        if os.path.isdir(arg):
            for name in sorted(os.listdir(arg)):
                if name.endswith(".jsonl"):
                    yield os.path.join(arg, name)
        else:
            yield arg


def main():
    args = sys.argv[1:]
    show = 0
    if args and args[0] == "--show-wrong":
        show = int(args[1])
        args = args[2:]
    counts = {}
    total_links = 0
    wrong = []
    for path in files(args):
        with open(path, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                ko, en = o["ko"].encode(), o["en"].encode()
                for a, b, c, d in o.get("links", []):
                    total_links += 1
                    k, e = ko[a:b].decode(), en[c:d].decode()
                    verdict = judge(k, e)
                    if verdict is None:
                        continue
                    kind, right = verdict
                    measured, good = counts.get(kind, (0, 0))
                    counts[kind] = (measured + 1, good + right)
                    if not right:
                        wrong.append(f"{os.path.basename(path)}: {k} = {e}")
    measured = sum(m for m, _ in counts.values())
    right = sum(g for _, g in counts.values())
    for kind, (m, g) in sorted(counts.items()):
        print(f"{kind}: {g}/{m} right = {g / m:.3f}" if m else f"{kind}: none")
    for line in wrong[:show]:
        print("wrong:", line)
    print(f"links {total_links}, measured {measured}, right {right}, precision "
          f"{right / measured if measured else float('nan'):.3f}")


if __name__ == "__main__":
    main()
