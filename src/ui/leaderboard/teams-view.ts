/**
 * The teams of a class, ranked among themselves: each team played one game together, so a team's place is its
 * run's score; its members are listed with the domains each owned (team-roles.ts), and every member is graded on
 * the team's run when grades are matched to a roster. Shown only when some run is a team's.
 */
import type { Ranking } from '../../replay/index.ts';
import { teamRoles } from '../../replay/index.ts';
import { h } from '../dom.ts';
import { col, scrollTable } from '../table.ts';
import { rolesText } from '../competition/join-form.ts';

export function teamsSection(ranking: Ranking): HTMLElement | null {
  const teams = ranking.ranked.filter((r) => r.run.members);
  if (teams.length === 0) return null;
  const rankOf = (score: number): number => 1 + teams.filter((t) => t.score > score).length;
  return h(
    'section',
    { className: 'teams', 'aria-labelledby': 'teams-h' },
    h('h2', { id: 'teams-h' }, `Teams (${teams.length})`),
    scrollTable({
      label: 'Teams',
      id: 'teams',
      caption: 'Teams, best score first',
      head: [col('Rank'), col('Team'), col('Members and their roles'), col('Score', true), col('Outcome')],
      rows: teams.map((t) =>
        h(
          'tr',
          {},
          h('td', { className: 'num' }, String(rankOf(t.score))),
          h('th', { scope: 'row', className: 'name' }, h('bdi', {}, t.name)),
          h(
            'td',
            {},
            h(
              'ul',
              { className: 'member-list' },
              ...teamRoles(t.run.members!).map((r) =>
                h(
                  'li',
                  {},
                  h('bdi', {}, r.member),
                  h('span', { className: 'hint' }, ` (${rolesText(r.domains)})`),
                ),
              ),
            ),
          ),
          h('td', { className: 'num score' }, String(t.score)),
          h('td', { className: 'run-outcome' }, t.outcome.text),
        ),
      ),
    }),
  );
}
