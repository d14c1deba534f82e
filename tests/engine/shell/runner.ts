/**
 * Entry point of the cross-engine bundle: plays every embedded game and prints one line per game,
 * `<scenario> <seed> <bot> <stateHash>`. Runs unchanged in Node (console.log) and in the SpiderMonkey and
 * JavaScriptCore shells (print). Uses only the engine and the bots: no I/O, no Node APIs.
 */
import { BOT_NAMES, BOTS, playBot } from '../../../src/bots/index.ts';
import { stateHash } from '../../../src/engine/index.ts';
import type { GoldenInput } from './games.ts';

/** Replaced at bundle time by the resolved scenarios (esbuild `define`). */
declare const GOLDEN_INPUT: GoldenInput;
/** The shells' output function (absent in Node). */
declare const print: ((line: string) => void) | undefined;

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const emit: (line: string) => void = isNode || typeof print !== 'function' ? (l) => console.log(l) : print;

for (const { name, scenario } of GOLDEN_INPUT.scenarios) {
  for (const seed of GOLDEN_INPUT.seeds) {
    for (const bot of BOT_NAMES) {
      try {
        const { state } = playBot(scenario, seed, BOTS[bot]);
        emit(`${name} ${seed} ${bot} ${stateHash(state)}`);
      } catch (err) {
        emit(`${name} ${seed} ${bot} ERROR ${String(err)}`);
      }
    }
  }
}
