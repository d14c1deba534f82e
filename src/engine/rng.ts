/**
 * Common random numbers: every random quantity of the world is a pure function of
 * (seed key, turn, stream, slot). Nothing is consumed, so a decision in turn 3 cannot shift the dice of
 * turn 9, and the same slot always answers the same question ("did an outage start in turn 9?").
 * Pure; exact integer arithmetic only (Math.imul and bit operations), identical in every JS engine.
 */
import { hash32, mix32 } from '../lib/hash.ts';

/** Named streams. Numbers are part of the save/replay format: never renumber, only append. */
export const Stream = {
  market: 1,
  incidents: 2,
  incidentSeverity: 3,
  eventTrigger: 4,
  eventOutcome: 5,
  hiring: 6,
  attrition: 7,
  model: 8,
  migration: 9,
  funding: 10,
  delivery: 11,
  modelEval: 12,
  board: 13,
} as const;
export type StreamId = (typeof Stream)[keyof typeof Stream];

/**
 * Derives the 32-bit root key of a game from its seed text (any string a player or instructor types): a string
 * hash with full avalanche, exact in every engine. (Rules 1 ran the seed through an ARC4 generator: the same
 * spread at a hundred times the cost per game, which bulk play pays once per game.)
 */
export function seedKey(seed: string): number {
  return mix32(hash32(seed, 0x5eed) ^ Math.imul(seed.length + 1, 0x9e3779b1));
}

/** A key for an independent world: forecasts simulate alternative futures, never the real dice. */
export function deriveKey(key: number, label: string, index: number): number {
  return mix32(key ^ hash32(label) ^ Math.imul(index + 1, 0x27d4eb2d));
}

/**
 * The part of a draw that depends only on (key, turn). A turn computes it once (`Turn.dice`) and rolls every
 * stream and slot from it: the same numbers as `draw`, one mixing round fewer per draw.
 */
export function turnDice(key: number, turn: number): number {
  return mix32(key ^ Math.imul(turn + 1, 0x9e3779b1));
}

/**
 * The part of a draw that depends only on (key, turn, stream): a loop that rolls many slots of one stream works
 * it out once (`rollIn`), the same numbers as `roll`.
 */
export function streamDice(dice: number, stream: StreamId): number {
  return mix32(dice ^ Math.imul(stream, 0x85ebca77));
}

/** Uniform draw in [0, 1) for a slot of the stream whose dice these are (`streamDice`). */
export function rollIn(streamDice: number, slot: number): number {
  return mix32(streamDice ^ Math.imul(slot + 1, 0xc2b2ae3d)) / 4294967296;
}

/** Uniform draw in [0, 1) for (stream, slot) of the turn whose dice these are. */
export function roll(dice: number, stream: StreamId, slot: number): number {
  return rollIn(streamDice(dice, stream), slot);
}

/** Uniform draw in [0, 1) for (key, turn, stream, slot). */
export function draw(key: number, turn: number, stream: StreamId, slot: number): number {
  return roll(turnDice(key, turn), stream, slot);
}

/** Approximately normal draw (mean 0, sd 1) from four uniforms (Irwin–Hall): exact arithmetic, bounded tails. */
export function rollNormal(dice: number, stream: StreamId, slot: number): number {
  const base = slot * 4;
  const h = streamDice(dice, stream);
  const sum = rollIn(h, base) + rollIn(h, base + 1) + rollIn(h, base + 2) + rollIn(h, base + 3);
  // Irwin–Hall(4) has mean 2 and variance 4/12; scale to unit variance.
  return (sum - 2) * 1.7320508075688772;
}
