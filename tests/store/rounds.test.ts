/**
 * A competition played in rounds, in the store: the game pauses at the stop with a checkpoint, a round whose
 * time is up runs on to its stop, a release code starts the next round on its own clock with its inject, the
 * last round ends with the run; extended time lengthens every round; a reload (save and record) brings back
 * the same game at the same place, and everything the store builds verifies.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/index.ts';
import { resumeLatest, startAutosave } from '../../src/persistence/index.ts';
import { createCompetition, injectableEvents, releaseCode, verifyRun } from '../../src/replay/index.ts';
import {
  endTurn,
  releaseRound,
  setClock,
  startCompetition,
  store,
  timeLeftMs,
  timeOut,
} from '../../src/store/index.ts';
import { asLoaded, eventfulScenario } from '../fixtures/scenarios.ts';
import { StorageHub } from '../persistence/fake-storage.ts';
import { freshStore, noParse, recordedDeps } from '../persistence/helpers.ts';

const loaded = asLoaded(eventfulScenario(12));
const competition = createCompetition({
  loaded,
  seed: 'R0UND5',
  timeLimitMinutes: 10,
  createdAt: 0,
  stops: [4, 8],
});
const inject = injectableEvents(loaded.scenario)[0]!.id;
const round2 = releaseCode(competition, loaded.scenario, 2, inject);
const round3 = releaseCode(competition, loaded.scenario, 3, null);
const game = () => store.getState().game!;
const target = { competition, scenario: loaded.scenario, releases: [round2, round3] };

let time = 1_700_000_000_000;
let restoreClock: () => void;
beforeEach(() => {
  time = 1_700_000_000_000;
  restoreClock = setClock(() => time);
  freshStore([loaded]);
});
afterEach(() => restoreClock());

function endTurns(n: number): void {
  for (let i = 0; i < n; i++) {
    time += 20_000;
    expect(endTurn()).toBeNull();
  }
}

describe('a competition played in rounds', () => {
  it('pauses at the stop with a checkpoint that verifies, and takes no more turns there', () => {
    startCompetition(loaded, competition, 'Ada');
    endTurns(4);
    expect(store.getState().screen).toBe('stop');
    expect(game().checkpoint).toMatchObject({ checkpoint: 4, claimed: { turns: 4, autopilotTurns: 0 } });
    expect(endTurn()).toBe('the round is over');
    expect(game().log).toHaveLength(4);
    const r = verifyRun(game().checkpoint!, target);
    expect(r.ok && r.checkpoint).toBe(4);
  });

  it('starts the next round with its release code: the inject waits, the clock starts again', () => {
    startCompetition(loaded, competition, 'Ada');
    endTurns(4);
    time += 15 * 60_000; // the debrief: no round is running
    expect(releaseRound(round3)).toBe(
      'This is the release code of round 3; your game is waiting for round 2. Check the code on the board.',
    );
    expect(releaseRound('TRR-2-00-0000')).toMatch(/typo/);
    expect(releaseRound(round2.toLowerCase())).toBeNull();
    expect(store.getState().screen).toBe('play');
    expect(game().checkpoint).toBeUndefined();
    expect(game().state.pending.map((p) => p.eventId)).toContain(inject);
    expect(game().lastEvents).toEqual([expect.objectContaining({ id: inject })]);
    expect(game().competition!.rounds).toEqual([{ release: round2, startedAt: time, afterTurns: 4 }]);
    expect(timeLeftMs(game().competition!)).toBe(10 * 60_000);
  });

  it('runs a round whose time is up on to its stop, and the last round to the end', () => {
    startCompetition(loaded, competition, 'Ada');
    endTurns(2);
    time += 10 * 60_000;
    timeOut();
    expect(store.getState().screen).toBe('stop');
    expect(game().state.turn).toBe(4);
    expect(game().checkpoint?.claimed).toMatchObject({ turns: 2, autopilotTurns: 2 });
    releaseRound(round2);
    endTurns(4);
    releaseRound(round3);
    endTurns(1);
    time += 10 * 60_000;
    timeOut();
    expect(store.getState().screen).toBe('run');
    expect(game().run?.claimed).toMatchObject({ turns: 7, autopilotTurns: 2 + 3 });
    expect(game().run?.rounds?.map((r) => r.afterTurns)).toEqual([2, 6]);
    const r = verifyRun(game().run!, target);
    if (!r.ok) throw new Error(r.reason);
    expect(r.score).toBe(game().run!.claimed.score);
  });

  it('gives a student with extended time their factor in every round', () => {
    startCompetition(loaded, competition, 'Ada', {}, { code: 'TRX1.any', factor: 150 });
    expect(timeLeftMs(game().competition!)).toBe(15 * 60_000);
    endTurns(4);
    releaseRound(round2);
    expect(timeLeftMs(game().competition!)).toBe(15 * 60_000);
  });

  it('comes back after a reload at the same place: at the stop, then in the next round', () => {
    const storage = new StorageHub().tab();
    const stop = startAutosave(recordedDeps(storage).deps);
    startCompetition(loaded, competition, 'Ada');
    endTurns(4);
    releaseRound(round2);
    endTurns(2);
    const before = {
      hash: stateHash(game().state),
      session: game().competition,
      history: game().history.length,
    };
    stop();
    freshStore([loaded]);
    expect(resumeLatest(recordedDeps(storage).deps, [loaded], noParse)).toEqual({ resumed: true });
    expect(stateHash(game().state)).toBe(before.hash);
    expect(game().competition).toEqual(before.session);
    expect(game().history).toHaveLength(before.history);
    // The inject is in the turn records, where the debrief finds it.
    expect(game().history[3]!.events.map((e) => e.id)).toContain(inject);
    expect(store.getState().screen).toBe('play');
  });
});
