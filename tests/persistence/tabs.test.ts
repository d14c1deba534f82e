/**
 * The same game open in two tabs: when the other tab saves newer progress, this tab says so, becomes read-only
 * and stops autosaving, so it never overwrites the other tab's progress. Tab B is simulated by its own view of
 * the shared storage writing saves the way its autosave would.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLatest, startAutosave, writeSave } from '../../src/persistence/index.ts';
import type { Save } from '../../src/persistence/index.ts';
import { checksumOf } from '../../src/persistence/save-format.ts';
import { endTurn, propose, startGame } from '../../src/store/index.ts';
import { FakeStorage, StorageHub } from './fake-storage.ts';
import { currentHash, freshStore, game, loadedScenario, recordedDeps, type Recorded } from './helpers.ts';

const OTHER_TAB =
  'This game is also open in another tab. This tab is now read-only; reload to continue here.';

let hub: StorageHub;
let tabA: FakeStorage;
let tabB: FakeStorage;
let rec: Recorded;
let stop: () => void;

beforeEach(() => {
  hub = new StorageHub();
  tabA = hub.tab();
  tabB = hub.tab();
  rec = recordedDeps(tabA, { subscribeStorageEvents: tabA.subscribe });
  freshStore([loadedScenario()]);
  stop = startAutosave(rec.deps);
  startGame(loadedScenario(), 'tabs-seed');
  endTurn();
});

afterEach(() => stop());

/** Tab B plays on from the stored game and saves one more turn. */
function tabBSavesATurn(): Save {
  const latest = loadLatest(tabB).save!;
  const { sequence: _s, checksum: _c, ...body } = latest;
  const w = writeSave(tabB, { ...body, log: [...latest.log, []], turn: latest.turn + 1 });
  if (!w.ok) throw new Error(w.notice.text);
  return w.save;
}

describe('two tabs', () => {
  it('when the other tab saves newer progress, this tab says so and becomes read-only', () => {
    tabBSavesATurn();
    expect(rec.current()?.text).toBe(OTHER_TAB);
    expect(rec.current()?.kind).toBe('other-tab');
    expect(rec.readOnlyCalls).toBe(1);
  });

  it('a read-only tab never overwrites the other tab’s progress, and its game stays as it was', () => {
    const theirs = tabBSavesATurn();
    const hash = currentHash();
    const writes = tabA.writes;
    propose({ type: 'release/set', mode: 'gate' });
    expect(currentHash()).toBe(hash);
    expect(tabA.writes).toBe(writes);
    expect(loadLatest(tabA).save).toEqual(theirs);
    expect(game().state.turn).toBe(1);
  });

  it('the message is given once, however many saves the other tab makes', () => {
    tabBSavesATurn();
    tabBSavesATurn();
    expect(rec.notices.filter((n) => n?.kind === 'other-tab')).toHaveLength(1);
    expect(rec.readOnlyCalls).toBe(1);
    expect(tabA.listenerCount()).toBe(0);
  });

  it('this tab’s own saves, other keys and cleared storage do not make it read-only', () => {
    propose({ type: 'release/set', mode: 'gate' });
    endTurn();
    tabB.setItem('tradeoffs.settings', '{"sound":true}');
    tabB.removeItem('tradeoffs.save.a');
    tabA.emit({ key: null, newValue: null });
    expect(rec.readOnlyCalls).toBe(0);
    expect(loadLatest(tabA).save?.turn).toBe(2);
  });

  it('a newer version of the game saving in another tab also makes this tab read-only', () => {
    const { checksum: _c, ...rest } = { ...loadLatest(tabB).save!, formatVersion: 2, sequence: 50 };
    tabB.setItem('tradeoffs.save.b', JSON.stringify({ ...rest, checksum: checksumOf(rest) }));
    expect(rec.current()?.text).toBe(OTHER_TAB);
  });

  it('stopping autosave stops listening to the other tabs', () => {
    stop();
    expect(tabA.listenerCount()).toBe(0);
  });
});
