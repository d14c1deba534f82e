/**
 * What an LMS must keep: the run code of a long game played by a busy human (a 52-week scenario, the plan
 * changed every week: a new capacity split, release mode, board message, eval threshold, hires, policies, and
 * every event answered, each turn ended 15 s to 2 min after the last, at millisecond times) fits SCORM 1.2's
 * 4,096-character suspend_data. Run codes are canonical JSON deflated and base64url-encoded; the figures are
 * printed. If a rules change makes runs grow past the limit, this fails before a class finds out.
 */
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../src/bots/index.ts';
import type { Decision } from '../../src/engine/index.ts';
import {
  advance,
  checkDecisions,
  createInitialState,
  FRAMINGS,
  RELEASE_MODES,
} from '../../src/engine/index.ts';
import { canonicalJson } from '../../src/lib/hash.ts';
import { SUSPEND_DATA_MAX } from '../../src/lms/index.ts';
import { buildRun, createCompetition, encodeRunCode } from '../../src/replay/index.ts';
import { builtIn } from '../replay/helpers.ts';

/** A small seeded generator (the test's own: the engine's streams are for the world). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function busyGame(scenarioId: string, seed: string, rnd: () => number) {
  const loaded = builtIn(scenarioId);
  const sc = loaded.scenario;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let state = createInitialState(sc, seed);
  const log: Decision[][] = [];
  while (state.status === 'playing' && state.turn < sc.turns) {
    // The random bot answers the events and sometimes hires, migrates or raises; the rest is a fidgety plan.
    const turn: Decision[] = BOTS.random(state, sc).filter(
      (d) => d.type !== 'plan/allocate' && d.type !== 'release/set',
    );
    const w = [0, 0, 0, 0, 0].map(() => 1 + Math.floor(rnd() * 40));
    const sum = w.reduce((a, b) => a + b, 0);
    const pct = w.map((x) => Math.floor((x * 100) / sum));
    pct[0]! += 100 - pct.reduce((a, b) => a + b, 0);
    const wishes: Decision[] = [
      {
        type: 'plan/allocate',
        allocation: {
          features: pct[0]!,
          debt: pct[1]!,
          evals: pct[2]!,
          reliability: pct[3]!,
          data: pct[4]!,
          migration: 0,
        },
      },
      { type: 'release/set', mode: pick(RELEASE_MODES) },
      { type: 'stakeholder/communicate', framing: pick(FRAMINGS) },
      { type: 'policy/eval-threshold', threshold: Math.floor(rnd() * 100) / 100 },
      ...(state.turn % 10 === 5 ? [{ type: 'team/hire', role: 'engineer', count: 1 } as const] : []),
      { type: 'policy/set', policy: 'specDriven', on: rnd() < 0.5 },
    ];
    for (const d of wishes) if (checkDecisions(state, sc, [...turn, d]) === null) turn.push(d);
    const r = advance(state, turn, sc);
    if (!r.ok) throw new Error(r.rejection.reason);
    state = r.state;
    log.push(turn);
  }
  return { loaded, log, state };
}

describe('run codes stored in an LMS', () => {
  it('a busy 52-week human game fits SCORM 1.2 suspend_data', () => {
    const rnd = lcg(20250301);
    let longest = { code: 0, json: 0, decisions: 0 };
    for (const seed of ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8']) {
      const game = busyGame('solo-founder', seed, rnd);
      const competition = createCompetition({
        loaded: game.loaded,
        seed,
        timeLimitMinutes: 90,
        title: 'Seminar 12',
        createdAt: 0,
      });
      const startedAt = 1_760_000_000_000 + Math.floor(rnd() * 1e9);
      let t = startedAt;
      const times = game.log.map(() => (t += 15_000 + Math.floor(rnd() * 105_000)));
      const run = buildRun({
        name: 'Maximiliana Konstantinopolskaya-Weber',
        competition,
        scenario: game.loaded.scenario,
        startedAt,
        log: game.log,
        times,
        state: game.state,
      });
      const code = encodeRunCode(run);
      if (code.length > longest.code)
        longest = { code: code.length, json: canonicalJson(run).length, decisions: game.log.flat().length };
    }
    console.log(
      `longest busy 52-week run: ${longest.decisions} decisions, ${longest.json} characters of JSON, run code ${longest.code} characters (SCORM 1.2 keeps ${SUSPEND_DATA_MAX.scorm12})`,
    );
    expect(longest.decisions, 'the busiest game had five decisions a week for 52 weeks').toBeGreaterThan(250);
    expect(longest.code).toBeLessThanOrEqual(SUSPEND_DATA_MAX.scorm12);
  });
});
