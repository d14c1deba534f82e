/**
 * The play screen tells the truth (issue 16): one number for one thing, wherever it is shown, and the costs of a
 * decision in plain sight before and after it is made.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import { endTurnByClick, expectClean, launch, openSession, startFirstScenario } from './harness.ts';

/** The runway as each place on the play screen shows it: the world, the tile, the forecast and the money panel. */
async function runways(page: Page): Promise<Record<string, string>> {
  // The world redraws (and renames its canvas) a moment after the panels: wait until it shows this plan's runway.
  const tile = (await page.locator('#kpi-runway .kpi-value').innerText()).trim();
  await page.waitForFunction(
    (t) => document.getElementById('world')?.getAttribute('aria-label')?.includes(`Runway ${t}.`),
    tile,
    { timeout: 30_000 },
  );
  const world = (await page.locator('#world').getAttribute('aria-label')) ?? '';
  return {
    tile: `Runway ${tile}`,
    world: /Runway [^.;]+/.exec(world)?.[0] ?? world,
    forecast: (await page.locator('#forecast-runway').innerText()).trim(),
    money: (await page.locator('#board-runway').innerText()).trim(),
  };
}

function expectOneRunway(r: Record<string, string>): void {
  expect(r.tile).toMatch(/^Runway (\d+ weeks?|2 years\+)$/);
  expect(r).toEqual({ tile: r.tile, world: r.tile, forecast: r.tile, money: r.tile });
}

describeInBrowser('the play screen tells the truth', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows one runway in the world, the tile, the forecast and the money panel, turn after turn', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await startFirstScenario(page, 'one-number-1');
    expectOneRunway(await runways(page));
    // Hiring two (the audit's case: last week's burn said 7 weeks where the forecast said far more).
    await page.locator('#hire-engineer').click();
    await page.locator('#hire-engineer').click();
    expectOneRunway(await runways(page));
    for (let i = 0; i < 3; i++) {
      await endTurnByClick(page);
      expectOneRunway(await runways(page));
    }
    expectClean(s);
    await s.close();
  });
});
