/** `tradeoffs search` as authors use it: exit codes, the JSON's documented shape, text, the HTML page, threads. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const FREE_USERS = 'tests/search/fixtures/free-users.yaml';
const TINY = ['--generations', '1', '--training-seeds', '3', '--held-out-seeds', '30', '--seed', 'cli'];
const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-search-'));

describe('tradeoffs search errors', () => {
  it.each([
    [['search', 'nope'], /unknown scenario "nope"/],
    [['search', FREE_USERS, '--seconds', '5', '--generations', '2'], /not both/],
    [['search', FREE_USERS, '--held-out-seeds', '1'], /--held-out-seeds must be a whole number from 2/],
    [['search', FREE_USERS, '--seconds', 'soon'], /--seconds must be a whole number/],
    [['search', FREE_USERS, '--html', '/no/such/folder/r.html'], /--html .*does not exist/],
  ])('%j exits with code 2 and one line naming the problem', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe('tradeoffs search output', () => {
  it('--json prints one object with the documented fields, the same on one thread or two', async () => {
    const one = await run(['search', FREE_USERS, ...TINY, '--workers', '1', '--json']);
    expect(one.code).toBe(0);
    expect(one.out).toHaveLength(1);
    const o = JSON.parse(one.out[0]!);
    expect(o).toMatchObject({ scenario: { id: 'free-users', turns: 8 }, seed: 'cli', generations: 2 });
    expect(o.games).toBeGreaterThan(500);
    expect(o.best).toMatchObject({
      description: expect.arrayContaining([expect.stringContaining('Take them all')]),
      meanScore: expect.any(Number),
      winRate: 1,
      beatsBestBotShare: 1,
      extremes: [],
    });
    expect(o.bots.map((b: { bot: string }) => b.bot)).toEqual([
      'random',
      'move-fast',
      'steady',
      'frugal',
      'idle',
    ]);
    for (const b of o.bots)
      expect(b).toMatchObject({ meanScore: expect.any(Number), winRate: expect.any(Number) });
    expect(o.probes.map((p: { id: string }) => p.id)).toContain('spin-every-turn');
    expect(o.sensitivity.rows[0]).toMatchObject({ lever: 'event.free-users', verdict: 'matters' });
    const two = await run(['search', FREE_USERS, ...TINY, '--workers', '2', '--json']);
    expect(two.err[0]).toMatch(/on 2 threads/);
    expect(two.out).toEqual(one.out);
  });

  it('prints the strategy, bots, probes, sensitivity and warnings as text, and writes the page', async () => {
    const file = join(dir, 'search.html');
    const r = await run(['search', FREE_USERS, ...TINY, '--workers', '1', '--html', file]);
    const text = r.out.join('\n');
    expect(text).toMatch(/^Strategy search: Free users/);
    expect(text).toMatch(/Strongest strategy found[\s\S]*Take them all/);
    expect(text).toMatch(/Degenerate probes[\s\S]*Lever sensitivity[\s\S]*Search warnings \(\d\)/);
    expect(text).toMatch(/\[strategy-beats-bots\] A strategy that leans on[\s\S]*Take them/);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<h2 id="h-search-best">Strongest strategy found</h2>');
    expect(html).toContain('npx tradeoffs search &lt;scenario&gt; --seed &quot;cli&quot; --training-seeds 3');
    expect(html).not.toMatch(/<script/i);
    expect(r.err.at(-1)).toBe(`search: wrote ${file}`);
  });
});
