/**
 * Autosave and resume. startAutosave subscribes to the store and writes a save (two slots, see slots.ts) every
 * time the decision log or the draft changes, i.e. after every turn and every decision; it reports failures as
 * notices and clears its notice after the next successful save. It stops writing for good when another tab
 * takes over this game (tabs.ts). It also keeps the store's competition records in storage
 * (competition-records.ts). resumeLatest puts those records and then this tab's game back into the store at boot:
 * the game this tab played before the reload (games.ts), or else the newest valid save.
 */
import type { LoadedScenario } from '../scenario/index.ts';
import { gameIdOf, setCompetitionRecords, store, type Game } from '../store/index.ts';
import { loadRecords, storeRecords } from './competition-records.ts';
import { recordsSameGame, saveBodyOf } from './game-save.ts';
import { rememberTabGame, savedGame, tabGame } from './games.ts';
import type { PersistenceNotice } from './notices.ts';
import { restoreSave, type ParseScenario } from './restore.ts';
import type { Save } from './save-format.ts';
import { failureNotice, loadLatest, newestSave, readSlots, writeToSlots } from './slots.ts';
import type { StorageLike } from './storage.ts';
import { guardAgainstOtherTabs, type SubscribeStorageEvents, type TabGuard } from './tabs.ts';

export interface PersistenceDeps {
  /** window.localStorage through storageFrom(); null when the browser has none. */
  storage: StorageLike | null;
  /** Milliseconds since the epoch (Date.now in the browser). */
  clock: () => number;
  appVersion: string;
  /** Shows a notice to the player, or clears persistence's notice (null). notify() from the store fits. */
  onNotice: (notice: PersistenceNotice | null) => void;
  /** Storage events from other tabs; without it, two tabs are not detected. */
  subscribeStorageEvents?: SubscribeStorageEvents;
  /**
   * Called once when another tab has taken over this game, with the turns it has played (null: unknown): the UI
   * disables End turn and drafting.
   */
  onReadOnly?: (otherTurn: number | null) => void;
  /** This tab's own storage (window.sessionStorage): which game the tab plays, for its reloads. */
  tabStorage?: StorageLike | null;
}

export interface ResumeResult {
  resumed: boolean;
  notice?: PersistenceNotice;
  /** The save that could not be resumed (e.g. its scenario changed), so the UI can offer it as a file. */
  unresumable?: Save;
}

type Outcome = { ok: true } | { ok: false; notice: PersistenceNotice };

/** Writes the game unless storage already holds exactly it; returns the failure notice, if any. */
function saveGame(game: Game, deps: PersistenceDeps, guard: TabGuard | null): Outcome {
  const read = readSlots(deps.storage);
  if (!read.ok) return read;
  const body = saveBodyOf(game, deps.appVersion, deps.clock);
  const previous = newestSave(read.slots);
  if (previous && recordsSameGame(previous, body)) return { ok: true };
  const written = writeToSlots(deps.storage, read.slots, body);
  if (!written.ok) return written;
  guard?.noteSequence(written.save.sequence);
  rememberTabGame(deps.tabStorage, body.game);
  return { ok: true };
}

function startGuard(deps: PersistenceDeps): TabGuard | null {
  if (!deps.subscribeStorageEvents) return null;
  const read = readSlots(deps.storage);
  const known = read.ok ? (newestSave(read.slots)?.sequence ?? 0) : 0;
  return guardAgainstOtherTabs(
    deps.subscribeStorageEvents,
    (notice, otherTurn) => {
      deps.onNotice(notice);
      deps.onReadOnly?.(otherTurn);
    },
    known,
    () => {
      const game = store.getState().game;
      return game ? gameIdOf(game) : null;
    },
  );
}

/** Starts autosaving the store's game; returns the function that stops it. */
export function startAutosave(deps: PersistenceDeps): () => void {
  const guard = startGuard(deps);
  let shown: PersistenceNotice | null = null;
  const report = (outcome: Outcome): void => {
    if (outcome.ok) {
      if (shown) deps.onNotice(null);
      shown = null;
    } else if (shown?.text !== outcome.notice.text) {
      shown = outcome.notice;
      deps.onNotice(outcome.notice);
    }
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (guard?.readOnly) return;
    if (state.competitions !== prev.competitions) {
      const failure = storeRecords(deps.storage, state.competitions);
      if (failure) report({ ok: false, notice: failureNotice(failure) });
    }
    const game = state.game;
    if (!game) return;
    if (game.log === prev.game?.log && game.draft === prev.game?.draft) return;
    report(saveGame(game, deps, guard));
  });
  return () => {
    unsubscribe();
    guard?.stop();
  };
}

/** At boot: puts the newest valid save back into the store. The notice says what the player should know. */
export function resumeLatest(
  deps: PersistenceDeps,
  catalogue: readonly LoadedScenario[],
  parse: ParseScenario,
): ResumeResult {
  setCompetitionRecords(loadRecords(deps.storage));
  const mine = tabGame(deps.tabStorage);
  const own = mine === null ? null : savedGame(deps.storage, mine);
  const latest = own ? { save: own, notice: null } : loadLatest(deps.storage);
  const { save, notice } = latest;
  if (!save) return notice ? { resumed: false, notice } : { resumed: false };
  return resumeSave(deps, save, catalogue, parse, notice);
}

/** Puts `save` into the store as this tab's game; `notice`: what else the player should know. */
export function resumeSave(
  deps: PersistenceDeps,
  save: Save,
  catalogue: readonly LoadedScenario[],
  parse: ParseScenario,
  notice: PersistenceNotice | null = null,
): ResumeResult {
  const restored = restoreSave(save, catalogue, parse);
  if (!restored.ok) return { resumed: false, notice: restored.notice, unresumable: save };
  rememberTabGame(deps.tabStorage, save.game);
  const shown = restored.notice ?? notice;
  return shown ? { resumed: true, notice: shown } : { resumed: true };
}
