/**
 * Strategy search benchmark: the default search of a scenario as `npx tradeoffs search` runs it, on one thread
 * and on two (this thread and a worker thread), each in a fresh process so both start cold, alternating; then
 * peak memory as the search grows (the default generations against four times as many); then, with Chromium
 * installed, the same default search on the browser's Balance report screen (Web Workers). Prints medians and
 * same-run ratios; asserts nothing.
 *   npm run bench:search [-- --scenario solo-founder --repeats 3 --no-browser --no-memory]
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { main } from '../src/cli/main.ts';
import { benchBrowser } from './search-browser.ts';

const OPTIONS = {
  scenario: { type: 'string', default: 'solo-founder' },
  repeats: { type: 'string', default: '3' },
  'no-browser': { type: 'boolean', default: false },
  'no-memory': { type: 'boolean', default: false },
  child: { type: 'string' },
  generations: { type: 'string' },
} as const;

interface ChildRun {
  ms: number;
  cpuMs: number;
  games: number;
  policies: number;
  generations: number;
  maxRssMb: number;
}

const secs = (ms: number): string => (ms / 1000).toFixed(1);
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** In a child process: the search as an author runs it, on `workers` threads; prints what it measured. */
async function child(workers: string, scenario: string, generations: string | undefined): Promise<void> {
  const out: string[] = [];
  const args = ['search', scenario, '--seed', 'bench', '--workers', workers, '--json'];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const code = await main([...args, ...(generations ? ['--generations', generations] : [])], {
    out: (t) => out.push(t),
    err: () => undefined,
  });
  const cpu = process.cpuUsage(c0);
  if (code !== 0) throw new Error(`tradeoffs search exited with ${code}`);
  const r = JSON.parse(out[0]!) as { games: number; policies: number; generations: number };
  const run: ChildRun = {
    ms: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    games: r.games,
    policies: r.policies,
    generations: r.generations,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(run));
}

function spawnChild(workers: number, scenario: string, generations?: number): ChildRun {
  const self = fileURLToPath(import.meta.url);
  const extra = generations === undefined ? [] : ['--generations', String(generations)];
  const out = spawnSync(
    process.execPath,
    [self, '--child', String(workers), '--scenario', scenario, ...extra],
    {
      encoding: 'utf8',
    },
  );
  if (out.status !== 0) throw new Error(`bench child failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as ChildRun;
}

function threads(scenario: string, repeats: number): void {
  console.log(
    `default search of ${scenario}: each in a fresh process, 1 and 2 threads alternating, ${repeats} times (${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const runs: Record<number, ChildRun[]> = { 1: [], 2: [] };
  const ratios: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const w of [1, 2]) {
      const c = spawnChild(w, scenario);
      runs[w]!.push(c);
      console.log(
        `  run ${r + 1}, ${w} thread${w === 1 ? ' ' : 's'}: ${secs(c.ms)} s (CPU ${secs(c.cpuMs)} s; ${c.policies} policies, ${c.games} games, peak ${c.maxRssMb} MB)`,
      );
    }
    ratios.push(runs[1]!.at(-1)!.ms / runs[2]!.at(-1)!.ms);
  }
  for (const w of [1, 2]) {
    const m = median(runs[w]!.map((c) => c.ms));
    const games = runs[w]![0]!.games;
    console.log(
      `  ${w} thread${w === 1 ? ': ' : 's:'} median ${secs(m)} s (${Math.round((games / m) * 1000)} games/s; CPU ${secs(median(runs[w]!.map((c) => c.cpuMs)))} s)`,
    );
  }
  const speedUp = median(runs[1]!.map((c) => c.ms)) / median(runs[2]!.map((c) => c.ms));
  console.log(
    `  speed-up with 2 threads: ${speedUp.toFixed(2)}x of the medians; per run ${ratios.map((x) => x.toFixed(2)).join(', ')}x`,
  );
}

function memory(scenario: string): void {
  console.log('memory as the search grows (2 threads; peak resident set of the process):');
  for (const generations of [6, 24]) {
    const c = spawnChild(2, scenario, generations);
    console.log(
      `  ${c.generations} generations, ${c.policies} policies, ${c.games} games: ${secs(c.ms)} s, peak ${c.maxRssMb} MB`,
    );
  }
}

/** The light worker bundle beside this bundle, as bin/tradeoffs.mjs builds one beside the CLI's. */
async function buildWorkerBundle(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  if (!self.endsWith('.mjs')) return;
  const script = new URL('../../../scripts/bundle.mjs', import.meta.url).href;
  const { bundle } = (await import(script)) as { bundle: (entry: string, name: string) => Promise<string> };
  await bundle('src/cli/balance-worker.ts', self.replace(/^.*\//, '').replace(/\.mjs$/, '.worker'));
}

async function bench(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.child) return child(values.child, values.scenario, values.generations);
  await buildWorkerBundle();
  const repeats = Math.max(1, Number(values.repeats));
  threads(values.scenario, repeats);
  if (!values['no-memory']) memory(values.scenario);
  if (!values['no-browser']) await benchBrowser(values.scenario);
}

if (isMainThread) await bench();
