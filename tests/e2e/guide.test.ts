/**
 * The facilitator guide from the Host screen, in real Chromium: the balance run plays in Web Workers, the guide
 * downloads, its figures are those of the same balance run in Node (same rules, same seeds), and it prints.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { balanceReport } from '../../src/balance/index.ts';
import { guideConfig } from '../../src/guide/index.ts';
import { loadBuiltIn } from '../../src/scenario/node.ts';
import { describeInBrowser } from './chromium.ts';
import { expectClean, launch, openSession, seriousViolations } from './harness.ts';

describeInBrowser('facilitator guide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads from the Host screen with the current rules\u2019 figures, and prints', async () => {
    const s = await openSession(browser);
    await s.page.getByRole('button', { name: 'Host a competition' }).click();
    await s.page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Incident night' });
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 120_000 }),
      s.page.getByRole('button', { name: 'Download the facilitator guide' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tradeoffs-guide-incident-night.html');
    await expect
      .poll(() => s.page.locator('#host-guide-status').innerText())
      .toMatch(/^Downloaded tradeoffs-guide-incident-night\.html/);
    expect(await seriousViolations(s.page)).toEqual([]);
    const html = readFileSync((await download.path())!, 'utf8');
    const r = loadBuiltIn('incident-night');
    if (!r.ok) throw new Error('incident-night');
    const report = balanceReport(r.loaded.scenario, guideConfig());
    for (const bot of report.bots) expect(html).toContain(`<td><strong>${bot.score.p50}</strong></td>`);

    const printed = await s.context.newPage();
    await printed.setContent(html);
    const pdf = (await printed.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expectClean(s);
    await s.close();
  });
});
