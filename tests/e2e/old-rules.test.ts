/**
 * A game saved under the previous rules (engine version 1) is never lost nor silently hidden: the title lists it
 * with a plain word on why it cannot be continued, and its "Download save file" gives the save as it was stored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { decodeSave, encodeSave, sealSave, SHELF_KEY, SLOT_KEYS } from '../../src/persistence/index.ts';
import { describeInBrowser } from './chromium.ts';
import {
  endTurnByClick,
  expectClean,
  launch,
  openSession,
  seriousViolations,
  startFirstScenario,
} from './harness.ts';

/** With SHOTS=<dir>, the title is saved at 1280×800, 768×1024 and 390×844. */
const SHOTS = process.env['SHOTS'];

describeInBrowser('a game saved under earlier rules', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is listed on the title with why it cannot go on, and its save file downloads as stored', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'old-rules-1');
    await endTurnByClick(page);
    await endTurnByClick(page);
    // This game's autosave as if it had been played under rules 1 (marked as format migrations mark such games),
    // put on the shelf of other games.
    const stored = await page.evaluate(
      (keys) => keys.map((k) => localStorage.getItem(k)).filter((x): x is string => x !== null),
      [...SLOT_KEYS],
    );
    const newest = stored
      .map((t) => decodeSave(t))
      .flatMap((d) => (d.ok ? [d.save] : []))
      .sort((a, b) => b.sequence - a.sequence)[0]!;
    const { checksum: _c, ...body } = newest;
    const old = sealSave({ ...body, engineVersion: 1, game: `${newest.game}@rules-1` });
    await page.evaluate(
      ([key, text]) =>
        localStorage.setItem(key!, JSON.stringify({ format: 'tradeoffs-shelf', saves: [text] })),
      [SHELF_KEY, encodeSave(old)],
    );
    await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Quit' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();

    const item = page.locator('.saved-games li.other-rules-game');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/Tutorial[^\n]*· 2 turns played/);
    expect(await item.innerText()).toContain(
      'Played under the game’s earlier rules, which have changed since: the same decisions would make a different game now, so it cannot be continued.',
    );
    expect(await item.getByRole('button', { name: /Continue|Results/ }).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: /Download the save file of/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tradeoffs-tutorial-turn-2\.json$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(file).toBe(encodeSave(old));
    expect(await seriousViolations(page)).toEqual([]);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      for (const [width, height] of [
        [1280, 800],
        [768, 1024],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(SHOTS, `title-old-rules-${width}.png`), fullPage: true });
      }
    }
    expectClean(s);
    await s.close();
  });
});
