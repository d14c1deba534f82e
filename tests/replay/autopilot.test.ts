/**
 * Every competition game is judged at the scenario's end. When a player stops (the time ran out), the company
 * runs on with their last plan, with no new decisions (pending events take their default at their deadline),
 * to the scenario's last turn; that final state is what the run claims and what verification re-simulates.
 * So stopping early can never beat pressing End turn with the same plan, and doing nothing is no strategy.
 */
import { describe, expect, it } from 'vitest';
import { BOTS, playBot, type BotName } from '../../src/bots/index.ts';
import { createInitialState, scorecard, stateHash, step, type GameState } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/engine/index.ts';
import {
  RUN_VERSION,
  autopilot,
  buildRun,
  encodeRunCode,
  encodeRunFile,
  outcomeText,
  sealRun,
  verifyRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { T0, botRun, competition, target } from './helpers.ts';

/** What pressing End turn with an empty plan until the game ends gives: the reference the rule must match. */
function endTurnUntilTheEnd(state: GameState, scenario: Scenario): { state: GameState; turns: number } {
  let s = state;
  let turns = 0;
  while (s.status === 'playing') {
    const r = step(s, [], scenario);
    if (!r.ok) throw new Error(r.rejection.reason);
    s = r.state;
    turns++;
  }
  return { state: s, turns };
}

describe('a run that stopped before the end', () => {
  const c = competition();
  const t = target(c);

  it('claims the state at the scenario’s end, reached with its last plan', () => {
    const run = botRun(c, 'Grace', 'move-fast', { turns: 9 });
    const played = playBot(t.scenario, c.seed, BOTS['move-fast'], { turns: 9 });
    const end = endTurnUntilTheEnd(played.state, t.scenario);
    expect(run.version).toBe(2);
    expect(run.turns).toHaveLength(9);
    expect(run.claimed).toEqual({
      score: scorecard(end.state, t.scenario).score,
      stateHash: stateHash(end.state),
      turns: 9,
      autopilotTurns: end.turns,
    });
    expect(end.state.status).not.toBe('playing');
  });

  it('verifies by the same continuation, and says how it ended', () => {
    const run = botRun(c, 'Grace', 'move-fast', { turns: 9 });
    const r = verifyRun(encodeRunCode(run), t);
    if (!r.ok) throw new Error(r.reason);
    expect(r.score).toBe(run.claimed.score);
    expect(r.outcome).toMatchObject({ playedTurns: 9, autopilotTurns: run.claimed.autopilotTurns });
    expect(r.outcome.text).toMatch(/^time ran out after week 9, finished on autopilot \(/);
    expect(r.status).not.toBe('playing');
  });

  it('is rejected when it claims another number of autopilot turns', () => {
    const run = botRun(c, 'Grace', 'move-fast', { turns: 9 });
    const forged = sealRun({ ...run, claimed: { ...run.claimed, autopilotTurns: 0 } });
    expect(verifyRun(forged, t)).toMatchObject({ ok: false, kind: 'tampered' });
  });

  it('of a student who pressed Start and nothing else is judged like End turn every week', () => {
    const ship = competition({ scenario: 'ship-it', seed: 'AK2KC8', minutes: 30 });
    const shipTarget = target(ship);
    const idle = buildRun({
      name: 'Idle Ida',
      competition: ship,
      scenario: shipTarget.scenario,
      startedAt: T0,
      log: [],
      times: [],
      state: createInitialState(shipTarget.scenario, ship.seed),
    });
    const reference = endTurnUntilTheEnd(
      createInitialState(shipTarget.scenario, ship.seed),
      shipTarget.scenario,
    );
    const r = verifyRun(idle, shipTarget);
    if (!r.ok) throw new Error(r.reason);
    expect(r.score).toBe(scorecard(reference.state, shipTarget.scenario).score);
    expect(r.outcome.playedTurns).toBe(0);
    expect(r.outcome.text).toMatch(/^time ran out before the first week ended, finished on autopilot/);
  });
});

describe('stopping early never beats pressing End turn with the same plan', () => {
  const cases: [string, BotName][] = [
    ['ship-it', 'move-fast'],
    ['solo-founder', 'steady'],
    ['demo-day', 'frugal'],
    ['growing-pains', 'random'],
  ];
  it.each(cases)('%s played by %s, stopped after any turn', (scenarioId, bot) => {
    const c = competition({ scenario: scenarioId, seed: 'S7', minutes: 0 });
    const { scenario } = target(c);
    const full = playBot(scenario, c.seed, BOTS[bot]);
    for (let k = 0; k <= full.log.length; k += 3) {
      const log = full.log.slice(0, k);
      let state = createInitialState(scenario, c.seed);
      for (const d of log) {
        const r = step(state, d, scenario);
        if (!r.ok) throw new Error(r.rejection.reason);
        state = r.state;
      }
      const run = buildRun({
        name: 'Early',
        competition: c,
        scenario,
        startedAt: T0,
        log,
        times: log.map(() => T0),
        state,
      });
      const reference = endTurnUntilTheEnd(state, scenario);
      expect(run.claimed.score, `stopped after turn ${k}`).toBe(scorecard(reference.state, scenario).score);
      expect(run.claimed.stateHash).toBe(stateHash(reference.state));
      expect(verifyRun(run, { competition: c, scenario }).ok).toBe(true);
    }
  });

  it('autopilot() is that continuation, with a turn record per turn for the debrief', () => {
    const { scenario } = target(competition());
    const start = playBot(scenario, 'K7M2QX', BOTS.steady, { turns: 4 }).state;
    const before = stateHash(start);
    const r = autopilot(start, scenario);
    expect(stateHash(start)).toBe(before); // the caller's state is left as it was
    const reference = endTurnUntilTheEnd(start, scenario);
    expect(stateHash(r.state)).toBe(stateHash(reference.state));
    expect(r.history).toHaveLength(reference.turns);
    expect(r.history.every((t) => t.decisions.length === 0)).toBe(true);
    expect(autopilot(r.state, scenario).history).toHaveLength(0);
  });
});

describe('runs of the first run format', () => {
  const c = competition();
  const t = target(c);
  const v2 = botRun(c, 'Ada', 'steady', { turns: 6 });
  /** A run as version 1 wrote it: the claimed state was the one where the game stopped. */
  const v1 = sealRun({
    ...v2,
    version: 1,
    claimed: { score: 1, stateHash: '0', turns: 6 },
  } as unknown as RunFile);

  it('the current format is 2, and its codes say so', () => {
    expect(RUN_VERSION).toBe(2);
    expect(encodeRunCode(v2)).toMatch(/^TRUN2\./);
  });

  it('are rejected as made by another version, as a code or a file', () => {
    const code = `TRUN1.${encodeRunCode(v2).slice('TRUN2.'.length)}`;
    for (const input of [code, encodeRunFile(v1)]) {
      expect(verifyRun(input, t)).toMatchObject({
        ok: false,
        kind: 'version',
        reason: expect.stringMatching(/^made by another version: an earlier version of Tradeoffs/),
      });
    }
    expect(verifyRun('TRUN4.abc.12345678', t)).toMatchObject({
      ok: false,
      kind: 'version',
      reason: expect.stringMatching(/newer version/),
    });
  });
});

describe('the outcome of a run, in words', () => {
  const base = { unit: 'week', timeLimited: true, autopilotTurns: 0 } as const;
  it.each([
    [{ status: 'won', reason: 'objectives-met', playedTurns: 26, lastTurn: 26 }, 'won'],
    [{ status: 'won', reason: 'objectives-met', playedTurns: 12, lastTurn: 12 }, 'won in week 12'],
    [{ status: 'lost', reason: 'bankrupt', playedTurns: 9, lastTurn: 9 }, 'bankrupt in week 9'],
    [
      { status: 'lost', reason: 'board-ousted', playedTurns: 9, lastTurn: 9 },
      'replaced by the board in week 9',
    ],
    [{ status: 'lost', reason: 'team-collapsed', playedTurns: 9, lastTurn: 9 }, 'the team left in week 9'],
    [{ status: 'ended', reason: 'out-of-turns', playedTurns: 26, lastTurn: 26 }, 'ended, objectives not met'],
  ] as const)('%o reads "%s"', (o, text) => {
    expect(outcomeText({ ...base, totalTurns: 26, ...o })).toBe(text);
  });

  it('says when the time ran out and the company ran on', () => {
    const o = { ...base, totalTurns: 26, status: 'lost', reason: 'bankrupt', lastTurn: 14 } as const;
    expect(outcomeText({ ...o, playedTurns: 10, autopilotTurns: 4 })).toBe(
      'time ran out after week 10, finished on autopilot (bankrupt in week 14)',
    );
    expect(outcomeText({ ...o, playedTurns: 10, autopilotTurns: 4, timeLimited: false })).toBe(
      'stopped after week 10, finished on autopilot (bankrupt in week 14)',
    );
    expect(outcomeText({ ...o, unit: 'sprint', playedTurns: 1, autopilotTurns: 13 })).toBe(
      'time ran out after sprint 1, finished on autopilot (bankrupt in sprint 14)',
    );
  });
});
