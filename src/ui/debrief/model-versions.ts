/**
 * The debrief's table of model versions: each version's eval score beside its true quality, which the game kept
 * hidden while it was played (evals only estimate it), and what became of it. The game is over, so the hidden
 * quality may be shown: it is read by playing the game's course again (store replayGame) and watching the model.
 */
import type { GameState } from '../../engine/index.ts';
import { replayGame, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { pct, type TurnWords } from '../format.ts';
import { col, scrollTable } from '../table.ts';

export interface VersionRow {
  version: number;
  /** The turn it was ready in (null: live at the start). */
  ready: number | null;
  evalScore: number;
  quality: number;
  released: number | null;
  heldBack: number | null;
  rolledBack: number | null;
}

/**
 * Follows the model through the game's states: every version, its scores and its fate. After a rollback the
 * next candidate takes the rolled-back number again, so versions are rows in the order they appeared, not keys.
 */
export class ModelLedger {
  readonly rows: VersionRow[] = [];
  private live: VersionRow | null = null;
  private previous: VersionRow | null = null;
  private waiting: VersionRow | null = null;

  private add(version: number, ready: number | null, evalScore: number, quality: number): VersionRow {
    const row = { version, ready, evalScore, quality, released: null, heldBack: null, rolledBack: null };
    this.rows.push(row);
    return row;
  }

  /** The state before the first turn: the version live at the start. */
  start(s: GameState): void {
    this.live = this.add(s.model.version, null, s.model.evalScore, s.model.quality);
  }

  /** The state after a turn. */
  after(s: GameState): void {
    const m = s.model;
    const live = this.live!;
    if (m.version < live.version) {
      live.rolledBack = s.turn;
      this.live = this.previous ?? live;
    } else if (m.version > live.version) {
      const w = this.waiting;
      const row = w && w.version === m.version ? w : this.add(m.version, s.turn, m.evalScore, m.quality);
      if (row === w) this.waiting = null;
      row.released = s.turn;
      this.previous = live;
      this.live = row;
    }
    const w = this.waiting;
    const c = m.candidate;
    if (w && (!c || c.version !== w.version || c.quality !== w.quality || c.evalScore !== w.evalScore)) {
      w.heldBack = s.turn;
      this.waiting = null;
    }
    if (c && !this.waiting) this.waiting = this.add(c.version, s.turn, c.evalScore, c.quality);
  }
}

/** Every model version of the game, or why the course could not be played again. */
export function modelVersions(game: Game): VersionRow[] | string {
  const ledger = new ModelLedger();
  let first = true;
  const problem = replayGame(game, (before, after) => {
    if (first) ledger.start(before);
    first = false;
    ledger.after(after);
  });
  return problem ?? ledger.rows;
}

function fate(r: VersionRow, words: TurnWords): string {
  if (r.ready === null) return 'live at the start';
  const parts = [
    r.released === r.ready ? '' : `ready in ${words.nth(r.ready)}`,
    r.released !== null ? `released in ${words.nth(r.released)}` : '',
    r.heldBack !== null ? `held back in ${words.nth(r.heldBack)}` : '',
    r.rolledBack !== null ? `rolled back in ${words.nth(r.rolledBack)}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'still waiting at the end';
}

/** "+6 points" when the evals said better than it was. */
function gap(r: VersionRow): string {
  const d = Math.round((r.evalScore - r.quality) * 100);
  return d === 0 ? 'spot on' : `${d > 0 ? '+' : '\u2212'}${Math.abs(d)} points`;
}

function versionsTable(rows: readonly VersionRow[], words: TurnWords): HTMLElement {
  return scrollTable({
    label: 'Model versions',
    id: 'model-versions',
    caption: 'Each model version: its eval score, its true quality and what became of it',
    className: 'objectives-table',
    head: [
      col('Version'),
      col('Eval score', true),
      col('True quality', true),
      col('Evals said'),
      col('What became of it'),
    ],
    rows: rows.map((r) =>
      h(
        'tr',
        {},
        h('td', {}, `v${r.version}`),
        h('td', { className: 'num' }, pct(r.evalScore)),
        h('td', { className: 'num' }, pct(r.quality)),
        // An over-estimate is the dangerous one: a worse model that looked better.
        h('td', { className: r.evalScore - r.quality > 0.03 ? 'warning' : null }, gap(r)),
        h('td', {}, fate(r, words)),
      ),
    ),
  });
}

/** The section: the table, or why the game's course could not be played again to make it. */
export function modelVersionsSection(game: Game, words: TurnWords): HTMLElement | null {
  const rows = modelVersions(game);
  if (typeof rows !== 'string' && rows.length < 2) return null;
  return h(
    'section',
    { className: 'model-versions', 'aria-labelledby': 'versions-h' },
    h('h2', { id: 'versions-h' }, 'Model versions: what the evals said, and the truth'),
    ...(typeof rows === 'string'
      ? [h('p', { className: 'error' }, `The versions cannot be shown: ${rows}.`)]
      : [
          h(
            'p',
            {},
            'While you played, a version\u2019s true quality was hidden: the eval score was all you could see. Here is what each version really was.',
          ),
          versionsTable(rows, words),
        ]),
  );
}
