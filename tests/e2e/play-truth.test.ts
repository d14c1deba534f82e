/**
 * The play screen tells the truth (issue 16): one number for one thing wherever it is shown, the costs of a
 * decision in plain sight, a tutorial that does what it says, advancing until the player is needed, shortcuts
 * that can be turned off, won or lost said first, and a phone layout without sideways scrolling.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import {
  advanceByClick,
  announcements,
  endTurnByClick,
  expectClean,
  launch,
  openSession,
  recordAnnouncements,
  turnCounter,
} from './harness.ts';

/** New game → the scenario at `index` of the list → Start with `seed`; waits for the plan. */
async function start(page: Page, index: number, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start a new game?' });
  const choose = page.getByRole('button', { name: 'Choose' }).nth(index);
  await Promise.race([confirm.waitFor(), choose.waitFor()]);
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Start a new game' }).click();
  await choose.click();
  await page.getByLabel('World seed').fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
}

/** Waits until the forecast of the plan on screen is computed (it follows the paint of a turn or a change). */
async function forecastReady(page: Page): Promise<void> {
  await page.locator('.forecast[aria-busy="false"]').waitFor({ timeout: 30_000 });
}

/** The runway as each place on the play screen shows it: the world, the tile, the forecast and the money panel. */
async function runways(page: Page): Promise<Record<string, string>> {
  await forecastReady(page);
  const tile = (await page.locator('#kpi-runway .kpi-value').innerText()).trim();
  // The world redraws (and renames its canvas) a moment after the panels: wait until it shows this plan's runway.
  await page.waitForFunction(
    (t) => document.getElementById('world')?.getAttribute('aria-label')?.includes(`Runway ${t}.`),
    tile,
    { timeout: 30_000 },
  );
  const world = (await page.locator('#world').getAttribute('aria-label')) ?? '';
  return {
    tile: `Runway ${tile}`,
    world: /Runway [^.;]+/.exec(world)?.[0] ?? world,
    // textContent: a panel out of view is not laid out (content-visibility), and innerText reads only what is.
    forecast: ((await page.locator('#forecast-runway').textContent()) ?? '').trim(),
    money: ((await page.locator('#board-runway').textContent()) ?? '').trim(),
  };
}

function expectOneRunway(r: Record<string, string>): void {
  expect(r.tile).toMatch(/^Runway (\d+ weeks?|2 years\+)$/);
  expect(r).toEqual({ tile: r.tile, world: r.tile, forecast: r.tile, money: r.tile });
}

