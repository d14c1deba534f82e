/** How the rounds of a competition are said on the classroom screens: "3 rounds: the game pauses after weeks 8 and 16". */
import type { Competition } from '../../replay/index.ts';
import { stopsOf } from '../../replay/index.ts';

/** "8 and 16", "4, 8 and 12". */
export function listText(items: readonly (string | number)[]): string {
  const words = items.map(String);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "week 4", "weeks 8 and 16". */
export function stopsText(c: Competition, unit: string): string {
  const stops = stopsOf(c);
  return `${unit}${stops.length === 1 ? '' : 's'} ${listText(stops)}`;
}

export function roundsText(c: Competition, unit: string): string {
  const stops = stopsOf(c);
  if (stops.length === 0) return 'one sitting';
  return `${stops.length + 1} rounds: the game pauses after ${stopsText(c, unit)}`;
}
