/**
 * Two tabs of one browser. Different games in two tabs never destroy each other: each tab keeps playing, a
 * reload of each brings back its own game, and the title lists the other. The same game in two tabs: the tab
 * left behind becomes read-only, disables its controls, says which game the other tab plays and how far, and
 * offers Save file; its notice covers nothing of the HUD.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import {
  baseURL,
  endTurnByClick,
  expectClean,
  gameIdentity,
  launch,
  openSession,
  startFirstScenario,
  turnCounter,
} from './harness.ts';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Game menu' });

/** HUD buttons that another element (the notice) covers at their centre or near their top edge. */
function coveredHudButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.hud-actions button')).flatMap((b) => {
      const r = b.getBoundingClientRect();
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + r.width / 2, r.top + 3],
      ] as const;
      return points.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !hit || !b.contains(hit);
      })
        ? [b.textContent ?? '']
        : [];
    }),
  );
}

describeInBrowser('two tabs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps two different games in two tabs, and a read-only tab says why and offers Save file', async () => {
    const s = await openSession(browser);
    const a = s.page;
    await startFirstScenario(a, 'tab-a-1');
    await endTurnByClick(a);
    await endTurnByClick(a);
    const tutorial = await gameIdentity(a);

    // Tab B opens on the newest game (A's), leaves it and starts Solo founder.
    const b = await s.context.newPage();
    await b.goto(baseURL());
    await b.locator('#end-turn').waitFor();
    await menu(b).getByRole('button', { name: 'Quit' }).click();
    await b.getByRole('button', { name: 'New game' }).click();
    await b
      .getByRole('dialog', { name: 'Start a new game?' })
      .getByRole('button', { name: 'Start a new game' })
      .click();
    await b.getByRole('button', { name: 'Choose' }).nth(1).click();
    await b.getByLabel('World seed').fill('tab-b-1');
    await b.getByRole('button', { name: 'Start', exact: true }).click();
    await b.locator('#end-turn').waitFor();
    await endTurnByClick(b);
    await endTurnByClick(b);
    const solo = await gameIdentity(b);

    // A plays on, undisturbed.
    expect(await a.locator('#end-turn').isEnabled()).toBe(true);
    expect(await a.locator('.notice').count()).toBe(0);
    await endTurnByClick(a);
    expect(await turnCounter(a)).toBe('Week 4 of 12');
    await endTurnByClick(b);

    // Each reload brings back the tab's own game.
    await a.reload();
    await a.locator('#end-turn').waitFor();
    expect(await turnCounter(a)).toBe('Week 4 of 12');
    expect((await gameIdentity(a)).seed).toBe(tutorial.seed);
    await b.reload();
    await b.locator('#end-turn').waitFor();
    expect((await gameIdentity(b)).seed).toBe(solo.seed);
    await menu(b).getByRole('button', { name: 'Quit' }).click();
    expect(await b.getByRole('region', { name: 'Saved games' }).innerText()).toMatch(
      /Tutorial.*week 4 of 12/,
    );

    // Tab C opens on the newest game, the tutorial (A's), and plays a week of it: A is left behind.
    await endTurnByClick(a);
    const c = await s.context.newPage();
    await c.goto(baseURL());
    await c.locator('#end-turn').waitFor();
    expect((await gameIdentity(c)).seed).toBe(tutorial.seed);
    await endTurnByClick(c);

    await a.locator('#read-only').waitFor();
    expect(await a.locator('#read-only').innerText()).toMatch(
      /Read-only.*Tutorial: your first weeks is being played on in another tab \(week 6 there\)/s,
    );
    expect(await a.locator('#end-turn').isDisabled()).toBe(true);
    const enabled = await a
      .locator('.plan-col input, .plan-col button')
      .evaluateAll((els) => els.filter((e) => !(e as HTMLInputElement).disabled).map((e) => e.id));
    expect(enabled).toEqual(['read-only-save']);
    expect(await a.locator('#rewind').isDisabled()).toBe(true);
    const [download] = await Promise.all([a.waitForEvent('download'), a.locator('#read-only-save').click()]);
    expect(download.suggestedFilename()).toMatch(/tutorial.*\.json$/);

    // The notice sits above the HUD and covers none of its buttons, at the top and scrolled.
    expect(await a.locator('.notice').innerText()).toMatch(/read-only/);
    await a.evaluate(() => window.scrollTo(0, 0));
    expect(await coveredHudButtons(a)).toEqual([]);
    await a.evaluate(() => window.scrollTo(0, 40));
    expect(await coveredHudButtons(a)).toEqual([]);
    expectClean(s);
    await s.close();
  });
});
