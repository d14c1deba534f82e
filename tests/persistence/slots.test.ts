/**
 * Two save slots and every storage fault: the last good save survives an interrupted write, a full storage,
 * storage that is off, damaged saves and saves from a newer version, and the player is told what happened.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  loadLatest,
  MAX_SHELVED,
  savedGame,
  savedGames,
  shelvedSaves,
  SLOT_KEYS,
  storageFrom,
  writeSave,
} from '../../src/persistence/index.ts';
import type { Save } from '../../src/persistence/index.ts';
import { checksumOf } from '../../src/persistence/save-format.ts';
import { FakeStorage, StorageHub } from './fake-storage.ts';
import { sampleSave } from './helpers.ts';

const [A, B] = SLOT_KEYS;

function body(turn: number): Omit<Save, 'sequence' | 'checksum'> {
  const {
    sequence: _s,
    checksum: _c,
    ...rest
  } = sampleSave({ log: Array.from({ length: turn }, () => []), turn });
  return rest;
}

function newerFormatSave(): string {
  const { checksum: _c, ...rest } = { ...sampleSave(), formatVersion: 5, sequence: 99 } as Record<
    string,
    unknown
  >;
  return JSON.stringify({ ...rest, checksum: checksumOf(rest) });
}

let hub: StorageHub;
let storage: FakeStorage;

beforeEach(() => {
  hub = new StorageHub();
  storage = hub.tab();
});

describe('two slots', () => {
  it('writes alternate between the slots and the newest save is the one loaded', () => {
    const slots = [1, 2, 3].map((turn) => writeSave(storage, body(turn)));
    expect(slots.map((w) => (w.ok ? [w.slot, w.save.sequence] : null))).toEqual([
      [A, 1],
      [B, 2],
      [A, 3],
    ]);
    expect(loadLatest(storage)).toMatchObject({ save: { turn: 3, sequence: 3 }, notice: null });
  });

  it('a write cut off halfway leaves the save before it loadable, and the player is told', () => {
    writeSave(storage, body(1));
    writeSave(storage, body(2));
    storage.faults.cutNextWrite = true;
    const w = writeSave(storage, body(3));
    expect(w.ok).toBe(false);
    const loaded = loadLatest(storage);
    expect(loaded.save?.turn).toBe(2);
    expect(loaded.notice?.text).toBe(
      'The latest autosave was damaged; resumed from the one before it (turn 2).',
    );
  });

  it('the next write after a damaged one goes over the damaged slot, not over the last good save', () => {
    writeSave(storage, body(1));
    storage.faults.cutNextWrite = true;
    writeSave(storage, body(2));
    const w = writeSave(storage, body(3));
    expect(w.ok && w.slot).toBe(B);
    expect(loadLatest(storage)).toMatchObject({ save: { turn: 3 }, notice: null });
  });

  it('with both slots damaged, nothing is resumed and the player is told why', () => {
    hub.data.set(A, '{"format":"tradeoffs-save","formatVer');
    hub.data.set(B, 'garbage');
    const loaded = loadLatest(storage);
    expect(loaded.save).toBeNull();
    expect(loaded.notice?.text).toMatch(/^Your autosave could not be resumed\./);
  });
});

describe('storage faults', () => {
  it('a full storage is reported and the previous save stays intact', () => {
    writeSave(storage, body(1));
    const before = new Map(hub.data);
    storage.faults.full = true;
    const w = writeSave(storage, body(2));
    expect(w).toEqual({
      ok: false,
      notice: expect.objectContaining({
        kind: 'quota',
        text: "The browser's storage is full, so your latest move was not saved. Export your game to keep it.",
      }),
    });
    expect(hub.data).toEqual(before);
    expect(loadLatest(storage).save?.turn).toBe(1);
  });

  it('storage that throws SecurityError (private mode) gives one clear message and no crash', () => {
    storage.faults.off = true;
    const off =
      'Saving is off in this browser (private mode or storage disabled). Your game keeps running; export it to keep a copy.';
    expect(writeSave(storage, body(1))).toMatchObject({
      ok: false,
      notice: { kind: 'storage-off', text: off },
    });
    expect(loadLatest(storage)).toMatchObject({ save: null, notice: { text: off } });
  });

  it('no storage at all (or a getter that throws) means saving is off', () => {
    const blocked = storageFrom(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(blocked).toBeNull();
    expect(writeSave(blocked, body(1))).toMatchObject({ ok: false, notice: { kind: 'storage-off' } });
    expect(loadLatest(null).notice?.kind).toBe('storage-off');
  });
});

describe('a save from a newer version', () => {
  it('is never overwritten: every write goes to the other slot', () => {
    hub.data.set(A, newerFormatSave());
    const writes = [1, 2, 3].map((turn) => writeSave(storage, body(turn)));
    expect(writes.every((w) => w.ok && w.slot === B)).toBe(true);
    expect(hub.data.get(A)).toBe(newerFormatSave());
  });

  it('is kept and mentioned when the older save beside it is resumed', () => {
    hub.data.set(B, newerFormatSave());
    writeSave(storage, body(4));
    const loaded = loadLatest(storage);
    expect(loaded.save?.turn).toBe(4);
    expect(loaded.notice?.text).toContain('newer version of Tradeoffs (format 5)');
    expect(loaded.notice?.text).toContain('left untouched');
  });

  it('alone, it is not resumed and the player is asked to update', () => {
    hub.data.set(A, newerFormatSave());
    expect(loadLatest(storage)).toMatchObject({
      save: null,
      notice: {
        text: 'This save was written by a newer version of Tradeoffs (format 5); this version reads format 4. Update the game to continue it.',
      },
    });
  });

  it('written with another checksum scheme, it is still a newer save, never "damaged"', () => {
    const future = readFileSync(new URL('./fixtures/save-v5-future.json', import.meta.url), 'utf8');
    hub.data.set(A, future);
    expect(loadLatest(storage).notice).toMatchObject({ kind: 'newer-version' });
    writeSave(storage, body(2));
    const loaded = loadLatest(storage);
    expect(loaded.save?.turn).toBe(2);
    expect(loaded.notice).toMatchObject({ kind: 'newer-version' });
    expect(loaded.notice?.text).toContain('left untouched');
    expect(hub.data.get(A)).toBe(future);
  });

  it('in both slots, nothing is written and the player is told to export', () => {
    hub.data.set(A, newerFormatSave());
    hub.data.set(B, newerFormatSave());
    const w = writeSave(storage, body(1));
    expect(w).toMatchObject({ ok: false, notice: { kind: 'newer-blocks-saving' } });
    expect([hub.data.get(A), hub.data.get(B)]).toEqual([newerFormatSave(), newerFormatSave()]);
  });
});

describe('saves of other games', () => {
  const of = (game: string, turn: number) => ({ ...body(turn), game });

  it('go onto the shelf before a new game takes the slots, so no game is ever overwritten', () => {
    writeSave(storage, of('g-first', 1));
    writeSave(storage, of('g-first', 2));
    writeSave(storage, of('g-second', 0));
    writeSave(storage, of('g-second', 1));
    writeSave(storage, of('g-second', 2));
    expect(loadLatest(storage).save).toMatchObject({ game: 'g-second', turn: 2 });
    expect(savedGame(storage, 'g-first')).toMatchObject({ turn: 2 });
    expect(shelvedSaves(storage).map((s) => s.game)).toEqual(['g-first']);
    // Back in the slots, a game leaves the shelf (its shelved copy is older).
    writeSave(storage, of('g-first', 3));
    expect(shelvedSaves(storage).map((s) => s.game)).toEqual(['g-second']);
    expect(savedGames(storage).map((s) => [s.game, s.turn])).toEqual([
      ['g-first', 3],
      ['g-second', 2],
    ]);
  });

  it(`keep the ${MAX_SHELVED} most recently saved games besides the one in the slots`, () => {
    let clock = 0;
    for (let i = 0; i <= MAX_SHELVED + 2; i++) writeSave(storage, { ...of(`g-${i}`, 1), savedAt: ++clock });
    const kept = savedGames(storage).map((s) => s.game);
    expect(kept).toHaveLength(MAX_SHELVED + 1);
    expect(kept[0]).toBe(`g-${MAX_SHELVED + 2}`);
    expect(kept).not.toContain('g-0');
  });
});
