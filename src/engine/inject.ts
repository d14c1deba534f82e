/**
 * An instructor's inject: one of the scenario's event cards put before the player between two turns, from
 * outside the world's dice (a classroom round starts with it for everyone). Pure: the input state is never
 * mutated (the new state is the engine's working copy, so it keeps the shape every system is compiled for: a
 * spread copy made later turns about three times slower, measured), no randomness is consumed and the turn
 * counter stays, so the next `step` treats the card exactly as one that fired at the end of the turn just
 * played: the player answers it, or it takes its default option at its deadline. The card's own conditions
 * and chance are not consulted (the instructor chose it); it counts towards its `maxTimes`.
 */
import { workingCopy } from './state.ts';
import type { GameEvent, GameState, Scenario } from './types.ts';

export type InjectResult = { ok: true; state: GameState; event: GameEvent } | { ok: false; reason: string };

export function injectEvent(state: GameState, scenario: Scenario, eventId: string): InjectResult {
  if (state.status !== 'playing') return { ok: false, reason: `the game is over (${state.reason})` };
  const index = scenario.events.findIndex((d) => d.id === eventId);
  if (index < 0) return { ok: false, reason: `the scenario has no event \u201c${eventId}\u201d` };
  const def = scenario.events[index]!;
  // The turn just played, as `triggerEvents` numbers the cards it fires after a step.
  const last = state.turn - 1;
  const event: GameEvent = {
    turn: Math.max(0, last),
    kind: 'scenario',
    id: def.id,
    title: def.title,
    detail: def.text,
    tone: 'warning',
    causes: [{ factor: 'inject', label: 'your instructor (a classroom inject)', weight: 1 }],
  };
  // A card already waiting keeps its deadline: the same card is never pending twice.
  if (state.pending.some((p) => p.eventId === def.id)) return { ok: true, state, event };
  const next = workingCopy(state);
  next.eventCounts[index] = (next.eventCounts[index] ?? 0) + 1;
  next.pending.push({ eventId: def.id, firedTurn: last, deadlineTurn: last + Math.max(1, def.deadline) });
  return { ok: true, state: next, event };
}
