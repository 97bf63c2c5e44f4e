#!/usr/bin/env python3
"""Checks kealign's bundled corpus and prints its counts table.

Usage: scripts/check_corpus.py [CORPUS_DIR] [--allow-glued]

For every document NAME in CORPUS_DIR (default: corpus/) it checks that

  * the five files NAME.ko.txt, NAME.en.txt, NAME.ko.sents, NAME.en.sents and
    NAME.gold all exist and are valid UTF-8 without a byte order mark or CR;
  * the .txt files use "\\n" line ends, end with one newline, and separate
    paragraphs with exactly one blank line (no whitespace-only lines);
  * the .sents files hold one sentence a line: no empty lines, no leading or
    trailing whitespace, no tabs;
  * each .txt equals its .sents modulo whitespace: every non-space character
    in order, nothing left over on either side; and (unless --allow-glued)
    every sentence starts and ends at whitespace or a file edge in the .txt,
    so no sentence boundary falls inside a run of non-space characters;
  * the .gold is in vecalign format (`[0]:[0]`, `[1, 2]:[1]`, `[]:[3]`,
    `[4]:[]`, Korean ids on the left), no bead is empty on both sides, and the
    beads use every Korean and every English sentence id exactly once, in
    order.

Then it prints a Markdown table of per-document and total counts (sentences,
paragraphs, beads by type) that corpus/README.md reproduces. Bead type n-m
means n Korean sentences aligned with m English ones.

Exit status: 0 if everything is clean, 1 if any check failed (each problem is
printed to stderr as FILE:LINE: message), 2 on a usage error.
"""

import argparse
import collections
import pathlib
import re
import sys

LANGS = ('ko', 'en')
SUFFIXES = ('.ko.txt', '.en.txt', '.ko.sents', '.en.sents', '.gold')
BEAD_TYPES = ('1-1', '1-2', '2-1', '1-0', '0-1')
# Vecalign's bead syntax: comma-plus-space separated non-negative ids.
BEAD_RE = re.compile(r'^\[((?:\d+)(?:, \d+)*)?\]:\[((?:\d+)(?:, \d+)*)?\]$')
# The whitespace we allow between sentences and inside them.
SPACE = ' \t\n'


class Problems:
    """Collects error messages; each names a file and a line."""

    def __init__(self):
        self.messages = []

    def add(self, path, line, message):
        self.messages.append(f'{path}:{line}: {message}')

    def __len__(self):
        return len(self.messages)


def line_and_column(text, index):
    """1-based line and column of character `index` in `text`."""
    line = text.count('\n', 0, index) + 1
    column = index - (text.rfind('\n', 0, index) + 1) + 1
    return line, column


def read_text(path, problems):
    """Returns the file decoded as UTF-8, or None after recording why not."""
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.add(path, 0, f'cannot read: {error.strerror}')
        return None
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as error:
        line = data.count(b'\n', 0, error.start) + 1
        problems.add(path, line,
                     f'invalid UTF-8 at byte offset {error.start} '
                     f'({error.reason}); save the file as UTF-8')
        return None
    if text.startswith('\ufeff'):
        problems.add(path, 1, 'starts with a byte order mark; remove it')
    if '\r' in text:
        line, _ = line_and_column(text, text.index('\r'))
        problems.add(path, line, 'contains a carriage return; use "\\n" line ends')
    if text and not text.endswith('\n'):
        problems.add(path, text.count('\n') + 1, 'does not end with a newline')
    return text


