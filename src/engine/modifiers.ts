/**
 * Folding live modifiers, so that their number stays bounded whatever a scenario does. Pure.
 *
 * A valid scenario can add thousands of modifiers a turn (200 events that fire every turn, each adding 20 that
 * last 520 turns, would keep 600,000 alive by turn 150: 38 MB of state and seconds per turn). Past
 * FOLD_MODIFIERS_ABOVE live ones, those with the same target and the same last turn are folded into one whose
 * factor is their product: they act together and end together, so the game plays on the same factors. Live
 * modifiers are then at most 8 targets × 520 last turns, and a turn at turn 500 costs what it costs at turn 1.
 *
 * Folding multiplies the factors in another grouping than turn by turn, and caps their product at MAX_MODIFIER
 * where the turn caps its running product, so a folded game may differ in the last bits. Ordinary games never
 * fold: the built-in scenarios keep at most 5 modifiers alive, far below the threshold, so their results (and
 * every golden hash) are bit for bit what they were.
 */
import { MAX_MODIFIER } from './limits.ts';
import { MODIFIER_TARGETS, type ActiveModifier, type ModifierTarget } from './types.ts';

/** Live modifiers a game may hold before they are folded (the built-in scenarios never hold more than 5). */
export const FOLD_MODIFIERS_ABOVE = 64;

const TARGETS = MODIFIER_TARGETS.length;
const TARGET_INDEX = Object.fromEntries(MODIFIER_TARGETS.map((t, i) => [t, i])) as Record<
  ModifierTarget,
  number
>;

/** The modifiers with one target and one last turn folded into the first of them (the others' order kept). */
export function foldModifiers(live: readonly ActiveModifier[]): ActiveModifier[] {
  const firsts: ActiveModifier[] = [];
  const factors: number[] = [];
  const slot = new Map<number, number>();
  for (const m of live) {
    const key = m.untilTurn * TARGETS + TARGET_INDEX[m.target];
    const i = slot.get(key);
    if (i === undefined) {
      slot.set(key, firsts.length);
      firsts.push(m);
      factors.push(m.factor);
    } else factors[i] = Math.min(MAX_MODIFIER, factors[i]! * m.factor);
  }
  // New objects only where factors were folded: states share modifier objects (workingCopy copies the list).
  return firsts.map((m, i) => (factors[i] === m.factor ? m : { ...m, factor: factors[i]! }));
}
