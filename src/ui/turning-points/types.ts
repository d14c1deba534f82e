/**
 * The shapes turning points are made of: what the debrief shows (a turning point and its consequences) and what
 * the search works with (an anchor, the player's decision; its levers, what the decision changed and for how
 * long; a cause key, what an event's causes say made it happen). Types and thresholds only.
 */
import type { Condition, GameEvent } from '../../engine/index.ts';

export interface Consequence {
  /** The turn it happened in, as the player counts (1 = the first). */
  turn: number;
  event: GameEvent;
  /** Why it follows from the decision, in plain words. */
  why: string;
}

export interface TurningPoint {
  /** The turn of the decision, as the player counts. */
  turn: number;
  /** A decision of the plan, an answer to a card, or a model release under the release setting in force. */
  kind: 'decision' | 'answer' | 'release';
  /** What the player decided, in words. */
  decision: string;
  consequences: Consequence[];
}

/** Causes below this share are not enough to call a decision the reason for an event. */
export const MIN_WEIGHT = 0.2;
/** How many turns after a decision its effects are looked for (stocks such as debt or agents persist). */
export const WINDOW = 12;

/** More (1) or less (-1) of a quantity, or either (0). */
export type Dir = 1 | -1 | 0;

/** One thing a cause says made the event likelier: more (1) or less (-1) of a quantity, or a state. */
export interface CauseKey {
  key: string;
  dir: Dir;
  weight: number;
  label: string;
  /** A condition the event needed (a card's `when`, a phase threshold): it could not have happened without it. */
  gate: boolean;
  conds: readonly Condition[];
}

/** A change a decision made, and the record indexes in which a consequence may show it. */
export interface Lever {
  key: string;
  dir: Dir;
  from: number;
  until: number;
  /** How much the decision moved the quantity, when it is known (then it must be big enough to matter). */
  delta: number | null;
  /** What the decision changed, in words; null when the numbers at record `at` do not show the change. */
  says: (at: number) => string | null;
}

/** A decision of the player (at record index `at`) that later events may trace back to. */
export interface Anchor {
  at: number;
  kind: TurningPoint['kind'];
  decision: string;
  levers: Lever[];
  /** A link the engine states outright (a scheduled follow-up, a cut-over, a raise): the reason, or null. */
  direct: (e: GameEvent, at: number) => string | null;
}

/** The `direct` of an anchor whose links all go through its levers. */
export const NONE = (): null => null;
