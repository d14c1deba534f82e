/**
 * Hostile input, timed: the pathological inputs of issue 12 at the largest size each entry point accepts
 * (scenario files of 1 MB, links of 1,000,000 characters, run codes and pasted batches of 2,000,000, save files
 * of 2 MB), and the modifier flood played to turn 500 (a turn, a forecast, the state hash and the state's
 * size at turns 1, 150 and 500). Medians of several runs. Not a test: timing is reported, never asserted.
 *   npm run bench:hostile [-- --runs 3 --scale 1 --only <pattern> --no-flood]
 * --scale shrinks every input (0.05: a twentieth), to time code that would take hours at full size; --only
 * times the cases whose name matches.
 */
import { parseArgs } from 'node:util';
import { BOTS } from '../src/bots/index.ts';
import {
  advance,
  createInitialState,
  forecast,
  stateHash,
  step,
  type GameState,
} from '../src/engine/index.ts';
import { decodeSave } from '../src/persistence/save-format.ts';
import { decodeCompetition, decodeRun, splitRunCodes } from '../src/replay/index.ts';
import { parseScenarioText } from '../src/scenario/index.ts';
import { modifierFlood } from '../tests/fixtures/hostile-scenarios.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scale: { type: 'string', default: '1' },
    only: { type: 'string', default: '' },
    'no-flood': { type: 'boolean', default: false },
  },
});
const only = new RegExp(values.only);
const runs = Number(values.runs);
const scale = Number(values.scale);
const MB = Math.round(1_000_000 * scale);
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const head = 'id: tiny\ntitle: Tiny\nturns: 10\n';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => unknown, n = runs): number {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const yaml = (text: string) => () => parseScenarioText(text, 'evil.yaml');
const cases: [string, () => unknown][] = [
  ['scenario: @text then 1 MB of blanks', yaml(`${head}summary: @x${fill(' ', MB - 100)}y\n`)],
  ['scenario: ": " in text then 1 MB of blanks', yaml(`${head}summary: a: b${fill(' ', MB - 100)}y\n`)],
  ['scenario: "- " text then 1 MB of blanks', yaml(`${head}summary: - a${fill(' ', MB - 100)}y\n`)],
  ["scenario: 'a'b then 1 MB of blanks", yaml(`${head}summary: 'a'b${fill(' ', MB - 100)}y\n`)],
  ['scenario: field without ": ", blanks, U+2028', yaml(`${head}debt${fill(' ', MB - 100)}b\u2028c\n`)],
  ['scenario: an unclosed quote on every line', yaml(`${head}${fill('a: "x\n', MB - 100)}`)],
  ['scenario: a reserved @ on every line', yaml(`${head}${fill('a: @\n', MB - 100)}`)],
  ['scenario: an unclosed { then 1 MB of lines', yaml(`${head}summary: { a: b${fill(', a: b\n', MB - 100)}`)],
  [
    'scenario: 1 MB of unknown keys',
    yaml(`${head}${Array.from({ length: MB / 10 }, (_, i) => `k${i}: 1`).join('\n')}\n`),
  ],
  ['scenario: a flow list of 1 MB', yaml(`${head}summary: [${fill('1,', MB - 100)}1]\n`)],
  ['scenario JSON: 1 MB of numbers', () => parseScenarioText(`[${fill('1,', MB - 10)}1]`, 'evil.json')],
  ['link: 1,000,000 blanks', () => decodeCompetition(fill(' ', MB), [])],
  [
    'link: a payload of one letter',
    () => decodeCompetition(`https://x/#c=1.${fill('A', MB - 30)}.0123abcd`, []),
  ],
  ['run: 2,000,000 blanks', () => decodeRun(fill(' ', 2 * MB))],
  ['run: a code of one letter', () => decodeRun(`TRUN2.${fill('A', 2 * MB - 20)}.0123abcd`)],
  ['run: a file nested 1,000,000 deep', () => decodeRun(`{"a":${fill('[', MB - 10)}${fill(']', MB - 10)}}`)],
  ['pasted: a prefix then 2,000,000 blanks', () => splitRunCodes(`TRUN1.${fill(' ', 2 * MB)}`)],
  ['pasted: 23-letter tokens', () => splitRunCodes(fill(`${'aB3'.repeat(7)}aB `, 2 * MB))],
  ['save: nested 1,000,000 deep', () => decodeSave(`${fill('[', MB)}${fill(']', MB)}`)],
];

console.log(`hostile inputs (scale ${scale}; median of ${runs} runs, ms)`);
for (const [name, f] of cases)
  if (only.test(name)) console.log(`  ${name.padEnd(48)} ${time(f).toFixed(1).padStart(9)}`);

if (!values['no-flood']) {
  const r = parseScenarioText(modifierFlood(), 'flood.yaml');
  if (!r.ok) throw new Error(r.problems[0]!.message);
  const sc = r.loaded.scenario;
  console.log('\nmodifier flood (200 cards a turn, 20 modifiers each lasting 520 turns)');
  console.log('  turn   step ms  forecast ms  hash ms  state MB  live modifiers');
  let s: GameState = createInitialState(sc, 'flood');
  const at = new Set([1, 150, 500]);
  while (s.status === 'playing' && s.turn < 500) {
    const turn = s.turn + 1;
    if (at.has(turn)) {
      const here = s;
      const stepMs = time(() => step(here, [], sc), 5);
      const forecastMs = time(() => forecast(here, sc), 1);
      const hashMs = time(() => stateHash(here));
      const mb = JSON.stringify(here).length / 1e6;
      console.log(
        `  ${String(turn).padStart(4)} ${stepMs.toFixed(1).padStart(9)} ${forecastMs.toFixed(0).padStart(12)} ${hashMs.toFixed(1).padStart(8)} ${mb.toFixed(2).padStart(9)} ${String(here.modifiers.length).padStart(15)}`,
      );
    }
    // Steady keeps the board informed: under Rules 2 the flood's incidents oust a silent founder by turn 16.
    const next = advance(s, BOTS.steady(s, sc), sc);
    if (!next.ok) throw new Error(next.rejection.reason);
    s = next.state;
  }
}
