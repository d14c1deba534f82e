/**
 * Balance benchmark: the balance report's own pipeline (bot games plus its streaming aggregates), per bot,
 * single-threaded, then the whole report on one worker thread and on two. Prints figures; asserts nothing.
 *   npm run bench:balance [-- --games 10000 --repeats 3 --scenario solo-founder --report-runs 5000]
 * The bundle is also the workers' entry file, so everything below runs on the main thread only.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import type { BalanceJob } from '../src/balance/index.ts';
import { defaultConfig, simulateAll, totalGames } from '../src/balance/index.ts';
import { BOT_NAMES } from '../src/bots/index.ts';
import { runJob } from '../src/cli/balance.ts';
import { resolveScenario } from '../src/cli/scenarios.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      games: { type: 'string', default: '10000' },
      repeats: { type: 'string', default: '3' },
      scenario: { type: 'string', default: 'solo-founder' },
      'report-runs': { type: 'string', default: '5000' },
      bots: { type: 'string', default: BOT_NAMES.join(',') },
    },
  });
  const games = Number(values.games);
  const repeats = Number(values.repeats);
  const { scenario } = resolveScenario(values.scenario);
  const bots = values.bots
    .split(',')
    .filter((b): b is (typeof BOT_NAMES)[number] => (BOT_NAMES as readonly string[]).includes(b));
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
      `  ${bot.padEnd(10)} ${(m / 1000).toFixed(2)} s per ${games} (${Math.round((games / m) * 1000)} playthroughs/s; runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`,
    );
  }

  const runs = Number(values['report-runs']);
  const job: BalanceJob = {
    scenario,
    config: defaultConfig({ runs, bots, seed: 'bench' }),
  };
  const all = totalGames(job);
  console.log(
    `whole report: ${runs} seeds x ${bots.length} bots + decision variants = ${all} games (${availableParallelism()} cores)`,
  );
  const wall: Record<number, number> = {};
  for (const workers of [1, 2]) {
    const times: number[] = [];
    for (let r = 0; r < Math.max(1, Math.min(repeats, 2)); r++) {
      const t0 = performance.now();
      await runJob(job, workers, undefined, true);
      times.push(performance.now() - t0);
    }
    wall[workers] = median(times);
    console.log(
      `  ${workers} worker thread${workers === 1 ? '' : 's'}: ${(wall[workers]! / 1000).toFixed(2)} s (${Math.round((all / wall[workers]!) * 1000)} games/s; runs ${times.map((x) => (x / 1000).toFixed(2)).join(', ')} s)`,
    );
  }
  console.log(
    `  speed-up with 2 workers: ${(wall[1]! / wall[2]!).toFixed(2)}x (both start cold: threads load and warm up the JIT)`,
  );
}

if (isMainThread) await bench();
