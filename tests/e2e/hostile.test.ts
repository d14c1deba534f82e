/**
 * A class where some inputs are hostile, in real Chromium: poisoned run codes (a number beyond a double, lists
 * nested 400,000 deep) are each rejected while every good run is verified and ranked; names that are Ada in
 * disguise count as Ada, a look-alike is ranked but flagged, a name with no visible letter is refused at the
 * join form and at verification; a title and a name with bidi overrides are isolated and reorder nothing.
 * With SHOTS=<dir>, the screens are saved at 1280×800, 768×1024 and 390×844.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  competitionLink,
  createCompetition,
  encodeRunCode,
  sealRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { codeAround, HUGE_NUMBER, nested, runTextWith } from '../replay/hostile.ts';
import { botRun, builtIn } from '../replay/helpers.ts';
import { describeInBrowser } from './chromium.ts';
import { baseURL, expectClean, launch, openSession, seriousViolations } from './harness.ts';

const SHOTS = process.env['SHOTS'];
const SIZES = [
  [1280, 800],
  [768, 1024],
  [390, 844],
] as const;

/** Nothing wider than a phone's screen: the page never scrolls sideways (a wide table scrolls in its own box). */
async function expectFitsPhone(page: Page): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize(size);
}

async function shots(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

/** A title whose middle is reversed by a right-to-left override (U+202E) and never closed. */
const TITLE = 'Seminar \u202eB puorg 6 keeW';

const competition = createCompetition({
  loaded: builtIn('solo-founder'),
  seed: 'HST1LE',
  timeLimitMinutes: 45,
  title: TITLE,
  createdAt: 0,
});
const T = Date.UTC(2025, 2, 3, 9, 0, 0);
const as = (run: RunFile, name: string, minutes: number): RunFile =>
  sealRun({
    ...run,
    name,
    startedAt: T + minutes * 60_000,
    turns: run.turns.map((t) => ({ ...t, at: t.at + minutes * 60_000 })),
  });

const ada = botRun(competition, 'Ada', 'steady', { turns: 10, startedAt: T });
const grace = botRun(competition, 'Grace', 'move-fast', { turns: 10, startedAt: T });
const eve = botRun(competition, 'Eve', 'frugal', { turns: 10, startedAt: T });

describeInBrowser('hostile input in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the leaderboard ranks every good run, rejects each poisoned one, and isolates what it shows', async () => {
    const s = await openSession(browser);
    const { page } = s;
    const codes = [
      encodeRunCode(ada),
      codeAround(runTextWith(eve, HUGE_NUMBER)),
      codeAround(runTextWith(eve, nested(400_000))),
      encodeRunCode(grace),
      encodeRunCode(as(eve, 'Ａｄａ', 1)),
      encodeRunCode(as(eve, 'Ada\u200b', 2)),
      encodeRunCode(as(ada, '\u0410da', 3)),
      encodeRunCode(as(eve, '\u200b\u2800\u3164', 4)),
      // A pop-isolate (U+2069) first, to try to close the <bdi> around the name before the override.
      encodeRunCode(as(eve, 'Mallory\u2069\u202eevil', 5)),
    ];
    await page.getByRole('button', { name: 'Leaderboard' }).click();
    await page.getByLabel('Competition link or short code').fill(competitionLink(baseURL(), competition));
    await page.getByLabel('Competition link or short code').press('Tab');
    await page.getByLabel('Run codes').fill(codes.join('\n\n'));
    await page.getByRole('button', { name: 'Verify and rank' }).click();
    await expect.poll(() => page.locator('#verify-summary').innerText()).toBe('3 runs ranked, 6 rejected.');

    const names = await page.locator('#ranking tbody th.name > bdi').allInnerTexts();
    expect(names.sort()).toEqual(['Ada', 'Grace', '\u0410da'].sort());
    const flags = await page.locator('#ranking .run-flag').allInnerTexts();
    expect(flags).toEqual(
      expect.arrayContaining([
        'Check: looks like Ada (Latin and Cyrillic letters)',
        'Check: same decisions as Ada, turn by turn',
      ]),
    );
    const rejected = await page.locator('#rejected-list li').allInnerTexts();
    const damaged = 'truncated or corrupt: the code or file is damaged and cannot be read';
    expect(rejected).toEqual([
      expect.stringMatching(new RegExp(`^Eve \\(code 2 .*\\): ${damaged} \\(it holds a number out of range`)),
      expect.stringMatching(new RegExp(`^code 3 .*: ${damaged} \\(nested more than 32 levels deep\\)$`)),
      expect.stringMatching(
        /^\u200b\u2800\u3164 \(code 8 .*\): truncated or corrupt: the player name is empty/,
      ),
      expect.stringMatching(
        /^Mallory\u202eevil \(code 9 .*\): truncated or corrupt: the player name is empty/,
      ),
      expect.stringMatching(/^Ａｄａ \(code 5 .*\): duplicate name: Ada already has a run started earlier$/),
      expect.stringMatching(
        /^Ada\u200b \(code 6 .*\): duplicate name: Ada already has a run started earlier$/,
      ),
    ]);

    // Every name, title and seed from the link or a run sits in its own bidi isolate.
    const isolated = await page.evaluate(() =>
      [...document.querySelectorAll('#leaderboard-competition bdi, #ranking bdi, #rejected-list bdi')].map(
        (el) => getComputedStyle(el).unicodeBidi,
      ),
    );
    expect(isolated.length).toBeGreaterThan(12);
    expect(new Set(isolated)).toEqual(new Set(['isolate']));
    expect(await page.locator('#leaderboard-competition bdi').first().innerText()).toBe(TITLE);
    // On screen, each rejected row still reads name, source, reason from left to right: no override in a name
    // reversed what follows it.
    const order = await page
      .locator('#rejected-list li')
      .evaluateAll((items) =>
        items.map((li) => [...li.children].map((el) => Math.round(el.getClientRects()[0]!.left))),
      );
    for (const lefts of order) expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    expect(await seriousViolations(page)).toEqual([]);
    await expectFitsPhone(page);
    await shots(page, 'hostile-leaderboard');

    await page.getByRole('button', { name: 'Projector view' }).click();
    await page.locator('#projector-h bdi').waitFor();
    await shots(page, 'hostile-projector');
    await page.keyboard.press('Escape');
    expectClean(s);
    await s.close();
  });

  it('the join form refuses a name with no visible letter; the title cannot reorder the page', async () => {
    const s = await openSession(browser, { width: 390, height: 844 });
    const { page } = s;
    await page.goto(competitionLink(baseURL(), competition));
    await page.getByRole('heading', { level: 2, name: 'Briefing' }).waitFor();
    expect(await page.locator('#join-heading bdi').innerText()).toBe(TITLE);
    await page.getByLabel('Your name').fill('\u200b\u2800\u3164');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect
      .poll(() => page.locator('#join-name-problem').innerText())
      .toBe('Your name needs at least one letter.');
    expect(await page.locator('#end-turn').count()).toBe(0);
    await expectFitsPhone(page);
    await shots(page, 'hostile-join');
    expectClean(s);
    await s.close();
  });
});
