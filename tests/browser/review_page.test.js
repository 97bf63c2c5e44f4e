// End-to-end tests of the review page (`--format html`) in Debian's headless Chromium, driven by
// playwright-core: open, filter, every kind of edit, reload, export, `kealign apply` on the
// export, word links on hover and tap, a phone-sized screen, a long document in pages, and no
// console errors anywhere. Run by ctest (tests/CMakeLists.txt) as
//   KEALIGN=build/src/kealign KEALIGN_TEST_DATA=tests/data node --test tests/browser/
'use strict';

const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { after, before, test } = require('node:test');

const KEALIGN = process.env.KEALIGN;
const DATA = process.env.KEALIGN_TEST_DATA;
const CHROMIUM = process.env.KEALIGN_CHROMIUM || '/usr/bin/chromium';

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  throw new Error('playwright-core is missing: run scripts/install-deps (npm ci in tests/browser)');
}
if (!KEALIGN || !DATA) throw new Error('set KEALIGN and KEALIGN_TEST_DATA');
if (!fs.existsSync(CHROMIUM)) {
  throw new Error(`${CHROMIUM} is missing: run scripts/install-deps (Debian package chromium)`);
}

// The flags this machine needs: no sandbox as root, and no background connections, which are
// refused here and would slow every start.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kealign-browser-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

function kealign(...args) {
  return execFileSync(KEALIGN, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// A ladder as [[ko ids], [en ids]] pairs, from vecalign notation.
function parseLadder(text) {
  return text.trim().split('\n').map((line) => {
    const [ko, en] = line.split(':').map((side) => JSON.parse(side));
    return [ko, en];
  });
}
function ladderText(ladder) {
  return ladder.map(([ko, en]) => `[${ko.join(', ')}]:[${en.join(', ')}]`).join('\n') + '\n';
}

// One browser for all tests, and a fresh context (its own local storage, which persists
// across reloads within it) for each.
let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});
after(async () => { if (browser) await browser.close(); });

async function launch(options = {}) {
  const context = await browser.newContext({
    acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...options,
  });
  const problems = [];
  context.on('page', (page) => watch(page, problems));
  return { context, problems };
}
function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`unexpected dialog: ${d.message()}`); d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });
}

async function open(context, file) {
  const page = context.pages()[0] || await context.newPage();
  await page.goto('file://' + file);
  await page.waitForSelector('body[data-ready]');
  return page;
}

// The ladder the page shows (all beads must be on the current page), from the sentence ids.
async function shownLadder(page) {
  return page.$$eval('#beads tbody tr.b', (rows) => rows.map((row) => [
    Array.from(row.querySelectorAll('td.ko .s')).map((s) => Number(s.dataset.id)),
    Array.from(row.querySelectorAll('td.en .s')).map((s) => Number(s.dataset.id)),
  ]));
}
const rowCount = (page) => page.locator('#beads tbody tr.b').count();

// The same edits, done independently on a plain ladder, give the expected result.
const edits = {
  wrong: (l, i) => { const [ko, en] = l[i]; l.splice(i, 1, ...ko.map((k) => [[k], []]), ...en.map((e) => [[], [e]])); },
  join: (l, i) => { l.splice(i, 2, [[...l[i][0], ...l[i + 1][0]], [...l[i][1], ...l[i + 1][1]]]); },
  split: (l, i) => {
    const [ko, en] = l[i], n = Math.min(ko.length, en.length), out = [];
    for (let t = 0; t < n; t++) out.push([[ko[t]], [en[t]]]);
    for (const k of ko.slice(n)) out.push([[k], []]);
    for (const e of en.slice(n)) out.push([[], [e]]);
    l.splice(i, 1, ...out);
  },
  // Side 0 Korean, 1 English; the last sentence of bead i goes to the front of bead i + 1.
  moveDown: (l, i, side) => { l[i + 1][side].unshift(l[i][side].pop()); if (!l[i][0].length && !l[i][1].length) l.splice(i, 1); },
  moveUp: (l, i, side) => { l[i - 1][side].push(l[i][side].shift()); if (!l[i][0].length && !l[i][1].length) l.splice(i, 1); },
};

