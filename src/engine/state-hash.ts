/** The stable hash of a game state: canonical JSON (sorted keys) → 64-bit hex. Same in every JS engine. */
import { hashValue } from '../lib/hash.ts';
import type { GameState } from './types.ts';

export function stateHash(state: GameState): string {
  return hashValue(state);
}
