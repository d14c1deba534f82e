/**
 * (e) axe finds no serious or critical accessibility violation on any screen or dialog: title, scenario list,
 * briefing, play (at the start, and later with an event card waiting and its "Why?" open), the settings and
 * shortcuts dialogs, the end screen and the debrief. Each is checked at a desktop and a tablet-width window.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import {
  endTurnByClick,
  expectClean,
  launch,
  openSession,
  seriousViolations,
  type Session,
} from './harness.ts';

const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };

/**
 * Serious and critical violations on the page as it is now, at the desktop and the tablet width, one line per
 * rule with the first few targets.
 */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const size of [DESKTOP, TABLET]) {
    await page.setViewportSize(size);
    found.push(...(await seriousViolations(page)).map((v) => `${size.width}px: ${v}`));
  }
  await page.setViewportSize(DESKTOP);
  return found;
}

describeInBrowser('accessibility (axe, 1280\u00d7800 and 768\u00d71024)', () => {
  let browser: Browser;
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    s = await openSession(browser, DESKTOP);
    page = s.page;
  });
  afterAll(async () => {
    await s?.close();
    await browser?.close();
  });

  it('title screen', async () => {
    expect(await violations(page)).toEqual([]);
  });

  it('scenario list', async () => {
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('briefing', async () => {
    await page.getByRole('button', { name: 'Choose' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Briefing' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('play screen at the first turn, with the world drawn', async () => {
    await page.getByLabel('World seed').fill('axe-check-1');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('#world canvas').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('play screen with an event card waiting and a "Why?" open', async () => {
    for (let i = 0; i < 40 && (await page.locator('.event-card').count()) === 0; i++) {
      await endTurnByClick(page);
    }
    const card = page.locator('.event-card').first();
    await card.waitFor();
    const why = card.locator('details.why summary');
    if ((await why.count()) > 0) await why.first().click();
    const log = page.locator('#section-log details.why summary');
    if ((await log.count()) > 0) await log.first().click();
    expect(await violations(page)).toEqual([]);
  });

  it('settings dialog', async () => {
    await page
      .getByRole('navigation', { name: 'Game menu' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('shortcuts dialog', async () => {
    await page.getByRole('button', { name: 'Keys' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('end screen', async () => {
    for (let i = 0; i < 1000 && (await page.locator('#end-heading').count()) === 0; i++) {
      await endTurnByClick(page);
    }
    await page.locator('#open-debrief').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('debrief', async () => {
    await page.locator('#open-debrief').click();
    await page.locator('#debrief-heading').waitFor();
    expect(await violations(page)).toEqual([]);
    expectClean(s);
  });

  it('balance report: the form, and a finished report with its charts, warnings and strategy search', async () => {
    // A reload comes back to the debrief, where the player was; the title is one screen further.
    await page.reload();
    await page.getByRole('button', { name: 'Another scenario' }).click();
    await page.getByRole('button', { name: /Back$/ }).click();
    await page.getByRole('button', { name: 'Balance report' }).click();
    await page.locator('#balance-heading').waitFor();
    expect(await violations(page)).toEqual([]);
    // Each bot is named with what it does, doing nothing included.
    const bots = await page
      .getByRole('group', { name: 'Bots' })
      .getByRole('checkbox')
      .evaluateAll((els) =>
        els.map((e) => (e as HTMLInputElement).labels?.[0]?.innerText.replace(/\s+/g, ' ') ?? ''),
      );
    expect(bots).toEqual([
      'random legal moves at random',
      'move-fast all features, ship everything',
      'steady foundations, gated releases',
      'frugal costs kept low',
      'idle the starting plan, every event left to its default',
    ]);
    await page.getByLabel('Seeds per bot').fill('20');
    await page.getByLabel('Paired seeds for decisions').fill('0');
    // A small strategy search: its sections (strategy, probes, sensitivity) are checked too.
    await page.getByLabel('Generations').fill('0');
    await page.getByLabel('Training seeds').fill('2');
    await page.getByLabel('Held-out seeds').fill('20');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => page.locator('.balance-screen [role="status"]').innerText(), { timeout: 90_000 })
      .toMatch(/Report ready/);
    await page.getByRole('heading', { name: 'Strongest strategy found' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expectClean(s);
  });
});
