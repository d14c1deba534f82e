/**
 * The ranking table (with how each run ended, and what kind of name each run has: an alias, a student ID, a
 * team with its members) and the rejected runs with their reasons. The table fits a 768 px screen: narrow
 * screens get short column names (the full name stays the abbreviation's title) and the outcome wraps.
 */
import type { Domain } from '../../engine/index.ts';
import { DOMAINS } from '../../engine/index.ts';
import type { RankedRun, Ranking, RunFile } from '../../replay/index.ts';
import { clock, factorText, flagWords } from '../../replay/index.ts';
import { bdi, h, iso } from '../dom.ts';
import { col, scrollTable } from '../table.ts';

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

/** What kind of name a run has, when it is not a student's full name. */
export function nameBadge(run: RunFile): HTMLElement | null {
  const text = run.members
    ? 'team'
    : run.nameKind === 'alias'
      ? 'alias'
      : run.nameKind === 'student-id'
        ? 'student ID'
        : null;
  return text ? h('span', { className: 'badge name-kind' }, text) : null;
}

/** The name cell's content: the name (or team name) with its kind, and a team's members below. */
export function whoOf(r: RankedRun): (HTMLElement | string)[] {
  const badge = nameBadge(r.run);
  return [
    bdi(r.name),
    ...(badge ? [' ', badge] : []),
    ...(r.run.members ? [h('span', { className: 'members' }, r.run.members.join(', '))] : []),
  ];
}

export function rankingTable(ranking: Ranking): HTMLElement {
  if (ranking.ranked.length === 0) return h('p', { className: 'hint' }, 'No run has been accepted yet.');
  return scrollTable({
    label: 'Ranking',
    id: 'ranking',
    caption: 'Ranking, best score first',
    head: [
      col('Rank'),
      col('Name'),
      col('Score'),
      ...DOMAINS.map((d) => col(columnName(...DOMAIN_LABEL[d]), true)),
      col('DORA'),
      col('Turns', true),
      col('Time', true),
      col('Outcome'),
    ],
    rows: ranking.ranked.map((r) =>
      h(
        'tr',
        {},
        h('td', { className: 'num' }, String(r.rank)),
        h('th', { scope: 'row', className: 'name' }, ...whoOf(r), flagList(r)),
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
  });
}

/**
 * What the instructor should check about a ranked run (a look-alike name, the same decisions as another run),
 * under its name: flagged for a person to decide, never rejected.
 */
function flagList(r: RankedRun): HTMLElement | null {
  if (r.flags.length === 0) return null;
  return h(
    'ul',
    { className: 'run-flags', 'aria-label': `Check ${r.name}` },
    ...r.flags.map((f) => h('li', { className: `run-flag flag-${f.kind}` }, 'Check: ', ...flagWords(f, bdi))),
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
          h('strong', { className: 'name' }, bdi(r.name ?? r.source)),
          r.name ? h('span', { className: 'hint' }, ...iso` (${r.source})`) : null,
          h('span', {}, `: ${r.reason}`),
        ),
      ),
    ),
  );
}
