/** `tradeoffs balance` as instructors use it: exit codes, JSON shape, the HTML page, and workers. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
// @ts-expect-error: a plain .mjs build script without types
import { bundle } from '../../scripts/bundle.mjs';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const SMALL = [
  '--runs',
  '20',
  '--bots',
  'steady,frugal',
  '--variant-runs',
  '10',
  '--seed',
  'cli',
  '--no-search',
];
/** A scenario with a planted exploit and two levers: a search of it takes a second. */
const FREE_USERS = 'tests/search/fixtures/free-users.yaml';
const TINY_SEARCH = [
  '--search-generations',
  '0',
  '--search-training-seeds',
  '2',
  '--search-held-out-seeds',
  '20',
];
const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-balance-'));
const EVIL_TITLE = '<script>alert(1)</script> & "quotes"';
const evil = join(dir, 'evil.yaml');
writeFileSync(
  evil,
  `formatVersion: 1
id: evil
title: '${EVIL_TITLE}'
summary: A title with markup.
difficulty: 1
turns: 6
objectives:
  - { id: users, label: 'Reach <b>200</b> users', domain: architecture, metric: users, op: '>=', target: 200, weight: 1, required: true }
`,
);

describe('tradeoffs balance errors', () => {
  it.each([
    [['balance', 'nope'], /unknown scenario "nope"/],
    [['balance', 'solo-founder', '--bots', 'steady,genius'], /unknown bot "genius".*steady/],
    [['balance', 'solo-founder', '--runs', 'lots'], /--runs must be a whole number/],
    [['balance', 'solo-founder', '--runs', '0'], /--runs must be a whole number from 1/],
    [['balance', 'solo-founder', '--html', '/no/such/folder/r.html'], /--html .*does not exist/],
    [['balance'], /missing required argument 'scenario'/],
  ])('%j exits with code 2 and one line naming the problem', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe('tradeoffs balance output', () => {
  it('--json prints one report object with the documented shape', async () => {
    const r = await run(['balance', 'solo-founder', ...SMALL, '--workers', '1', '--json']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const o = JSON.parse(r.out[0]!);
    expect(o).toMatchObject({ version: 1, seed: 'cli', runs: 20, variantRuns: 10, baseBot: 'steady' });
    expect(o.scenario).toEqual({ id: 'solo-founder', title: expect.any(String), turns: 52 });
    expect(o.bots.map((b: { bot: string }) => b.bot)).toEqual(['steady', 'frugal']);
    for (const b of o.bots) {
      expect(b.games).toBe(20);
      expect(b.score).toMatchObject({
        p10: expect.any(Number),
        p50: expect.any(Number),
        p90: expect.any(Number),
      });
      expect(b.score.histogram).toHaveLength(20);
      expect(Object.keys(b.outcomes)).toContain('bankrupt');
      expect(Object.keys(b.dora)).toEqual(['elite', 'high', 'medium', 'low']);
    }
    expect(Object.keys(o.luck)).toEqual(['seed', 'bot', 'interaction', 'totalVariance']);
    expect(o.headToHead.wins).toHaveLength(2);
    expect(o.events.length).toBeGreaterThan(0);
    expect(o.objectives.length).toBeGreaterThan(0);
    expect(o.decisions.length).toBeGreaterThan(5);
    for (const d of o.decisions) expect(d.low).toBeLessThanOrEqual(d.high);
    for (const w of o.warnings)
      expect(Object.keys(w)).toEqual(['kind', 'severity', 'subject', 'message', 'fix']);
    expect(r.err.at(-1)).toMatch(/100% .* games/);
    expect(o.search).toBeNull();
  });

  it('searches for the strategy that beats the bots, on the same seeds, and warns about it', async () => {
    const r = await run([
      'balance',
      FREE_USERS,
      '--runs',
      '20',
      '--variant-runs',
      '0',
      ...TINY_SEARCH,
      '--workers',
      '1',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out[0]!);
    expect(o.search.seed).toBe(o.seed);
    expect(o.search.best.description.join(' ')).toContain('Take them all');
    expect(o.search.warnings.map((w: { kind: string }) => w.kind)).toContain('strategy-beats-bots');
    const text = (
      await run([
        'balance',
        FREE_USERS,
        '--runs',
        '20',
        '--variant-runs',
        '0',
        ...TINY_SEARCH,
        '--workers',
        '1',
      ])
    ).out.join('\n');
    expect(text).toMatch(
      /Balance report: [\s\S]*Strategy search: [\s\S]*Strongest strategy found[\s\S]*strategy-beats-bots/,
    );
  });

  it('prints readable tables without --json', async () => {
    const r = await run(['balance', 'solo-founder', ...SMALL, '--workers', '1']);
    const text = r.out.join('\n');
    expect(text).toMatch(/^Balance report: /);
    expect(text).toMatch(/bot\s+win\s+p10\s+p50\s+p90/);
    expect(text).toMatch(/Luck vs skill/);
    expect(text).toMatch(/Decisions that matter/);
  });

  it('--html writes a self-contained page with the scenario title escaped', async () => {
    const file = join(dir, 'report.html');
    const r = await run([
      'balance',
      evil,
      '--runs',
      '6',
      '--variant-runs',
      '2',
      '--workers',
      '1',
      '--no-search',
      '--html',
      file,
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Reach &lt;b&gt;200&lt;/b&gt; users');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toMatch(/<svg[^>]* role="img"/);
    expect(r.err.at(-1)).toBe(`balance: wrote ${file}`);
  });

  it('gives the same report on one worker thread or two', async () => {
    const args = [
      'balance',
      'solo-founder',
      '--runs',
      '40',
      '--bots',
      'move-fast,frugal',
      '--variant-runs',
      '20',
      '--no-search',
      '--json',
    ];
    const one = await run([...args, '--workers', '1']);
    const two = await run([...args, '--workers', '2']);
    expect(two.code).toBe(0);
    expect(two.err[0]).toMatch(/on 2 workers/);
    expect(two.out).toEqual(one.out);
  });
});

describe('the bundled command', () => {
  it('runs its worker threads from the light worker bundle, or from the one CLI bundle without it', async () => {
    const file: string = await bundle('src/cli/main.ts', 'cli-balance-test');
    const workerFile = file.replace(/\.mjs$/, '.worker.mjs');
    rmSync(workerFile, { force: true });
    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(file).href)}); process.exitCode = await main(process.argv.slice(1));`;
    // The search too: its slices are played by the same workers.
    const args = [
      'balance',
      FREE_USERS,
      '--runs',
      '60',
      '--bots',
      'frugal',
      '--variant-runs',
      '0',
      ...TINY_SEARCH,
      '--json',
    ];
    const runBundled = (nodeFlags: string[] = []) =>
      spawnSync(
        process.execPath,
        [...nodeFlags, '--input-type=module', '-e', script, ...args, '--workers', '2'],
        { encoding: 'utf8' },
      );
    const one = await run([...args, '--workers', '1']);
    const selfServed = runBundled();
    expect(selfServed.stderr).toMatch(/on 2 workers/);
    expect(selfServed.status).toBe(0);
    expect(selfServed.stdout.trim()).toBe(one.out[0]);
    expect(await bundle('src/cli/balance-worker.ts', 'cli-balance-test.worker')).toBe(workerFile);
    const light = runBundled();
    expect(light.status).toBe(0);
    expect(light.stdout.trim()).toBe(one.out[0]);
    // A V8 flag given to node (which worker threads refuse in their own flags) does not stop the workers.
    const tuned = runBundled(['--single-threaded-gc']);
    expect(tuned.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(tuned.status).toBe(0);
    expect(tuned.stdout.trim()).toBe(one.out[0]);
  });
});
