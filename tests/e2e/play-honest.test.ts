/**
 * The play screen is honest (issue 16, items 4 and 5): a week below the SLO target is said in the week's log,
 * never "a quiet week"; a plan that stops progress is flagged under "Your decisions" until the draft frees it;
 * and "Why did this happen?" speaks the player's words, never the engine's conditions or hidden quality.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import { advanceByClick, endTurnByClick, expectClean, launch, openSession } from './harness.ts';

/** New game → the scenario called `title` → Start with `seed`; waits for the plan. */
async function start(page: Page, title: string, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start a new game?' });
  const choose = page
    .locator('.scenario-card', { has: page.getByRole('heading', { name: title }) })
    .getByRole('button', { name: 'Choose' });
  await Promise.race([confirm.waitFor(), choose.waitFor()]);
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Start a new game' }).click();
  await choose.click();
  await page.getByLabel('World seed').fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
}

/**
 * The text of a part of the play screen as the player reads it: scrolled to first, since a panel out of view is
 * not laid out (content-visibility) and innerText reads only what is.
 */
async function read(locator: Locator): Promise<string> {
  // A panel re-rendered after a click replaces its element: the locator finds the new one on the next try.
  for (let attempt = 1; ; attempt++) {
    try {
      await locator.scrollIntoViewIfNeeded();
      // Laid out once it is near the view, from the next frame on.
      await locator.evaluate(
        () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
      );
      return await locator.innerText();
    } catch (error) {
      if (attempt >= 5 || !/not attached/.test(String(error))) throw error;
    }
  }
}

/** The engine's internal wording, and a hidden quantity's value or threshold. */
const INTERNAL = /this card needs|turns played| was -?\d|\(turns\)|true quality|modelQuality|\b0\.\d/;

