/**
 * Render an article as the HTML page of `zhnews analyze --format html` and save a screenshot for the README.
 *
 *   npx tsx scripts/screenshot.ts [article.txt] [out.png]     (defaults: the seed fixture, docs/screenshot.png)
 *
 * Needs Debian's chromium and a CJK font: apt-get install -y chromium fonts-noto-cjk
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { launchChromium } from './chromium.js';

const input = process.argv[2] ?? new URL('../fixtures/shangrao-g60-enclave.txt', import.meta.url).pathname;
const out = process.argv[3] ?? new URL('../docs/screenshot.png', import.meta.url).pathname;

const html = analyze(readFileSync(input, 'utf8')).render('html');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`${out} (${html.length} chars of HTML)`);
} finally {
  await browser.close();
}
