/**
 * The played game as the turning-point search reads it: the quantities each turn's snapshot recorded, turns as
 * the player counts and names them, and the next decision of a kind. Pure; reads the history, changes nothing.
 */
import type { Decision, Scenario } from '../../engine/index.ts';
import type { TurnRecord, TurnSnapshot } from '../../replay/index.ts';
import { turnWords, type TurnWords } from '../format.ts';

/** The quantities the history records every turn, by the metric (or effect) name. */
const SNAPSHOT_KEY: Partial<Record<string, Exclude<keyof TurnSnapshot, 'phase'>>> = {
  users: 'users',
  cash: 'cash',
  debt: 'debt',
  burnout: 'burnout',
  morale: 'morale',
  headcount: 'headcount',
  agents: 'agents',
  board: 'board',
  trust: 'trust',
  satisfaction: 'satisfaction',
  utilisation: 'utilisation',
};

export class GameHistory {
  readonly words: TurnWords;
  constructor(
    readonly history: readonly TurnRecord[],
    readonly scenario: Scenario,
  ) {
    this.words = turnWords(scenario);
  }
  /** A recorded quantity after the turn of record `at` (the value an event of that turn saw). */
  value(at: number, key: string): number | null {
    const k = SNAPSHOT_KEY[key];
    const rec = this.history[Math.max(0, Math.min(this.history.length - 1, at))];
    return k && rec ? rec.snapshot[k] : null;
  }
  /** The same quantity before the turn of record `at` was played. */
  before(at: number, key: string): number | null {
    return this.value(at - 1, key);
  }
  turnOf(at: number): number {
    return this.history[at]?.snapshot.turn ?? at + 1;
  }
  turns(n: number): string {
    return this.words.count(n);
  }
  /** "week 12": record `at`'s turn, as the player counts. */
  nth(at: number): string {
    return this.words.nth(this.turnOf(at));
  }
  /** The first record after `at` with a decision that matches, or -1. */
  nextDecision(at: number, match: (d: Decision) => boolean): number {
    return this.history.findIndex((r, i) => i > at && r.decisions.some(match));
  }
}
