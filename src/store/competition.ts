/**
 * Classroom competition play in the store: starting a competition game for a named player, the clock that
 * stamps every ended turn, and the time limit. At time-out the player can end no more turns and the company
 * runs on with their last plan to the scenario's end (replay/autopilot.ts): that whole game is what the run
 * claims and the debrief shows. In a competition played in rounds (rounds.ts), the limit applies to each round
 * (times the student's extended-time factor), and a round ends at its stop, or at its time-out after running on
 * to the stop: the game then holds a checkpoint until the next round is released. Time lives here and in the
 * run file only: the engine never sees it.
 */
import type { Decision } from '../engine/index.ts';
import { createInitialState } from '../engine/index.ts';
import { canonicalJson } from '../lib/hash.ts';
import type { Competition } from '../replay/index.ts';
import {
  autopilot,
  buildRun,
  playerExtras,
  stopOfRound,
  stopsOf,
  type PlayerExtras,
} from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import {
  store,
  type Accommodation,
  type AppState,
  type CompetitionRecord,
  type CompetitionSession,
  type Game,
  type Screen,
} from './store.ts';

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

/** The round being played (1-based): one more than the rounds started after the first. */
export function currentRound(session: CompetitionSession): number {
  return (session.rounds?.length ?? 0) + 1;
}

/** The time limit of each of this student's rounds in milliseconds: the competition's, times their extension. */
export function roundLimitMs(session: CompetitionSession): number {
  return (session.competition.timeLimitMinutes * 60_000 * (session.accommodation?.factor ?? 100)) / 100;
}

/** Milliseconds left before the current round's time-out (Infinity without a limit; never below 0). */
export function timeLeftMs(session: CompetitionSession, at: number = now()): number {
  if (session.competition.timeLimitMinutes === 0) return Infinity;
  const start = session.rounds?.at(-1)?.startedAt ?? session.startedAt;
  return Math.max(0, start + roundLimitMs(session) - at);
}

/** The stop that ends the current round, or undefined in the last round (which ends with the game). */
export function roundStop(session: CompetitionSession): number | undefined {
  return stopOfRound(stopsOf(session.competition), currentRound(session));
}

/**
 * Whether a competition game can take no more turns for now: it ended in the engine, its round's time is up,
 * or it reached its round's stop (then the next round may continue it).
 */
export function competitionOver(game: Game, at: number = now()): boolean {
  const session = game.competition;
  if (!session) return false;
  const stop = roundStop(session);
  return (
    game.state.status !== 'playing' ||
    timeLeftMs(session, at) === 0 ||
    (stop !== undefined && game.state.turn >= stop)
  );
}

/** The screen of a competition game: its run once over, its checkpoint at a stop, otherwise the play screen. */
export function competitionScreen(game: Game): Screen {
  return game.run ? 'run' : game.checkpoint ? 'stop' : 'play';
}

// ------------------------------------------------------------------ the record of each competition played here

/** What the record of a competition game holds: the furthest this game got, and its run once finished. */
export function recordOf(game: Game): CompetitionRecord | null {
  const s = game.competition;
  if (!s) return null;
  return {
    competitionId: s.competition.id,
    name: s.name,
    ...playerExtras(s),
    startedAt: s.startedAt,
    log: game.log.map((d) => [...d]),
    times: [...s.times],
    run: game.run ?? null,
    ...(s.rounds ? { rounds: s.rounds.map((r) => ({ ...r })) } : {}),
    ...(s.accommodation ? { accommodation: { ...s.accommodation } } : {}),
  };
}

const sameAttempt = (a: { name: string; startedAt: number }, b: { name: string; startedAt: number }) =>
  a.name === b.name && a.startedAt === b.startedAt;

/** Whether `list` starts with every item of `prefix`. */
function startsWith(list: readonly unknown[], prefix: readonly unknown[]): boolean {
  return (
    list.length >= prefix.length && canonicalJson(list.slice(0, prefix.length)) === canonicalJson(prefix)
  );
}

type Progress = { log: readonly (readonly Decision[])[]; rounds?: readonly unknown[] };

