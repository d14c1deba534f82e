/**
 * "Advance until something needs me": plays weeks with the plan as it stands and stops when the player is
 * needed: an event card arrives or is about to take its default, an incident, a bad turn of events (a failed
 * release, a failed round, a phase change), or a number crossing the line the dashboard marks in red. Quiet
 * weeks go by in one press; the stop says why, on screen and to screen readers.
 */
import type { GameState } from '../engine/index.ts';
import { advanceUntilNeeded, store, type Game } from '../store/index.ts';
import { announce } from './announce.ts';
import { pct, turnWords } from './format.ts';
import { turnSummary } from './summary.ts';
import { BOARD_LOW, BURNOUT_HIGH, DEBT_HIGH, MORALE_LOW, sloMissed, sloTarget } from './thresholds.ts';

/** A number crossing a line the dashboard shows in red (thresholds.ts): what it says when it is crossed. */
const LINES: { crossed: (before: GameState, after: GameState, slo: number) => boolean; says: string }[] = [
  {
    crossed: (b, a, slo) => !sloMissed(b, slo) && sloMissed(a, slo),
    says: 'the SLO fell below its target',
  },
  {
    crossed: (b, a) => b.stakeholders.board >= BOARD_LOW && a.stakeholders.board < BOARD_LOW,
    says: `board confidence fell below ${pct(BOARD_LOW)}`,
  },
  {
    crossed: (b, a) => b.debt <= DEBT_HIGH && a.debt > DEBT_HIGH,
    says: `technical debt passed ${DEBT_HIGH}`,
  },
  {
    crossed: (b, a) => b.team.morale >= MORALE_LOW && a.team.morale < MORALE_LOW,
    says: `morale fell below ${pct(MORALE_LOW)}`,
  },
  {
    crossed: (b, a) => b.team.burnout <= BURNOUT_HIGH && a.team.burnout > BURNOUT_HIGH,
    says: `burnout passed ${pct(BURNOUT_HIGH)}`,
  },
  {
    crossed: (b, a) => b.money.cash >= 8 * b.money.costs && a.money.cash < 8 * a.money.costs,
    says: 'the cash fell below eight turns of costs',
  },
];

/** Why the player is needed after a turn from `before` to `after`, or null. */
export function needsPlayer(before: Game, after: Game): string | null {
  const s = after.state;
  const defs = after.loaded.scenario.events;
  const title = (id: string): string => defs.find((d) => d.id === id)?.title ?? id;
  const arrived = s.pending.find((p) => !before.state.pending.some((q) => q.eventId === p.eventId));
  if (arrived) return `\u201c${title(arrived.eventId)}\u201d needs an answer`;
  const due = s.pending.find((p) => p.deadlineTurn - s.turn <= 1);
  if (due) return `\u201c${title(due.eventId)}\u201d must be answered now or its default applies`;
  const events = after.lastEvents;
  const incident = events.find((e) => e.kind === 'incident');
  if (incident) return `an incident: ${incident.title}`;
  const news = events.find((e) => e.tone === 'bad' || e.kind === 'phase');
  if (news) return news.title;
  const slo = sloTarget(after.loaded.scenario);
  return LINES.find((l) => l.crossed(before.state, s, slo))?.says ?? null;
}

/** What the press did, in words: "Advanced 5 weeks, to week 9: an incident: Outage." */
export function advancedText(game: Game, played: number, reason: string): string {
  const words = turnWords(game.loaded.scenario);
  const to = words.nth(words.planning(game.state.turn));
  return played === 0
    ? `Nothing was played: ${reason}.`
    : `Advanced ${words.count(played)}, to ${to}. Stopped because ${reason}.`;
}

/** Plays on until the player is needed, and says why it stopped. */
export function advance(): void {
  const game = store.getState().game;
  if (!game) return;
  const r = advanceUntilNeeded(needsPlayer, game.loaded.scenario.turns);
  const now = store.getState().game;
  if (!now) return;
  announce(`${advancedText(now, r.played, r.reason)} ${turnSummary(now)}`);
}
