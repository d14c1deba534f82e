/**
 * Balance benchmark: the balance report's own pipeline (bot games plus its streaming aggregates), per bot,
 * single-threaded, then the whole report as `npx tradeoffs balance` makes it (parse, play, report), on one
 * thread and on two (this thread and a worker thread), each in a fresh process so that both start cold: Node starting, the code
 * loading, the JIT warming up, as an instructor's run does. The whole report is the bots' part alone
 * (`--no-search`), or with `--search` the default report with its strategy search (see also bench:search).
 * Prints figures; asserts nothing.
 *   npm run bench:balance [-- --games 10000 --repeats 3 --scenario solo-founder --report-runs 5000 --report-repeats 5 --search]
 * The bundle is also the workers' entry file when the light worker bundle is missing, and the child processes'.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { defaultConfig, simulateAll, totalGames } from '../src/balance/index.ts';
import { BOT_NAMES } from '../src/bots/index.ts';
import { main } from '../src/cli/main.ts';
import { resolveScenario } from '../src/cli/scenarios.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const OPTIONS = {
  games: { type: 'string', default: '10000' },
  repeats: { type: 'string', default: '3' },
  scenario: { type: 'string', default: 'solo-founder' },
  'report-runs': { type: 'string', default: '5000' },
  'report-repeats': { type: 'string', default: '5' },
  bots: { type: 'string', default: BOT_NAMES.join(',') },
  search: { type: 'boolean', default: false },
  child: { type: 'string' },
} as const;

const secs = (ms: number): string => (ms / 1000).toFixed(2);

function botsOf(text: string): (typeof BOT_NAMES)[number][] {
  return text
    .split(',')
    .filter((b): b is (typeof BOT_NAMES)[number] => (BOT_NAMES as readonly string[]).includes(b));
}

/** In a child process: `tradeoffs balance` as an instructor runs it, on `workers` threads; prints its milliseconds. */
async function child(
  workers: number,
  values: { scenario: string; 'report-runs': string; bots: string; search: boolean },
): Promise<void> {
  const args = [
    'balance',
    values.scenario,
    '--runs',
    values['report-runs'],
    '--bots',
    values.bots,
    '--seed',
    'bench',
    ...(values.search ? [] : ['--no-search']),
  ];
  const t0 = performance.now();
  const code = await main([...args, '--workers', String(workers), '--json'], {
    out: () => undefined,
    err: () => undefined,
  });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`tradeoffs balance exited with ${code}`);
  console.log(JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

/** The light worker bundle beside this bundle, as bin/tradeoffs.mjs builds one beside the CLI's. */
async function buildWorkerBundle(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  if (!self.endsWith('.mjs')) return;
  const script = new URL('../../../scripts/bundle.mjs', import.meta.url).href;
  const { bundle } = (await import(script)) as { bundle: (entry: string, name: string) => Promise<string> };
  const name = self.replace(/^.*\//, '').replace(/\.mjs$/, '.worker');
  await bundle('src/cli/balance-worker.ts', name);
}

async function bench(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.child) return child(Number(values.child), values);
  const games = Number(values.games);
  const repeats = Number(values.repeats);
  const { scenario } = resolveScenario(values.scenario);
  const bots = botsOf(values.bots);
  console.log(
    `scenario: ${scenario.id} (${scenario.turns} turns); ${games} playthroughs per bot, single thread, median of ${repeats}`,
  );
  // Warm-up: let the JIT settle on every bot before measuring.
  simulateAll({ scenario, config: defaultConfig({ runs: 200, bots, variantRuns: 0, seed: 'warm' }) });
  for (const bot of bots) {
    const times: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const config = defaultConfig({ runs: games, bots: [bot], variantRuns: 0, seed: `bench-${r}` });
      const t0 = performance.now();
      simulateAll({ scenario, config });
      times.push(performance.now() - t0);
    }
    const m = median(times);
    console.log(
      `  ${bot.padEnd(10)} ${secs(m)} s per ${games} (${Math.round((games / m) * 1000)} playthroughs/s; runs ${times.map(secs).join(', ')} s)`,
    );
  }

  await buildWorkerBundle();
  const runs = Number(values['report-runs']);
  const all = totalGames({ scenario, config: defaultConfig({ runs, bots, seed: 'bench' }) });
  const reportRepeats = Math.max(1, Number(values['report-repeats']));
  console.log(
    `whole report: ${runs} seeds x ${bots.length} bots + decision variants = ${all} games${values.search ? ', then the default strategy search' : ' (no search)'} (${availableParallelism()} cores); each in a fresh process, 1 and 2 threads alternating, ${reportRepeats} times`,
  );
  const self = fileURLToPath(import.meta.url);
  const wall: Record<number, number[]> = { 1: [], 2: [] };
  const rss: Record<number, number[]> = { 1: [], 2: [] };
  const ratios: number[] = [];
  for (let r = 0; r < reportRepeats; r++) {
    for (const workers of [1, 2]) {
      const args = [
        self,
        '--child',
        String(workers),
        '--scenario',
        values.scenario,
        '--report-runs',
        String(runs),
        '--bots',
        values.bots,
        ...(values.search ? ['--search'] : []),
      ];
      const t0 = performance.now();
      const out = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const processMs = performance.now() - t0;
      if (out.status !== 0) throw new Error(`bench child failed: ${out.stderr}`);
      const { ms, maxRssMb } = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as {
        ms: number;
        maxRssMb: number;
      };
      wall[workers]!.push(ms);
      rss[workers]!.push(maxRssMb);
      console.log(
        `  run ${r + 1}, ${workers} thread${workers === 1 ? ' ' : 's'}: ${secs(ms)} s (process ${secs(processMs)} s, peak ${maxRssMb} MB)`,
      );
    }
    ratios.push(wall[1]!.at(-1)! / wall[2]!.at(-1)!);
  }
  for (const workers of [1, 2]) {
    const m = median(wall[workers]!);
    console.log(
      `  ${workers} thread${workers === 1 ? ': ' : 's:'} median ${secs(m)} s (${Math.round((all / m) * 1000)} games/s; peak memory ${median(rss[workers]!)} MB)`,
    );
  }
  console.log(
    `  speed-up with 2 threads: ${(median(wall[1]!) / median(wall[2]!)).toFixed(2)}x of the medians; per run ${ratios.map((x) => x.toFixed(2)).join(', ')}x`,
  );
}

if (isMainThread) await bench();