/** Whether a game got at least as far as `prefix`: the same turns and rounds, and maybe more. */
function extends_(game: Progress, prefix: Progress): boolean {
  return startsWith(game.log, prefix.log) && startsWith(game.rounds ?? [], prefix.rounds ?? []);
}

/** How far a game got: its turns and the rounds it started. */
const progress = (p: Progress): number => p.log.length + (p.rounds?.length ?? 0);

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
      extends_(rec, prev) &&
      (progress(rec) > progress(prev) || (rec.run !== null && prev.run === null)));
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
  if (!record || (sameAttempt(record, session) && extends_({ log, rounds: session.rounds }, record)))
    return { session, log, behind: null };
  return {
    session: sessionOf(record, session.competition),
    log: record.log.map((d) => [...d]),
    // Only a round started since the save (no turn) is behind without a turn to tell the player about.
    behind: log.length < record.log.length || !sameAttempt(record, session) ? log.length : null,
  };
}

/** The session of the game a record keeps, in `competition` (the record holds only its id). */
export function sessionOf(record: CompetitionRecord, competition: Competition): CompetitionSession {
  return {
    name: record.name,
    ...playerExtras(record),
    competition,
    startedAt: record.startedAt,
    times: [...record.times],
    ...(record.rounds ? { rounds: record.rounds.map((r) => ({ ...r })) } : {}),
    ...(record.accommodation ? { accommodation: { ...record.accommodation } } : {}),
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
  if (record && kept && sameAttempt(kept, record) && extends_(kept, record)) return;
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

/**
 * Starts the competition's game for `name` (with `extras`: an alias or student id, or a team's members; and
 * their extended time, if any); the timer starts now. Refused when it was played here before.
 */
export function startCompetition(
  loaded: LoadedScenario,
  competition: Competition,
  name: string,
  extras: PlayerExtras = {},
  accommodation?: Accommodation,
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
    competition: {
      name,
      ...playerExtras(extras),
      competition,
      startedAt: now(),
      times: [],
      ...(stopsOf(competition).length > 0 ? { rounds: [] } : {}),
      ...(accommodation ? { accommodation: { ...accommodation } } : {}),
    },
  };
  store.setState({ ...withGame(game), screen: 'play', draftError: null, chosen: loaded, runShown: null });
  return null;
}

/**
 * A competition game that can take no more turns, finished: a game stopped by the time-out is run on with its
 * last plan to the end, or to its round's stop (its turn records added to the history, the undrafted decisions
 * dropped), and its run is built, or its checkpoint when the game goes on in a next round. The same game when
 * that is done already (or it still has time).
 */
export function finishCompetition(game: Game, at: number = now()): Game {
  const session = game.competition;
  if (!session || game.run || game.checkpoint || !competitionOver(game, at)) return game;
  const built = buildRun({
    name: session.name,
    ...playerExtras(session),
    competition: session.competition,
    scenario: game.loaded.scenario,
    startedAt: session.startedAt,
    log: game.log,
    times: session.times,
    state: game.state,
    ...(session.rounds ? { rounds: session.rounds } : {}),
    ...(session.accommodation ? { accommodation: session.accommodation.code } : {}),
  });
  const done = built.checkpoint === undefined ? { run: built } : { checkpoint: built };
  const rest = autopilot(game.state, game.loaded.scenario, roundStop(session));
  if (rest.history.length === 0) return { ...game, ...done };
  return {
    ...game,
    state: rest.state,
    history: [...game.history, ...rest.history],
    draft: [],
    lastEvents: rest.history[rest.history.length - 1]!.events,
    ...done,
  };
}

/** At time-out: the company runs on with the last plan (to the end, or the round's stop), and its code is shown. */
export function timeOut(): void {
  const game = store.getState().game;
  if (!game || !competitionOver(game)) return;
  const finished = finishCompetition(game);
  const screen = competitionScreen(finished);
  if (finished === game && store.getState().screen === screen) return;
  store.setState({ ...withGame(finished), screen, draftError: null });
}

/** Shows the finished run of a competition played here, reopened from its link (the game may be elsewhere). */
export function showFinishedRun(competitionId: string): void {
  store.setState({ screen: 'run', runShown: competitionId });
}
