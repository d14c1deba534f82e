/**
 * No rewind in a competition, and no lost run: a competition game is never saved to or loaded from a file, a
 * save behind what this browser already played (the older autosave slot, a save brought back) resumes at the
 * furthest turn instead, and the record of every competition played here (its decisions, its finished run)
 * outlives practice games, quits and reloads.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildScenario, stateHash } from '../../src/engine/index.ts';
import {
  SLOT_KEYS,
  encodeSave,
  exportSaveFile,
  importSaveFile,
  loadLatest,
  resumeLatest,
  sealSave,
  startAutosave,
} from '../../src/persistence/index.ts';
import { RECORDS_KEY, decodeRecords } from '../../src/persistence/competition-records.ts';
import { createCompetition, verifyRun } from '../../src/replay/index.ts';
import {
  endTurn,
  quitGame,
  resumeCompetition,
  setClock,
  startCompetition,
  startGame,
  store,
  timeOut,
} from '../../src/store/index.ts';
import { asLoaded } from '../fixtures/scenarios.ts';
import { StorageHub, type FakeStorage } from './fake-storage.ts';
import { APP_VERSION, freshStore, game, noParse, recordedDeps, type Recorded } from './helpers.ts';

const loaded = asLoaded(buildScenario({ id: 'classroom', title: 'Classroom test', turns: 12 }));
const practice = asLoaded(buildScenario({ id: 'practice', title: 'Practice', turns: 12 }));
const catalogue = [loaded, practice];
const competition = createCompetition({ loaded, seed: 'K7M2QX', timeLimitMinutes: 10, createdAt: 0 });

let time = 1_700_000_000_000;
let restoreClock: () => void;
let storage: FakeStorage;
let rec: Recorded;
let stop: (() => void) | null = null;

beforeEach(() => {
  time = 1_700_000_000_000;
  restoreClock = setClock(() => time);
  storage = new StorageHub().tab();
  rec = recordedDeps(storage);
  freshStore(catalogue);
  resumeLatest(rec.deps, catalogue, noParse);
  stop = startAutosave(rec.deps);
});
afterEach(() => {
  stop?.();
  restoreClock();
});

function reload(): ReturnType<typeof resumeLatest> {
  stop?.();
  freshStore(catalogue);
  const r = resumeLatest(rec.deps, catalogue, noParse);
  stop = startAutosave(rec.deps);
  return r;
}

function playTurns(n: number): void {
  for (let i = 0; i < n; i++) {
    time += 10_000;
    endTurn();
  }
}

/** The stored slot texts, to put back later (what a student copying their browser storage would do). */
const slotTexts = () => SLOT_KEYS.map((k) => storage.getItem(k));

describe('a competition game and save files', () => {
  it('has no save file to export', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(2);
    expect(exportSaveFile(game(), APP_VERSION, () => time)).toBeNull();
  });

  it('cannot be loaded from a file, and the game in play is untouched', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(4);
    const week4 = loadLatest(storage).save!;
    playTurns(4);
    const hash = stateHash(game().state);
    const r = importSaveFile(encodeSave(week4), catalogue, noParse);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/cannot be loaded from a file/) });
    expect(stateHash(game().state)).toBe(hash);
    expect(game().log).toHaveLength(8);
  });
});

