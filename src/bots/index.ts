/** The named bots (CLI `--bot`, balance reports) and a runner that plays a whole game with one. Pure. */
import type { Decision, GameEvent, GameState, Scenario } from '../engine/index.ts';
import { playBulkTurn, startBulkGame } from '../engine/index.ts';
import { Moves, type Bot } from './common.ts';
import { frugal, idle, moveFast, randomBot, steady } from './strategies.ts';

export type { Bot } from './common.ts';
export { frugal, idle, moveFast, randomBot, steady } from './strategies.ts';

export const BOTS = {
  random: randomBot(),
  'move-fast': moveFast(),
  steady: steady(),
  frugal: frugal(),
  idle: idle(),
} satisfies Record<string, Bot>;
export type BotName = keyof typeof BOTS;
export const BOT_NAMES = Object.keys(BOTS) as BotName[];

/** What each bot does, in a player's words (the debrief's other strategies, the balance screen). */
export const BOT_SUMMARY: Record<BotName, string> = {
  random: 'legal moves at random',
  'move-fast': 'all features, ship everything',
  steady: 'foundations, gated releases',
  frugal: 'costs kept low',
  idle: 'the starting plan, every event left to its default',
};

export function isBotName(name: string): name is BotName {
  return Object.hasOwn(BOTS, name);
}

export interface PlayOptions {
  /** Stop after this many turns even if the scenario has more. */
  turns?: number;
  /** Keep every turn's events (the debrief and the CLI need them; bulk runs do not). */
  keepEvents?: boolean;
  /** Build only the scenario's cards (fired and resolved), not every event: what a balance report counts. */
  cardsOnly?: boolean;
  /** Called after every turn (for histories and progress). */
  onTurn?: (state: GameState, events: GameEvent[]) => void;
}

export interface PlayResult {
  state: GameState;
  log: Decision[][];
  events: GameEvent[][];
}

/** Plays a game with a bot to its end (or `turns`), returning the final state and the decision log. */
export function playBot(scenario: Scenario, seed: string, bot: Bot, opts: PlayOptions = {}): PlayResult {
  // The game is this loop's own: every turn is played in place (engine/bulk.ts).
  const game = startBulkGame(scenario, seed);
  const state = game.state;
  const limit = Math.min(opts.turns ?? scenario.turns, scenario.turns);
  const log: Decision[][] = [];
  const events: GameEvent[][] = [];
  // Events are built only for callers that read them (the debrief, the CLI, balance tracking).
  const wanted = opts.keepEvents === true || opts.onTurn !== undefined;
  const withEvents = wanted && opts.cardsOnly ? 'cards' : wanted;
  while (state.status === 'playing' && state.turn < limit) {
    const moves = new Moves(state, scenario);
    const decisions = bot(state, scenario, moves);
    // What the bot collected in the offered moves was checked as it was made; anything else is checked now.
    const result = playBulkTurn(game, decisions === moves.list ? moves.checker : decisions, withEvents);
    if (!result.ok)
      throw new Error(`bot made an illegal move in turn ${state.turn + 1}: ${result.rejection.reason}`);
    log.push(decisions);
    if (opts.keepEvents) events.push(result.events);
    opts.onTurn?.(state, result.events);
  }
  return { state, log, events };
}
