/**
 * (d) "Your own scenario" on the scenario screen: a file with two mistakes lists both, each as
 * `file:line:col: message`, so an author can go straight to the line. A file that leaves decisions out of its
 * `levers` shows no control for them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../../scripts/web-harness.mjs';
import { describeInBrowser } from './chromium.ts';
import { expectClean, launch, openSession } from './harness.ts';

/** The first built-in scenario with an out-of-range difficulty and a misspelt field; returns the lines. */
function brokenScenario(): { path: string; difficultyLine: number; typoLine: number } {
  const first = readFileSync(join(ROOT, 'scenarios/index.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('#'))!;
  const lines = readFileSync(join(ROOT, `scenarios/${first}.yaml`), 'utf8').split('\n');
  const difficulty = lines.findIndex((l) => /^difficulty:/.test(l));
  const turns = lines.findIndex((l) => /^turns:/.test(l));
  expect(difficulty, 'the scenario has a top-level difficulty').toBeGreaterThanOrEqual(0);
  expect(turns, 'the scenario has a top-level turns').toBeGreaterThanOrEqual(0);
  lines[difficulty] = 'difficulty: 9';
  lines.splice(turns + 1, 0, 'topics: architecture');
  const path = join(mkdtempSync(join(tmpdir(), 'tradeoffs-scenario-')), 'broken-scenario.yaml');
  writeFileSync(path, lines.join('\n'));
  // 1-based line numbers in the written file (the inserted line shifts what follows it).
  return { path, difficultyLine: difficulty + 1 + (difficulty > turns ? 1 : 0), typoLine: turns + 2 };
}

describeInBrowser('loading your own scenario', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists both problems of a broken scenario file with file:line:col', async () => {
    const broken = brokenScenario();
    const s = await openSession(browser);
    const { page } = s;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your own scenario' }).waitFor();
    await page.getByLabel('Scenario file').setInputFiles(broken.path);

    const report = page.getByRole('alert');
    await expect.poll(() => report.innerText()).toMatch(/broken-scenario\.yaml has 2 problems:/);
    const problems = await report.locator('li').allInnerTexts();
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^broken-scenario\\.yaml:${broken.difficultyLine}:\\d+: difficulty: .*5.*`),
        ),
        expect.stringMatching(new RegExp(`^broken-scenario\\.yaml:${broken.typoLine}:1: topics: .*topic`)),
      ]),
    );
    // Still on the scenario screen: a broken file starts nothing.
    expect(await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).count()).toBe(1);
    expectClean(s);
    await s.close();
  });

  it('offers only the controls of the levers a scenario file lists', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tradeoffs-scenario-')), 'few-levers.yaml');
    writeFileSync(
      path,
      [
        'id: few-levers',
        'title: Few levers',
        'turns: 4',
        'levers: [plan/allocate, release/set, stakeholder/communicate]',
      ].join('\n'),
    );
    const s = await openSession(browser);
    const { page } = s;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByLabel('Scenario file').setInputFiles(path);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('#end-turn').waitFor();
    // The board update is offered; raising a round, hiring and migrations are not.
    expect(await page.locator('input[name="framing"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Try to raise a round' }).count()).toBe(0);
    expect(await page.locator('#raise').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hire one engineer' }).count()).toBe(0);
    expect(await page.locator('.plan-host').innerText()).not.toContain('money/raise');
    expectClean(s);
    await s.close();
  });
});
