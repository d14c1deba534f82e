/**
 * (g) Offline play: after a first visit (the service worker installed, activated and controlling the page), the
 * game loads and a turn can be played with the network off — including the lazily loaded Phaser chunk. The
 * server is also shut down, so nothing can come from the network at all. It answers with `Vary: Origin`, as vite
 * preview and many CDNs do: the cached JS and CSS must still match the page's (CORS-mode) requests for them.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist, type DistServer } from '../../scripts/web-harness.mjs';
import { describeInBrowser } from './chromium.ts';
import {
  endTurnByClick,
  expectClean,
  launch,
  openSession,
  startFirstScenario,
  turnCounter,
} from './harness.ts';

describeInBrowser('offline', () => {
  let browser: Browser;
  let server: DistServer;
  beforeAll(async () => {
    browser = await launch();
    // Its own server, so that it can be shut down without disturbing the other tests.
    server = await serveDist(inject('distDir'), 0, { headers: { Vary: 'Origin' } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads and plays a turn with the network off after the first visit', async () => {
    const s = await openSession(browser, undefined, server.url);
    const { page, context } = s;
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    await startFirstScenario(page, 'offline-1');
    await page.locator('#world canvas').waitFor();
    const before = await turnCounter(page);
    await endTurnByClick(page);
    expect(await turnCounter(page)).not.toBe(before);
    expectClean(s);
    await s.close();
  });
});
