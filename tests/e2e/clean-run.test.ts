/**
 * (f) The built game under its Content-Security-Policy: a session that goes through every screen and dialog
 * (and a save file out and back in) has no CSP violation, no console error, no uncaught error, and sends no
 * request anywhere but 127.0.0.1. Every other e2e test checks the same guards over its own run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import {
  endTurnByClick,
  expectClean,
  gameIdentity,
  launch,
  openSession,
  startFirstScenario,
  turnCounter,
} from './harness.ts';

describeInBrowser('a clean run under the CSP', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the CSP is in force, and the guards report a violation', async () => {
    const s = await openSession(browser);
    // What an injected inline style would meet: the build's policy blocks it and reports it. (Inline script
    // is stopped even earlier, by the Trusted Types policy, before the CSP sees it.)
    await s.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red }';
      document.head.append(style);
    });
    await expect.poll(() => s.problems.join('\n')).toMatch(/CSP violation: style-src/);
    expect(await s.page.evaluate(() => getComputedStyle(document.body).outlineWidth)).not.toBe('7px');
    await s.close();
  });

  it('every screen and dialog, a save file out and in: no violation, no error, nothing leaves 127.0.0.1', async () => {
    const s = await openSession(browser);
    const { page } = s;
    let local = 0;
    s.context.on('request', (r) => {
      if (new URL(r.url()).hostname === '127.0.0.1') local += 1;
    });

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();
    await startFirstScenario(page, 'clean-run-5');
    await page.locator('#world canvas').waitFor();
    for (let i = 0; i < 4; i++) await endTurnByClick(page);

    // Draft a few things a player does: answer an event if one waits, move a slider, open a "Why?".
    const answer = page.locator('.event-card input[type=radio]').first();
    if ((await answer.count()) > 0) await answer.check();
    await page.locator('#alloc-debt').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    const why = page.locator('details.why summary');
    if ((await why.count()) > 0) await why.first().click();
    await page.keyboard.press('?');
    await page.keyboard.press('Escape');
    const identity = await gameIdentity(page);

    // Undo a turn and play it again, then save to a file, quit and load it back.
    const counter = await turnCounter(page);
    await page.locator('#rewind').click();
    await expect.poll(() => turnCounter(page)).not.toBe(counter);
    await endTurnByClick(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-save').click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'tradeoffs-clean-')), download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('button', { name: 'Quit' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('#load-save').click(),
    ]);
    await chooser.setFiles(file);
    await page.locator('#end-turn').waitFor();
    expect((await gameIdentity(page)).seed).toBe(identity.seed);

    for (let i = 0; i < 1000 && (await page.locator('#end-heading').count()) === 0; i++) {
      await endTurnByClick(page);
    }
    await page.locator('#open-debrief').click();
    await page.locator('#debrief-heading').waitFor();
    await page.getByRole('button', { name: 'Another scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();

    expect(local, 'the guards saw the page, its script and its stylesheet load').toBeGreaterThanOrEqual(3);
    expectClean(s);
    await s.close();
  });
});
