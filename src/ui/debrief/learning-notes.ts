/** "What this scenario teaches": the scenario's debrief notes whose condition held at the end; nothing if none. */
import { noteShown } from '../../scenario/notes.ts';
import type { Game } from '../../store/index.ts';
import { h } from '../dom.ts';

export function learningNotes(game: Game): HTMLElement | null {
  const list = game.loaded.meta.debrief.filter((n) => noteShown(game.state, n));
  if (list.length === 0) return null;
  return h(
    'section',
    { className: 'notes', 'aria-labelledby': 'notes-h' },
    h('h2', { id: 'notes-h' }, 'What this scenario teaches'),
    ...list.map((n) => h('p', {}, n.text)),
  );
}
