/**
 * Progressive disclosure: in a scenario whose cards introduce the plan's controls (the tutorial's "each week
 * introduces one control"), a control is shown from the week its card arrives, not all of them from week 1.
 * Controls no card introduces, and every control of a scenario without such cards, are always shown; a control
 * none of whose decisions the scenario's `levers` allow, never. Pure.
 */
import type { Game } from '../store/index.ts';
import { CONTROLS, controlOffered, type Control } from '../scenario/index.ts';

export interface Disclosure {
  /** The controls on screen now. */
  shown: ReadonlySet<Control>;
  /** Controls a card of this turn brings on screen for the first time. */
  fresh: ReadonlySet<Control>;
  /** Controls still to come. */
  hidden: number;
}

export function disclosure(game: Game): Disclosure {
  // A control whose decisions the scenario's levers leave out is never shown (nor announced as to come).
  const offered = CONTROLS.filter((c) => controlOffered(game.loaded.scenario.levers, c));
  const intro = game.loaded.meta.teaching.introduces;
  const cards = Object.keys(intro);
  if (cards.length === 0) return { shown: new Set(offered), fresh: new Set(), hidden: 0 };
  const fired = new Set(
    game.history.flatMap((r) => r.events.filter((e) => e.kind === 'scenario').map((e) => e.id)),
  );
  const pending = new Set(game.state.pending.map((p) => p.eventId));
  const taught = new Set(cards.flatMap((id) => intro[id]!));
  const shown = new Set<Control>();
  const fresh = new Set<Control>();
  for (const c of offered) {
    const by = cards.filter((id) => intro[id]!.includes(c));
    if (!taught.has(c) || by.some((id) => fired.has(id) || pending.has(id))) shown.add(c);
    if (by.some((id) => pending.has(id)) && !by.some((id) => fired.has(id) && !pending.has(id))) fresh.add(c);
  }
  return { shown, fresh, hidden: offered.length - shown.size };
}
