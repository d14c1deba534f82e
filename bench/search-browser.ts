/**
 * The default strategy search in the browser: the production build's Balance report screen in headless Chromium
 * (Web Workers, one per core the browser reports), with the bots' part of the report cut to one seed so the time
 * is the search's. Prints the seconds from Run to "Report ready"; asserts nothing.
 */
import { chromium } from 'playwright-core';
import { builtInIds } from '../src/cli/scenarios.ts';

/**
 * The web harness, loaded when the browser is measured and never bundled into this file: its server script
 * serves whenever the running file is its own, which a bundle containing it would be.
 */
async function harness(): Promise<typeof import('../scripts/web-harness.mjs')> {
  const self = import.meta.url;
  const url = self.endsWith('.ts')
    ? new URL('../scripts/web-harness.mjs', self).href
    : new URL('../../../scripts/web-harness.mjs', self).href;
  return (await import(url)) as typeof import('../scripts/web-harness.mjs');
}

export async function benchBrowser(scenario: string): Promise<void> {
  const { buildWeb, chromiumMissing, LAUNCH_OPTIONS, privateBuildDir, removeBuild, serveDist } =
    await harness();
  if (chromiumMissing()) {
    console.log('browser: no Chromium here (Debian package `chromium`); skipped');
    return;
  }
  const index = builtInIds().indexOf(scenario);
  if (index < 0) throw new Error(`the browser bench needs a built-in scenario, not "${scenario}"`);
  const dist = buildWeb({ outDir: privateBuildDir('bench-search') });
  const server = await serveDist(dist);
  const browser = await chromium.launch(LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Balance report' }).click();
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await page.locator('#balance-heading').waitFor();
    await page.locator('select').first().selectOption({ index });
    await page.getByLabel('Seeds per bot').fill('1');
    await page.getByLabel('Paired seeds for decisions').fill('0');
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(
      () => /Report ready/.test(document.querySelector('.balance-screen [role="status"]')?.textContent ?? ''),
      null,
      { timeout: 900_000 },
    );
    const ms = performance.now() - t0;
    const games = await page.evaluate(
      () => document.body.innerText.match(/([\d,]+) games in all/)?.[1] ?? '?',
    );
    console.log(
      `browser (${cores} workers): default search of ${scenario} in ${(ms / 1000).toFixed(1)} s (${games} games)`,
    );
  } finally {
    await browser.close();
    await server.close();
    removeBuild(dist);
  }
}
