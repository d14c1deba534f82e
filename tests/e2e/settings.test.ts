/**
 * Settings: what the player chose applies to the page again after a reload (the colour-blind palette and
 * reduced motion live in CSS as <html data-palette / data-motion>, not only in the canvas), and the dialog opens
 * on the control that holds the current choice.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser } from './chromium.ts';
import { expectClean, launch, openSession } from './harness.ts';

async function openSettingsFromTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).waitFor();
}

const pageSettings = (page: Page) =>
  page.evaluate(() => ({
    palette: document.documentElement.dataset['palette'],
    motion: document.documentElement.dataset['motion'],
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
  }));

describeInBrowser('settings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the colour-blind palette and reduced motion on the page after a reload', async () => {
    const s = await openSession(browser);
    const { page } = s;
    expect(await pageSettings(page)).toMatchObject({ palette: 'standard', motion: 'full' });
    await openSettingsFromTitle(page);
    await page.getByLabel('Colour-blind-safe palette').check();
    await page.getByLabel('Reduced motion (no animations)').check();
    await page.getByRole('button', { name: 'Done' }).click();
    const chosen = await pageSettings(page);
    expect(chosen).toMatchObject({ palette: 'colour-blind', motion: 'reduced' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tradeoffs' }).waitFor();
    expect(await pageSettings(page)).toEqual(chosen);
    await openSettingsFromTitle(page);
    expect(await page.getByLabel('Colour-blind-safe palette').isChecked()).toBe(true);
    expectClean(s);
    await s.close();
  });

  it('opens the dialog with focus on the current animation speed', async () => {
    const s = await openSession(browser);
    const { page } = s;
    await openSettingsFromTitle(page);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    expect(await focused()).toBe('anim-speed-normal');
    await page.getByLabel('Fast').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await openSettingsFromTitle(page);
    expect(await focused()).toBe('anim-speed-fast');
    expectClean(s);
    await s.close();
  });
});
