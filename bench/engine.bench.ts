/**
 * Engine benchmark: full playthroughs of the built-in scenario with the steady bot, one seed each.
 * Prints the median of several runs. Not a test: timing is reported, never asserted.
 *   npm run bench [-- --runs 5 --games 2000 --scenario solo-founder --bot steady]
 */
import { parseArgs } from 'node:util';
import { BOTS, isBotName, playBot } from '../src/bots/index.ts';
import { resolveScenario } from '../src/cli/scenarios.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    games: { type: 'string', default: '2000' },
    scenario: { type: 'string', default: 'solo-founder' },
    bot: { type: 'string', default: 'steady' },
  },
});
const runs = Number(values.runs);
const games = Number(values.games);
if (!isBotName(values.bot)) throw new Error(`unknown bot ${values.bot}`);
const bot = BOTS[values.bot];
const { scenario } = resolveScenario(values.scenario);

function once(offset: number): number {
  const t0 = performance.now();
  for (let i = 0; i < games; i++) playBot(scenario, `bench-${offset + i}`, bot);
  return performance.now() - t0;
}

once(1_000_000); // warm-up: let the JIT settle before measuring
const times: number[] = [];
for (let r = 0; r < runs; r++) times.push(once(r * games));
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const perSecond = (games / median) * 1000;
console.log(
  `scenario: ${scenario.id} (${scenario.turns} turns), bot: ${values.bot}, ${games} playthroughs x ${runs} runs`,
);
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`playthroughs/s: ${Math.round(perSecond)}`);
console.log(`ms per 10k playthroughs: ${Math.round((median / games) * 10_000)}`);
