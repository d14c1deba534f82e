/**
 * (b) Reloading in the middle of a turn resumes the same game with the decision being drafted.
 * (c) A save file exported from one game, after the browser's storage is wiped, restores exactly that game.
 * The game's identity is the seed and the state hash the Settings dialog shows (Game info).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import {
  draftedDecisions,
  endTurnByClick,
  expectClean,
  gameIdentity,
  launch,
  openSession,
  startFirstScenario,
  turnCounter,
} from './harness.ts';

describeInBrowser('saving and resuming', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('resumes the same game, mid-turn with its drafted decision, after a reload', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'reload-resume-7');
    for (let i = 0; i < 3; i++) await endTurnByClick(page);
    // Draft one decision for turn 4: switch a process policy.
    await page.locator('#section-policies input[type=checkbox]').first().click();
    await expect.poll(() => draftedDecisions(page)).toHaveLength(1);
    const drafted = await draftedDecisions(page);
    const before = await gameIdentity(page);
    const counter = await turnCounter(page);
    expect(before.seed).toBe('reload-resume-7');
    expect(before.hash).toMatch(/^[0-9a-f]{16}$/);

    await page.reload();
    const resume = page.getByRole('button', { name: /^Continue: / });
    await resume.waitFor();
    expect(await resume.innerText()).toMatch(/\(week 4 of 12\)$/);
    await resume.click();
    await page.locator('#end-turn').waitFor();

    expect(await turnCounter(page)).toBe(counter);
    expect(await draftedDecisions(page)).toEqual(drafted);
    expect(await gameIdentity(page)).toEqual(before);
    expectClean(s);
    await s.close();
  });

  it('restores an exported save file after the browser storage is cleared', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'export-import-3');
    for (let i = 0; i < 2; i++) await endTurnByClick(page);
    const before = await gameIdentity(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-save').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'tradeoffs-save-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toBeTypeOf('object');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    // Storage really is empty: nothing to continue.
    expect(await page.getByRole('button', { name: /^Continue: / }).count()).toBe(0);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('#load-save').click(),
    ]);
    await chooser.setFiles(file);
    await page.locator('#end-turn').waitFor();
    expect(await gameIdentity(page)).toEqual(before);
    expectClean(s);
    await s.close();
  });
});
