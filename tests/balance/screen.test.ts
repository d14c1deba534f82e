/**
 * The browser's balance screen and `npx tradeoffs balance` give the same report for the same settings: the
 * screen's form starts on the command line's defaults, and its Web Worker pool (here over an in-process stand-in
 * for Worker that runs the same worker handler) downloads byte-identical JSON.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BalanceConfig } from '../../src/balance/index.ts';
import { defaultConfig } from '../../src/balance/index.ts';
import type { FullReport, SearchConfig, ToSimulationWorker } from '../../src/search/index.ts';
import { searchConfig, simulationWorkerHandler } from '../../src/search/index.ts';
import { main } from '../../src/cli/main.ts';
import { resolveScenario } from '../../src/cli/scenarios.ts';
import { startBalance } from '../../src/ui/balance-pool.ts';
import { FORM_DEFAULTS, readBalanceForm } from '../../src/ui/balance-form.ts';

/** A Web Worker stand-in: the worker's handler, answering asynchronously with cloned messages. */
class FakeWorker {
  private readonly handle = simulationWorkerHandler();
  private readonly listeners = new Map<string, ((e: { data?: unknown; message?: string }) => void)[]>();
  private stopped = false;
  addEventListener(type: string, fn: (e: { data?: unknown; message?: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  postMessage(msg: ToSimulationWorker): void {
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

async function screenJson(
  scenarioId: string,
  config: BalanceConfig,
  search: SearchConfig | null = null,
): Promise<string> {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  const run = startBalance(resolveScenario(scenarioId).scenario, config, search, () => undefined);
  const report: FullReport = await run.report;
  // What the screen's "Download JSON" button saves.
  return JSON.stringify(report);
}

/** A scenario with a planted exploit and two levers: a search of it takes a second. */
const FREE_USERS = 'tests/search/fixtures/free-users.yaml';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the balance screen and the command line', () => {
  it('start from the same defaults', () => {
    const read = readBalanceForm(FORM_DEFAULTS);
    expect('config' in read && read.config).toEqual(defaultConfig());
    expect('search' in read && read.search).toEqual(searchConfig(defaultConfig().seed));
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
    const cli = await cliJson([
      'incident-night',
      '--runs',
      '400',
      '--seed',
      'same',
      '--workers',
      '2',
      '--no-search',
    ]);
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
      '--no-search',
    ]);
    expect(screen).toBe(cli);
  });

  it('give byte-identical JSON with the strategy search, on two workers and on one thread', async () => {
    const form = {
      ...FORM_DEFAULTS,
      runs: '40',
      paired: '0',
      seed: 'search',
      generations: '0',
      trainingSeeds: '2',
      heldOutSeeds: '20',
    };
    const read = readBalanceForm(form);
    if (!('config' in read)) throw new Error(read.error);
    expect(read.search).not.toBeNull();
    const screen = await screenJson(FREE_USERS, read.config, read.search);
    const cli = await cliJson([
      FREE_USERS,
      '--runs',
      '40',
      '--variant-runs',
      '0',
      '--seed',
      'search',
      '--search-generations',
      '0',
      '--search-training-seeds',
      '2',
      '--search-held-out-seeds',
      '20',
      '--workers',
      '1',
    ]);
    expect(JSON.parse(screen).search.warnings[0].kind).toBe('strategy-beats-bots');
    expect(screen).toBe(cli);
  });

  it('refuses what the command line refuses', () => {
    expect(readBalanceForm({ ...FORM_DEFAULTS, runs: '0' })).toHaveProperty('error');
    expect(readBalanceForm({ ...FORM_DEFAULTS, paired: '-1' })).toHaveProperty('error');
    expect(readBalanceForm({ ...FORM_DEFAULTS, bots: [] })).toHaveProperty('error');
    expect(readBalanceForm({ ...FORM_DEFAULTS, heldOutSeeds: '1' })).toHaveProperty('error');
    expect(readBalanceForm({ ...FORM_DEFAULTS, generations: 'many' })).toHaveProperty('error');
    // Off, the search's fields are not read at all.
    expect(readBalanceForm({ ...FORM_DEFAULTS, search: false, generations: 'many' })).toMatchObject({
      search: null,
    });
  });
});
