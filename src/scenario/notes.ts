/** Whether a debrief note is shown for a game that ended in `state`: its condition, or one of its anyOf, holds. */
import { allHold, heldOf } from '../engine/event-odds.ts';
import type { GameState } from '../engine/types.ts';
import type { DebriefNote } from './resolve.ts';

export function noteShown(state: GameState, note: DebriefNote): boolean {
  if (note.when && !allHold(state, [note.when])) return false;
  return !note.whenAny || heldOf(state, note.whenAny) !== null;
}