/** Nothing on the page is wider than the window (no sideways scrolling). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describeInBrowser('the play screen tells the truth', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows one runway in the world, the tile, the forecast and the money panel, and the costs of hiring', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 1, 'one-number-1');
    expectOneRunway(await runways(page));
    expect(await page.locator('#dora .badge').textContent()).toBe('not enough data');
    const terms = await page.locator('#offer-terms').innerText();
    expect(terms).toMatch(
      /Each offer costs a \$[\d,.k]+ recruiting fee, paid even when it is declined; about \d+% of offers are accepted now/,
    );
    // Hiring two (the audit's case: last week's burn said 7 weeks where the forecast said far more).
    await page.locator('#hire-engineer').click();
    await page.locator('#hire-engineer').click();
    expectOneRunway(await runways(page));
    await endTurnByClick(page);
    expect(await page.locator('#turn-money').innerText()).toMatch(/recruiting fees \$[\d,.k]+ \(2 offers\)/);
    expectOneRunway(await runways(page));
    await endTurnByClick(page);
    expectOneRunway(await runways(page));
    // Salaries on one scale, the hosting and inference bills on another: neither flattens the other to $0.
    await expect.poll(() => page.locator('#money-chart svg.line-chart').count()).toBe(2);
    const legends = await page.locator('#money-chart .legend').allTextContents();
    expect(legends[0]).toMatch(/revenue[\s\S]*salaries/);
    expect(legends[1]).toMatch(/revenue[\s\S]*infrastructure[\s\S]*inference/);
    expectClean(s);
    await s.close();
  });

  it('moves the forecast visibly when the plan changes: the band before stays as a ghost', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 1, 'ghost-1');
    await forecastReady(page);
    expect(await page.locator('.fan-ghost').count()).toBe(0);
    await page.locator('#alloc-features').fill('30');
    await page.locator('#alloc-features').dispatchEvent('change');
    await forecastReady(page);
    await expect.poll(() => page.locator('.fan-ghost').count()).toBe(2);
    expect(await page.locator('.forecast-key').innerText()).toContain(
      'The faint band is the forecast under your plan before this change.',
    );
    expectClean(s);
    await s.close();
  });

  it('teaches one control a week, and a card that recommends a setting applies it', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 0, 'tutorial-controls-1');
    // Week 1: no plan controls yet, only the word that they are coming.
    for (const c of ['capacity', 'release', 'team', 'architecture', 'policies', 'board'])
      expect(await page.locator(`#section-${c}`).count(), c).toBe(0);
    expect(await page.locator('#controls-to-come').innerText()).toContain('6 more controls');
    await endTurnByClick(page);
    await expect.poll(() => page.locator('#section-capacity .new-badge').count()).toBe(1);
    expect(await page.locator('#section-release').count()).toBe(0);
    await endTurnByClick(page);
    // Week 3: the release card. Answering "Gate model releases on evals" offers to set Release to Gate.
    await page.locator('#event-release-gate').check();
    await page.locator('#apply-release').click();
    await expect.poll(() => page.locator('#release-gate').isChecked()).toBe(true);
    expect(await page.locator('.draft-list').innerText()).toContain('Release: Gate on evals');
    expect(await page.locator('#section-release').innerText()).toContain('Release');
    expectClean(s);
    await s.close();
  });

  it('advances until something needs the player, says why, and says won or lost first at the end', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 0, 'advance-1');
    await recordAnnouncements(page);
    const before = await turnCounter(page);
    await page.locator('#advance').click();
    await page.locator('#advanced-note').waitFor();
    expect(await turnCounter(page)).not.toBe(before);
    expect(await page.locator('#advanced-note').innerText()).toMatch(
      /^Advanced \d+ weeks?, to week \d+\. Stopped because .+\.$/,
    );
    await expect
      .poll(async () => (await announcements(page)).join(' '))
      .toMatch(/Advanced \d+ weeks?.*Stopped because/);
    for (let i = 0; i < 20 && (await page.locator('#end-heading').count()) === 0; i++)
      await advanceByClick(page);
    await page.locator('#end-heading').waitFor();
    expect(await page.locator('#verdict').innerText()).toMatch(/^You (won|lost)$/);
    // The title then offers the results, never "Continue", and the scenario list shows the best score.
    await page.evaluate(() => sessionStorage.setItem('tradeoffs.tab.screen', 'title'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    const actions = await page.locator('.title-actions').innerText();
    expect(actions).toContain('Results: Tutorial: your first weeks');
    expect(actions).not.toContain('Continue');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Choose' }).first().waitFor();
    expect(await page.locator('.scenario-result').first().innerText()).toMatch(
      /^(\u2713 Won|Played to the end) \u00b7 best score \d+ \/ 1000$/,
    );
    expectClean(s);
    await s.close();
  });

  it('with single-key shortcuts off, keys do nothing; remapped, the new key works', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 1, 'keys-1');
    const menu = page.getByRole('navigation', { name: 'Game menu' });
    await menu.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#set-shortcuts').uncheck();
    await page.locator('#settings-close').click();
    const week = await turnCounter(page);
    await page.locator('body').press('e');
    await page.locator('body').press('2');
    await page.waitForTimeout(500);
    expect(await turnCounter(page)).toBe(week);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('section-capacity-h');
    expect(await page.locator('#section-capacity-h kbd').count()).toBe(0);
    // On again, with End turn moved to N.
    await menu.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#set-shortcuts').check();
    await page.getByText('Change the keys').click();
    await page.locator('#key-end-turn').fill('n');
    await page.locator('#key-end-turn').dispatchEvent('change');
    await page.locator('#settings-close').click();
    await page.locator('body').press('e');
    await page.waitForTimeout(500);
    expect(await turnCounter(page)).toBe(week);
    await page.locator('body').press('n');
    await expect.poll(() => turnCounter(page)).not.toBe(week);
    expectClean(s);
    await s.close();
  });

  it('has no sideways scrolling at 390 px: title, scenarios, play with the world as words, after End turn', async () => {
    const s = await openSession(browser, { width: 390, height: 844 });
    const { page } = s;
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Choose' }).first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Choose' }).nth(1).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('World seed').fill('phone-1');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('#end-turn').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expect.poll(() => page.locator('.world-summary').innerText()).toMatch(/Runway/);
    expect(await page.getByRole('button', { name: 'Quit' }).isVisible()).toBe(true);
    await endTurnByClick(page);
    await forecastReady(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The turn's results are brought into view.
    const inView = async (): Promise<boolean> => {
      const log = await page.locator('#section-log').boundingBox();
      return log !== null && log.y < 844 && log.y + 40 > 0;
    };
    await expect.poll(inView, { message: 'What happened is in view' }).toBe(true);
    expectClean(s);
    await s.close();
  });
});
