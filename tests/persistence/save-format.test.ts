/** The save file: what reads back, what is refused and with which message, and old formats that keep loading. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/engine/index.ts';
import {
  parseScenarioFile,
  rememberScenarioSource,
  resumeLatest,
  startAutosave,
} from '../../src/persistence/index.ts';
import { MIGRATIONS } from '../../src/persistence/migrations.ts';
import { MAX_SHELVED, savedGames } from '../../src/persistence/index.ts';
import { shelve } from '../../src/persistence/shelf.ts';
import {
  checksumOf,
  decodeSave,
  encodeSave,
  SAVE_FORMAT_VERSION,
} from '../../src/persistence/save-format.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { derivedGameId, endTurn, startGame, store } from '../../src/store/index.ts';
import { FakeStorage, StorageHub } from './fake-storage.ts';
import { freshStore, game, loadedScenario, noParse, recordedDeps, sampleSave } from './helpers.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function reasonOf(text: string): string {
  const r = decodeSave(text);
  return r.ok ? 'ok' : r.reason;
}

describe('save format', () => {
  it('a save reads back as exactly the same save', () => {
    const save = sampleSave();
    expect(decodeSave(encodeSave(save))).toEqual({ ok: true, save, migratedFrom: null });
  });

  it('a save cut off halfway is reported as incomplete', () => {
    const text = encodeSave(sampleSave());
    const r = decodeSave(text.slice(0, text.length >> 1));
    expect(r).toMatchObject({ ok: false, reason: 'truncated' });
    expect(!r.ok && r.message).toContain('incomplete');
    expect(reasonOf('')).toBe('truncated');
  });

  it('text that is not JSON is reported as damaged', () => {
    const r = decodeSave('{"format": tradeoffs}');
    expect(r).toMatchObject({
      ok: false,
      reason: 'corrupt',
      message: 'This save is damaged and cannot be read.',
    });
  });

  it('a save edited after it was written fails its checksum', () => {
    const edited = encodeSave(sampleSave()).replace('"seed-1"', '"seed-2"');
    const r = decodeSave(edited);
    expect(r).toMatchObject({ ok: false, reason: 'checksum' });
    expect(!r.ok && r.message).toContain('checksum does not match');
  });

  it('something else entirely is not taken for a save', () => {
    expect(reasonOf('{"id":"solo-founder","title":"Solo"}')).toBe('not-a-save');
    expect(reasonOf('[1,2,3]')).toBe('not-a-save');
    expect(reasonOf('42')).toBe('not-a-save');
  });

  it('a save from a newer version asks the player to update, naming both formats', () => {
    const { checksum: _c, ...body } = { ...sampleSave(), formatVersion: 5, somethingNew: [1] } as Record<
      string,
      unknown
    >;
    const r = decodeSave(JSON.stringify({ ...body, checksum: checksumOf(body) }));
    expect(r).toEqual({
      ok: false,
      reason: 'newer-version',
      formatVersion: 5,
      message:
        'This save was written by a newer version of Tradeoffs (format 5); this version reads format 4. Update the game to continue it.',
    });
  });

  it('a newer format is recognised before its checksum is checked: its checksum scheme may have changed', () => {
    // A save as a future version might write it: fields moved, another checksum scheme.
    const r = decodeSave(fixture('save-v5-future.json'));
    expect(r).toMatchObject({ ok: false, reason: 'newer-version', formatVersion: 5 });
    expect(!r.ok && r.message).toMatch(/newer version of Tradeoffs .* Update the game/);
  });

  it('a save whose fields have the wrong types is refused even with a matching checksum', () => {
    const { checksum: _c, ...body } = { ...sampleSave(), log: 'not a log' } as Record<string, unknown>;
    expect(reasonOf(JSON.stringify({ ...body, checksum: checksumOf(body) }))).toBe('corrupt');
  });
});

describe('older save formats keep loading (golden fixtures)', () => {
  it('every older format has exactly one migration step', () => {
    for (let v = 0; v < SAVE_FORMAT_VERSION; v++)
      expect(MIGRATIONS.filter((m) => m.from === v)).toHaveLength(1);
  });

  it('a format-0 save becomes a practice game whose turns are the decision log', () => {
    const v0 = JSON.parse(fixture('save-v0.json'));
    const r = decodeSave(fixture('save-v0.json'));
    if (!r.ok) throw new Error(r.message);
    expect(r.migratedFrom).toBe(0);
    expect(r.save).toMatchObject({
      formatVersion: 4,
      engineVersion: 1,
      game: `${derivedGameId(v0.scenario.id, v0.scenario.hash, v0.seed, 'practice', null)}@rules-1`,
      competition: null,
      mode: 'practice',
      log: v0.turns,
      draft: v0.draft,
      seed: v0.seed,
      turn: 3,
      sequence: 7,
    });
    expect(r.save).not.toHaveProperty('turns');
    expect(decodeSave(encodeSave(r.save))).toMatchObject({ ok: true, save: r.save });
  });

  it('a format-1 save becomes a format-4 save without a classroom competition, of the first rules', () => {
    const r = decodeSave(fixture('save-v1.json'));
    if (!r.ok) throw new Error(r.message);
    expect(r.migratedFrom).toBe(1);
    const { checksum: _old, ...v1 } = JSON.parse(fixture('save-v1.json'));
    const { checksum: _new, ...v4 } = r.save;
    const game = `${derivedGameId(v1.scenario.id, v1.scenario.hash, v1.seed, v1.mode, null)}@rules-1`;
    expect(v4).toEqual({ ...v1, formatVersion: 4, engineVersion: 1, competition: null, game });
  });

  it('a format-2 save of a classroom competition keeps everything and gets the id of what it is', () => {
    const r = decodeSave(fixture('save-v2.json'));
    if (!r.ok) throw new Error(r.message);
    expect(r.migratedFrom).toBe(2);
    const { checksum: _old, ...v2 } = JSON.parse(fixture('save-v2.json'));
    const { checksum: _new, ...v4 } = r.save;
    const game = `${derivedGameId(
      v2.scenario.id,
      v2.scenario.hash,
      v2.seed,
      'competition',
      v2.competition.competition.id,
    )}@rules-1`;
    expect(v4).toEqual({ ...v2, formatVersion: 4, engineVersion: 1, game });
    expect(r.save.competition).toMatchObject({
      name: 'Ada',
      times: [1700000060000, 1700000120000, 1700000200000],
    });
    // Both slots of one old game (another turn, another write) stay one game.
    const { checksum: _c, ...later } = { ...JSON.parse(fixture('save-v2.json')), sequence: 13, savedAt: 1 };
    const again = decodeSave(JSON.stringify({ ...later, checksum: checksumOf(later) }));
    expect(again.ok && again.save.game).toBe(game);
  });

  it('a format-3 save reads as a game of the first rules, under an id of its own', () => {
    const r = decodeSave(fixture('save-v3.json'));
    if (!r.ok) throw new Error(r.message);
    expect(r.migratedFrom).toBe(3);
    const { checksum: _old, ...v3 } = JSON.parse(fixture('save-v3.json'));
    const { checksum: _new, ...v4 } = r.save;
    expect(v4).toEqual({ ...v3, formatVersion: 4, engineVersion: 1, game: 'g-m3k9x2-7f3a1c0e@rules-1' });
  });

  it('a format-3 save without its game id is refused', () => {
    const { checksum: _c, game: _g, ...body } = JSON.parse(fixture('save-v3.json'));
    expect(reasonOf(JSON.stringify({ ...body, checksum: checksumOf(body) }))).toBe('corrupt');
  });

  it('a format-2 save whose competition has a turn time missing is refused', () => {
    const { checksum: _c, ...body } = JSON.parse(fixture('save-v2.json'));
    body.competition.times.pop();
    expect(reasonOf(JSON.stringify({ ...body, checksum: checksumOf(body) }))).toBe('corrupt');
  });
});

describe('saves of the first rules are kept and explained, never replayed under these', () => {
  let storage: FakeStorage;
  beforeEach(() => {
    storage = new StorageHub().tab();
  });

  /** The fixtures name the scenario hash of when they were written; the rules are what is under test here. */
  function catalogueFor(fixtureText: string): LoadedScenario[] {
    return [{ ...loadedScenario(), hash: JSON.parse(fixtureText).scenario.hash }];
  }

  it.each(['save-v0.json', 'save-v1.json', 'save-v2.json', 'save-v3.json'])(
    '%s is not resumed: the player is told why, and the save stays as it was',
    (name) => {
      const text = fixture(name);
      storage.setItem('tradeoffs.save.a', text);
      const catalogue = catalogueFor(text);
      freshStore(catalogue);
      const r = resumeLatest(recordedDeps(storage).deps, catalogue, noParse);
      expect(r.resumed).toBe(false);
      expect(r.notice?.kind).toBe('other-rules');
      expect(r.notice?.text).toMatch(/earlier rules \(rules 1\); this version plays rules 2.*kept untouched/);
      expect(store.getState().game).toBeNull();
      expect(storage.getItem('tradeoffs.save.a')).toBe(text);
      // It is still listed among the games of this browser, as a game of its own.
      const listed = savedGames(storage);
      expect(listed).toHaveLength(1);
      expect(listed[0]!.game).toBe(r.unresumable!.game);
      expect(listed[0]!.game).toMatch(/@rules-1$/);
    },
  );

  it('a new game never takes the place of a game of the first rules, however many games follow', () => {
    const old = fixture('save-v3.json');
    storage.setItem('tradeoffs.shelf', JSON.stringify({ format: 'tradeoffs-shelf', saves: [old] }));
    for (let i = 0; i < MAX_SHELVED + 3; i++) {
      shelve(storage, sampleSave({ game: `g-new-${i}`, savedAt: 1_800_000_000_000 + i }));
    }
    const texts = (JSON.parse(storage.getItem('tradeoffs.shelf')!) as { saves: string[] }).saves;
    expect(texts).toContain(old);
    expect(savedGames(storage).some((s) => s.game === 'g-m3k9x2-7f3a1c0e@rules-1')).toBe(true);
  });
});

describe('a custom scenario file through the real scenario loader', () => {
  it('resumes by re-parsing the file stored in the save', () => {
    const source = {
      fileName: 'my-startup.yaml',
      text: readFileSync(new URL('../../scenarios/solo-founder.yaml', import.meta.url), 'utf8'),
    };
    const loaded = parseScenarioFile(source.fileName, source.text);
    if (typeof loaded === 'string') throw new Error(loaded);
    rememberScenarioSource(loaded, source);
    const storage = new StorageHub().tab();
    const stop = startAutosave(recordedDeps(storage).deps);
    startGame(loaded, 'real-parser-seed');
    endTurn();
    const hash = stateHash(game().state);
    stop();
    freshStore([]);
    expect(resumeLatest(recordedDeps(storage).deps, [], parseScenarioFile)).toEqual({ resumed: true });
    expect(stateHash(game().state)).toBe(hash);
  });
});
