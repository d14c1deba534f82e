/**
 * The strategy search in a real browser: the Balance report screen, on a loaded scenario file with a planted
 * exploit, runs the bots and then the search in Web Workers, shows the strongest strategy and the warning, and
 * its "Download JSON" is byte for byte what `npx tradeoffs balance` prints for the same settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { main } from '../../src/cli/main.ts';
import { ROOT } from '../../scripts/web-harness.mjs';
import { describeInBrowser } from './chromium.ts';
import { expectClean, launch, openSession } from './harness.ts';

const FILE = join(ROOT, 'tests/search/fixtures/free-users.yaml');

async function cliJson(args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(['balance', FILE, ...args, '--json'], {
    out: (t) => out.push(t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return out.join('\n');
}

describeInBrowser('the strategy search on the balance screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the planted exploit and downloads the same JSON as the command line', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await page.getByRole('button', { name: 'Balance report' }).click();
    await page.locator('#balance-heading').waitFor();
    await page.getByLabel('Load a scenario file').setInputFiles(FILE);
    await expect.poll(() => page.locator('select').first().inputValue()).toBe('f0');
    await page.getByLabel('Seeds per bot').fill('30');
    await page.getByLabel('Paired seeds for decisions').fill('0');
    await page.getByLabel('Seed', { exact: true }).fill('browser');
    await page.getByLabel('Generations').fill('1');
    await page.getByLabel('Training seeds').fill('3');
    await page.getByLabel('Held-out seeds').fill('30');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => page.locator('.balance-screen [role="status"]').innerText(), { timeout: 120_000 })
      .toMatch(/Report ready/);
    await page.getByRole('heading', { name: 'Strongest strategy found' }).waitFor();
    const text = await page.locator('.balance-report').innerText();
    expect(text).toMatch(/Warning: strategy beats bots\. A strategy that leans on .*Take them all/);
    expect(text).toMatch(/Strongest strategy found[\s\S]*Events: .*Take them all/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const screen = readFileSync((await download.path())!, 'utf8');
    const cli = await cliJson([
      '--runs',
      '30',
      '--variant-runs',
      '0',
      '--seed',
      'browser',
      '--search-generations',
      '1',
      '--search-training-seeds',
      '3',
      '--search-held-out-seeds',
      '30',
      '--workers',
      '2',
    ]);
    expect(JSON.parse(screen).search.warnings[0].kind).toBe('strategy-beats-bots');
    expect(screen).toBe(cli);
    expectClean(s);
    await s.close();
  });
});
