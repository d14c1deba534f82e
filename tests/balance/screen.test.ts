/**
 * The browser's balance screen and `npx tradeoffs balance` give the same report for the same settings: the
 * screen's form starts on the command line's defaults, and its Web Worker pool (here over an in-process stand-in
 * for Worker that runs the same worker handler) downloads byte-identical JSON.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BalanceConfig, BalanceReport, ToWorker } from '../../src/balance/index.ts';
import { defaultConfig, workerHandler } from '../../src/balance/index.ts';
import { main } from '../../src/cli/main.ts';
import { resolveScenario } from '../../src/cli/scenarios.ts';
import { startBalance } from '../../src/ui/balance-pool.ts';
import { FORM_DEFAULTS, readBalanceForm } from '../../src/ui/balance-form.ts';

/** A Web Worker stand-in: the balance worker's handler, answering asynchronously with cloned messages. */
class FakeWorker {
  private readonly handle = workerHandler();
  private readonly listeners = new Map<string, ((e: { data?: unknown; message?: string }) => void)[]>();
  private stopped = false;
  addEventListener(type: string, fn: (e: { data?: unknown; message?: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  postMessage(msg: ToWorker): void {
    const copy = structuredClone(msg);
    setTimeout(() => {
      if (this.stopped) return;
      const reply = this.handle(copy);
      if (reply) for (const fn of this.listeners.get('message') ?? []) fn({ data: structuredClone(reply) });
    }, 0);
  }
  terminate(): void {
    this.stopped = true;
  }
}

async function cliJson(args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(['balance', ...args, '--json'], { out: (t) => out.push(t), err: () => undefined });
  expect(code).toBe(0);
  return out.join('\n');
}

async function screenJson(scenarioId: string, config: BalanceConfig): Promise<string> {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  const run = startBalance(resolveScenario(scenarioId).scenario, config, () => undefined);
  const report: BalanceReport = await run.report;
  // What the screen's "Download JSON" button saves.
  return JSON.stringify(report);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the balance screen and the command line', () => {
  it('start from the same defaults', () => {
    const read = readBalanceForm(FORM_DEFAULTS);
    expect('config' in read && read.config).toEqual(defaultConfig());
    // The paired seeds follow the seeds per bot the same way: at most one pair per seed.
    const fewer = readBalanceForm({ ...FORM_DEFAULTS, runs: '120' });
    expect('config' in fewer && fewer.config).toEqual(defaultConfig({ runs: 120 }));
  });

  it('give byte-identical JSON for the same settings, paired seeds left at their default', async () => {
    // More seeds than the paired default, so a different default for the decision variants would show.
    const form = { ...FORM_DEFAULTS, runs: '400', seed: 'same' };
    const read = readBalanceForm(form);
    if (!('config' in read)) throw new Error(read.error);
    const screen = await screenJson('incident-night', read.config);
    const cli = await cliJson(['incident-night', '--runs', '400', '--seed', 'same', '--workers', '2']);
    expect(JSON.parse(screen).variantRuns).toBe(300);
    expect(screen).toBe(cli);
  });

  it('give byte-identical JSON for chosen bots and paired seeds', async () => {
    const form = { ...FORM_DEFAULTS, runs: '60', paired: '25', seed: 'class-7', bots: ['steady', 'frugal'] };
    const read = readBalanceForm(form as typeof FORM_DEFAULTS);
    if (!('config' in read)) throw new Error(read.error);
    const screen = await screenJson('demo-day', read.config);
    const cli = await cliJson([
      'demo-day',
      '--runs',
      '60',
      '--variant-runs',
      '25',
      '--seed',
      'class-7',
      '--bots',
      'steady,frugal',
      '--workers',
      '1',
    ]);
    expect(screen).toBe(cli);
  });

  it('refuses what the command line refuses', () => {
    expect(readBalanceForm({ ...FORM_DEFAULTS, runs: '0' })).toHaveProperty('error');
    expect(readBalanceForm({ ...FORM_DEFAULTS, paired: '-1' })).toHaveProperty('error');
    expect(readBalanceForm({ ...FORM_DEFAULTS, bots: [] })).toHaveProperty('error');
  });
});
