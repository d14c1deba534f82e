/**
 * The keys the UI itself keeps in the browser's storage (persistence/ keeps the saves, the shelf and the
 * competition records under keys of its own). Every key starts with "tradeoffs.", which is how "Delete this
 * browser's data" finds them all.
 */

/** localStorage: the settings (animation speed, reduced motion, sound, palette). */
export const SETTINGS_KEY = 'tradeoffs.settings';
/** localStorage: the link of the competition this browser hosted last, for the leaderboard. */
export const HOSTED_KEY = 'tradeoffs.hosted';
/** sessionStorage: which screen this tab shows, for its reloads. */
export const TAB_SCREEN_KEY = 'tradeoffs.tab.screen';
/** localStorage: "1" once the player has read the plan's descriptions for two turns (later games start terse). */
export const SEEN_KEY = 'tradeoffs.seen-descriptions';
