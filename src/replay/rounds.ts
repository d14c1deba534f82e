/**
 * A competition played in rounds. Its stops are the turns after which every student's game pauses (round 1 runs
 * from Start to the first stop, round 2 from there to the next, the last round to the game's end). At a stop the
 * student's game gives a checkpoint code (the run so far, verified like a run: run.ts, verify.ts); the next round
 * starts when the student enters the instructor's release code (release.ts), which may fire an event card for
 * everyone (an inject, engine/inject.ts) before the round's first turn.
 *
 * The time limit applies to each round, from its start (Start, or entering the release code) to its stop; a round
 * whose time runs out before its stop runs on with the player's last plan to the stop, exactly as the last round
 * runs on to the end (autopilot.ts). The turns a player ended are the run's `turns`; where each later round began
 * is a RoundStart. `playRounds` re-plays that course from the start: the store rebuilds a game with it and
 * verification checks a run with it, so both see the same game. Pure.
 */
import type { Decision, GameEvent, GameState, Scenario, StepResult } from '../engine/index.ts';
import { advance, createInitialState, injectEvent } from '../engine/index.ts';

/** The start of a round after the first, as the student's game recorded it. */
export interface RoundStart {
  /** The release code entered, as the game wrote it (TRR-2-05-9WZP). */
  release: string;
  /** When it was entered, in milliseconds since the epoch (the student's clock): the round's time starts then. */
  startedAt: number;
  /** How many of the player's turns came before this round. */
  afterTurns: number;
}

/** The stop that ends round `round` (1-based), or undefined for the last round (which ends with the game). */
export function stopOfRound(stops: readonly number[], round: number): number | undefined {
  return stops[round - 1];
}

/** Plays one turn: the engine's `step` (a new state) or `advance` (in place, for verification). */
export type TurnPlayer = (state: GameState, decisions: readonly Decision[], scenario: Scenario) => StepResult;

export interface CourseHooks {
  /** After every turn: the state before (when `step` was the player), the result, the decisions, and whether
   * the turn ran on autopilot. */
  onTurn?(
    before: GameState,
    after: GameState,
    events: GameEvent[],
    decisions: Decision[],
    auto: boolean,
  ): void;
  /** After an inject fired at the start of round `round`. */
  onInject?(state: GameState, event: GameEvent, round: number): void;
}

export interface Course {
  scenario: Scenario;
  seed: string;
  stops: readonly number[];
  /** The player's turns, in order. */
  log: readonly (readonly Decision[])[];
  rounds: readonly RoundStart[];
  /** The inject of each round after the first (null: none), as decoded from its release. */
  injects: readonly (string | null)[];
  play: TurnPlayer;
}

export type CourseResult =
  { ok: true; state: GameState; autopilotTurns: number } | { ok: false; reason: string; state: GameState };

/**
 * Plays the course of a rounds game from its first state: round by round, the player's turns; between rounds,
 * on autopilot to the round's stop, then the next round's inject. Stops after the player's last turn (the caller
 * decides whether the game runs on from there). Fails, saying why, when the course is impossible: a round that
 * starts before the previous one could end, a turn played past a stop, a rejected turn.
 */
export function playRounds(course: Course, hooks: CourseHooks = {}): CourseResult {
  const { scenario, stops, log, rounds } = course;
  let state = createInitialState(scenario, course.seed);
  let autopilotTurns = 0;
  let at = 0;
  for (let r = 1; r <= rounds.length + 1; r++) {
    const end = r <= rounds.length ? rounds[r - 1]!.afterTurns : log.length;
    if (r > 1) {
      const ran = runOnTo(state, course, stops[r - 2]!, hooks);
      if (!ran.ok) return { ok: false, reason: ran.reason, state };
      state = ran.state;
      autopilotTurns += ran.turns;
      if (state.status !== 'playing' && end > at)
        return { ok: false, reason: `round ${r} has turns, but the game ended in round ${r - 1}`, state };
      const inject = course.injects[r - 2] ?? null;
      if (inject !== null && state.status === 'playing') {
        const fired = injectEvent(state, scenario, inject);
        if (!fired.ok) return { ok: false, reason: `the inject of round ${r}: ${fired.reason}`, state };
        state = fired.state;
        hooks.onInject?.(state, fired.event, r);
      }
    }
    if (end < at || end > log.length)
      return {
        ok: false,
        reason: `round ${r} starts after turn ${end}, which does not follow round ${r - 1}`,
        state,
      };
    const stop = stopOfRound(stops, r);
    for (; at < end; at++) {
      if (stop !== undefined && state.turn >= stop)
        return { ok: false, reason: `turn ${at + 1} was played past the stop after turn ${stop}`, state };
      const decisions = log[at]!;
      const before = state;
      let result: StepResult;
      try {
        result = course.play(state, decisions, scenario);
      } catch (e) {
        return { ok: false, reason: `turn ${at + 1} cannot be replayed (${(e as Error).message})`, state };
      }
      if (!result.ok)
        return { ok: false, reason: `turn ${at + 1} cannot be replayed (${result.rejection.reason})`, state };
      state = result.state;
      hooks.onTurn?.(before, state, result.events, [...decisions], false);
    }
  }
  return { ok: true, state, autopilotTurns };
}

