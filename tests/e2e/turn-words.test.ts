/**
 * A scenario whose turns are sprints says "sprint" on every screen of the game, with one numbering: the HUD's
 * "Sprint N" is the sprint being planned, a played sprint keeps its number, and nothing says "turn" or "week"
 * for a turn (real weeks stay weeks: salaries per week, deploys per week).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../../scripts/web-harness.mjs';
import { describeInBrowser } from './chromium.ts';
import {
  announcements,
  endTurnByClick,
  expectClean,
  launch,
  openSession,
  recordAnnouncements,
} from './harness.ts';

/** The tutorial with two-week turns, as a file to load under "Your own scenario". */
function sprintTutorial(): string {
  const text = readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8')
    .replace(/^turnLength: week$/m, 'turnLength: sprint')
    .replace(/^id: tutorial$/m, 'id: tutorial-sprints');
  expect(text).toMatch(/^turnLength: sprint$/m);
  const path = join(mkdtempSync(join(tmpdir(), 'tradeoffs-sprints-')), 'tutorial-sprints.yaml');
  writeFileSync(path, text);
  return path;
}

describeInBrowser('turn words', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names and numbers sprints the same way everywhere', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByLabel('Scenario file').setInputFiles(sprintTutorial());
    await page.getByRole('heading', { level: 2, name: 'Briefing' }).waitFor();
    expect(await page.locator('.facts').innerText()).toMatch(/Length\s+12 sprints/);
    await page.getByLabel('World seed').fill('sprint-words-1');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('#end-turn').waitFor();
    await recordAnnouncements(page);

    const text = (selector: string) => page.locator(selector).first().innerText();
    expect(await text('.turn-counter')).toBe('Sprint 1 of 12');
    expect(await text('.plan-title')).toBe('Plan sprint 1');
    expect(await text('#draft-h')).toBe('Your decisions for sprint 1');
    expect(await text('#end-turn')).toBe('End sprint 1 of 12');
    expect(await text('#log-h')).toMatch(/^Your first sprint/);
    expect(await text('#section-log .hint')).toBe(
      'Set your plan in the Plan panel and end the sprint. Events will appear here with the reasons behind them.',
    );
    // The tutorial shows its controls as its cards introduce them, one a sprint.
    expect(await text('#controls-to-come')).toBe(
      '6 more controls will appear as the sprints introduce them.',
    );
    await page.locator('.forecast[aria-busy="false"]').waitFor();
    expect(await text('.forecast h3')).toBe('Forecast: next 8 sprints under this plan');

    await endTurnByClick(page);
    expect(await text('.turn-counter')).toBe('Sprint 2 of 12');
    expect(await text('#log-h')).toMatch(/^What happened in sprint 1/);
    expect(await text('.dora .hint')).toMatch(/appear after 5 deploys: \d+ so far\.$/);
    expect(await text('#deploy-queue')).toMatch(/^Last sprint: \d+ deploys?/);
    expect(await text('#section-capacity-h')).toMatch(/^Capacity split/);
    expect(await text('.deadline')).toMatch(/sprint/);
    await expect.poll(() => announcements(page)).toContainEqual(expect.stringMatching(/^Sprint 1 done\./));

    expect(await text('#rewind')).toBe('Undo last sprint');
    // The game's own words: not the scenario's title and cards (its author wrote them), nor the engine's
    // cause labels under "Why did this happen?" (engine/event-odds.ts names the metric 'turn' "weeks played").
    const own = await page.locator('.play-screen').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('#play-heading, .event-card > p, .event-card .hint, .log-item p, .why')
        .forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(own).not.toMatch(/\bturns?\b/i);
    // Real weeks stay weeks: pay and deploys per week, effort in engineer-weeks, hiring time.
    // ("6 weeks" is a duration; "week 6" would be a turn.)
    expect(own.replace(/\/wk|\/week|engineer-weeks?|eng-weeks|a few weeks|\d+ weeks?/g, '')).not.toMatch(
      /\bweeks?\b/i,
    );

    await page
      .getByRole('navigation', { name: 'Game menu' })
      .getByRole('button', { name: 'Settings' })
      .click();
    expect(await text('.game-info')).toMatch(/1 sprint played/);
    expectClean(s);
    await s.close();
  });
});
