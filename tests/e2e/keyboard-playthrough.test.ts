/**
 * (a) A whole game with the keyboard only — Tab, Enter and the documented shortcuts, never the mouse — of the
 * first scenario in the list, answering nothing (the defaults apply), through the end screen to the debrief.
 * Does not depend on the scenario's length: it presses E until the end screen appears.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import { announcements, expectClean, launch, openSession, recordAnnouncements } from './harness.ts';

/** Presses Tab until the focused control's name matches `name` (what a keyboard user does). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return '';
      return (el.getAttribute('aria-label') ?? el.innerText ?? el.getAttribute('value') ?? '').trim();
    });
    if (name.test(label)) return;
    seen.push(label);
  }
  throw new Error(`Tab never reached ${name}; focus went through: ${seen.join(' | ')}`);
}

const DOMAINS = ['Architecture', 'Team coordination', 'Technical debt', 'Risk', 'Stakeholder communication'];

describeInBrowser('keyboard-only playthrough', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays the first scenario to the debrief with the keyboard, and announces every turn result', async () => {
    const s = await openSession(browser);
    const { page } = s;

    await tabTo(page, /^New game$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();

    // The first Choose button is the first scenario in the list.
    await tabTo(page, /^Choose$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Briefing' }).waitFor();

    await tabTo(page, /^Start$/);
    await page.keyboard.press('Enter');
    await page.locator('#end-turn').waitFor();
    await recordAnnouncements(page);

    // The shortcuts dialog opens with ? and closes with Escape, giving the keyboard back to the game.
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await keys.waitFor();
    // In the scenario's own words: the tutorial's turns are weeks.
    expect(await keys.innerText()).toMatch(/E\s+End the week[\s\S]*U\s+Undo the last week \(practice only\)/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' });

    let turns = 0;
    while ((await page.locator('#end-heading').count()) === 0) {
      expect(turns, 'the game should end within 1000 turns').toBeLessThan(1000);
      const before = await page.locator('.turn-counter').innerText();
      await page.keyboard.press('e');
      await page.waitForFunction(
        (b) =>
          document.getElementById('end-heading') !== null ||
          document.querySelector('.turn-counter')?.textContent !== b,
        before,
      );
      turns += 1;
      if (turns === 1) {
        // The first turn's result is read out before the player goes on.
        await page.waitForFunction(() => (window.__announced ?? []).some((t) => / 1 done\./.test(t)));
      }
    }

    const announced = await announcements(page);
    expect(announced.some((t) => /^\w+ 1 done\. Users [\d,.k]+ /i.test(t))).toBe(true);
    expect(new Set(announced).size).toBeGreaterThan(Math.min(turns - 1, 3));

    // The end screen: the outcome and the way to the debrief.
    await expect.poll(() => page.locator('#final-score').innerText()).toMatch(/^\d+$/);
    await tabTo(page, /^Read the debrief$/);
    await page.keyboard.press('Enter');
    await page.locator('#debrief-heading').waitFor();

    const score = Number(await page.locator('#final-score').innerText());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1000);
    const scorecard = page.getByRole('region', { name: 'Scorecard by domain' });
    const rows = await scorecard.locator('li').allInnerTexts();
    expect(rows).toHaveLength(5);
    DOMAINS.forEach((d, i) => expect(rows[i]).toMatch(new RegExp(`^${d}\\s+\\d+$`)));
    const cluster = await page.locator('#dora-h .badge').innerText();
    expect(['elite', 'high', 'medium', 'low']).toContain(cluster.trim().toLowerCase());
    await expect
      .poll(() => page.getByRole('region', { name: /DORA/ }).innerText())
      .toMatch(/Deploy frequency/);

    expectClean(s);
    await s.close();
  });
});
