/**
 * The time left in a competition, always visible in the play HUD: updated every second, read out at five
 * minutes and one minute left, and at zero it ends the game (the turns played so far make the run).
 */
import type { CompetitionSession } from '../../store/index.ts';
import { timeLeftMs, timeOut } from '../../store/index.ts';
import { announce } from '../announce.ts';
import { h } from '../dom.ts';

export interface CompetitionTimer {
  el: HTMLElement;
  destroy(): void;
}

export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function competitionTimer(session: CompetitionSession): CompetitionTimer {
  const value = h('strong', { id: 'time-left' });
  const el = h('span', { className: 'time-left' }, h('span', {}, 'Time left '), value);
  if (session.competition.timeLimitMinutes === 0) {
    value.textContent = 'no limit';
    return { el, destroy: () => undefined };
  }
  const warned = new Set<number>();
  const tick = (): void => {
    const left = timeLeftMs(session);
    value.textContent = clockText(left);
    el.classList.toggle('time-short', left <= 5 * 60_000);
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
  return { el, destroy: () => window.clearInterval(interval) };
}
