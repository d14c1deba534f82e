/**
 * "Delete this browser's data": every Tradeoffs key in the browser's storage and the tab's is found and removed
 * (saves, shelf, competition records with their runs, settings, the hosted link, the tab's place), other sites'
 * keys are left alone, what was there is counted for the player, nothing is written back afterwards (not even
 * by autosave, nor on reload), and a key the browser will not remove is reported.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/engine/index.ts';
import {
  browserData,
  deleteBrowserData,
  resumeLatest,
  startAutosave,
  type SweepableStorage,
} from '../../src/persistence/index.ts';
import { createCompetition } from '../../src/replay/index.ts';
import {
  endTurn,
  forgetAll,
  setClock,
  startCompetition,
  startGame,
  store,
  timeOut,
} from '../../src/store/index.ts';
import { asLoaded } from '../fixtures/scenarios.ts';
import { StorageHub, type FakeStorage } from './fake-storage.ts';
import { freshStore, noParse, recordedDeps } from './helpers.ts';

const loaded = asLoaded(buildScenario({ id: 'data', title: 'Data test', turns: 12 }));
const catalogue = [loaded];
const comp = (seed: string) => createCompetition({ loaded, seed, timeLimitMinutes: 5, createdAt: 0 });

let time = 1_700_000_000_000;
let restoreClock: () => void;
let storage: FakeStorage;
let tab: FakeStorage;
let stop: (() => void) | null = null;

beforeEach(() => {
  restoreClock = setClock(() => time);
  storage = new StorageHub().tab();
  tab = new StorageHub().tab();
  freshStore(catalogue);
  const rec = recordedDeps(storage, { tabStorage: tab });
  resumeLatest(rec.deps, catalogue, noParse);
  stop = startAutosave(rec.deps);
});
afterEach(() => {
  stop?.();
  restoreClock();
});

function playAClass(): void {
  startGame(loaded, 'practice-1', 'practice');
  endTurn();
  startCompetition(loaded, comp('AAAAAA'), 'Ada');
  endTurn();
  time += 6 * 60_000;
  timeOut();
  startCompetition(loaded, comp('BBBBBB'), 'The Optimists', { members: ['Søren', 'Siobhán'] });
  endTurn();
  storage.setItem('tradeoffs.settings', '{"sound":true}');
  storage.setItem('tradeoffs.hosted', 'https://example.edu/#c=1.abc.def');
  storage.setItem('another-site.token', 'keep me');
}

describe('this browser\u2019s data', () => {
  it('is counted: games, competitions and finished runs, and every key, in both storages', () => {
    playAClass();
    const d = browserData(storage, tab);
    expect(d).toMatchObject({ games: 3, competitions: 2, runs: 1 });
    expect(d.keys).toEqual(
      expect.arrayContaining([
        'tradeoffs.competitions',
        'tradeoffs.settings',
        'tradeoffs.hosted',
        'tradeoffs.save.a',
      ]),
    );
    expect(d.keys).not.toContain('another-site.token');
    expect(d.tabKeys).toEqual(['tradeoffs.tab.game']);
  });

  it('is deleted, all of it and only it, and stays deleted after the store forgets and the page reloads', () => {
    playAClass();
    const deleted = deleteBrowserData(storage, tab);
    expect(deleted.failed).toEqual([]);
    expect(deleted).toMatchObject({ games: 3, competitions: 2, runs: 1 });
    forgetAll();
    expect([...storageKeys(storage)]).toEqual(['another-site.token']);
    expect([...storageKeys(tab)]).toEqual([]);
    // A reload finds nothing to resume, and writes nothing.
    stop?.();
    freshStore(catalogue);
    const r = resumeLatest(recordedDeps(storage, { tabStorage: tab }).deps, catalogue, noParse);
    expect(r.resumed).toBe(false);
    expect(store.getState().competitions).toEqual({});
    expect(browserData(storage, tab)).toEqual({ games: 0, competitions: 0, runs: 0, keys: [], tabKeys: [] });
  });

  it('a key the browser will not remove is reported, not hidden', () => {
    playAClass();
    const stubborn: SweepableStorage = {
      get length() {
        return storage.length;
      },
      key: (i) => storage.key(i),
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => storage.setItem(k, v),
      removeItem: (k) => (k === 'tradeoffs.settings' ? undefined : storage.removeItem(k)),
    };
    expect(deleteBrowserData(stubborn, tab).failed).toEqual([
      'tradeoffs.settings: still there after removal',
    ]);
  });
});

function storageKeys(s: FakeStorage): string[] {
  return Array.from({ length: s.length }, (_, i) => s.key(i)!).sort();
}
