/** The one-paragraph turn result read out by screen readers after each turn. Pure. */
import type { Game } from '../store/index.ts';
import { count, money, signed, turnWords } from './format.ts';

export function turnSummary(game: Game): string {
  const last = game.history[game.history.length - 1];
  if (!last) return '';
  const sn = last.snapshot;
  const incidents = last.events.filter((e) => e.kind === 'incident');
  const parts = [
    `${turnWords(game.loaded.scenario).nth(sn.turn, true)} done.`,
    `Users ${count(sn.users)} (${signed(sn.gained - sn.lost)}).`,
    `Cash ${money(sn.cash)}.`,
    incidents.length === 0
      ? 'No incidents.'
      : `${incidents.length} incident${incidents.length === 1 ? '' : 's'}: ${incidents.map((e) => e.title).join('; ')}.`,
  ];
  const others = last.events.filter(
    (e) => e.kind !== 'incident' && (e.tone === 'bad' || e.tone === 'good' || e.kind === 'phase'),
  );
  if (others.length) parts.push(others.map((e) => `${e.title}.`).join(' '));
  const waiting = game.state.pending.length;
  if (waiting) parts.push(`${waiting} decision${waiting === 1 ? '' : 's'} waiting.`);
  if (game.state.status !== 'playing') parts.push('The game is over.');
  return parts.join(' ');
}