def check_txt_layout(path, text, problems):
    """Paragraphs separated by exactly one blank line; returns paragraph count."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines:
        problems.add(path, 1, 'empty file')
        return 0
    paragraphs = 0
    previous_blank = True
    for number, line in enumerate(lines, 1):
        if line.strip() == '':
            if line != '':
                problems.add(path, number, 'whitespace-only line; make it empty')
            if previous_blank:
                where = 'at the start of the file' if number == 1 else 'after another blank line'
                problems.add(path, number, f'blank line {where}; '
                             'paragraphs are separated by exactly one blank line')
            previous_blank = True
            continue
        if line != line.rstrip():
            problems.add(path, number, 'trailing whitespace')
        if previous_blank:
            paragraphs += 1
        previous_blank = False
    if previous_blank and lines[-1] == '':
        problems.add(path, len(lines), 'blank line at the end of the file')
    return paragraphs


def read_sents(path, problems):
    """Returns the list of sentences, recording malformed lines."""
    text = read_text(path, problems)
    if text is None:
        return None
    sentences = text.split('\n')
    if sentences and sentences[-1] == '':
        sentences.pop()
    for number, sentence in enumerate(sentences, 1):
        if sentence.strip() == '':
            problems.add(path, number, 'empty line; a .sents file holds one sentence a line')
        elif sentence != sentence.strip():
            problems.add(path, number, 'leading or trailing whitespace')
        if '\t' in sentence:
            problems.add(path, number, 'contains a tab')
    if not sentences:
        problems.add(path, 1, 'no sentences')
    return sentences


def check_txt_against_sents(txt_path, text, sents_path, sentences, allow_glued,
                            problems):
    """Walks the text once, matching each sentence's non-space characters."""
    position = 0
    length = len(text)
    for number, sentence in enumerate(sentences, 1):
        while position < length and text[position] in SPACE:
            position += 1
        start = position
        glued_start = start > 0 and text[start - 1] not in SPACE
        for offset, char in enumerate(sentence):
            if char in SPACE:
                continue
            while position < length and text[position] in SPACE:
                position += 1
            if position >= length:
                problems.add(sents_path, number,
                             f'text ends before this sentence does ({txt_path} '
                             'has fewer characters); '
                             f'first missing: {sentence[offset:offset + 20]!r}')
                return
            if text[position] != char:
                line, column = line_and_column(text, position)
                problems.add(sents_path, number,
                             f'differs from {txt_path}:{line}:{column}: sentence has '
                             f'{sentence[offset:offset + 20]!r}, text has '
                             f'{text[position:position + 20]!r}')
                return
            position += 1
        glued_end = position < length and text[position] not in SPACE
        if not allow_glued and number > 1 and glued_start:
            line, column = line_and_column(text, start)
            problems.add(sents_path, number,
                         f'starts inside a word at {txt_path}:{line}:{column} '
                         '(no whitespace before it; use --allow-glued if intended)')
        if not allow_glued and glued_end and number == len(sentences):
            line, column = line_and_column(text, position)
            problems.add(sents_path, number,
                         f'ends inside a word at {txt_path}:{line}:{column}')
    while position < length and text[position] in SPACE:
        position += 1
    if position < length:
        line, column = line_and_column(text, position)
        problems.add(txt_path, line,
                     f'column {column}: text left over after the last sentence of '
                     f'{sents_path}: {text[position:position + 40]!r}')


def parse_ids(field):
    return [int(x) for x in field.split(', ')] if field else []


def check_gold(path, num_ko, num_en, problems):
    """Validates the ladder; returns a Counter of bead types or None."""
    text = read_text(path, problems)
    if text is None:
        return None
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    types = collections.Counter()
    next_id = {'ko': 0, 'en': 0}
    totals = {'ko': num_ko, 'en': num_en}
    ok = True
    for number, line in enumerate(lines, 1):
        match = BEAD_RE.match(line)
        if not match:
            problems.add(path, number, f'not a vecalign bead like "[0]:[1, 2]": {line!r}')
            ok = False
            continue
        ids = {'ko': parse_ids(match.group(1)), 'en': parse_ids(match.group(2))}
        if not ids['ko'] and not ids['en']:
            problems.add(path, number, 'bead is empty on both sides')
            ok = False
        for lang in LANGS:
            for sentence_id in ids[lang]:
                if sentence_id != next_id[lang]:
                    problems.add(path, number,
                                 f'{lang} id {sentence_id} out of order: expected '
                                 f'{next_id[lang]} (every id exactly once, ascending)')
                    ok = False
                    next_id[lang] = max(next_id[lang], sentence_id + 1)
                else:
                    next_id[lang] += 1
                if sentence_id >= totals[lang]:
                    problems.add(path, number,
                                 f'{lang} id {sentence_id} is past the last sentence '
                                 f'({totals[lang]} sentences)')
                    ok = False
        kind = f'{len(ids["ko"])}-{len(ids["en"])}'
        types[kind if kind in BEAD_TYPES else 'other'] += 1
    for lang in LANGS:
        if next_id[lang] < totals[lang]:
            problems.add(path, len(lines),
                         f'{lang} ids {next_id[lang]}..{totals[lang] - 1} are not in any bead')
            ok = False
    if not lines:
        problems.add(path, 1, 'no beads')
        ok = False
    return types if ok else None


