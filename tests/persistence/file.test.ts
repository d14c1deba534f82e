/**
 * Save files the player keeps: export, then import (even into a browser whose storage was cleared) restores the
 * very same game; a bad file is refused with the same messages as autosaves and the game in play is untouched.
 * Custom scenarios travel inside the save.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decodeSave,
  exportSaveFile,
  importSaveFile,
  loadLatest,
  MAX_SAVE_FILE_BYTES,
  rememberScenarioSource,
  resumeLatest,
  startAutosave,
  type ParseScenario,
} from '../../src/persistence/index.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { endTurn, propose, startGame, store } from '../../src/store/index.ts';
import { StorageHub, type FakeStorage } from './fake-storage.ts';
import {
  APP_VERSION,
  currentHash,
  freshStore,
  game,
  loadedScenario,
  noParse,
  recordedDeps,
} from './helpers.ts';

const clock = () => 1_700_000_000_000;

/** The game in play as a save file (a practice game: competition games have none). */
function exported() {
  const file = exportSaveFile(game(), APP_VERSION, clock);
  if (!file) throw new Error('no save file');
  return file;
}
let catalogue: LoadedScenario[];

function playSome(loaded: LoadedScenario): void {
  startGame(loaded, 'file-seed', 'practice');
  propose({ type: 'team/hire', role: 'engineer', count: 1 });
  endTurn();
  endTurn();
  propose({ type: 'release/set', mode: 'canary' });
}

beforeEach(() => {
  catalogue = [loadedScenario()];
  freshStore(catalogue);
});

describe('export and import', () => {
  it('the file is named after the scenario and the turn', () => {
    playSome(catalogue[0]!);
    expect(exported().fileName).toBe('tradeoffs-persist-turn-2.json');
  });

  it('export, clear everything, import: the same game, draft and mode', () => {
    playSome(catalogue[0]!);
    const hash = currentHash();
    const file = exported();
    freshStore(catalogue);
    expect(importSaveFile(file.text, catalogue, noParse)).toEqual({ ok: true });
    expect(currentHash()).toBe(hash);
    expect(game().draft).toEqual([{ type: 'release/set', mode: 'canary' }]);
    expect(game().mode).toBe('practice');
  });

  it('with autosave on: export, clear storage, import restores the game and autosaves it again', () => {
    const storage = new StorageHub().tab();
    const stop = startAutosave(recordedDeps(storage).deps);
    playSome(catalogue[0]!);
    const hash = currentHash();
    const file = exported();
    storage.clear();
    freshStore(catalogue);
    expect(importSaveFile(file.text, catalogue, noParse)).toEqual({ ok: true });
    stop();
    expect(currentHash()).toBe(hash);
    freshStore(catalogue);
    expect(resumeLatest(recordedDeps(storage).deps, catalogue, noParse)).toEqual({ resumed: true });
    expect(currentHash()).toBe(hash);
  });

  it('a bad file is refused with a clear message and the game in play is untouched', () => {
    playSome(catalogue[0]!);
    const hash = currentHash();
    const text = exported().text;
    const cases: [string, string][] = [
      [text.slice(0, 100), 'incomplete'],
      [text.replace('"file-seed"', '"file-seeds"'), 'checksum does not match'],
      ['id: solo-founder\ntitle: Solo\n', 'damaged'],
      ['{"hello":"world"}', 'This is not a Tradeoffs save.'],
      [' '.repeat(MAX_SAVE_FILE_BYTES + 1), 'too large to be a Tradeoffs save (more than 2 MB)'],
    ];
    for (const [bad, message] of cases) {
      const r = importSaveFile(bad, catalogue, noParse);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toContain(message);
    }
    expect(currentHash()).toBe(hash);
  });

  it('a file whose scenario changed since is refused and the game in play is kept', () => {
    playSome(catalogue[0]!);
    const text = exported().text;
    const hash = currentHash();
    const changed = [loadedScenario('persist', 20, 'Persistence test')];
    expect(importSaveFile(text, changed, noParse)).toEqual({
      ok: false,
      message:
        'This save was made with an earlier version of the scenario "\u2068Persistence test\u2069"; it cannot be resumed exactly.',
    });
    expect(currentHash()).toBe(hash);
  });
});

describe('custom scenarios travel inside the save', () => {
  const FILE = { fileName: 'my-startup.yaml', text: 'id: custom\ntitle: My startup\n' };
  /** Stands in for the scenario loader: each parse builds a new scenario object, as the real one does. */
  const parse: ParseScenario = (fileName, text) =>
    fileName === FILE.fileName && text === FILE.text
      ? loadedScenario('custom', 12, 'My startup')
      : 'not a scenario';
  let storage: FakeStorage;
  let stop: () => void;

  beforeEach(() => {
    storage = new StorageHub().tab();
    stop = startAutosave(recordedDeps(storage).deps);
    const custom = parse(FILE.fileName, FILE.text) as LoadedScenario;
    rememberScenarioSource(custom, FILE);
    playSome(custom);
  });

  afterEach(() => stop());

  it('an autosave carries the file, and a reload resumes the game from it', () => {
    const hash = currentHash();
    expect(loadLatest(storage).save?.scenario.source).toEqual(FILE);
    freshStore(catalogue);
    expect(resumeLatest(recordedDeps(storage).deps, catalogue, parse)).toEqual({ resumed: true });
    expect(currentHash()).toBe(hash);
    endTurn();
    expect(loadLatest(storage).save).toMatchObject({ turn: 3, scenario: { source: FILE } });
  });

  it('an exported file carries it too, and imports where the scenario was never loaded', () => {
    const hash = currentHash();
    const file = exported();
    expect(decodeSave(file.text)).toMatchObject({ ok: true, save: { scenario: { source: FILE } } });
    freshStore([]);
    expect(importSaveFile(file.text, [], parse)).toEqual({ ok: true });
    expect(currentHash()).toBe(hash);
    expect(store.getState().screen).toBe('play');
  });

  it('a stored file that no longer loads is named in the message', () => {
    const file = exported();
    const r = importSaveFile(file.text, [], () => 'my-startup.yaml:3:1: unknown field "foo"');
    expect(r).toEqual({
      ok: false,
      message:
        'The scenario file "\u2068my-startup.yaml\u2069" stored with this saved game no longer loads (\u2068my-startup.yaml:3:1: unknown field "foo"\u2069), so it cannot be resumed.',
    });
  });
});
