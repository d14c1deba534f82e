/**
 * Classroom competition play in the store: starting a competition game for a named player, the clock that
 * stamps every ended turn, and the time limit. At time-out the player can end no more turns and the company
 * runs on with their last plan to the scenario's end (replay/autopilot.ts): that whole game is what the run
 * claims and the debrief shows. Time lives here and in the run file only: the engine never sees it.
 */
import { createInitialState } from '../engine/index.ts';
import type { Competition } from '../replay/index.ts';
import { autopilot, buildRun } from '../replay/index.ts';
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
  store.setState({ game: finished, screen: 'run', draftError: null });
}
