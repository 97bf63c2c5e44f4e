#!/usr/bin/env node
// Time to open review pages (`--format html`) in Debian's headless Chromium.
//
//   node scripts/page_load.js [--runs N] PAGE.html...
//
// For each page, N times in a fresh tab: milliseconds from the start of navigation until the
// page is usable, i.e. its load event has fired, the review script (if any) has rendered its
// first page of beads (`body[data-ready]`), and the browser has laid out and painted a frame
// after that. Prints each run and the median. Needs tests/browser/node_modules (scripts/install-deps).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { chromium } = require(path.join(__dirname, '..', 'tests', 'browser', 'node_modules', 'playwright-core'));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

(async () => {
  let args = process.argv.slice(2), runs = 3;
  if (args[0] === '--runs') { runs = parseInt(args[1], 10); args = args.slice(2); }
  const browser = await chromium.launch({ executablePath: process.env.KEALIGN_CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    for (const file of args) {
      const times = [];
      for (let r = 0; r < runs; r++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const start = Date.now();
        await page.goto('file://' + path.resolve(file), { waitUntil: 'load', timeout: 300000 });
        // The old page renders every row before its load event; the new one marks when its
        // first page is on screen. Either way, wait for a painted frame after that.
        await page.waitForFunction(() => !document.querySelector('#kealign-data') || document.body.hasAttribute('data-ready'), null, { timeout: 300000 });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        times.push(Date.now() - start);
        await context.close();
      }
      const sorted = times.slice().sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      const mb = (fs.statSync(file).size / 1e6).toFixed(1);
      console.log(`${file}: ${mb} MB, open ${times.map((t) => (t / 1000).toFixed(2)).join(' / ')} s, median ${(median / 1000).toFixed(2)} s`);
    }
  } finally {
    await browser.close();
  }
})();
