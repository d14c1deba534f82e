/**
 * The scenarios played to the end in this browser, with the best score and whether any game was won, for the
 * scenario list. Remembered in localStorage as each game ends (beside the settings, apart from the saves: a
 * result outlives the save slots a new game reuses). Never throws: with storage off, results last the visit.
 */
import { scorecard } from '../engine/index.ts';
import { gameIdOf, store, type Game } from '../store/index.ts';

const KEY = 'tradeoffs.results';

export interface ScenarioResult {
  /** Best score out of 1000 of a finished game of this scenario. */
  best: number;
  /** Whether a finished game of it was won. */
  won: boolean;
  /** Finished games of it. */
  finished: number;
}

let memory: Record<string, ScenarioResult> = {};

function valid(x: unknown): x is ScenarioResult {
  const r = x as ScenarioResult;
  return (
    typeof r === 'object' &&
    r !== null &&
    Number.isInteger(r.best) &&
    typeof r.won === 'boolean' &&
    Number.isInteger(r.finished)
  );
}

/** The results by scenario id (a built-in's id; a custom scenario's id as its file gives it). */
export function scenarioResults(): Record<string, ScenarioResult> {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null) return memory;
    const out: Record<string, ScenarioResult> = {};
    for (const [id, r] of Object.entries(parsed)) if (valid(r)) out[id] = r;
    return { ...out, ...memory };
  } catch {
    return memory;
  }
}

function record(game: Game): void {
  const id = game.loaded.scenario.id;
  const score = scorecard(game.state, game.loaded.scenario).score;
  const all = scenarioResults();
  const was = all[id];
  const now: ScenarioResult = {
    best: Math.max(was?.best ?? 0, score),
    won: (was?.won ?? false) || game.state.status === 'won',
    finished: (was?.finished ?? 0) + 1,
  };
  memory = { ...memory, [id]: now };
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...all, [id]: now }));
  } catch {
    // Storage off: the result is kept for this visit.
  }
}

/** Records each game as it ends (a turn played, or autopilot, takes it from playing to over). */
export function rememberResults(): () => void {
  return store.subscribe((s, prev) => {
    const game = s.game;
    const before = prev.game;
    if (!game || !before || game.state === before.state) return;
    if (
      game.state.status !== 'playing' &&
      before.state.status === 'playing' &&
      gameIdOf(game) === gameIdOf(before)
    )
      record(game);
  });
}
