/**
 * "Your game": this game's story in lines (story.ts), each lesson there only when the game gave reason for it;
 * then "What this scenario teaches": the scenario's debrief notes whose condition held at the end.
 */
import { noteShown } from '../../scenario/notes.ts';
import type { Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { turnWords } from '../format.ts';
import { storyLines } from './story.ts';

export function storySection(game: Game): HTMLElement | null {
  const lines = storyLines(game, turnWords(game.loaded.scenario));
  if (lines.length === 0) return null;
  return h(
    'section',
    { className: 'notes story', 'aria-labelledby': 'story-h' },
    h('h2', { id: 'story-h' }, 'Your game'),
    h('ul', {}, ...lines.map((l) => h('li', {}, l))),
  );
}

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
