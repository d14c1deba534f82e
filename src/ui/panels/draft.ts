/** This turn's decisions in plain words, each undoable, and the End turn button. */
import { endTurn, store, withdraw, type Game } from '../../store/index.ts';
import { describeDecision } from '../describe.ts';
import { h } from '../dom.ts';
import { turnWords } from '../format.ts';

export function draftPanel(game: Game): HTMLElement {
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const n = game.state.turn + 1;
  const error = store.getState().draftError;
  const unanswered = game.state.pending.filter(
    (p) => !game.draft.some((d) => d.type === 'event/choose' && d.eventId === p.eventId),
  );
  return h(
    'section',
    { className: 'draft', id: 'section-draft', 'aria-labelledby': 'draft-h' },
    h('h3', { id: 'draft-h', tabindex: '-1' }, `Your decisions for ${words.nth(n)}`),
    game.draft.length === 0
      ? h('p', { className: 'hint' }, 'No changes: the current plan carries on.')
      : h(
          'ol',
          { className: 'draft-list' },
          ...game.draft.map((d, i) =>
            h(
              'li',
              {},
              describeDecision(d, sc),
              h(
                'button',
                {
                  type: 'button',
                  className: 'link',
                  id: `undo-${i}`,
                  onclick: () => withdraw(i),
                  'aria-label': `Undo: ${describeDecision(d, sc)}`,
                },
                'undo',
              ),
            ),
          ),
        ),
    error ? h('p', { className: 'error', role: 'alert' }, error) : null,
    unanswered.length > 0
      ? h(
          'p',
          { className: 'hint' },
          `${unanswered.length} event${unanswered.length === 1 ? '' : 's'} unanswered: the default applies when time runs out.`,
        )
      : null,
    h(
      'button',
      {
        type: 'button',
        className: 'primary end-turn',
        id: 'end-turn',
        onclick: () => endTurn(),
        'aria-keyshortcuts': 'E',
      },
      `End ${words.nth(n)} of ${sc.turns}`,
    ),
  );
}
