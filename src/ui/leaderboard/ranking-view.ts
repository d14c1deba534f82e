/**
 * The ranking table (with how each run ended), the rejected runs with their reasons, and the projector view
 * (large type, top N). The table fits a 768 px screen: narrow screens get short column names (the full name
 * stays the abbreviation's title) and the outcome wraps.
 */
import type { Domain } from '../../engine/index.ts';
import { DOMAINS } from '../../engine/index.ts';
import type { Ranking } from '../../replay/index.ts';
import { clock, factorText } from '../../replay/index.ts';
import { h } from '../dom.ts';

const DOMAIN_LABEL: Record<Domain, [full: string, short: string]> = {
  architecture: ['Architecture', 'Arch.'],
  coordination: ['Coordination', 'Coord.'],
  debt: ['Debt', 'Debt'],
  risk: ['Risk', 'Risk'],
  stakeholders: ['Stakeholders', 'Stake.'],
};

/** A column name that narrow screens show abbreviated (CSS picks one of the two). */
function columnName(full: string, short: string): (HTMLElement | string)[] {
  if (full === short) return [full];
  return [
    h('span', { className: 'col-full' }, full),
    h('abbr', { className: 'col-short', title: full }, short),
  ];
}

export function rankingTable(ranking: Ranking): HTMLElement {
  if (ranking.ranked.length === 0) return h('p', { className: 'hint' }, 'No run has been accepted yet.');
  return h(
    'div',
    // A wide table scrolls sideways on narrow screens: keyboard users reach it as a labelled region.
    { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Ranking' },
    h(
      'table',
      { className: 'ranking', id: 'ranking' },
      h('caption', { className: 'visually-hidden' }, 'Ranking, best score first'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Rank'),
          h('th', { scope: 'col' }, 'Name'),
          h('th', { scope: 'col' }, 'Score'),
          ...DOMAINS.map((d) =>
            h('th', { scope: 'col', className: 'num' }, ...columnName(...DOMAIN_LABEL[d])),
          ),
          h('th', { scope: 'col' }, 'DORA'),
          h('th', { scope: 'col', className: 'num' }, 'Turns'),
          h('th', { scope: 'col', className: 'num' }, 'Time'),
          h('th', { scope: 'col' }, 'Outcome'),
        ),
      ),
      h(
        'tbody',
        {},
        ...ranking.ranked.map((r) =>
          h(
            'tr',
            {},
            h('td', { className: 'num' }, String(r.rank)),
            h('th', { scope: 'row', className: 'name' }, r.name),
            h('td', { className: 'num score' }, String(r.score)),
            ...DOMAINS.map((d) => h('td', { className: 'num' }, String(r.domains[d]))),
            h('td', {}, h('span', { className: `badge cluster-${r.cluster}` }, r.cluster)),
            h('td', { className: 'num' }, String(r.outcome.playedTurns)),
            h(
              'td',
              { className: 'num' },
              clock(r.minutesUsed * 60_000),
              r.extendedTime.factor !== 100 ? ` (${factorText(r.extendedTime.factor)})` : '',
            ),
            h('td', { className: 'run-outcome' }, r.outcome.text),
          ),
        ),
      ),
    ),
  );
}

export function rejectedList(ranking: Ranking): HTMLElement | null {
  if (ranking.rejected.length === 0) return null;
  return h(
    'section',
    { className: 'rejected', 'aria-labelledby': 'rejected-h' },
    h('h2', { id: 'rejected-h' }, `Rejected (${ranking.rejected.length})`),
    h(
      'ul',
      { id: 'rejected-list' },
      ...ranking.rejected.map((r) =>
        h(
          'li',
          {},
          h('strong', { className: 'name' }, r.name ?? r.source),
          r.name ? h('span', { className: 'hint' }, ` (${r.source})`) : null,
          h('span', {}, `: ${r.reason}`),
        ),
      ),
    ),
  );
}

/** A full-window view for the classroom projector: large type, the top `n`. Escape or the button closes it. */
export function openProjector(ranking: Ranking, title: string, opener: HTMLElement, n = 10): void {
  const close = (): void => {
    document.removeEventListener('keydown', onKey, true);
    document.body.classList.remove('projector-open');
    overlay.remove();
    opener.focus();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') {
      // The only control is Close: keep the keyboard inside the dialog.
      e.preventDefault();
      overlay.querySelector<HTMLElement>('#projector-close')?.focus();
    }
  };
  const overlay = h(
    'div',
    { className: 'projector', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'projector-h' },
    h(
      'div',
      { className: 'projector-head' },
      h('h1', { id: 'projector-h', tabindex: '-1' }, title),
      h('button', { type: 'button', id: 'projector-close', onclick: close }, 'Close (Esc)'),
    ),
    h(
      'ol',
      { className: 'projector-list' },
      ...ranking.ranked
        .slice(0, n)
        .map((r) =>
          h(
            'li',
            {},
            h('span', { className: 'p-rank' }, String(r.rank)),
            h('span', { className: 'p-name' }, r.name),
            h('span', { className: 'p-score' }, String(r.score)),
            h('span', { className: `badge cluster-${r.cluster}` }, r.cluster),
          ),
        ),
    ),
    ranking.ranked.length > n
      ? h('p', { className: 'projector-more' }, `and ${ranking.ranked.length - n} more`)
      : null,
  );
  document.addEventListener('keydown', onKey, true);
  document.body.classList.add('projector-open');
  document.body.append(overlay);
  overlay.querySelector<HTMLElement>('#projector-h')?.focus();
}
