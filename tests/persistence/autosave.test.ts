/**
 * Autosave while playing and resume after a reload: every decision and every turn is saved, a reload puts the
 * player back exactly where they were (same state hash, same draft), and faults leave the game in play alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLatest, resumeLatest, startAutosave } from '../../src/persistence/index.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { endTurn, propose, rewind, startGame, store, updateSettings } from '../../src/store/index.ts';
import { FakeStorage, StorageHub } from './fake-storage.ts';
import {
  currentHash,
  freshStore,
  game,
  loadedScenario,
  noParse,
  recordedDeps,
  type Recorded,
} from './helpers.ts';

let hub: StorageHub;
let storage: FakeStorage;
let rec: Recorded;
let stop: (() => void) | null;
let catalogue: LoadedScenario[];

beforeEach(() => {
  hub = new StorageHub();
  storage = hub.tab();
  rec = recordedDeps(storage);
  catalogue = [loadedScenario()];
  freshStore(catalogue);
  stop = startAutosave(rec.deps);
});

afterEach(() => stop?.());

/** Plays a few turns with decisions and leaves a drafted decision for the next turn. */
function playSome(): void {
  startGame(catalogue[0]!, 'autosave-seed');
  propose({ type: 'release/set', mode: 'gate' });
  endTurn();
  propose({ type: 'team/hire', role: 'engineer', count: 1 });
  endTurn();
  endTurn();
  propose({ type: 'team/hire', role: 'sre', count: 1 });
}

/** A reload: the tab's store is gone; a new one boots and resumes. */
function reload(): ReturnType<typeof resumeLatest> {
  stop?.();
  freshStore(catalogue);
  const r = resumeLatest(rec.deps, catalogue, noParse);
  stop = startAutosave(rec.deps);
  return r;
}

describe('autosave', () => {
  it('saves after every decision and every turn', () => {
    startGame(catalogue[0]!, 'autosave-seed');
    expect(loadLatest(storage).save).toMatchObject({ turn: 0, draft: [] });
    propose({ type: 'release/set', mode: 'canary' });
    expect(loadLatest(storage).save?.draft).toEqual([{ type: 'release/set', mode: 'canary' }]);
    endTurn();
    expect(loadLatest(storage).save).toMatchObject({
      turn: 1,
      log: [[{ type: 'release/set', mode: 'canary' }]],
      draft: [],
    });
  });

  it('does not write when nothing about the game changed', () => {
    startGame(catalogue[0]!, 'autosave-seed');
    const writes = storage.writes;
    updateSettings({ sound: true });
    store.setState({ screen: 'debrief' });
    expect(storage.writes).toBe(writes);
  });

  it('a taken-back turn is saved too, so a reload does not bring it back', () => {
    playSome();
    const before = currentHash();
    endTurn();
    rewind();
    expect(currentHash()).toBe(before);
    reload();
    expect(currentHash()).toBe(before);
  });
});

describe('resume after a reload', () => {
  it('puts the player back exactly where they were: same state, same draft, same screen', () => {
    playSome();
    const hash = currentHash();
    const draft = game().draft;
    expect(reload()).toEqual({ resumed: true });
    expect(currentHash()).toBe(hash);
    expect(game().draft).toEqual(draft);
    expect(game().mode).toBe('practice');
    expect(store.getState().screen).toBe('play');
  });

  it('resuming does not write a new save (so another open tab is not disturbed), even with autosave already on', () => {
    playSome();
    const writes = storage.writes;
    reload();
    freshStore(catalogue);
    expect(resumeLatest(rec.deps, catalogue, noParse).resumed).toBe(true);
    expect(storage.writes).toBe(writes);
  });

  it('after a write cut off mid-turn, resumes from the turn before and says so', () => {
    playSome();
    const hash = currentHash();
    const turn = game().state.turn;
    storage.faults.cutNextWrite = true;
    endTurn();
    const r = reload();
    expect(r.resumed).toBe(true);
    expect(r.notice?.text).toBe(
      `The latest autosave was damaged; resumed from the one before it (turn ${turn}).`,
    );
    expect(currentHash()).toBe(hash);
  });

  it('with nothing saved, starts at the title with no message', () => {
    expect(reload()).toEqual({ resumed: false });
    expect(store.getState().game).toBeNull();
  });

  it('a built-in scenario changed since the save: not resumed, the player is told, the save is kept', () => {
    playSome();
    const stored = new Map(hub.data);
    catalogue = [loadedScenario('persist', 14, 'Persistence test')];
    const r = reload();
    expect(r.resumed).toBe(false);
    expect(r.notice?.text).toBe(
      'This save was made with an earlier version of the scenario "\u2068Persistence test\u2069"; it cannot be resumed exactly.',
    );
    expect(r.unresumable?.turn).toBe(3);
    expect(store.getState().game).toBeNull();
    expect(hub.data).toEqual(stored);
  });

  it('a scenario no longer in the game is named', () => {
    playSome();
    catalogue = [loadedScenario('another')];
    expect(reload().notice?.text).toBe(
      'The scenario "\u2068persist\u2069" of this saved game is not available here, so it cannot be resumed.',
    );
  });
});

describe('faults while playing', () => {
  it('a full storage is reported, the game plays on untouched, and the message goes once a save succeeds', () => {
    playSome();
    storage.faults.full = true;
    expect(endTurn()).toBeNull();
    expect(rec.current()?.text).toBe(
      "The browser's storage is full, so your latest move was not saved. Export your game to keep it.",
    );
    expect(game().state.turn).toBe(4);
    expect(loadLatest(storage).save?.turn).toBe(3);
    storage.faults.full = false;
    propose({ type: 'release/set', mode: 'canary' });
    expect(rec.current()).toBeNull();
    expect(loadLatest(storage).save).toMatchObject({
      turn: 4,
      draft: [{ type: 'release/set', mode: 'canary' }],
    });
  });

  it('the same failure is reported once, not on every click', () => {
    playSome();
    storage.faults.full = true;
    endTurn();
    propose({ type: 'release/set', mode: 'canary' });
    endTurn();
    expect(rec.notices.filter((n) => n?.kind === 'quota')).toHaveLength(1);
  });

  it('with storage off the game runs exactly as it would with saving on', () => {
    playSome();
    const withSaving = currentHash();
    stop?.();
    storage.faults.off = true;
    freshStore(catalogue);
    stop = startAutosave(rec.deps);
    playSome();
    expect(currentHash()).toBe(withSaving);
    expect(rec.current()?.text).toBe(
      'Saving is off in this browser (private mode or storage disabled). Your game keeps running; export it to keep a copy.',
    );
  });

  it('resuming with storage off says saving is off and leaves the title screen as it was', () => {
    storage.faults.off = true;
    const r = reload();
    expect(r).toMatchObject({ resumed: false, notice: { kind: 'storage-off' } });
    expect(store.getState().screen).toBe('title');
  });
});