describe('a competition save behind what this browser played', () => {
  it('the older autosave slot (newest one damaged) resumes at the furthest turn, saying why', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(8);
    const hash = stateHash(game().state);
    const newest = SLOT_KEYS.find((k) => storage.getItem(k)?.includes('"turn":8'))!;
    storage.setItem(newest, '{"format":"tradeoffs-save", damaged');
    const r = reload();
    expect(r.resumed).toBe(true);
    expect(game().log).toHaveLength(8);
    expect(stateHash(game().state)).toBe(hash);
    expect(r.notice?.text).toMatch(
      /turn 7 .* already played to turn 8\. A competition game cannot be taken back/,
    );
  });

  it('a save put back from earlier (even re-sealed as the newest) resumes at the furthest turn', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(4);
    const week4 = loadLatest(storage).save!;
    playTurns(4);
    const hash = stateHash(game().state);
    const forged = sealSave({ ...week4, sequence: 999 });
    for (const k of SLOT_KEYS) storage.setItem(k, encodeSave(forged));
    reload();
    expect(game().log).toHaveLength(8);
    expect(stateHash(game().state)).toBe(hash);
    expect(game().competition!.startedAt).toBe(1_700_000_000_000);
  });

  it('the same turn or later resumes as it is', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(3);
    const r = reload();
    expect(r).toEqual({ resumed: true });
    expect(game().log).toHaveLength(3);
  });

  it('after the time-out does not become another run (the older slot still gives the same run)', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(6);
    time += 10 * 60_000;
    timeOut();
    const run = game().run!;
    const before = slotTexts();
    reload();
    expect(game().run).toEqual(run);
    // Damage the newest slot: the older one (turn 5) must not give a run stopped at turn 5.
    const newest = SLOT_KEYS.find((k, i) => before[i]?.includes('"turn":6'))!;
    storage.setItem(newest, 'garbage');
    reload();
    expect(game().run).toEqual(run);
  });
});

describe('the record of a competition played here', () => {
  it('keeps the finished run through a practice game, a quit and reloads', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(3);
    time += 10 * 60_000;
    timeOut();
    const run = game().run!;
    expect(verifyRun(run, { competition, scenario: loaded.scenario }).ok).toBe(true);
    // "Play again with the same seed" is a practice game: it replaces the slots, not the record.
    startGame(loaded, competition.seed, 'practice');
    playTurns(2);
    startGame(practice, 'p', 'practice');
    playTurns(1);
    quitGame();
    reload();
    expect(store.getState().competitions[competition.id]?.run).toEqual(run);
    expect(decodeRecords(storage.getItem(RECORDS_KEY))[competition.id]?.run).toEqual(run);
  });

  it('continues a game whose saves were replaced by other games, with its original clock', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(5);
    const hash = stateHash(game().state);
    quitGame();
    startGame(practice, 'p', 'practice');
    playTurns(2);
    startGame(practice, 'q', 'practice');
    playTurns(2);
    reload();
    expect(game().loaded).toBe(practice);
    expect(resumeCompetition(loaded, competition)).toBeNull();
    expect(stateHash(game().state)).toBe(hash);
    expect(game().competition).toMatchObject({ name: 'Ada', startedAt: 1_700_000_000_000 });
    expect(store.getState().screen).toBe('play');
  });

  it('allows no second attempt at the same competition in this browser', () => {
    startCompetition(loaded, competition, 'Ada');
    playTurns(2);
    quitGame();
    reload();
    expect(startCompetition(loaded, competition, 'Ada again')).toMatch(/already started this competition/);
    expect(store.getState().game?.competition?.name).toBe('Ada');
  });
});

describe('who plays: a team or an alias', () => {
  it('a team keeps its members through reloads, the record and the run', () => {
    const members = ['Søren Øyelaran', 'Siobhán O\u2019Brien', 'Łukasz Wójcik'];
    startCompetition(loaded, competition, 'The Optimists', { members });
    playTurns(2);
    reload();
    expect(game().competition).toMatchObject({ name: 'The Optimists', members });
    quitGame();
    startGame(practice, 'p', 'practice');
    playTurns(1);
    reload();
    expect(resumeCompetition(loaded, competition)).toBeNull();
    expect(game().competition?.members).toEqual(members);
    time += 10 * 60_000;
    timeOut();
    expect(game().run?.members).toEqual(members);
    expect(verifyRun(game().run!, { competition, scenario: loaded.scenario }).ok).toBe(true);
    expect(decodeRecords(storage.getItem(RECORDS_KEY))[competition.id]).toMatchObject({ members });
  });

  it('an alias stays an alias in the save and the run', () => {
    startCompetition(loaded, competition, 'Blue Falcon', { nameKind: 'alias' });
    playTurns(1);
    reload();
    expect(game().competition).toMatchObject({ name: 'Blue Falcon', nameKind: 'alias' });
    time += 10 * 60_000;
    timeOut();
    expect(game().run).toMatchObject({ name: 'Blue Falcon', nameKind: 'alias' });
    expect(loadLatest(storage).save?.competition).toMatchObject({ nameKind: 'alias' });
  });
});
