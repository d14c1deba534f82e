/**
 * Engine benchmark: full playthroughs, one seed each, played two ways in the same run, alternating:
 *  - the normal path, as the game screen and a replay play: `step` on a fresh copy every turn, events built, every
 *    decision checked by the engine;
 *  - the fast path, as the balance report and the strategy search play: playBot's bulk play (engine/bulk.ts).
 * Both end in the same states (tests/engine/bulk.test.ts). Prints medians of wall time and of CPU time
 * (process.cpuUsage: what the process got of the shared machine), and the median of the per-run fast/normal
 * ratios, which holds up better than either figure alone while other work shares the cores. Then the mixed-scenario
 * check, in a fresh process: the fast path on the bench's scenario alone, then again after every built-in scenario
 * was played with every bot in that process. Not a test: timing is reported, never asserted.
 *   npm run bench [-- --runs 5 --games 2000 --scenario solo-founder --bot steady --mixed-games 1000]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BOT_NAMES, BOTS, isBotName, playBot, type Bot } from '../src/bots/index.ts';
import { builtInIds, resolveScenario } from '../src/cli/scenarios.ts';
import { createInitialState, step, type Scenario } from '../src/engine/index.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    games: { type: 'string', default: '2000' },
    scenario: { type: 'string', default: 'solo-founder' },
    bot: { type: 'string', default: 'steady' },
    'mixed-games': { type: 'string', default: '1000' },
    'mixed-child': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const games = Number(values.games);
if (!isBotName(values.bot)) throw new Error(`unknown bot ${values.bot}`);
const bot = BOTS[values.bot];
const { scenario } = resolveScenario(values.scenario);

/** A game the normal way: `step` on a copy every turn, with events and every decision checked. */
function playByStep(sc: Scenario, seed: string, b: Bot): void {
  let state = createInitialState(sc, seed);
  while (state.status === 'playing') {
    const r = step(state, b(state, sc), sc);
    if (!r.ok) throw new Error(`step refused turn ${state.turn + 1}: ${r.rejection.reason}`);
    state = r.state;
  }
}

const playFast = (sc: Scenario, seed: string, b: Bot): void => void playBot(sc, seed, b);

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function time(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}

function playMany(play: typeof playFast, sc: Scenario, b: Bot, n: number, offset: number): Timing {
  return time(() => {
    for (let i = 0; i < n; i++) play(sc, `bench-${offset + i}`, b);
  });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (n: number, ms: number): number => Math.round((n / ms) * 1000);

function describe(label: string, n: number, ts: readonly Timing[]): string {
  const wall = median(ts.map((t) => t.wallMs));
  const cpu = median(ts.map((t) => t.cpuMs));
  const list = ts.map((t) => t.wallMs.toFixed(0)).join(', ');
  return `  ${label.padEnd(12)} ${String(rate(n, wall)).padStart(6)} playthroughs/s, ${String(rate(n, cpu)).padStart(6)} per CPU-second (runs: ${list} ms)`;
}

/** The normal and the fast path, alternating run by run on the same seeds. */
function sideBySide(): void {
  const normal: Timing[] = [];
  const fast: Timing[] = [];
  playMany(playByStep, scenario, bot, Math.min(games, 300), 1_000_000); // warm-up: let the JIT settle
  playMany(playFast, scenario, bot, Math.min(games, 300), 1_000_000);
  for (let r = 0; r < runs; r++) {
    normal.push(playMany(playByStep, scenario, bot, games, r * games));
    fast.push(playMany(playFast, scenario, bot, games, r * games));
  }
  console.log(
    `scenario: ${scenario.id} (${scenario.turns} turns), bot: ${values.bot}, ${games} playthroughs x ${runs} runs per path, alternating`,
  );
  console.log(describe('normal path', games, normal));
  console.log(describe('fast path', games, fast));
  const ratios = fast.map((f, i) => normal[i]!.cpuMs / f.cpuMs);
  console.log(
    `  fast/normal: ${median(ratios).toFixed(2)}x (median of the runs' CPU-time ratios: ${ratios.map((x) => x.toFixed(2)).join(', ')})`,
  );
}

/** In a fresh process: the fast path on the bench's scenario alone, then after every scenario and bot. */
function mixedChild(): void {
  const n = Number(values['mixed-games']);
  const measure = (): number => {
    const ts = Array.from({ length: runs }, (_, r) =>
      playMany(playFast, scenario, bot, n, 2_000_000 + r * n),
    );
    return rate(n, median(ts.map((t) => t.cpuMs)));
  };
  playMany(playFast, scenario, bot, 1000, 1_000_000); // warm-up: let the JIT settle before "alone"
  const alone = measure();
  const others = builtInIds().map((id) => resolveScenario(id).scenario);
  for (const sc of others) for (const name of BOT_NAMES) playMany(playFast, sc, BOTS[name], 300, 3_000_000);
  console.log(JSON.stringify({ alone, after: measure(), scenarios: others.length }));
}

function mixed(): void {
  if (Number(values['mixed-games']) <= 0) return;
  const self = fileURLToPath(import.meta.url);
  const args = [self, '--mixed-child', ...process.argv.slice(2)];
  const out = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`the mixed-scenario child failed: ${out.stderr}`);
  const { alone, after, scenarios } = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as {
    alone: number;
    after: number;
    scenarios: number;
  };
  console.log(
    `mixed scenarios (fresh process): fast path on ${scenario.id} alone ${alone} per CPU-second; after all ${scenarios} built-in scenarios x ${BOT_NAMES.length} bots (300 games each) ${after} (${(after / alone).toFixed(2)}x)`,
  );
}

if (values['mixed-child']) mixedChild();
else {
  sideBySide();
  mixed();
}
