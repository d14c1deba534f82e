/**
 * The end screen and the debrief, as a player sees them and as they print: the outcome and why, the score with
 * its domains, the DORA cluster and headline numbers on the end screen; on the debrief the objectives in words
 * with the required ones marked, the four DORA keys charted with targets, legends named by meaning, turning
 * points that never repeat a card's own answer, turns named as the scenario names them, the same world offered
 * first; on paper every "Why?" printed open and no item split across pages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BOTS, playBot } from '../../src/bots/index.ts';
import { scorecard } from '../../src/engine/index.ts';
import { builtIn } from '../replay/helpers.ts';
import { describeInBrowser } from './chromium.ts';
import {
  endTurnByClick,
  expectClean,
  gameIdentity,
  launch,
  openSession,
  startFirstScenario,
  type Session,
} from './harness.ts';

const SEED = 'debrief-e2e-3';

async function playToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 1000 && (await page.locator('#end-heading').count()) === 0; i++) {
    // Answer every card with its last option (the tutorial's bold or frugal choice), so answers show up.
    const cards = page.locator('.event-card');
    for (let c = 0; c < (await cards.count()); c++) await cards.nth(c).getByRole('radio').last().check();
    await endTurnByClick(page);
  }
}

describeInBrowser('end screen and debrief', () => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => {
    browser = await launch();
    s = await openSession(browser);
    await startFirstScenario(s.page, SEED);
    await playToEnd(s.page);
  });
  afterAll(async () => {
    await s?.close();
    await browser?.close();
  });

  it('the end screen says why it ended, the score by domain, the DORA cluster and how the numbers moved', async () => {
    const { page } = s;
    const outcome = await page.locator('.outcome-reason').innerText();
    expect(outcome.length).toBeGreaterThan(20);
    expect(outcome).toMatch(/week|objective/i);
    expect(await page.getByRole('region', { name: 'Scorecard by domain' }).locator('li').count()).toBe(5);
    expect(await page.locator('.end-screen .badge').innerText()).toMatch(/^(elite|high|medium|low)$/i);
    const headlines = await page.locator('.headline').allInnerTexts();
    expect(headlines.length).toBeGreaterThanOrEqual(3);
    expect(headlines.join('\n')).toMatch(/Users[\s\S]*from 150/);
    expect(await page.getByRole('button', { name: 'Read the debrief' }).count()).toBe(1);
  });

  it('the debrief reads objectives in words, marks the required one and charts the four DORA keys', async () => {
    const { page } = s;
    await page.locator('#open-debrief').click();
    await page.locator('#debrief-heading').waitFor();
    const rows = page.locator('.objectives-table').first().locator('tbody tr');
    expect(await rows.count()).toBe(4);
    const cash = await rows.nth(1).innerText();
    expect(cash).toMatch(/required/i);
    expect(cash).toMatch(/at least \$150k/);
    expect(await page.locator('.objectives-table').first().innerText()).not.toMatch(/[≤≥] \$?\d[^\n]*\//);
    const captions = await page.locator('.charts figcaption').allInnerTexts();
    for (const key of [
      'Deploy frequency',
      'Lead time for changes',
      'Change failure rate',
      'Failed-deployment recovery',
    ])
      expect(captions.some((c) => c.startsWith(key))).toBe(true);
    const text = await page.locator('.debrief-screen').innerText();
    expect(text).not.toMatch(/\b(red|amber)\b/i);
    expect(text).not.toMatch(/\bturn \d/i);
    expect(await page.locator('.line-chart .tick').allTextContents()).toContain('week 1');
    // The users chart draws the objective's target.
    expect(await page.locator('.charts figure').first().locator('.guide-target').count()).toBeGreaterThan(0);
  });

  it('turning points never list a card answering itself', async () => {
    const { page } = s;
    const items = page.locator('.turning-points ol > li');
    for (let i = 0; i < (await items.count()); i++) {
      const head = await items.nth(i).locator('.tp-head strong').innerText();
      const consequences = await items.nth(i).locator('.log-item > div > strong').allInnerTexts();
      expect(consequences).not.toContain(head);
      expect(await items.nth(i).locator('.tp-why').count()).toBe(consequences.length);
    }
    expect(await page.locator('.turning-points').textContent()).not.toMatch(/your decision\s*100%/);
  });

  it('prints every "Why did this happen?" open and keeps each item whole', async () => {
    const { page } = s;
    await page.emulateMedia({ media: 'print' });
    const summaries = await page
      .locator('details.why summary')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(summaries).toBe(0);
    const closed = await page.locator('details.why').count();
    expect(
      await page
        .locator('.why-print')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
    ).toBe(closed);
    const breaks = await page
      .locator('.tp-item, .log-item, figure')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('sets the player beside three strategies and doing nothing, each played on the same world', async () => {
    const rows = await s.page.locator('.others tbody tr').allInnerTexts();
    const cells = rows.map((r) => r.split('\t'));
    expect(cells.map((c) => c[0]!.split(' ')[0])).toEqual(['You', 'steady', 'move-fast', 'frugal', 'doing']);
    // The doing-nothing row is the idle bot's game on this seed, as the command line plays it.
    const tutorial = builtIn('tutorial').scenario;
    const idle = scorecard(playBot(tutorial, SEED, BOTS.idle).state, tutorial).score;
    expect(cells[4]![1]).toBe(String(idle));
  });

  it('offers the same world first, and a new world apart from it', async () => {
    const { page } = s;
    const same = page.getByRole('button', { name: /^Same world, another strategy/ });
    expect(await same.count()).toBe(1);
    expect(await same.getAttribute('class')).toMatch(/primary/);
    expect(await page.getByRole('button', { name: /^A new world/ }).count()).toBe(1);
    expect(await page.locator('.others').innerText()).toMatch(/same world|this world again/i);
    await same.click();
    await page.locator('#end-turn').waitFor();
    expect((await gameIdentity(page)).seed).toBe(SEED);
    expectClean(s);
  });
});
