/**
 * The play screen re-renders by changing only what differs (src/ui/morph.ts). What a player sees must be exactly
 * what a screen drawn afresh shows:
 * - after turns played with decisions, cards answered and sliders moved, the play screen reads as it does when
 *   drawn afresh for the same game and plan (Quit, Continue): every text, attribute, value and checked box;
 * - a slider's percentage follows the slider while it is dragged, in a panel kept from an earlier turn;
 * - the competition's clock keeps counting, above End turn and in the top bar, after turns are played.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { competitionLink, createCompetition } from '../../src/replay/index.ts';
import { describeInBrowser } from './chromium.ts';
import { catalogue } from './classroom-helpers.ts';
import { baseURL, endTurnByClick, expectClean, launch, openSession } from './harness.ts';

/** Starts the scenario with the `index`-th Choose button (3: Rebuild or patch, many controls). */
async function start(page: Page, index: number, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose' }).nth(index).click();
  await page.getByLabel('World seed').fill(seed);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('#end-turn').waitFor();
}

/** Waits until the forecast under the drafted plan is drawn (not "updating"). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.forecast')?.getAttribute('aria-busy') === 'false',
  );
}

/**
 * The play screen (not the world's canvas) as one text: each element with its attributes, a form field's value
 * and checked state, and each text.
 */
function screenText(page: Page): Promise<string> {
  return page.locator('.play-grid').evaluate((grid) => {
    const out: string[] = [];
    const walk = (node: Node, depth: number): void => {
      const pad = ' '.repeat(depth);
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text) out.push(`${pad}"${text}"`);
        return;
      }
      if (!(node instanceof Element) || node.id === 'world') return;
      const attrs = node
        .getAttributeNames()
        .sort()
        .map((n) => `${n}=${node.getAttribute(n)}`);
      if (node instanceof HTMLInputElement) attrs.push(`.value=${node.value}`, `.checked=${node.checked}`);
      out.push(`${pad}<${node.localName} ${attrs.join(' ')}>`);
      node.childNodes.forEach((c) => walk(c, depth + 1));
    };
    walk(grid, 0);
    return out.join('\n');
  });
}

describeInBrowser('the play screen re-renders what changed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows after turns, answers, slider moves and hires exactly what the screen drawn afresh shows', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 3, 'morph-1');
    for (let week = 1; week <= 4; week++) {
      await page.locator('#alloc-reliability-more').click();
      await settled(page);
      // The last option of each card waiting: a box checked by the player, not by the page.
      for (const card of await page.locator('.event-card').all())
        await card.locator('input[type=radio]').last().check();
      if (week === 2) await page.locator('#hire-sre').click();
      if (week === 3) await page.locator('.check input[type=checkbox]').first().click();
      await settled(page);
      const played = await screenText(page);
      // Quit and Continue draw the play screen anew from the same game, drafted plan and forecast.
      await page.getByRole('navigation', { name: 'Game menu' }).getByRole('button', { name: 'Quit' }).click();
      await page.getByRole('button', { name: /^Continue: / }).click();
      await page.locator('#end-turn').waitFor();
      await settled(page);
      expect(await screenText(page), `week ${week}`).toBe(played);
      await endTurnByClick(page);
    }
    expectClean(s);
    await s.close();
  });

  it("keeps every control in step with the plan: after Undo, at a slider's end, click after click", async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 3, 'morph-3');
    await endTurnByClick(page);
    const undoAll = async (): Promise<void> => {
      while ((await page.locator('#undo-0').count()) > 0) await page.locator('#undo-0').click();
    };
    // A box, a slider moved from the keyboard and a typed number go back with the decisions they made.
    const box = page.locator('.check input[type=checkbox]').first();
    const slider = page.locator('#alloc-debt');
    const seats = page.locator('#agent-seats');
    const before = {
      box: await box.isChecked(),
      slider: await slider.inputValue(),
      seats: await seats.inputValue(),
    };
    await box.click();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await seats.fill(String(Number(before.seats) + 2));
    await seats.press('Enter');
    await expect.poll(() => page.locator('.draft-list > li').count()).toBe(3);
    await undoAll();
    expect(await box.isChecked()).toBe(before.box);
    expect(await slider.inputValue()).toBe(before.slider);
    expect(await seats.inputValue()).toBe(before.seats);
    // − at 0% is disabled, and enabled again one step up; + moves on from where the last click left it.
    const less = page.locator('#alloc-debt-less');
    const more = page.locator('#alloc-debt-more');
    for (let i = 0; i < 25 && (await less.isEnabled()); i++) await less.click();
    expect(await slider.inputValue()).toBe('0');
    await more.click();
    await more.click();
    await expect.poll(() => slider.inputValue()).toBe('10');
    expect(await less.isEnabled()).toBe(true);
    expectClean(s);
    await s.close();
  });

  it("follows a slider's value while it is dragged, in a panel kept from an earlier turn", async () => {
    const s = await openSession(browser);
    const { page } = s;
    await start(page, 3, 'morph-2');
    await endTurnByClick(page);
    await endTurnByClick(page);
    const slider = page.locator('#alloc-debt');
    await slider.scrollIntoViewIfNeeded();
    const before = Number(await slider.inputValue());
    const box = (await slider.boundingBox())!;
    const at = (v: number): number => box.x + 8 + ((box.width - 16) * v) / 100;
    await page.mouse.move(at(before), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(at(before + 30), box.y + box.height / 2, { steps: 5 });
    // Still held: only the slider's input events have fired.
    const shown = await page.locator('#alloc-debt-value').innerText();
    expect(shown).toBe(`${await slider.inputValue()}%`);
    expect(shown).not.toBe(`${before}%`);
    await page.mouse.up();
    expectClean(s);
    await s.close();
  });

  it('keeps the competition clock counting above End turn and in the top bar after turns are played', async () => {
    const loaded = catalogue()[0]!;
    const competition = createCompetition({
      loaded,
      seed: 'morph-clock',
      timeLimitMinutes: 10,
      createdAt: 0,
    });
    const s = await openSession(browser);
    const { page } = s;
    await page.clock.install();
    await page.goto(competitionLink(baseURL(), competition));
    await page.getByLabel('Your name').fill('Ada');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('#end-turn').waitFor();
    await endTurnByClick(page);
    await endTurnByClick(page);
    await page.clock.fastForward('02:00');
    for (const clock of ['#time-left', '#time-left-footer strong'])
      await expect.poll(() => page.locator(clock).innerText()).toMatch(/^(8:00|7:5\d)$/);
    expectClean(s);
    await s.close();
  });
});
