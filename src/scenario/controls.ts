/**
 * The plan's controls a scenario card can introduce (schema/teaching.ts); decisions waiting, the dashboard and
 * End turn are always shown. Plain data, apart from the schema so that screens use it without loading zod.
 */
export const CONTROLS = ['capacity', 'release', 'team', 'architecture', 'policies', 'board'] as const;
export type Control = (typeof CONTROLS)[number];