/** On autopilot (no new decisions) until the turn `until`, or the game's end if sooner. */
function runOnTo(
  state: GameState,
  course: Course,
  until: number,
  hooks: CourseHooks,
): { ok: true; state: GameState; turns: number } | { ok: false; reason: string } {
  let s = state;
  let turns = 0;
  while (s.status === 'playing' && s.turn < until) {
    const before = s;
    const r = course.play(s, [], course.scenario);
    if (!r.ok) return { ok: false, reason: `the game cannot run on: ${r.rejection.reason}` };
    s = r.state;
    turns++;
    hooks.onTurn?.(before, s, r.events, [], true);
  }
  return { ok: true, state: s, turns };
}

/** Where the game stands after its player's last turn: the stop it runs on to, or undefined for the game's end. */
export function nextStop(stops: readonly number[], rounds: readonly RoundStart[]): number | undefined {
  return stopOfRound(stops, rounds.length + 1);
}

export interface PlayedInRounds {
  /** The game after the player's last turn (the caller runs it on to the next stop or the end). */
  state: GameState;
  log: Decision[][];
  /** For each round after the first, how many of the player's turns came before it. */
  afterTurns: number[];
}

export interface PlayInRoundsOptions {
  /** Caps the turns the player ends in a round (a round whose time ran out). */
  playerTurns?: (round: number) => number;
  /** After every turn the player ends, with its events. */
  onTurn?: (state: GameState, events: GameEvent[]) => void;
}

/**
 * Plays a competition in rounds with `decide` choosing every turn (a bot: the command line, tests): round 1,
 * then for each of `injects` (one per release given) on autopilot to the stop, the inject, and the next round.
 * The game of the last round given stops after its player's last turn, as a student's does.
 */
export function playInRounds(
  scenario: Scenario,
  seed: string,
  stops: readonly number[],
  injects: readonly (string | null)[],
  decide: (state: GameState) => Decision[],
  opts: PlayInRoundsOptions = {},
): PlayedInRounds {
  const playerTurns = opts.playerTurns ?? (() => Infinity);
  let state = createInitialState(scenario, seed);
  const log: Decision[][] = [];
  const afterTurns: number[] = [];
  const course = { scenario, seed, stops, log, rounds: [], injects, play: advance };
  const rounds = Math.min(injects.length, stops.length) + 1;
  for (let r = 1; r <= rounds && state.status === 'playing'; r++) {
    if (r > 1) {
      const ran = runOnTo(state, course, stops[r - 2]!, {});
      if (!ran.ok) throw new Error(ran.reason);
      state = ran.state;
      if (state.status !== 'playing') break;
      const inject = injects[r - 2] ?? null;
      const fired = inject === null ? null : injectEvent(state, scenario, inject);
      if (fired && !fired.ok) throw new Error(fired.reason);
      if (fired) state = fired.state;
      afterTurns.push(log.length);
    }
    const stop = stopOfRound(stops, r) ?? Infinity;
    for (let n = 0; state.status === 'playing' && state.turn < stop && n < playerTurns(r); n++) {
      const decisions = decide(state);
      const result = advance(state, decisions, scenario);
      if (!result.ok) throw new Error(`turn ${log.length + 1}: ${result.rejection.reason}`);
      state = result.state;
      log.push(decisions);
      opts.onTurn?.(state, result.events);
    }
  }
  return { state, log, afterTurns };
}
