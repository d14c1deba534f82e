/**
 * No text below 12 px on the title, scenario, briefing and play screens or their dialogs, at 1280 and 768 px
 * (every visible element that holds text, SVG text included).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import { endTurnByClick, expectClean, launch, openSession } from './harness.ts';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
] as const;

/** Visible elements whose own text is smaller than 12 px, as "tag.class "text" 11.3px". */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      if (el.closest('.visually-hidden, [hidden], script, style')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // The rendered size: an SVG's text is scaled with its drawing.
      let size = parseFloat(style.fontSize);
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0)
        size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size < 11.95)
        out.push(
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${own.slice(0, 30)}" ${size.toFixed(1)}px`,
        );
    }
    return [...new Set(out)];
  });
}

describeInBrowser('text size', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of SIZES) {
    it(`keeps every text at 12 px or more at ${size.width} px`, async () => {
      const s = await openSession(browser, size);
      const { page } = s;
      const found: string[] = [];
      const check = async (where: string) =>
        found.push(...(await smallText(page)).map((t) => `${where}: ${t}`));
      await check('title');
      await page.getByRole('button', { name: 'Settings' }).click();
      await check('settings');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'New game' }).click();
      await check('scenarios');
      // Solo founder: every control from week 1 (the tutorial shows them as its cards introduce them).
      await page.getByRole('button', { name: 'Choose' }).nth(1).click();
      await check('briefing');
      await page.getByLabel('World seed').fill('text-size-1');
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.locator('#end-turn').waitFor();
      await page.locator('#hire-engineer').click();
      await endTurnByClick(page);
      for (let i = 0; i < 12 && (await page.locator('.event-card').count()) === 0; i++)
        await endTurnByClick(page);
      await page.locator('.event-card').first().waitFor();
      for (const summary of await page.locator('details.why summary').all()) await summary.click();
      await check('play');
      await page.getByRole('button', { name: 'Keys' }).click();
      await check('keys');
      await page.keyboard.press('Escape');
      await page
        .getByRole('navigation', { name: 'Game menu' })
        .getByRole('button', { name: 'Settings' })
        .click();
      await check('play settings');
      await page.keyboard.press('Escape');
      expect(found).toEqual([]);
      expectClean(s);
      await s.close();
    });
  }
});
