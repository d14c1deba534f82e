/**
 * The offline HTML report fits the window: at 1280 and 768 px wide every table is inside the page (the events
 * table wraps its conditions and answers instead of running off the right edge); on a phone a table too wide
 * to wrap scrolls inside its own box, never the whole page. In headless Chromium (skipped without it).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balanceReport, defaultConfig, renderHtml } from '../../src/balance/index.ts';
import { resolveScenario } from '../../src/cli/scenarios.ts';
import { chromiumMissing, LAUNCH_OPTIONS } from '../../scripts/web-harness.mjs';

// ship-it: four bots, nine events with long titles, several conditions each and two or three answers.
const html = renderHtml(
  balanceReport(resolveScenario('ship-it').scenario, defaultConfig({ runs: 20, variantRuns: 10 })),
);

interface Fit {
  page: number;
  viewport: number;
  tables: { caption: string; right: number; boxRight: number }[];
}

describe.skipIf(chromiumMissing())('the HTML report in a browser window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(LAUNCH_OPTIONS as Parameters<typeof chromium.launch>[0]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function fit(width: number): Promise<Fit> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.setContent(html);
    const result = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      tables: [...document.querySelectorAll('table')].map((t) => ({
        caption: t.caption?.textContent ?? '',
        right: t.getBoundingClientRect().right,
        // The box the table sits in (its scroll wrapper, or the page's main column).
        boxRight: t.parentElement!.getBoundingClientRect().right,
      })),
    }));
    await page.close();
    return result;
  }

  it.each([1280, 768])('at %i px, the page does not scroll sideways and every table fits', async (width) => {
    const f = await fit(width);
    expect(f.page).toBeLessThanOrEqual(f.viewport);
    for (const t of f.tables)
      expect({ caption: t.caption, right: t.right }).toEqual({
        caption: t.caption,
        right: expect.toSatisfy((r: number) => r <= width),
      });
  });

  it('on a phone, a table too wide to wrap scrolls inside its own box, not the page', async () => {
    const f = await fit(360);
    expect(f.page).toBeLessThanOrEqual(f.viewport);
    for (const t of f.tables) expect(t.boxRight).toBeLessThanOrEqual(360);
  });
});
