/** This turn's decisions in plain words, each undoable, and the End turn button. */
import { endTurn, store, withdraw, type Game } from '../../store/index.ts';
import { advance } from '../advance.ts';
import { blockersOf, type Blocker } from '../blockers.ts';
import { describeDecision } from '../describe.ts';
import { bdi, h } from '../dom.ts';
import { turnWords } from '../format.ts';
import { keysOf, SHORTCUTS } from '../shortcuts.ts';
import { download, saveServices } from '../services.ts';

/**
 * The read-only tab's account of itself (persistence/tabs.ts): which game the other tab plays and how far, that
 * nothing here is saved, and the way to keep this tab's game (Save file) or take the other's (reload).
 */
function readOnlyNote(game: Game): HTMLElement {
  const words = turnWords(game.loaded.scenario);
  const other = store.getState().otherTabTurn;
  const where = other === null ? '' : ` (${words.nth(words.planning(other))} there)`;
  const file = game.mode === 'practice';
  return h(
    'div',
    { className: 'read-only', role: 'status', id: 'read-only' },
    h(
      'p',
      {},
      h('strong', {}, 'Read-only. '),
      bdi(game.loaded.scenario.title),
      ` is being played on in another tab${where}; nothing done here is saved. `,
      file
        ? 'Save file keeps this tab\u2019s game as it is; reload to continue from the other tab\u2019s. '
        : 'Reload to continue from the other tab\u2019s game. ',
    ),
    file
      ? h(
          'button',
          {
            type: 'button',
            id: 'read-only-save',
            onclick: () => {
              const f = saveServices().exportSave();
              if (f) download(f.fileName, f.text);
            },
          },
          'Save file',
        )
      : null,
  );
}

/** What in the plan stops progress now, each with a link to the control that frees it. */
function blockersList(blockers: readonly Blocker[]): HTMLElement | null {
  if (blockers.length === 0) return null;
  return h(
    'ul',
    { className: 'blockers', id: 'blockers', 'aria-label': 'Holding you back' },
    ...blockers.map((b) =>
      h(
        'li',
        { id: `blocker-${b.id}` },
        b.text,
        ' ',
        h(
          'button',
          {
            type: 'button',
            className: 'link',
            onclick: () => document.getElementById(`section-${b.section}-h`)?.focus(),
          },
          `Go to ${SHORTCUTS.find((x) => x.action === b.section)!.does('')}`,
        ),
      ),
    ),
  );
}

export function draftPanel(game: Game): HTMLElement {
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const n = game.state.turn + 1;
  const error = store.getState().draftError;
  const readOnly = store.getState().readOnly;
  const unanswered = game.state.pending.filter(
    (p) => !game.draft.some((d) => d.type === 'event/choose' && d.eventId === p.eventId),
  );
  return h(
    'section',
    { className: 'draft', id: 'section-draft', 'aria-labelledby': 'draft-h' },
    h('h3', { id: 'draft-h', tabindex: '-1' }, `Your decisions for ${words.nth(n)}`),
    readOnly ? readOnlyNote(game) : null,
    game.draft.length === 0
      ? h('p', { className: 'hint' }, 'No changes: the current plan carries on.')
      : h(
          'ol',
          { className: 'draft-list' },
          ...game.draft.map((d, i) =>
            h(
              'li',
              {},
              bdi(describeDecision(d, sc)),
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
    blockersList(blockersOf(game)),
    unanswered.length > 0
      ? h(
          'p',
          { className: 'hint' },
          h(
            'button',
            {
              type: 'button',
              className: 'link',
              id: 'unanswered',
              onclick: () => document.getElementById('section-events-h')?.focus(),
            },
            `${unanswered.length} event${unanswered.length === 1 ? '' : 's'} unanswered`,
          ),
          ': the default applies when time runs out.',
        )
      : null,
    h(
      'button',
      {
        type: 'button',
        id: 'advance',
        className: 'advance',
        disabled: readOnly,
        onclick: () => advance(),
        title: `Plays ${words.units} with this plan until an event card, an incident, a deadline or a number crossing a red line needs you`,
      },
      'Advance until something needs me',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'primary end-turn',
        id: 'end-turn',
        disabled: readOnly,
        onclick: () => endTurn(),
        'aria-keyshortcuts': keysOf('end-turn'),
      },
      `End ${words.nth(n)} of ${sc.turns}`,
    ),
  );
}
