/** Team: people by role with onboarding and arrivals, hiring and letting go, agent seats and their review. */
import type { ReviewLevel, Role } from '../../engine/index.ts';
import { headcountOf, pipelineOf, REVIEW_LEVELS, ROLES } from '../../engine/index.ts';
import { COHORT, roleIndex } from '../../engine/state.ts';
import { offerAcceptanceChance, REVIEW_SHARE } from '../../engine/team.ts';
import { propose, type Game } from '../../store/index.ts';
import { roleName } from '../describe.ts';
import { h } from '../dom.ts';
import { money, pct, turnWords } from '../format.ts';
import { drafted, radios, section, wholeNumberInput } from './section.ts';
import { liveParams } from '../live-params.ts';

const ROLE_HINT: Record<Role, string> = {
  engineer: 'build features and pay down debt',
  ml: 'train models, build evals and data',
  sre: 'reliability, incidents, on-call',
  product: 'fewer crossed wires in bigger teams',
};

/** Weeks left for each cohort of `role` in packed triples [role, count, weeks, …], soonest first, as "3 and 10". */
function cohortWeeks(cohorts: readonly number[], role: Role, left: (weeks: number) => number): string {
  const r = roleIndex(role);
  const weeks: number[] = [];
  for (let i = 0; i < cohorts.length; i += COHORT)
    if (cohorts[i] === r) weeks.push(Math.max(1, left(cohorts[i + 2]!)));
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  return sorted.length <= 1
    ? `${sorted[0] ?? 0}`
    : `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}

/** "2 onboarding (full speed in 4 and 12 weeks)", "1 arriving in 3 weeks", "hiring 1". */
function roleStatus(game: Game, role: Role): string[] {
  const t = game.state.team;
  const ramp = liveParams(game).team.rampWeeks;
  const ramping = headcountOf(t, role) - t.ramped[role];
  const coming = pipelineOf(t, role);
  const hiring = game.draft.reduce(
    (n, d) => n + (d.type === 'team/hire' && d.role === role ? d.count : 0),
    0,
  );
  const weeks = (w: string): string => `${w} week${w === '1' ? '' : 's'}`;
  return [
    ramping > 0
      ? `${ramping} onboarding: full speed in ${weeks(cohortWeeks(t.onboarding, role, (w) => ramp - w))}`
      : '',
    coming > 0 ? `${coming} arriving in ${weeks(cohortWeeks(t.pipeline, role, (w) => w))}` : '',
    hiring > 0 ? `hiring ${hiring}` : '',
  ].filter(Boolean);
}

function roleRow(game: Game, role: Role): HTMLElement {
  const total = headcountOf(game.state.team, role);
  const salary = liveParams(game).money.salaryCents[role] / 100;
  const status = roleStatus(game, role);
  return h(
    'div',
    { className: 'role-row' },
    h(
      'div',
      { className: 'role-name' },
      h('strong', {}, `${total} ${roleName(role, total)}`),
      status.length ? h('span', { className: 'hint' }, ` (${status.join('; ')})`) : null,
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
  const cost = liveParams(game).money.agentSeatCents / 100;
  const labels: Record<ReviewLevel, string> = {
    all: 'Review all agent work',
    sample: 'Review a sample',
    none: 'No review',
  };
  const hints: Record<ReviewLevel, string> = {
    all: 'safest; each engineer-week of agent code read costs a fifth of a reviewer\u2019s week',
    sample: `about ${pct(REVIEW_SHARE.sample)} read; the rest ships unread`,
    none: 'free; unread code adds debt, failed deploys and security holes',
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
    reviewLine(game),
    radios(
      'agent-review',
      'Human review of agent work',
      REVIEW_LEVELS.map((l) => ({ value: l, label: labels[l], hint: hints[l] })),
      level,
      (l) => propose({ type: 'policy/agent-review', level: l }),
    ),
  );
}

/**
 * Last week's agent output against the review asked for and the review people could give (each ramped engineer
 * reads up to the scenario's review capacity a week): what shipped unread.
 */
function reviewLine(game: Game): HTMLElement | null {
  const t = game.state.team;
  if (t.agentOutput <= 0) return null;
  const asked = t.agentOutput * REVIEW_SHARE[game.state.plan.policies.agentReview];
  const unread = t.agentOutput - t.agentReviewed;
  const capacity = liveParams(game).team.reviewCapacity;
  const unit = turnWords(game.loaded.scenario).unit;
  return h(
    'p',
    { className: `hint${t.agentReviewed < 0.9 * asked ? ' warning' : ''}`, id: 'agent-review-line' },
    `Last ${unit} agents wrote ${t.agentOutput.toFixed(1)} engineer-weeks of code; review was asked for ${asked.toFixed(1)}, reviewers read ${t.agentReviewed.toFixed(1)} (up to ${capacity} per engineer a week)${unread > 0.05 ? `, ${unread.toFixed(1)} shipped unread` : ''}.`,
  );
}

/** What an offer costs and how likely it is to be taken, beside the Hire buttons. */
function offerTerms(game: Game): HTMLElement {
  const p = liveParams(game);
  const chance = offerAcceptanceChance(game.state, p);
  return h(
    'p',
    { className: 'hint', id: 'offer-terms' },
    `Each offer costs a ${money(p.money.hireCostCents / 100)} recruiting fee, paid even when it is declined; about ${pct(chance)} of offers are accepted now (more with high morale). Accepted hires arrive in ${p.team.hireLeadTurns} weeks and reach full speed over ${p.team.rampWeeks} more.`,
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
      `Morale ${pct(t.morale)} \u00b7 burnout ${pct(t.burnout)} \u00b7 lost to coordination ${pct(t.coordinationLoss)}. New hires take a colleague\u2019s time while they ramp up.`,
    ),
    offerTerms(game),
    h('div', { className: 'roles' }, ...ROLES.map((r) => roleRow(game, r))),
    agentsRow(game),
  );
}
