/**
 * The play screen keeps keyboard focus visible and in a sensible place:
 * - no focused control is hidden behind the sticky "Your decisions" panel (WCAG 2.4.11), at 1280 and 768 px;
 * - after End turn the plan shows the new event cards (not the scroll position of the last turn), and focus
 *   that was inside an answered card goes to the heading of what happened, not to <body>;
 * - Undo turn is read out by the live region.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import {
  announcements,
  endTurnByClick,
  expectClean,
  launch,
  openSession,
  recordAnnouncements,
  turnCounter,
} from './harness.ts';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
] as const;

/** Starts the scenario with the `index`-th Choose button (0: the tutorial, 3: Rebuild or patch, many controls). */
async function start(page: Page, index: number, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose' }).nth(index).click();
  await page.getByLabel('World seed').fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
}

/**
 * The focused control when it is covered, even in part, by the sticky decisions panel or lies outside what the
 * window (and, for the plan, its scrolling column) shows; null when it is fully in view.
 */
function coveredFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const name = `${el.tagName}#${el.id}`;
    const r = el.getBoundingClientRect();
    const inside = (outer: DOMRect): boolean =>
      r.top >= outer.top - 1 &&
      r.bottom <= outer.bottom + 1 &&
      r.left >= outer.left - 1 &&
      r.right <= outer.right + 1;
    if (r.top < -1 || r.bottom > window.innerHeight + 1) return `${name} outside the window`;
    const draft = document.getElementById('section-draft');
    if (draft && !draft.contains(el)) {
      const d = draft.getBoundingClientRect();
      if (r.bottom > d.top + 1 && r.top < d.bottom - 1 && r.right > d.left && r.left < d.right)
        return `${name} under the decisions panel (${Math.round(r.bottom - d.top)} px)`;
    }
    const col = el.closest('.plan-col');
    if (
      col instanceof HTMLElement &&
      col.scrollHeight > col.clientHeight &&
      !inside(col.getBoundingClientRect())
    )
      return `${name} scrolled out of the plan column`;
    return null;
  });
}

describeInBrowser('play screen focus and scrolling', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of SIZES) {
    it(`never hides a focused control behind the decisions panel at ${size.width} px`, async () => {
      const s = await openSession(browser, size);
      const { page } = s;
      await start(page, 3, 'focus-visible-1');
      await page.locator('#play-heading').focus();
      const hidden: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const key = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el && el !== document.body ? `${el.tagName}#${el.id}#${el.textContent?.slice(0, 30)}` : '';
        });
        if (key === '' || seen.has(key)) break;
        seen.add(key);
        const covered = await coveredFocus(page);
        if (covered) hidden.push(covered);
      }
      expect(seen.size, 'tab stops visited').toBeGreaterThan(30);
      expect(hidden).toEqual([]);
      expectClean(s);
      await s.close();
    });
  }

  it('shows the new event cards after End turn and keeps focus out of <body>', async () => {
    const s = await openSession(browser, SIZES[0]);
    const { page } = s;
    await start(page, 0, 'focus-cards-1');
    // The tutorial's first card comes up after week 1.
    await endTurnByClick(page);
    const card = page.locator('.event-card').first();
    await card.waitFor();
    // Scroll the plan down as a player would while planning, then answer the card from the keyboard.
    await page.locator('.plan-col').evaluate((col) => (col.scrollTop = col.scrollHeight));
    const option = card.locator('input[type=radio]').first();
    await option.focus();
    await page.keyboard.press('Space');
    const before = await turnCounter(page);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction((b) => document.querySelector('.turn-counter')?.textContent !== b, before);

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-h');
    expect(await page.locator('.event-card').count()).toBeGreaterThan(0);
    const cardsInView = await page.evaluate(() => {
      const col = document.querySelector('.plan-col')!.getBoundingClientRect();
      const head = document.getElementById('section-events-h')!.getBoundingClientRect();
      return head.top >= col.top && head.bottom <= col.bottom;
    });
    expect(cardsInView, '"Decisions waiting" is in view in the plan column').toBe(true);
    expectClean(s);
    await s.close();
  });

  it('announces Undo turn', async () => {
    const s = await openSession(browser, SIZES[0]);
    const { page } = s;
    await start(page, 0, 'undo-announce-1');
    await recordAnnouncements(page);
    await endTurnByClick(page);
    await expect.poll(() => announcements(page)).toContainEqual(expect.stringMatching(/^Week 1 done\./));
    await page.getByRole('button', { name: 'Undo last week' }).click();
    await expect.poll(() => turnCounter(page)).toBe('Week 1 of 12');
    await expect
      .poll(async () => (await announcements(page)).at(-1))
      .toMatch(/^Week 1 undone\. You are planning week 1 again/);
    expectClean(s);
    await s.close();
  });
});
