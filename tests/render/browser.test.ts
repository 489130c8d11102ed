import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { analyze } from '../../src/index.js';
import { seedDoc } from './fixture-doc.js';

/** The HTML view in a real browser: Debian's chromium, installed by .ci/run. */
describe('HTML page in headless chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  it('shows highlights by type and the summary card, with no errors and no requests', async () => {
    const { page, problems, requests } = await open(seedDoc().render('html'));
    const count = (selector: string) => page.locator(selector).count();
    for (const type of ['place', 'company', 'organization', 'government', 'figure']) {
      expect(await count(`article mark[data-type="${type}"]`), type).toBeGreaterThan(0);
    }
    expect(await page.locator('aside.card .focus').innerText()).toContain('上饶市');
    // highlights are coloured: a place mark has a background of its own
    const background = await page.locator('mark[data-type="place"]').first().evaluate('(el) => getComputedStyle(el).backgroundColor');
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('runs nothing that came with the input', async () => {
    const input = '标题\n正文<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">与上海合作。';
    for (const text of ['clean', 'input'] as const) {
      const { page, problems } = await open(analyze(input).render('html', { text }));
      // the test runs in Node: the expression is evaluated in the page
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
