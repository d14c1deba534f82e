/**
 * Classroom competition play in the store: starting a competition game for a named player, the clock that
 * stamps every ended turn, and the time limit (the game ends at time-out; the turns played so far make the
 * run). Time lives here and in the run file only: the engine never sees it.
 */
import { createInitialState } from '../engine/index.ts';
import type { Competition } from '../replay/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { store, type CompetitionSession, type Game } from './store.ts';

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

/** Starts the competition's game for `name`; the timer starts now. */
export function startCompetition(loaded: LoadedScenario, competition: Competition, name: string): void {
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
  store.setState({ game, screen: 'play', draftError: null, chosen: loaded });
}

/** At time-out: the game stops where it is and the run code screen is shown. */
export function timeOut(): void {
  const game = store.getState().game;
  if (game && competitionOver(game)) store.setState({ screen: 'run', draftError: null });
}
