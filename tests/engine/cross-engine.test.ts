/**
 * Cross-engine golden replay: the same bundle (engine + bots + fixed games) must print the same final state
 * hashes in V8 (Node), SpiderMonkey (js102) and JavaScriptCore (jsc), and those hashes must match the committed
 * tests/engine/golden.json. A classroom verification replays a student's run on another browser; one bit of
 * difference between engines would call an honest run a forgery.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_NAMES, BOTS, playBot } from '../../src/bots/index.ts';
import { stateHash } from '../../src/engine/index.ts';
import { plainScenario } from '../fixtures/scenarios.ts';
import {
  buildGoldenBundle,
  findShells,
  GOLDEN_FILE,
  runBundle,
  shellVersion,
  type GoldenFile,
} from './shell/build.ts';
import { GOLDEN_SCENARIOS, GOLDEN_SEEDS } from './shell/games.ts';

const inCi = Boolean(process.env.CI);
const shells = findShells();
const missing = shells.filter((s) => s.path === null);
const installHint = (s: { command: string; debPackage: string }): string =>
  `${s.command} not found: install the Debian package ${s.debPackage} (apt-get install -y --no-install-recommends ${s.debPackage})`;

if (missing.length > 0 && !inCi) {
  for (const s of missing) {
    console.warn(
      `\n*** SKIPPING the ${s.engine} golden replay: ${installHint(s)}. CI installs it and fails without it. ***\n`,
    );
  }
}

const golden = (JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile).games;
let dir = '';
let bundle = '';
let nodeLines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tradeoffs-cross-engine-'));
  bundle = await buildGoldenBundle(join(dir, 'golden.js'));
  nodeLines = runBundle(process.execPath, bundle);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('golden replay', () => {
  it('covers every bot, seed and scenario of the golden list', () => {
    const expected = GOLDEN_SCENARIOS.length * GOLDEN_SEEDS.length * BOT_NAMES.length;
    expect(nodeLines).toHaveLength(expected);
    expect(golden).toHaveLength(expected);
  });

  it(`matches tests/engine/golden.json in Node ${process.version} (run \`npm run golden:update\` after an intended rule change)`, () => {
    expect(nodeLines).toEqual(golden);
  });

  it('plays every golden game to its end without an illegal bot move or a crash', () => {
    const failed = nodeLines.filter((l) => l.split(' ')[3] === 'ERROR');
    expect(failed).toEqual([]);
  });
});

for (const shell of shells) {
  describe(`${shell.engine} shell (${shell.command})`, () => {
    if (shell.path === null && inCi) {
      it('is installed (required in CI)', () => {
        expect.fail(
          `${installHint(shell)}. .ci/run installs it; CI cannot check cross-engine determinism without it.`,
        );
      });
      return;
    }

    it.skipIf(shell.path === null)(
      'prints exactly the same hashes as Node, line by line, and as golden.json',
      () => {
        console.info(`cross-engine: ${shell.engine} ${shell.path} (${shellVersion(shell)})`);
        const lines = runBundle(shell.path!, bundle);
        expect(lines).toHaveLength(nodeLines.length);
        for (let i = 0; i < nodeLines.length; i++) {
          expect(lines[i], `game ${i + 1}: ${nodeLines[i]}`).toBe(nodeLines[i]);
        }
        expect(lines).toEqual(golden);
      },
    );
  });
}

describe('determinism within one engine', () => {
  const scenario = plainScenario(52);

  it.each(BOT_NAMES)('%s: the same seed twice gives the same final state', (bot) => {
    const a = playBot(scenario, 'determinism-a', BOTS[bot]);
    const b = playBot(scenario, 'determinism-a', BOTS[bot]);
    expect(stateHash(b.state)).toBe(stateHash(a.state));
    expect(b.log).toEqual(a.log);
  });

  it.each(BOT_NAMES)('%s: another seed gives another game', (bot) => {
    const a = playBot(scenario, 'determinism-a', BOTS[bot]);
    const b = playBot(scenario, 'determinism-b', BOTS[bot]);
    expect(stateHash(b.state)).not.toBe(stateHash(a.state));
    expect(b.state.market.users).not.toBe(a.state.market.users);
  });
});
