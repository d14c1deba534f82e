/**
 * Competition play in the store: the timer starts at Start, every ended turn is stamped, at time-out the
 * company runs on with the player's last plan to the scenario's end (that is the game the run claims and the
 * debrief shows), no rewind, and a reload keeps the original start.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildScenario, scorecard, stateHash, step } from '../../src/engine/index.ts';
import { resumeLatest, startAutosave } from '../../src/persistence/index.ts';
import { buildRun, createCompetition, verifyRun } from '../../src/replay/index.ts';
import {
  competitionOver,
  endTurn,
  propose,
  rewind,
  setClock,
  startGame,
  withGame,
  startCompetition,
  store,
  timeLeftMs,
  timeOut,
} from '../../src/store/index.ts';
import { asLoaded } from '../fixtures/scenarios.ts';
import { StorageHub } from '../persistence/fake-storage.ts';
import { freshStore, noParse, recordedDeps } from '../persistence/helpers.ts';

const loaded = asLoaded(buildScenario({ id: 'classroom', title: 'Classroom test', turns: 12 }));
const competition = createCompetition({ loaded, seed: 'K7M2QX', timeLimitMinutes: 10, createdAt: 0 });
const game = () => store.getState().game!;

let time = 1_700_000_000_000;
let restoreClock: () => void;
beforeEach(() => {
  time = 1_700_000_000_000;
  restoreClock = setClock(() => time);
  freshStore([loaded]);
  startCompetition(loaded, competition, 'Ada');
});
afterEach(() => restoreClock());

describe('a competition game', () => {
  it('starts the timer at Start and stamps every ended turn', () => {
    expect(game()).toMatchObject({ mode: 'competition', seed: 'K7M2QX' });
    expect(game().competition).toEqual({ name: 'Ada', competition, startedAt: time, times: [] });
    time += 30_000;
    endTurn();
    time += 45_000;
    endTurn();
    expect(game().competition!.times).toEqual([1_700_000_030_000, 1_700_000_075_000]);
    expect(timeLeftMs(game().competition!)).toBe(10 * 60_000 - 75_000);
  });

  it('cannot take a turn back', () => {
    endTurn();
    expect(rewind()).toMatch(/cannot be taken back/);
    expect(game().log).toHaveLength(1);
  });

  it('stops at time-out: no more turns, and the run code screen', () => {
    endTurn();
    time += 10 * 60_000;
    expect(competitionOver(game())).toBe(true);
    propose({ type: 'release/set', mode: 'gate' });
    expect(endTurn()).toBe('the time is up');
    expect(game().log).toHaveLength(1);
    expect(store.getState().screen).toBe('run');
    store.setState({ screen: 'play' });
    timeOut();
    expect(store.getState().screen).toBe('run');
  });

  it('at time-out runs the company on with the last plan to the end, turn records and all', () => {
    propose({ type: 'release/set', mode: 'gate' });
    endTurn();
    endTurn();
    const stopped = game().state;
    // The reference: End turn with no new decision until the game is over.
    let reference = stopped;
    let remaining = 0;
    while (reference.status === 'playing') {
      const r = step(reference, [], loaded.scenario);
      if (!r.ok) throw new Error(r.rejection.reason);
      reference = r.state;
      remaining++;
    }
    propose({ type: 'team/hire', role: 'engineer', count: 1 }); // drafted, never ended: not part of the plan
    time += 10 * 60_000;
    timeOut();
    const g = game();
    expect(g.state.status).not.toBe('playing');
    expect(stateHash(g.state)).toBe(stateHash(reference));
    expect(g.log).toHaveLength(2);
    expect(g.history).toHaveLength(2 + remaining);
    expect(g.run?.claimed).toEqual({
      score: scorecard(reference, loaded.scenario).score,
      stateHash: stateHash(reference),
      turns: 2,
      autopilotTurns: remaining,
    });
    expect(verifyRun(g.run!, { competition, scenario: loaded.scenario })).toMatchObject({ ok: true });
    // A second time-out (the timer ticking again) changes nothing.
    timeOut();
    expect(game()).toBe(g);
  });

  it('ending a turn after the time is up finishes the game the same way', () => {
    endTurn();
    time += 11 * 60_000;
    expect(endTurn()).toBe('the time is up');
    expect(game().state.status).not.toBe('playing');
    expect(game().run?.claimed.autopilotTurns).toBe(11);
  });

  it('goes to the run code screen when the game ends, with its run', () => {
    while (game().state.status === 'playing') endTurn();
    expect(store.getState().screen).toBe('run');
    expect(game().run?.claimed).toMatchObject({ turns: 12, autopilotTurns: 0 });
  });

  it('gives a run that verifies, with the times it was played at', () => {
    for (let i = 0; i < 5; i++) {
      time += 20_000;
      endTurn();
    }
    const g = game();
    const run = buildRun({
      name: g.competition!.name,
      competition,
      scenario: loaded.scenario,
      startedAt: g.competition!.startedAt,
      log: g.log,
      times: g.competition!.times,
      state: g.state,
    });
    expect(verifyRun(run, { competition, scenario: loaded.scenario })).toMatchObject({
      ok: true,
      name: 'Ada',
    });
  });
});

describe('the record of the competition', () => {
  const record = () => store.getState().competitions[competition.id];

  it('follows every ended turn and keeps the run once the game is over', () => {
    expect(record()).toEqual({
      competitionId: competition.id,
      name: 'Ada',
      startedAt: time,
      log: [],
      times: [],
      run: null,
    });
    time += 5_000;
    propose({ type: 'release/set', mode: 'gate' });
    endTurn();
    expect(record()).toMatchObject({ log: [[{ type: 'release/set', mode: 'gate' }]], times: [time] });
    time += 10 * 60_000;
    timeOut();
    expect(record()!.run).toEqual(game().run);
  });

  it('never moves back, and a practice game leaves it alone', () => {
    endTurn();
    endTurn();
    const kept = record();
    const g = game();
    store.setState(
      withGame({ ...g, log: g.log.slice(0, 1), competition: { ...g.competition!, times: [1] } }),
    );
    expect(record()).toBe(kept);
    startGame(loaded, competition.seed, 'practice');
    endTurn();
    expect(record()).toBe(kept);
  });
});

describe('a competition game after a reload', () => {
  it('resumes with its player, its original start and its turn times', () => {
    const storage = new StorageHub().tab();
    freshStore([loaded]);
    const stop = startAutosave(recordedDeps(storage).deps);
    startCompetition(loaded, competition, 'Ada');
    time += 60_000;
    endTurn();
    const before = { hash: stateHash(game().state), session: game().competition };
    stop();
    time += 120_000;
    freshStore([loaded]);
    expect(resumeLatest(recordedDeps(storage).deps, [loaded], noParse)).toEqual({ resumed: true });
    expect(stateHash(game().state)).toBe(before.hash);
    expect(game().competition).toEqual(before.session);
    expect(store.getState().screen).toBe('play');
    expect(timeLeftMs(game().competition!)).toBe(10 * 60_000 - 180_000);
  });

  it('that comes after the time-out opens the run code screen', () => {
    const storage = new StorageHub().tab();
    freshStore([loaded]);
    const stop = startAutosave(recordedDeps(storage).deps);
    startCompetition(loaded, competition, 'Ada');
    endTurn();
    stop();
    time += 11 * 60_000;
    freshStore([loaded]);
    resumeLatest(recordedDeps(storage).deps, [loaded], noParse);
    expect(store.getState().screen).toBe('run');
    expect(game().log).toHaveLength(1);
    expect(game().state.status).not.toBe('playing');
    expect(game().run?.claimed).toMatchObject({ turns: 1, autopilotTurns: 11 });
  });
});