def check_document(directory, name, allow_glued, problems):
    """Checks one document; returns its row of counts (or None)."""
    base = directory / name
    row = {'name': name}
    sentences = {}
    for lang in LANGS:
        txt_path = pathlib.Path(f'{base}.{lang}.txt')
        sents_path = pathlib.Path(f'{base}.{lang}.sents')
        text = read_text(txt_path, problems)
        sents = read_sents(sents_path, problems)
        if text is not None:
            row[f'{lang}_paragraphs'] = check_txt_layout(txt_path, text, problems)
        if text is not None and sents is not None:
            check_txt_against_sents(txt_path, text, sents_path, sents, allow_glued,
                                    problems)
        if sents is not None:
            sentences[lang] = sents
            row[f'{lang}_sents'] = len(sents)
    if len(sentences) != 2:
        return None
    types = check_gold(pathlib.Path(f'{base}.gold'), len(sentences['ko']),
                       len(sentences['en']), problems)
    if types is None:
        return None
    row['beads'] = sum(types.values())
    row.update(types)
    return row


def print_table(rows):
    columns = (['document', 'ko sents', 'en sents', 'ko paras', 'en paras', 'beads']
               + list(BEAD_TYPES) + ['other'])
    keys = (['name', 'ko_sents', 'en_sents', 'ko_paragraphs', 'en_paragraphs', 'beads']
            + list(BEAD_TYPES) + ['other'])
    total = collections.Counter()
    for row in rows:
        for key in keys[1:]:
            total[key] += row.get(key, 0)
    total['name'] = f'**total ({len(rows)} documents)**'
    print('| ' + ' | '.join(columns) + ' |')
    print('|' + '|'.join(['---'] + ['--:'] * (len(columns) - 1)) + '|')
    for row in rows + [total]:
        print('| ' + ' | '.join(str(row.get(key, 0)) for key in keys) + ' |')
    beads = total['beads']
    if beads:
        many = total['1-2'] + total['2-1']
        empty = total['1-0'] + total['0-1']
        print()
        print(f'1-2 + 2-1: {many} of {beads} beads ({100 * many / beads:.1f} %); '
              f'1-0 + 0-1: {empty} ({100 * empty / beads:.1f} %)')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('directory', nargs='?', default='corpus',
                        help='corpus directory (default: corpus)')
    parser.add_argument('--allow-glued', action='store_true',
                        help='allow sentences with no whitespace between them in .txt')
    args = parser.parse_args()
    directory = pathlib.Path(args.directory)
    if not directory.is_dir():
        print(f'{directory}: not a directory', file=sys.stderr)
        return 2

    problems = Problems()
    names = set()
    for path in sorted(directory.iterdir()):
        if path.is_dir() or path.name == 'README.md':
            continue
        for suffix in SUFFIXES:
            if path.name.endswith(suffix):
                names.add(path.name[:-len(suffix)])
                break
        else:
            problems.add(path, 0, 'unexpected file; documents are NAME'
                         + '|NAME'.join(SUFFIXES))
    if not names:
        problems.add(directory, 0, 'no documents found')
    rows = []
    for name in sorted(names):
        missing = [s for s in SUFFIXES if not (directory / (name + s)).is_file()]
        if missing:
            problems.add(directory / name, 0, 'missing ' + ', '.join(name + s for s in missing))
            continue
        row = check_document(directory, name, args.allow_glued, problems)
        if row is not None:
            rows.append(row)

    if rows:
        print_table(rows)
    for message in problems.messages:
        print(message, file=sys.stderr)
    if problems:
        print(f'{len(problems)} problem(s) found', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
