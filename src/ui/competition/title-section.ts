/** The title screen's classroom corner: join with a code, host a competition, open the leaderboard. */
import { goTo } from '../../store/index.ts';
import { loadCatalogue } from '../catalogue.ts';
import { h } from '../dom.ts';
import './competition.css';

export function classroomSection(): HTMLElement {
  const code = h('input', {
    id: 'join-code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'TR1-\u2026 or a link',
    'aria-describedby': 'join-code-problem',
  });
  const problem = h('p', { className: 'error', id: 'join-code-problem', role: 'alert' });
  const join = (event: Event): void => {
    event.preventDefault();
    if (code.value.trim() === '') {
      problem.textContent = 'Type the code your instructor gave you.';
      return;
    }
    // The join screen and the scenarios a code names are fetched on the first Join (the title ships neither).
    void Promise.all([import('./join.ts'), loadCatalogue()]).then(([{ joinWithCode }]) => {
      problem.textContent = joinWithCode(code.value) ?? '';
    });
  };
  return h(
    'section',
    { className: 'classroom', 'aria-labelledby': 'classroom-h' },
    h('h2', { id: 'classroom-h' }, 'Classroom'),
    h(
      'form',
      { className: 'join-code-form', onsubmit: join },
      h('label', { for: 'join-code' }, 'Join a competition'),
      h('div', { className: 'row' }, code, h('button', { type: 'submit' }, 'Join')),
      problem,
    ),
    h(
      'div',
      { className: 'row classroom-actions' },
      h('button', { type: 'button', id: 'host-open', onclick: () => goTo('host') }, 'Host a competition'),
      h(
        'button',
        { type: 'button', id: 'leaderboard-open', onclick: () => goTo('leaderboard') },
        'Leaderboard',
      ),
    ),
  );
}