describeInBrowser('the play screen is honest', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says every week below the SLO target in its log, and never calls it quiet', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Incident night', 'silence-1');
    let missed = 0;
    for (let week = 1; week <= 5; week++) {
      await endTurnByClick(page);
      const slo = Number((await read(page.locator('#kpi-slo .kpi-value'))).replace('%', ''));
      const log = await read(page.locator('#section-log'));
      expect(log, `week ${week}`).not.toMatch(/quiet/i);
      if (slo < 95) {
        missed += 1;
        expect(await read(page.locator('#turn-slo')), `week ${week}`).toMatch(
          new RegExp(`^Reliability: SLO ${slo.toFixed(1)}% this week, below the 95% target: .+\\.$`),
        );
        expect(await page.locator('#kpi-slo').getAttribute('class')).toContain('bad');
      } else expect(await page.locator('#turn-slo').count(), `week ${week}`).toBe(0);
    }
    // The scenario's night of incidents takes the SLO under its target at least once in these weeks.
    expect(missed).toBeGreaterThan(0);
    expectClean(s);
    await s.close();
  });

  it('flags a migration with no capacity under Your decisions, and clears it once the migration gets a share', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Incident night', 'silence-2');
    expect(await page.locator('#blockers').count()).toBe(0);
    await page.locator('#migrate-processing-async').click();
    const flag = page.locator('#blocker-migration-unstaffed');
    expect(await flag.innerText()).toContain(
      'The migration to async gets 0% of capacity: it makes no progress.',
    );
    await flag.getByRole('button', { name: 'Go to Capacity split' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-capacity-h');
    await page.locator('#alloc-migration').fill('20');
    await page.locator('#alloc-migration').dispatchEvent('change');
    await expect.poll(() => page.locator('#blockers').count()).toBe(0);
    // Still clear after the week is played with the migration staffed.
    await endTurnByClick(page);
    expect(await page.locator('#blockers').count()).toBe(0);
    expectClean(s);
    await s.close();
  });

  it('says why in the player’s words, and never shows the model’s hidden quality', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Ship it', 'why-1');
    let whys = 0;
    for (let week = 1; week <= 8 && (await page.locator('#end-heading').count()) === 0; week++) {
      await endTurnByClick(page);
      if ((await page.locator('#end-turn').count()) === 0) break;
      for (const text of await page.locator('.play-screen .why').allTextContents()) {
        expect(text, `week ${week}`).not.toMatch(INTERNAL);
        whys += 1;
      }
      expect(await page.locator('.play-screen').textContent(), `week ${week}`).not.toMatch(/true quality/i);
    }
    expect(whys).toBeGreaterThan(0);
    // An open "Why?" separates what a decision changes from luck.
    const open = page.locator('.play-screen .why', { hasText: 'share of the odds' }).first();
    await open.locator('summary').click();
    expect(await open.innerText()).toMatch(/(What made it likelier|Luck)[^\n]*\(share of the odds\):/);
    expectClean(s);
    await s.close();
  });

  it('shows Rules 2 at work: the hiring pipeline and the ramp, the board meeting, the round and the deploy queue', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Five engineers', 'rules2-1');
    expect(await read(page.locator('#board-meeting'))).toMatch(
      /^The board meets at the end of week 4 \(every 4 weeks\); it hears the last update before then\. What fits now: .+\.$/,
    );
    for (let i = 0; i < 3; i++) await page.locator('#hire-engineer').click();
    await page.locator('#raise').click();
    await endTurnByClick(page);
    // Offers accepted in week 1 arrive 6 weeks later; a round begun in week 1 is decided in week 8.
    expect(await read(page.locator('#section-team'))).toMatch(/engineers \(\d arriving in 6 weeks\)/);
    expect(await read(page.locator('#raise-news'))).toMatch(
      /^Investors decide at the end of week 8 \(7 weeks from now\)/,
    );
    expect(await read(page.locator('#deploy-queue'))).toMatch(/^Last week: \d+ deploys?/);
    expect(await read(page.locator('#dora .badge'))).toMatch(/not enough data/i);
    for (let i = 0; i < 7; i++) await endTurnByClick(page);
    expect(await read(page.locator('#section-team'))).toMatch(/\d onboarding: full speed in 1[4-6] weeks/);
    expectClean(s);
    await s.close();
  });

  it('shows the descriptions in the first turns of a first game only', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Solo founder', 'terse-1');
    const terse = () => page.locator('.plan-host').evaluate((el) => el.classList.contains('terse'));
    expect(await terse()).toBe(false);
    await endTurnByClick(page);
    await endTurnByClick(page);
    expect(await terse()).toBe(true);
    await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Quit' }).click();
    await start(page, 'Solo founder', 'terse-2');
    expect(await terse()).toBe(true);
    await page.locator('#toggle-hints').click();
    expect(await terse()).toBe(false);
    expectClean(s);
    await s.close();
  });

  it('tells the game’s story in the debrief: its weeks below the SLO, and each model version’s true quality', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Ship it', 'story-1');
    for (let i = 0; i < 40 && (await page.locator('#end-heading').count()) === 0; i++)
      await advanceByClick(page);
    await page.locator('#open-debrief').click();
    await page.locator('#debrief-heading').waitFor();
    expect(await read(page.locator('.story'))).toMatch(
      /The SLO (stayed at or above its 95% target in every week|fell below its 95% target in \d+ of 26 weeks)/,
    );
    const rows = await page.locator('#model-versions tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0]).toMatch(/^v1\s+\d+%\s+\d+%\s+(spot on|[+\u2212]\d+ points)\s+live at the start$/);
    for (const r of rows.slice(1))
      expect(r).toMatch(
        /^v\d+\s+\d+%\s+\d+%\s+(spot on|[+\u2212]\d+ points)\s+(ready|released|held back|still waiting)/,
      );
    expect(await page.locator('figure', { hasText: 'SLO and load per week' }).count()).toBe(1);
    expectClean(s);
    await s.close();
  });

  it('moves every slider without dragging: − and + buttons of at least 24 px', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 'Solo founder', 'steps-1');
    for (const b of await page.locator('.slider-row .step').all()) {
      const box = (await b.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    await page.getByRole('button', { name: 'Raise Debt paydown by 5%' }).click();
    await expect.poll(() => read(page.locator('#alloc-debt-value'))).toBe('15%');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('alloc-debt-more');
    await page.getByRole('button', { name: 'Lower the eval gate threshold by 5 points' }).click();
    await expect.poll(() => read(page.locator('.draft-list'))).toMatch(/Eval gate threshold: 55%/);
    expectClean(s);
    await s.close();
  });
});
