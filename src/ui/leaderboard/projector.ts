/**
 * A full-window view for the classroom projector: large type, the top `n`. Names can be hidden (the instructor's
 * choice on the leaderboard, or the button here): each row then shows its rank, score and DORA cluster only, so
 * a class can see the standings without seeing who is where (students know their own score from their run
 * screen). Escape or Close returns to the leaderboard.
 */
import type { RankedRun, Ranking } from '../../replay/index.ts';
import { fill, h } from '../dom.ts';
import { nameBadge } from './ranking-view.ts';

function row(r: RankedRun, hidden: boolean): HTMLElement {
  const name = hidden
    ? h(
        'span',
        { className: 'p-name p-hidden' },
        r.run.members ? `team of ${r.run.members.length}, name hidden` : 'name hidden',
      )
    : h('span', { className: 'p-name' }, h('bdi', {}, r.name), ' ', nameBadge(r.run));
  return h(
    'li',
    {},
    h('span', { className: 'p-rank' }, String(r.rank)),
    name,
    h('span', { className: 'p-score' }, String(r.score)),
    h('span', { className: `badge cluster-${r.cluster}` }, r.cluster),
  );
}

export function openProjector(
  ranking: Ranking,
  title: (string | HTMLElement)[],
  opener: HTMLElement,
  options: { hideNames: boolean; onToggle?: (hidden: boolean) => void },
  n = 10,
): void {
  let hidden = options.hideNames;
  const list = h('ol', { className: 'projector-list', id: 'projector-list' });
  const toggle = h('button', { type: 'button', id: 'projector-names', 'aria-pressed': String(hidden) });
  const render = (): void => {
    fill(list, ...ranking.ranked.slice(0, n).map((r) => row(r, hidden)));
    toggle.textContent = hidden ? 'Show names' : 'Hide names';
    toggle.setAttribute('aria-pressed', String(hidden));
  };
  toggle.addEventListener('click', () => {
    hidden = !hidden;
    options.onToggle?.(hidden);
    render();
  });
  const close = (): void => {
    document.removeEventListener('keydown', onKey, true);
    document.body.classList.remove('projector-open');
    overlay.remove();
    opener.focus();
  };
  const closeButton = h('button', { type: 'button', id: 'projector-close', onclick: close }, 'Close (Esc)');
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      // Two controls: keep the keyboard inside the dialog, moving between them.
      e.preventDefault();
      (document.activeElement === toggle ? closeButton : toggle).focus();
    }
  };
  const overlay = h(
    'div',
    { className: 'projector', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'projector-h' },
    h(
      'div',
      { className: 'projector-head' },
      h('h1', { id: 'projector-h', tabindex: '-1' }, ...title),
      toggle,
      closeButton,
    ),
    list,
    ranking.ranked.length > n
      ? h('p', { className: 'projector-more' }, `and ${ranking.ranked.length - n} more`)
      : null,
  );
  render();
  document.addEventListener('keydown', onKey, true);
  document.body.classList.add('projector-open');
  document.body.append(overlay);
  overlay.querySelector<HTMLElement>('#projector-h')?.focus();
}
