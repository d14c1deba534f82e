/**
 * The Join screen's extended-time field: a student with an accommodation pastes the code the instructor gave
 * them; the game checks that it is for this competition (the leaderboard checks its signature), fills in the
 * name it was made for, and shows the student's own limit before they press Start.
 */
import type { Competition } from '../../replay/index.ts';
import { accommodationMismatch, factorText, readAccommodation } from '../../replay/index.ts';
import type { Accommodation } from '../../store/index.ts';
import { h } from '../dom.ts';
import { minutesText } from './common.ts';
import './rounds.css';

export interface ExtendedTimeField {
  el: HTMLElement;
  /** For Start: the extended time to play with (null: none), or why the code cannot be used by `name`. */
  read(name: string): { ok: true; accommodation: Accommodation | null } | { ok: false; message: string };
}

/** "60 minutes per round" / "45 minutes" for `factor` percent of the competition's limit. */
export function limitText(c: Competition, factor = 100): string {
  const minutes = minutesText(Math.round((c.timeLimitMinutes * factor) / 100));
  return c.stops ? `${minutes} per round` : minutes;
}

/**
 * The field; `limitShown` is the Join screen's time-limit line, which then says the student's own limit too.
 */
export function extendedTimeField(
  c: Competition,
  nameInput: HTMLInputElement,
  limitShown: HTMLElement,
): ExtendedTimeField {
  const normal = limitShown.textContent ?? '';
  const input = h('input', {
    id: 'join-extended-code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'TRX1.\u2026',
    'aria-describedby': 'join-extended-status',
  });
  const status = h('p', { className: 'own-limit', id: 'join-extended-status', role: 'status' });
  const say = (text: string, limit = normal): void => {
    status.textContent = text;
    limitShown.textContent = limit;
  };
  const check = (): void => {
    const text = input.value.trim();
    if (text === '') return say('');
    const r = readAccommodation(text);
    if (!r.ok) return say(r.message);
    const wrong = accommodationMismatch(r.value, c, r.value.name);
    if (wrong) return say(`This code cannot be used here: ${wrong}.`);
    if (nameInput.value.trim() === '') nameInput.value = r.value.name;
    const yours = limitText(c, r.value.factor);
    say(
      `Extended time for ${r.value.name}: ${factorText(r.value.factor)}, so your limit is ${yours}.`,
      `${yours} (your extended time, ${factorText(r.value.factor)})`,
    );
  };
  input.addEventListener('input', check);
  const el = h(
    'details',
    { className: 'join-extended' },
    h('summary', {}, 'I have an extended-time code'),
    h('label', { for: 'join-extended-code' }, 'Extended-time code (from your instructor, for you only)'),
    input,
    status,
  );
  const read: ExtendedTimeField['read'] = (name) => {
    const text = input.value.trim();
    if (text === '') return { ok: true, accommodation: null };
    const r = readAccommodation(text);
    if (!r.ok) return { ok: false, message: r.message };
    const wrong = accommodationMismatch(r.value, c, name);
    if (wrong) return { ok: false, message: `This extended-time code cannot be used: ${wrong}.` };
    return { ok: true, accommodation: { code: r.value.code, factor: r.value.factor } };
  };
  return { el, read };
}
