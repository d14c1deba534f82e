/**
 * Classroom competition play in the store: starting a competition game for a named player, the clock that
 * stamps every ended turn, and the time limit. At time-out the player can end no more turns and the company
 * runs on with their last plan to the scenario's end (replay/autopilot.ts): that whole game is what the run
 * claims and the debrief shows. Time lives here and in the run file only: the engine never sees it.
 */
import type { Decision } from '../engine/index.ts';
import { createInitialState } from '../engine/index.ts';
import { canonicalJson } from '../lib/hash.ts';
import type { Competition } from '../replay/index.ts';
import { autopilot, buildRun } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { store, type AppState, type CompetitionRecord, type CompetitionSession, type Game } from './store.ts';

let clock: () => number = () => Date.now();

/** Milliseconds since the epoch, from the store's clock. */
export function now(): number {
  return clock();
}

/** Replaces the clock (tests); returns the function that puts the previous one back. */
export function setClock(next: () => number): () => void {
  const previous = clock;
  clock = next;
  return () => {
    clock = previous;
  };
}

/** Milliseconds left before time-out (Infinity without a limit; never below 0). */
export function timeLeftMs(session: CompetitionSession, at: number = now()): number {
  const limit = session.competition.timeLimitMinutes;
  if (limit === 0) return Infinity;
  return Math.max(0, session.startedAt + limit * 60_000 - at);
}

/** Whether a competition game can take no more turns: it ended in the engine, or its time is up. */
export function competitionOver(game: Game, at: number = now()): boolean {
  if (!game.competition) return false;
  return game.state.status !== 'playing' || timeLeftMs(game.competition, at) === 0;
}

// ------------------------------------------------------------------ the record of each competition played here

/** What the record of a competition game holds: the furthest this game got, and its run once finished. */
export function recordOf(game: Game): CompetitionRecord | null {
  const s = game.competition;
  if (!s) return null;
  return {
    competitionId: s.competition.id,
    name: s.name,
    startedAt: s.startedAt,
    log: game.log.map((d) => [...d]),
    times: [...s.times],
    run: game.run ?? null,
  };
}

const sameAttempt = (a: { name: string; startedAt: number }, b: { name: string; startedAt: number }) =>
  a.name === b.name && a.startedAt === b.startedAt;

/** Whether `log` starts with every turn of `prefix`. */
function extends_(log: readonly (readonly Decision[])[], prefix: readonly (readonly Decision[])[]): boolean {
  return log.length >= prefix.length && canonicalJson(log.slice(0, prefix.length)) === canonicalJson(prefix);
}

/**
 * The store change that shows `game` and keeps its competition's record up to date. A record only moves
 * forward: a game behind it (or another attempt at the same competition) leaves it as it is.
 */
export function withGame(game: Game): Pick<AppState, 'game'> & Partial<AppState> {
  const rec = recordOf(game);
  if (!rec) return { game };
  const all = store.getState().competitions;
  const prev = all[rec.competitionId];
  const ahead =
    !prev ||
    (sameAttempt(prev, rec) &&
      extends_(rec.log, prev.log) &&
      (rec.log.length > prev.log.length || (rec.run !== null && prev.run === null)));
  return ahead ? { game, competitions: { ...all, [rec.competitionId]: rec } } : { game };
}

/**
 * Which game a competition save may resume, given this browser's record of the competition: the save itself
 * when it is at or beyond the record; otherwise the record (the furthest this browser got), because a
 * competition game is never taken back. `behind` is then the turn the refused save was at.
 */
export function furthestProgress(
  record: CompetitionRecord | undefined,
  session: CompetitionSession,
  log: Decision[][],
): { session: CompetitionSession; log: Decision[][]; behind: number | null } {
  if (!record || (sameAttempt(record, session) && extends_(log, record.log)))
    return { session, log, behind: null };
  return {
    session: {
      name: record.name,
      competition: session.competition,
      startedAt: record.startedAt,
      times: [...record.times],
    },
    log: record.log.map((d) => [...d]),
    behind: log.length,
  };
}

/**
 * A game launched by an LMS, whose record of the attempt comes from the LMS: makes `record` this browser's
 * record of the competition, unless the one kept here is the same attempt and at least as far on (a turn that
 * did not reach the LMS); null sets this browser's record aside (another learner's, on a shared computer). The
 * LMS, not the browser, decides attempts in a course.
 */
export function adoptCompetitionRecord(competitionId: string, record: CompetitionRecord | null): void {
  const all = store.getState().competitions;
  const kept = all[competitionId];
  if (record && kept && sameAttempt(kept, record) && extends_(kept.log, record.log)) return;
  const { [competitionId]: _setAside, ...rest } = all;
  store.setState({ competitions: record ? { ...rest, [competitionId]: record } : rest });
}

/** The record of the competition with this id played in this browser, if any. */
export function competitionRecord(competitionId: string): CompetitionRecord | null {
  return store.getState().competitions[competitionId] ?? null;
}

/** Puts the records kept in storage into the store (at boot, before any game is resumed). */
export function setCompetitionRecords(records: Record<string, CompetitionRecord>): void {
  store.setState({ competitions: records });
}

/** Why `name` cannot start this competition here, or null: a competition is played once per browser. */
export function startProblem(competition: Competition): string | null {
  const rec = competitionRecord(competition.id);
  if (!rec) return null;
  return `${rec.name} already ${rec.run ? 'finished' : 'started'} this competition in this browser: it is played once, with no second attempt.`;
}

/** Starts the competition's game for `name`; the timer starts now. Refused when it was played here before. */
export function startCompetition(
  loaded: LoadedScenario,
  competition: Competition,
  name: string,
): string | null {
  const problem = startProblem(competition);
  if (problem) return problem;
  const seed = competition.seed;
  const game: Game = {
    loaded,
    seed,
    mode: 'competition',
    state: createInitialState(loaded.scenario, seed),
    history: [],
    log: [],
    draft: [],
    lastEvents: [],
    competition: { name, competition, startedAt: now(), times: [] },
  };
  store.setState({ ...withGame(game), screen: 'play', draftError: null, chosen: loaded, runShown: null });
  return null;
}

/**
 * A competition game that can take no more turns, finished: a game stopped by the time-out is run on with its
 * last plan to the end (its turn records added to the history, the undrafted decisions dropped), and the run
 * is built. The same game when it is already finished (or still has time).
 */
export function finishCompetition(game: Game, at: number = now()): Game {
  const session = game.competition;
  if (!session || game.run || !competitionOver(game, at)) return game;
  const run = buildRun({
    name: session.name,
    competition: session.competition,
    scenario: game.loaded.scenario,
    startedAt: session.startedAt,
    log: game.log,
    times: session.times,
    state: game.state,
  });
  const rest = autopilot(game.state, game.loaded.scenario);
  if (rest.history.length === 0) return { ...game, run };
  return {
    ...game,
    state: rest.state,
    history: [...game.history, ...rest.history],
    draft: [],
    lastEvents: rest.history[rest.history.length - 1]!.events,
    run,
  };
}

/** At time-out: the company runs on to the end with the last plan, and the run code screen is shown. */
export function timeOut(): void {
  const game = store.getState().game;
  if (!game || !competitionOver(game)) return;
  const finished = finishCompetition(game);
  if (finished === game && store.getState().screen === 'run') return;
  store.setState({ ...withGame(finished), screen: 'run', draftError: null });
}

/** Shows the finished run of a competition played here, reopened from its link (the game may be elsewhere). */
export function showFinishedRun(competitionId: string): void {
  store.setState({ screen: 'run', runShown: competitionId });
}
