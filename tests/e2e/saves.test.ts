/**
 * (b) Reloading in the middle of a turn returns straight to the same game with the decision being drafted; a
 * reload on the end screen or the debrief returns there; Quit leads to the title with Continue, before and after
 * a reload; New game asks first when a game is in progress, and the old game stays saved.
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

  it('a reload returns straight to the game, mid-turn with its drafted decision', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'reload-resume-7');
    for (let i = 0; i < 3; i++) await endTurnByClick(page);
    // Draft one decision for turn 4: change the release (the tutorial has introduced Release by then).
    await page.locator('#release-canary').check();
    await expect.poll(() => draftedDecisions(page)).toHaveLength(1);
    const drafted = await draftedDecisions(page);
    const before = await gameIdentity(page);
    const counter = await turnCounter(page);
    expect(before.seed).toBe('reload-resume-7');
    expect(before.hash).toMatch(/^[0-9a-f]{16}$/);

    await page.reload();
    // No stop on the title: the play screen, where the player was.
    await page.locator('#end-turn').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).count()).toBe(0);
    expect(await turnCounter(page)).toBe(counter);
    expect(await draftedDecisions(page)).toEqual(drafted);
    expect(await gameIdentity(page)).toEqual(before);

    // Quit means the same before and after a reload: the title, with the game behind Continue.
    await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Quit' }).click();
    const resume = page.getByRole('button', { name: /^Continue: / });
    expect(await resume.innerText()).toMatch(/\(week 4 of 12\)$/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    expect(await resume.innerText()).toMatch(/\(week 4 of 12\)$/);
    await resume.click();
    await page.locator('#end-turn').waitFor();
    expect(await gameIdentity(page)).toEqual(before);
    expectClean(s);
    await s.close();
  });

  it('a reload on the end screen or the debrief comes back to it', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'reload-end-2');
    for (let i = 0; i < 1000 && (await page.locator('#end-heading').count()) === 0; i++) {
      await endTurnByClick(page);
    }
    await page.reload();
    await page.locator('#end-heading').waitFor();
    await page.locator('#open-debrief').click();
    await page.locator('#debrief-heading').waitFor();
    await page.reload();
    await page.locator('#debrief-heading').waitFor();
    expectClean(s);
    await s.close();
  });

  it('New game with a game in progress asks first, in a dialog that offers Save file', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'confirm-new-1');
    await endTurnByClick(page);
    await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Quit' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new game?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/week 2 of 12\).*stays saved in this browser/s);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-new-game');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: /^Continue: / }).count()).toBe(1);

    // Started anyway, the new game leaves the old one saved: the title lists it and continues it.
    await startFirstScenario(page, 'confirm-new-2');
    await endTurnByClick(page);
    await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Quit' }).click();
    const saved = page.getByRole('region', { name: 'Saved games' });
    await saved.getByRole('button', { name: /^Continue Tutorial.*week 2 of 12/ }).click();
    await page.locator('#end-turn').waitFor();
    expect((await gameIdentity(page)).seed).toBe('confirm-new-1');
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
