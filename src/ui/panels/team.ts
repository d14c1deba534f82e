/** Team: people by role with onboarding and arrivals, hiring and letting go, agent seats and their review. */
import type { ReviewLevel, Role } from '../../engine/index.ts';
import { headcountOf, pipelineOf, REVIEW_LEVELS, ROLES } from '../../engine/index.ts';
import { offerAcceptanceChance } from '../../engine/team.ts';
import { propose, type Game } from '../../store/index.ts';
import { roleName } from '../describe.ts';
import { h } from '../dom.ts';
import { money, pct, turnWords } from '../format.ts';
import { drafted, radios, section, wholeNumberInput } from './section.ts';

const ROLE_HINT: Record<Role, string> = {
  engineer: 'build features and pay down debt',
  ml: 'train models, build evals and data',
  sre: 'reliability, incidents, on-call',
  product: 'fewer crossed wires in bigger teams',
};

function roleRow(game: Game, role: Role): HTMLElement {
  const s = game.state;
  const total = headcountOf(s.team, role);
  const ramping = total - s.team.ramped[role];
  const coming = pipelineOf(s.team, role);
  const drafted = game.draft.find((d) => d.type === 'team/hire' && d.role === role);
  const hiring = drafted && drafted.type === 'team/hire' ? drafted.count : 0;
  const salary = game.loaded.scenario.params.money.salaryCents[role] / 100;
  const status = [
    ramping > 0 ? `${ramping} onboarding` : '',
    coming > 0 ? `${coming} arriving` : '',
    hiring > 0 ? `hiring ${hiring}` : '',
  ].filter(Boolean);
  return h(
    'div',
    { className: 'role-row' },
    h(
      'div',
      { className: 'role-name' },
      h('strong', {}, `${total} ${roleName(role, total)}`),
      status.length ? h('span', { className: 'hint' }, ` (${status.join(', ')})`) : null,
    ),
    h('span', { className: 'hint' }, `${ROLE_HINT[role]} \u00b7 ${money(salary)}/wk`),
    h(
      'div',
      { className: 'role-actions' },
      h(
        'button',
        {
          type: 'button',
          id: `hire-${role}`,
          onclick: () => propose({ type: 'team/hire', role, count: 1 }),
          'aria-label': `Hire one ${roleName(role, 1)}`,
          'aria-describedby': 'offer-terms',
        },
        'Hire',
      ),
      h(
        'button',
        {
          type: 'button',
          id: `let-go-${role}`,
          disabled: total === 0,
          onclick: () => propose({ type: 'team/let-go', role, count: 1 }),
          'aria-label': `Let go of one ${roleName(role, 1)}`,
        },
        'Let go',
      ),
    ),
  );
}

function agentsRow(game: Game): HTMLElement {
  const s = game.state;
  const seats = drafted(game, 'team/agents')?.seats ?? s.team.agents;
  const id = 'agent-seats';
  const input = wholeNumberInput(id, seats, 50, (n) => propose({ type: 'team/agents', seats: n }));
  const level = drafted(game, 'policy/agent-review')?.level ?? s.plan.policies.agentReview;
  const cost = game.loaded.scenario.params.money.agentSeatCents / 100;
  const labels: Record<ReviewLevel, string> = {
    all: 'Review all agent work',
    sample: 'Review a sample',
    none: 'No review',
  };
  const hints: Record<ReviewLevel, string> = {
    all: 'safest; costs a quarter of an engineer-week per seat',
    sample: 'cheaper; some defects slip through',
    none: 'free; debt, failed changes and security holes',
  };
  return h(
    'div',
    { className: 'agents' },
    h(
      'div',
      { className: 'slider-row' },
      h('label', { for: id }, 'AI agent seats'),
      input,
      h('span', { className: 'hint' }, `${money(cost)}/wk each; output depends on specs, evals and review`),
    ),
    radios(
      'agent-review',
      'Human review of agent work',
      REVIEW_LEVELS.map((l) => ({ value: l, label: labels[l], hint: hints[l] })),
      level,
      (l) => propose({ type: 'policy/agent-review', level: l }),
    ),
  );
}

/** What an offer costs and how likely it is to be taken, beside the Hire buttons. */
function offerTerms(game: Game): HTMLElement {
  const p = game.loaded.scenario.params;
  const chance = offerAcceptanceChance(game.state, p);
  return h(
    'p',
    { className: 'hint', id: 'offer-terms' },
    `Each offer costs a ${money(p.money.hireCostCents / 100)} recruiting fee, paid even when it is declined; about ${pct(chance)} of offers are accepted now (more with high morale). Accepted hires arrive in ${turnWords(game.loaded.scenario).count(p.team.hireLeadTurns)}.`,
  );
}

export function teamPanel(game: Game): HTMLElement {
  const t = game.state.team;
  return section(
    'team',
    'Team',
    h(
      'p',
      { className: 'hint' },
      `Morale ${pct(t.morale)} \u00b7 burnout ${pct(t.burnout)} \u00b7 lost to coordination ${pct(t.coordinationLoss)}. New hires take a few weeks (and a colleague\u2019s time) to ramp up.`,
    ),
    offerTerms(game),
    h('div', { className: 'roles' }, ...ROLES.map((r) => roleRow(game, r))),
    agentsRow(game),
  );
}
