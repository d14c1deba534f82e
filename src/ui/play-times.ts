/**
 * How long each built-in scenario takes a student, in minutes, playing every week and using "Advance until
 * something needs me": measured with `npm run playtime` (a scripted player with a student's pauses; README "How
 * long a game takes"). Run it again and update these after changing a scenario's length or texts.
 */
export const PLAY_MINUTES: Record<string, { everyWeek: number; withAdvance: number }> = {
  tutorial: { everyWeek: 19, withAdvance: 19 },
  'solo-founder': { everyWeek: 28, withAdvance: 24 },
  'ship-it': { everyWeek: 18, withAdvance: 18 },
  'rebuild-or-patch': { everyWeek: 27, withAdvance: 29 },
  'five-engineers': { everyWeek: 21, withAdvance: 21 },
  'growing-pains': { everyWeek: 26, withAdvance: 25 },
  'the-pivot': { everyWeek: 20, withAdvance: 21 },
  'incident-night': { everyWeek: 13, withAdvance: 13 },
  'demo-day': { everyWeek: 9, withAdvance: 9 },
  'inference-bill': { everyWeek: 16, withAdvance: 16 },
  'prompt-injection': { everyWeek: 16, withAdvance: 15 },
};

/** "about 20 min (12 with Advance)", or '' for a scenario that was not measured (a custom one). */
export function playTimeText(id: string): string {
  const t = PLAY_MINUTES[id];
  if (!t) return '';
  return t.withAdvance < t.everyWeek
    ? `about ${t.everyWeek} min (${t.withAdvance} with Advance)`
    : `about ${t.everyWeek} min`;
}
