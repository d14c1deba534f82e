/**
 * From a decoded save back to a game in the store: find its scenario (a built-in by id and hash, a custom one by
 * re-parsing the file stored in the save), then rebuild the game with the store's restoreGame. Shared by resume
 * and import. Failures come back as a notice; the game in the store is only replaced on success.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { furthestProgress, restoreGame, store } from '../store/index.ts';
import {
  competitionRewind,
  otherRules,
  replayFailed,
  scenarioChanged,
  scenarioMissing,
  scenarioUnreadable,
  type PersistenceNotice,
} from './notices.ts';
import type { Save } from './save-format.ts';
import { rememberScenarioSource } from './sources.ts';

import type { ParseScenario } from './parse-file.ts';

export type { ParseScenario };

export type Found = { ok: true; loaded: LoadedScenario } | { ok: false; notice: PersistenceNotice };

function findBuiltIn(save: Save, catalogue: readonly LoadedScenario[]): Found {
  const { id, hash } = save.scenario;
  const exact = catalogue.find((l) => l.scenario.id === id && l.hash === hash);
  if (exact) return { ok: true, loaded: exact };
  const sameId = catalogue.find((l) => l.scenario.id === id);
  return { ok: false, notice: sameId ? scenarioChanged(sameId.scenario.title) : scenarioMissing(id) };
}

export function findScenario(save: Save, catalogue: readonly LoadedScenario[], parse: ParseScenario): Found {
  const source = save.scenario.source;
  if (source === null) return findBuiltIn(save, catalogue);
  const parsed = parse(source.fileName, source.text);
  if (typeof parsed === 'string') return { ok: false, notice: scenarioUnreadable(source.fileName, parsed) };
  if (parsed.hash !== save.scenario.hash)
    return { ok: false, notice: scenarioChanged(parsed.scenario.title) };
  rememberScenarioSource(parsed, source);
  return { ok: true, loaded: parsed };
}

/**
 * Puts the saved game into the store, or says why it cannot (the store is then left as it was). A competition
 * save behind what this browser already played of that competition (an older slot, a save brought back) is
 * never resumed as it is: the game continues from the furthest turn this browser reached, and the notice says
 * so. A competition game is never taken back.
 */
export function restoreSave(
  save: Save,
  catalogue: readonly LoadedScenario[],
  parse: ParseScenario,
): { ok: true; notice?: PersistenceNotice } | { ok: false; notice: PersistenceNotice } {
  if (save.engineVersion !== ENGINE_VERSION)
    return { ok: false, notice: otherRules(save.engineVersion, ENGINE_VERSION) };
  const found = findScenario(save, catalogue, parse);
  if (!found.ok) return found;
  const session = save.competition;
  if (session) {
    const record = store.getState().competitions[session.competition.id];
    const furthest = furthestProgress(record, session, save.log);
    const draft = furthest.behind === null ? save.draft : [];
    const err = restoreGame(
      found.loaded,
      save.seed,
      save.mode,
      furthest.log,
      draft,
      furthest.session,
      save.game,
    );
    if (err !== null) return { ok: false, notice: replayFailed(err) };
    return furthest.behind === null
      ? { ok: true }
      : { ok: true, notice: competitionRewind(furthest.behind, furthest.log.length) };
  }
  const err = restoreGame(found.loaded, save.seed, save.mode, save.log, save.draft, undefined, save.game);
  return err === null ? { ok: true } : { ok: false, notice: replayFailed(err) };
}
