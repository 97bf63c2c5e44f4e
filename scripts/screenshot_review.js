#!/usr/bin/env node
// The README's screenshots of the review page, taken in Debian's headless Chromium.
//
//   node scripts/screenshot_review.js [KEALIGN_BINARY] [OUT_DIR]
//
// Aligns corpus/news-economy (the sample corpus, written for this project) with --format html,
// opens the page, selects a bead (its edit bar shows), hovers a linked word (its counterparts
// light up) and writes OUT_DIR/review-page.png (desktop, 1100×720) and
// OUT_DIR/review-page-phone.png (390×780, the phone layout, a bead tapped). Defaults:
// build/src/kealign and docs/. Needs tests/browser/node_modules (scripts/install-deps).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { chromium } = require(path.join(root, 'tests', 'browser', 'node_modules', 'playwright-core'));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--font-render-hinting=none'];

(async () => {
  const kealign = process.argv[2] || path.join(root, 'build', 'src', 'kealign');
  const out = process.argv[3] || path.join(root, 'docs');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kealign-shot-'));
  const browser = await chromium.launch({
    executablePath: process.env.KEALIGN_CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
  });
  try {
    // Relative paths, as a user would type them: the page shows them.
    execFileSync(path.resolve(kealign), ['align', 'corpus/news-economy.ko.txt', 'corpus/news-economy.en.txt',
      '-o', path.join(work, 'news-economy'), '--format', 'html,jsonl'], { cwd: root });
    const rows = fs.readFileSync(path.join(work, 'news-economy.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // The first bead with a few links: a number or a name to hover.
    const i = rows.findIndex((o) => o.links.length >= 3);
    fs.mkdirSync(out, { recursive: true });

    const desktop = await browser.newContext({ viewport: { width: 1100, height: 720 }, colorScheme: 'light' });
    let page = await desktop.newPage();
    await page.goto('file://' + path.join(work, 'news-economy.html'));
    await page.waitForSelector('body[data-ready]');
    await page.locator(`tr[data-i="${i}"] td.t`).click();
    await page.locator(`tr[data-i="${i}"] td.ko .w[data-l="1"]`).hover();
    await page.screenshot({ path: path.join(out, 'review-page.png') });
    await desktop.close();

    const phone = await browser.newContext({
      viewport: { width: 390, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1,
      colorScheme: 'light',
    });
    page = await phone.newPage();
    await page.goto('file://' + path.join(work, 'news-economy.html'));
    await page.waitForSelector('body[data-ready]');
    await page.locator(`tr[data-i="${i}"] td.ko .w[data-l="0"]`).tap();
    await page.screenshot({ path: path.join(out, 'review-page-phone.png') });
    await phone.close();
    for (const f of ['review-page.png', 'review-page-phone.png']) {
      console.log(`${path.join(out, f)}: ${fs.statSync(path.join(out, f)).size} bytes`);
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
})();
