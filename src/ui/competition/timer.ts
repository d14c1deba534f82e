/**
 * The time left in a competition, always on screen: in the play HUD, and again next to End turn in the plan's
 * footer, which stays on screen however far the player scrolls (the plan column is sticky on wide screens, the
 * footer sticks to the bottom of narrow ones), so it covers nothing new. Both are role="timer", which is not a
 * live region: the seconds are not read out; the announcer says "5 minutes left." and "1 minute left." once
 * each. At zero it ends the game (the company runs on with the last plan to the end).
 */
import type { CompetitionSession } from '../../store/index.ts';
import { currentRound, timeLeftMs, timeOut } from '../../store/index.ts';
import { announce } from '../announce.ts';
import { h } from '../dom.ts';
import { owned } from '../morph.ts';

export interface CompetitionTimer {
  /** For the HUD. */
  el: HTMLElement;
  /** For the plan's footer, next to End turn. */
  compact: HTMLElement;
  destroy(): void;
}

export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "Time left", or in a competition played in rounds "Round 2: time left" (each round has its own clock). */
function label(session: CompetitionSession): string {
  return session.competition.stops ? `Round ${currentRound(session)}: time left ` : 'Time left ';
}

export function competitionTimer(session: CompetitionSession): CompetitionTimer {
  const value = h('strong', { id: 'time-left' });
  // Kept and updated here every second: a re-render of the play screen puts this very element in place.
  const el = owned(
    h('span', { className: 'time-left', role: 'timer' }, h('span', {}, label(session)), value),
  );
  const compactValue = h('strong', {});
  const compact = owned(
    h(
      'p',
      { className: 'time-left-compact', role: 'timer', id: 'time-left-footer' },
      h('span', {}, label(session)),
      compactValue,
    ),
  );
  const show = (text: string, short: boolean): void => {
    value.textContent = text;
    compactValue.textContent = text;
    el.classList.toggle('time-short', short);
    compact.classList.toggle('time-short', short);
  };
  if (session.competition.timeLimitMinutes === 0) {
    show('no limit', false);
    return { el, compact, destroy: () => undefined };
  }
  const warned = new Set<number>();
  const tick = (): void => {
    const left = timeLeftMs(session);
    show(clockText(left), left <= 5 * 60_000);
    for (const mark of [5, 1]) {
      if (left <= mark * 60_000 && left > 0 && !warned.has(mark)) {
        warned.add(mark);
        if (left > (mark - 1) * 60_000 + 50_000) announce(`${mark} minute${mark === 1 ? '' : 's'} left.`);
      }
    }
    if (left === 0) {
      window.clearInterval(interval);
      timeOut();
    }
  };
  const interval = window.setInterval(tick, 1000);
  tick();
  return { el, compact, destroy: () => window.clearInterval(interval) };
}
