/**
 * The debrief of a team game: who owned which domains of the scorecard this game (members in the order the team
 * listed them, team-roles.ts) with the scores of those domains, and the rotation for the next round: the same
 * list moved by one, so every member owns a part of the company they have not led yet. The weakest domain is
 * named, since its next owner has the most to win.
 */
import type { Domain } from '../../engine/index.ts';
import { DOMAINS, scorecard } from '../../engine/index.ts';
import { rotatedMembers, teamRoles } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { DOMAIN_NAME } from '../debrief/score.ts';
import { h } from '../dom.ts';
import { col, scrollTable } from '../table.ts';
import { rolesText } from './join-form.ts';

export function teamDebrief(game: Game, members: readonly string[]): HTMLElement {
  const domains = scorecard(game.state, game.loaded.scenario).domains;
  const next = new Map(teamRoles(rotatedMembers(members)).map((r) => [r.member, r.domains]));
  const weakest = DOMAINS.reduce<Domain>((w, d) => (domains[d] < domains[w] ? d : w), DOMAINS[0]);
  const owned = (ds: readonly Domain[]): string =>
    ds.length === 0 ? 'reviewed every decision' : ds.map((d) => `${DOMAIN_NAME[d]} ${domains[d]}`).join(', ');
  const nextOwner = teamRoles(rotatedMembers(members)).find((r) => r.domains.includes(weakest))?.member;
  return h(
    'section',
    { className: 'team-debrief', 'aria-labelledby': 'team-debrief-h' },
    h('h2', { id: 'team-debrief-h' }, 'Rotate roles for the next round'),
    h(
      'p',
      {},
      `Each of you owned part of the company this game. Next round, hand every part to the next person: join with the members in this order \u2014 ${rotatedMembers(members).join(', ')} \u2014 so each of you leads a part you have not led yet. The weakest domain was ${DOMAIN_NAME[weakest]} (${domains[weakest]} of 100)${nextOwner ? `; ${nextOwner} takes it over` : ''}.`,
    ),
    scrollTable({
      label: 'Team roles',
      id: 'team-roles-table',
      className: 'ranking team-roles-table',
      caption: 'Roles this game and next round',
      head: [col('Member'), col('Owned this game (score of 100)'), col('Owns next round')],
      rows: teamRoles(members).map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.member),
          h('td', {}, owned(r.domains)),
          h('td', {}, rolesText(next.get(r.member) ?? [])),
        ),
      ),
    }),
  );
}
