/**
 * The same game open in two tabs: when the other tab saves newer progress, this tab says so, becomes read-only
 * and stops autosaving, so it never overwrites the other tab's progress. A different game in the other tab
 * changes nothing here, and neither game is lost: each tab's reload brings back its own. Tab B is simulated by
 * its own view of the shared storage writing saves the way its autosave would.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadLatest,
  resumeLatest,
  savedGame,
  savedGames,
  startAutosave,
  writeSave,
} from '../../src/persistence/index.ts';
import type { Save } from '../../src/persistence/index.ts';
import { checksumOf } from '../../src/persistence/save-format.ts';
import { endTurn, gameIdOf, propose, startGame, store } from '../../src/store/index.ts';
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

const OTHER_TAB =
  'This game is being played on in another tab, so this tab is now read-only: nothing done here is saved. Save file keeps this tab\u2019s game as it is; reload to continue from the other tab\u2019s.';

let hub: StorageHub;
let tabA: FakeStorage;
let tabB: FakeStorage;
let sessionA: StorageHub;
let rec: Recorded;
let stop: () => void;
let otherTurns: (number | null)[];

beforeEach(() => {
  hub = new StorageHub();
  tabA = hub.tab();
  tabB = hub.tab();
  sessionA = new StorageHub();
  otherTurns = [];
  rec = recordedDeps(tabA, {
    subscribeStorageEvents: tabA.subscribe,
    tabStorage: sessionA.tab(),
    onReadOnly: (turn) => otherTurns.push(turn),
  });
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
    expect(otherTurns).toEqual([2]);
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
    expect(otherTurns).toHaveLength(1);
    expect(tabA.listenerCount()).toBe(0);
  });

  it('this tab’s own saves, other keys and cleared storage do not make it read-only', () => {
    propose({ type: 'release/set', mode: 'gate' });
    endTurn();
    tabB.setItem('tradeoffs.settings', '{"sound":true}');
    tabB.removeItem('tradeoffs.save.a');
    tabA.emit({ key: null, newValue: null });
    expect(otherTurns).toEqual([]);
    expect(loadLatest(tabA).save?.turn).toBe(2);
  });

  it('a newer version of the game saving in another tab also makes this tab read-only', () => {
    const { checksum: _c, ...rest } = { ...loadLatest(tabB).save!, formatVersion: 5, sequence: 50 };
    tabB.setItem('tradeoffs.save.b', JSON.stringify({ ...rest, checksum: checksumOf(rest) }));
    expect(rec.current()?.text).toBe(OTHER_TAB);
  });

  it('a different game in the other tab leaves this tab playing, and neither game is lost', () => {
    const mine = gameIdOf(game());
    const theirs = (turn: number) => {
      const { sequence: _s, checksum: _c, ...body } = loadLatest(tabB).save!;
      const log = Array.from({ length: turn }, () => []);
      const w = writeSave(tabB, { ...body, game: 'g-tab-b', seed: 'tab-b-seed', log, draft: [], turn });
      if (!w.ok) throw new Error(w.notice.text);
    };
    // Tab B starts another game and saves twice: both slots are its own now.
    theirs(0);
    theirs(1);
    expect(otherTurns).toEqual([]);
    expect(savedGame(tabA, mine)?.turn).toBe(1);
    // This tab plays on: its saves go into the slots, tab B's game goes onto the shelf.
    propose({ type: 'release/set', mode: 'gate' });
    endTurn();
    theirs(2);
    endTurn();
    expect(otherTurns).toEqual([]);
    expect(savedGames(tabA).map((s) => [s.game, s.turn])).toEqual([
      [mine, 3],
      ['g-tab-b', 2],
    ]);
    // A reload of this tab brings back this tab's game, not the one saved last elsewhere.
    theirs(3);
    const hash = currentHash();
    stop();
    freshStore([loadedScenario()]);
    expect(resumeLatest(rec.deps, [loadedScenario()], noParse)).toEqual({ resumed: true });
    expect(gameIdOf(game())).toBe(mine);
    expect(currentHash()).toBe(hash);
    // A tab without a game of its own (a new tab) gets the newest save.
    freshStore([loadedScenario()]);
    resumeLatest({ ...rec.deps, tabStorage: null }, [loadedScenario()], noParse);
    expect(store.getState().game?.seed).toBe('tab-b-seed');
  });

  it('stopping autosave stops listening to the other tabs', () => {
    stop();
    expect(tabA.listenerCount()).toBe(0);
  });
});