let prefix, ladder, jsonl;
before(() => {
  prefix = path.join(work, 'review');
  kealign('align', path.join(DATA, 'review.ko.txt'), path.join(DATA, 'review.en.txt'), '-o', prefix,
    '--format', 'html,ids,jsonl,tsv');
  ladder = parseLadder(fs.readFileSync(prefix + '.align', 'utf8'));
  jsonl = fs.readFileSync(prefix + '.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
});

test('the page opens with every bead, counts and filters, debris not counted as unpaired', async () => {
  const { context, problems } = await launch();
  try {
    const page = await open(context, prefix + '.html');
    assert.equal(await rowCount(page), ladder.length);
    assert.deepEqual(await shownLadder(page), ladder);
    // The fixture has one real hole (the last Korean sentence) besides markup debris
    // (`![]() |`) and boilerplate (`광고`, `Advertisement`) left unpaired.
    assert.equal(await page.textContent('#hole-count'), '1');
    assert.equal(await page.textContent('#debris-count'), '3');
    await page.check('#only-flagged');
    const flagged = await shownLadder(page);
    assert.deepEqual(flagged, [[[10], []]]);
    // A threshold of 1 marks every bead scored below 1 as low, and shows them.
    await page.fill('#threshold', '1');
    const below = jsonl.filter((o) => o.score < 1).length;
    assert.equal(await page.textContent('#low-count'), String(below));
    assert.equal(await page.textContent('#threshold-value'), '1.00');
    const shownNow = await shownLadder(page);
    const debris = jsonl.filter((o) => (o.ko === '![]() |' || o.ko === '광고' || o.en === 'Advertisement'));
    for (const o of debris) assert.ok(!shownNow.some(([ko, en]) => JSON.stringify([ko, en]) === JSON.stringify([o.ko_ids, o.en_ids])), 'debris is never flagged');
    await page.uncheck('#only-flagged');
    await page.fill('#threshold', '0.5');
    // Search narrows to the matching beads, in either language.
    await page.fill('#search', 'e-book');
    assert.deepEqual((await shownLadder(page)).length, 2);
    await page.fill('#search', '홈페이지');
    assert.deepEqual(await shownLadder(page), [[[10], []]]);
    await page.fill('#search', '');
    assert.equal(await rowCount(page), ladder.length);
    // j jumps to the next marked bead and selects it.
    await page.locator('h1').click();
    await page.keyboard.press('j');
    assert.equal(await page.getAttribute('tr.current', 'data-i'), String(ladder.length - 1));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('hovering or tapping a word highlights its counterparts from the JSONL links', async () => {
  const { context, problems } = await launch();
  try {
    const page = await open(context, prefix + '.html');
    // The page marks the same words the JSONL offsets point at: every link, read at once.
    const marked = await page.$$eval('#beads tbody tr.b', (rows) => rows.map((row) => ({
      ko: Array.from(row.querySelectorAll('td.ko .w')).map((w) => [Number(w.dataset.l), w.textContent]),
      en: Array.from(row.querySelectorAll('td.en .w')).map((w) => [Number(w.dataset.l), w.textContent]),
    })));
    let checked = 0, hovered = 0;
    for (let i = 0; i < jsonl.length; i++) {
      const links = jsonl[i].links;
      const ko = Buffer.from(jsonl[i].ko), en = Buffer.from(jsonl[i].en);
      const byLink = (a, b) => a[0] - b[0];
      assert.deepEqual(marked[i].ko.sort(byLink), links.map(([a, b], l) => [l, ko.subarray(a, b).toString()]));
      assert.deepEqual(marked[i].en.sort(byLink), links.map(([, , c, d], l) => [l, en.subarray(c, d).toString()]));
      checked += links.length;
      // Hovering a word lights it and its counterpart, and nothing else; moving away, nothing.
      for (let l = 0; l < links.length; l += 2) {
        const koWord = page.locator(`tr[data-i="${i}"] td.ko .w[data-l="${l}"]`);
        await koWord.hover();
        assert.deepEqual(await page.$$eval('.hl', (ws) => ws.map((w) => [w.closest('tr').dataset.i, w.closest('td').className.split(' ')[0], w.dataset.l])),
          [[String(i), 'ko', String(l)], [String(i), 'en', String(l)]]);
        hovered++;
      }
    }
    await page.mouse.move(0, 0);
    assert.equal(await page.locator('.hl').count(), 0);
    assert.ok(hovered >= 10, `only ${hovered} links hovered`);
    assert.ok(checked >= 10, `only ${checked} links checked`);
    // A tap (click) pins the highlight until the next tap elsewhere.
    const first = jsonl.findIndex((o) => o.links.length > 0);
    const enWord = page.locator(`tr[data-i="${first}"] td.en .w[data-l="0"]`);
    await enWord.click();
    await page.mouse.move(0, 0);
    assert.match(await page.locator(`tr[data-i="${first}"] td.ko .w[data-l="0"]`).getAttribute('class'), /\bhl\b/);
    await page.locator('h1').click();
    assert.doesNotMatch(await page.locator(`tr[data-i="${first}"] td.ko .w[data-l="0"]`).getAttribute('class'), /\bhl\b/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('every kind of edit, undo and redo survive a reload; the export applies with kealign apply', async () => {
  const { context, problems } = await launch();
  try {
    let page = await open(context, prefix + '.html');
    const expected = ladder.map(([ko, en]) => [ko.slice(), en.slice()]);
    const find = (l, pred) => { const i = l.findIndex(pred); assert.ok(i >= 0); return i; };
    // The ladder after each edit, for undo and redo.
    const states = [ladder];
    const check = async () => {
      assert.deepEqual(await shownLadder(page), expected);
      states.push(expected.map(([ko, en]) => [ko.slice(), en.slice()]));
    };
    const select = async (i) => {
      await page.locator(`tr[data-i="${i}"] td.t`).click();
      assert.equal(await page.getAttribute('tr.current', 'data-i'), String(i));
      assert.ok(await page.isVisible('#actions'));
    };
    // Split the 2-1 bead (keyboard).
    let i = find(expected, ([ko, en]) => ko.length === 2 && en.length === 1);
    await select(i);
    await page.keyboard.press('s');
    edits.split(expected, i);
    await check();
    // Not a pair, on the first 1-1 bead (button).
    i = 1;
    await select(i);
    await page.click('#act-wrong');
    edits.wrong(expected, i);
    await check();
    // Join the two holes it left (Shift+J on the first).
    await select(i);
    await page.keyboard.press('Shift+J');
    edits.join(expected, i);
    await check();
    // Join with the bead above (Shift+K).
    await select(i + 1);
    await page.keyboard.press('Shift+K');
    edits.join(expected, i);
    await check();
    // Split the 1-2 bead with the button, then move its second English sentence back up
    // ({ moves the first English sentence of a bead to the bead above).
    i = find(expected, ([ko, en]) => ko.length === 1 && en.length === 2);
    await select(i);
    await page.click('#act-split');
    edits.split(expected, i);
    await check();
    await select(i + 1);
    await page.keyboard.press('{');
    edits.moveUp(expected, i + 1, 1);
    await check();
    // Move the last Korean sentence of a 2-2 bead down (]), and the moved one back up ([).
    i = find(expected, ([ko, en]) => ko.length === 2 && en.length === 2);
    await select(i);
    await page.keyboard.press(']');
    edits.moveDown(expected, i, 0);
    await check();
    await select(i + 1);
    await page.click('#act-ko-prev');
    edits.moveUp(expected, i + 1, 0);
    await check();
    // English down with the button: the last English sentence of a 1-1 bead to the next.
    i = find(expected, ([ko, en], k) => ko.length === 1 && en.length === 1 && k > 2 &&
      expected[k + 1] && expected[k + 1][0].length === 1 && expected[k + 1][1].length === 1);
    await select(i);
    await page.click('#act-en-next');
    edits.moveDown(expected, i, 1);
    await check();
    // Not a pair by key (x) on another 1-1 bead, then its two holes joined back with the
    // button: the bead is as it was.
    i = find(expected, ([ko, en], k) => ko.length === 1 && en.length === 1 && k > i + 2);
    await select(i);
    await page.keyboard.press('x');
    edits.wrong(expected, i);
    await check();
    await select(i);
    await page.click('#act-join-next');
    edits.join(expected, i);
    await check();
    // Join with the bead above by the button, and English down by key (}).
    await select(i + 1);
    await page.click('#act-join-prev');
    edits.join(expected, i);
    await check();
    await select(i);
    await page.keyboard.press('}');
    edits.moveDown(expected, i, 1);
    await check();
    // Undo steps back one edit at a time (u, the button, Ctrl+Z), redo forward again
    // (Shift+U, the button, Ctrl+Y).
    const n = states.length - 1;
    assert.ok(n >= 12);
    const steps = [['u', n - 1], ['#undo', n - 2], ['Control+z', n - 3], ['Shift+U', n - 2],
      ['#redo', n - 1], ['Control+y', n]];
    for (const [how, state] of steps) {
      if (how.startsWith('#')) await page.click(how);
      else await page.keyboard.press(how);
      assert.deepEqual(await shownLadder(page), states[state], `after ${how}`);
    }
    const edited = await page.textContent('#edit-count');
    assert.match(edited, /^\d+ edits/);
    const flaggedEdited = await page.locator('tr.b.edited').count();
    assert.ok(flaggedEdited > 0);

    // Edits survive a reload.
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    assert.deepEqual(await shownLadder(page), expected);
    assert.equal(await page.textContent('#edit-count'), edited);

    // Export downloads NAME.align with exactly the shown ladder.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('e')]);
    assert.equal(download.suggestedFilename(), 'review.align');
    const exported = path.join(work, 'corrected.align');
    await download.saveAs(exported);
    assert.equal(fs.readFileSync(exported, 'utf8'), ladderText(expected));

    // kealign apply turns it into every output: the corrected pairs, scored by the model.
    const out = path.join(work, 'applied');
    kealign('apply', path.join(DATA, 'review.ko.txt'), path.join(DATA, 'review.en.txt'), exported,
      '-o', out, '--format', 'tsv,ids,jsonl,moses,html');
    assert.equal(fs.readFileSync(out + '.align', 'utf8'), ladderText(expected));
    const tsvRows = (file) => fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    const rows = tsvRows(out + '.tsv');
    assert.equal(rows.length, expected.length);
    rows.forEach((row, k) => {
      assert.equal(row[3], expected[k][0].join(','));
      assert.equal(row[4], expected[k][1].join(','));
      assert.match(row[2], /^[01]\.\d{4}$/);
    });
    const moses = fs.readFileSync(out + '.ko', 'utf8').trim().split('\n');
    assert.equal(moses.length, expected.filter(([ko, en]) => ko.length && en.length).length);
    // An unchanged bead keeps the score the aligner gave it.
    const original = tsvRows(prefix + '.tsv');
    const kept = original.find((o) => rows.some((r) => r[3] === o[3] && r[4] === o[4] && o[3] && o[4]));
    assert.ok(kept);
    assert.equal(rows.find((r) => r[3] === kept[3] && r[4] === kept[4])[2], kept[2]);
    // The applied page opens clean: another alignment, another key, no stored edits.
    page = await open(context, out + '.html');
    assert.equal(await page.textContent('#edit-count'), 'no edits');
    assert.deepEqual(await shownLadder(page), expected);

    // Back on the first page, Discard drops every edit (after a confirmation).
    page = await open(context, prefix + '.html');
    page.removeAllListeners('dialog');
    page.once('dialog', (d) => d.accept());
    await page.click('#reset');
    assert.deepEqual(await shownLadder(page), ladder);
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    assert.deepEqual(await shownLadder(page), ladder);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a phone-sized touch screen the beads are cards and the edit bar is within reach', async () => {
  const { context, problems } = await launch({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const page = await open(context, prefix + '.html');
    // No horizontal scrolling.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    await page.locator('tr[data-i="1"] td.en').tap();
    assert.ok(await page.isVisible('#actions'));
    for (const id of ['act-wrong', 'act-split', 'act-join-prev', 'act-join-next', 'act-ko-prev',
      'act-ko-next', 'act-en-prev', 'act-en-next', 'act-undo']) {
      const box = await page.locator('#' + id).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 844 && box.x >= 0 && box.x + box.width <= 390, `${id} on screen`);
      assert.ok(box.height >= 36, `${id} is big enough to tap`);
    }
    // A bead tapped at the bottom of the screen, where the edit bar comes up, is brought above
    // the bar: the reviewer sees what they edit.
    await page.locator('#act-close').tap();
    const low = '4';
    await page.$eval(`tr[data-i="${low}"]`, (r) => window.scrollBy(0, r.getBoundingClientRect().top - (window.innerHeight - 70)));
    assert.ok(await page.$eval(`tr[data-i="${low}"]`, (r) => r.getBoundingClientRect().top > window.innerHeight - 80), 'bead 4 at the bottom of the screen');
    // Tapped where it shows (a locator's tap would first scroll it to the middle).
    const top = await page.$eval(`tr[data-i="${low}"]`, (r) => { const b = r.getBoundingClientRect(); return [b.left + 40, b.top + 15]; });
    await page.touchscreen.tap(top[0], top[1]);
    assert.equal(await page.getAttribute('tr.current', 'data-i'), low);
    const [rowBox, barBox] = await Promise.all([page.locator('tr.current').boundingBox(), page.locator('#actions').boundingBox()]);
    assert.ok(rowBox.y >= 0 && rowBox.y + rowBox.height <= barBox.y, `bead ${JSON.stringify(rowBox)} above the bar ${JSON.stringify(barBox)}`);
    await page.locator('tr[data-i="1"] td.en').tap();
    await page.locator('#act-wrong').tap();
    assert.equal(await page.locator('tr.b.wrong').count(), 2);
    await page.locator('#act-undo').tap();
    assert.equal(await page.locator('tr.b.wrong').count(), 0);
    // A tapped word shows its counterpart.
    const i = jsonl.findIndex((o) => o.links.length > 0);
    await page.locator(`tr[data-i="${i}"] td.ko .w[data-l="0"]`).tap();
    assert.match(await page.locator(`tr[data-i="${i}"] td.en .w[data-l="0"]`).getAttribute('class'), /\bhl\b/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a long document is paged, j and k cross pages, and hostile text stays text', async () => {
  // 1,200 sentence pairs, one a line, with markup and script in the text.
  const ko = [], en = [];
  for (let n = 0; n < 1200; n++) {
    ko.push(`${n + 1}번째 문장에는 숫자 ${n * 7}이 있다 <b>굵게</b> </script><script>alert(${n})</script>`);
    en.push(`Sentence ${n + 1} holds the number ${n * 7} <b>bold</b> </script><script>alert(${n})</script>`);
  }
  ko.splice(700, 0, '이 문장은 번역되지 않았다 <img src=x onerror=alert(1)>');
  fs.writeFileSync(path.join(work, 'long.ko'), ko.join('\n') + '\n');
  fs.writeFileSync(path.join(work, 'long.en'), en.join('\n') + '\n');
  const long = path.join(work, 'long');
  kealign('align', long + '.ko', long + '.en', '-o', long, '--input', 'lines', '--format', 'html,ids');
  const total = parseLadder(fs.readFileSync(long + '.align', 'utf8')).length;
  const { context, problems } = await launch();
  try {
    const page = await open(context, long + '.html');
    assert.equal(await rowCount(page), 200);
    assert.equal(await page.textContent('main .page-of'), `Page 1 of ${Math.ceil(total / 200)}`);
    // Text shows as written, never as markup.
    assert.equal(await page.locator('#beads tbody b, #beads tbody img, #beads tbody script').count(), 0);
    assert.match(await page.textContent('tr[data-i="0"] td.en'), /<b>bold<\/b> <\/script><script>alert\(0\)<\/script>/);
    // j finds the hole on page 4 and goes there.
    await page.locator('h1').click();
    await page.keyboard.press('j');
    const hole = await page.getAttribute('tr.current', 'data-i');
    assert.equal(await page.textContent('tr.current td.ko'), '이 문장은 번역되지 않았다 <img src=x onerror=alert(1)>');
    assert.equal(await page.textContent('main .page-of'), `Page ${Math.floor(Number(hole) / 200) + 1} of ${Math.ceil(total / 200)}`);
    await page.keyboard.press('k');  // no marked bead before it: stays
    assert.equal(await page.getAttribute('tr.current', 'data-i'), hole);
    // Pages by key and button, and the page size.
    await page.keyboard.press('Escape');
    await page.keyboard.press('.');
    assert.match(await page.textContent('main .page-of'), /^Page 5 of/);
    await page.click('main .pager .prev');
    assert.match(await page.textContent('main .page-of'), /^Page 4 of/);
    await page.selectOption('#page-size', '1000');
    assert.equal(await rowCount(page), 1000);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
