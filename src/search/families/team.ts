/**
 * Lever families of the team: a target headcount per role and when to start reaching it (hiring up to it, and
 * letting go above it when the policy says so), how many to hire at once and the runway below which hiring
 * stops; agent seats, from when, and the review level of their output. Roles, review levels and the seat limit
 * come from the engine. Reads only what a player sees: headcount, offers under way, runway. Pure.
 */
import type { ReviewLevel, Role } from '../../engine/index.ts';
import { headcountOf, pipelineOf, REVIEW_LEVELS, ROLES, runwayTurns } from '../../engine/index.ts';
import { MAX_HIRES_PER_TURN } from '../../engine/decisions.ts';
import { MAX_AGENT_SEATS } from '../../engine/limits.ts';
import type { Family, Getter, Lever, SpaceContext } from '../lever.ts';
import { choiceLever, labelOf, offers, sentence, timingLever } from '../lever.ts';

const TARGETS = [0, 1, 2, 3, 4, 6, 8, 12, 16, 20];
const PACES = [1, 2, 4].filter((x) => x <= MAX_HIRES_PER_TURN);
const RUNWAY_GUARDS = [0, 8, 16, 26];
const ROLE_PLURAL: Record<string, string> = {
  engineer: 'engineers',
  ml: 'ML engineers',
  sre: 'SREs',
  product: 'product people',
};

const initialCount = (ctx: SpaceContext, role: Role): number => ctx.scenario.initial.team[role] ?? 0;
const targetOf = (get: Getter, role: Role): number | undefined => get(`team.${role}`) as number | undefined;
const hiresAny = (get: Getter, ctx: SpaceContext): boolean =>
  ROLES.some((r) => (targetOf(get, r) ?? 0) > initialCount(ctx, r));
const shrinksAny = (get: Getter, ctx: SpaceContext): boolean =>
  ROLES.some((r) => {
    const t = targetOf(get, r);
    return t !== undefined && t < initialCount(ctx, r);
  });

function teamLevers(ctx: SpaceContext): Lever[] {
  const hire = offers(ctx.scenario, 'team/hire');
  const out: Lever[] = ROLES.flatMap((role) => {
    const plural = labelOf(ROLE_PLURAL, role);
    return [
      {
        ...choiceLever(`team.${role}`, 'team', `Target number of ${plural}`, TARGETS, String, {
          extremes: [TARGETS.length - 1],
        }),
        ordered: true,
      },
      {
        ...timingLever(ctx, `team.${role}.from`, 'team', `When to start hiring ${plural}`),
        inPlay: (get: Getter) => {
          const t = targetOf(get, role);
          return t !== undefined && t !== initialCount(ctx, role);
        },
      },
    ];
  });
  if (hire) {
    const inPlay = (get: Getter): boolean => hiresAny(get, ctx);
    out.push(
      {
        ...choiceLever('hire.pace', 'team', 'People hired at once', PACES, String, { inPlay }),
        ordered: true,
      },
      {
        ...choiceLever(
          'hire.runway',
          'team',
          'Stop hiring when the runway is below',
          RUNWAY_GUARDS,
          (v) => (v === 0 ? 'never stop' : `${v} ${ctx.unit}s`),
          { inPlay },
        ),
        ordered: true,
      },
    );
  }
  if (offers(ctx.scenario, 'team/let-go'))
    out.push(
      choiceLever('team.letGo', 'team', 'Let go people above the targets', ['no', 'yes'], String, {
        inPlay: (get) => shrinksAny(get, ctx),
      }),
    );
  return out;
}

export const team: Family = {
  id: 'team',
  uses: ['team/hire', 'team/let-go'],
  levers: teamLevers,
  compile: (get) => {
    const roles = ROLES.flatMap((role) => {
      const target = targetOf(get, role);
      return target === undefined
        ? []
        : [{ role, target, from: (get(`team.${role}.from`) as number | undefined) ?? 0 }];
    });
    if (roles.length === 0) return null;
    const pace = (get('hire.pace') as number | undefined) ?? 1;
    const guard = (get('hire.runway') as number | undefined) ?? 0;
    const letGo = get('team.letGo') === 'yes';
    return (t) => {
      for (const { role, target, from } of roles) {
        if (t.w < from) continue;
        const have = headcountOf(t.s.team, role);
        if (letGo && have > target) t.m.add({ type: 'team/let-go', role, count: have - target });
        const gap = target - have - pipelineOf(t.s.team, role);
        if (gap > 0 && runwayTurns(t.s) >= guard)
          t.m.add({ type: 'team/hire', role, count: Math.min(gap, pace) });
      }
    };
  },
  describe: (get, ctx) => {
    const parts = ROLES.flatMap((role) => {
      const target = targetOf(get, role);
      if (target === undefined || target === initialCount(ctx, role)) return [];
      const from = get(`team.${role}.from`) as number | undefined;
      const when = from ? ` from ${ctx.startLabel(from)}` : '';
      const plural = labelOf(ROLE_PLURAL, role);
      if (target === 0 && initialCount(ctx, role) === 0) return [];
      return [`${target > initialCount(ctx, role) ? 'hire' : 'shrink to'} ${target} ${plural}${when}`];
    });
    if (parts.length === 0) return [];
    const extra: string[] = [];
    if (hiresAny(get, ctx)) {
      const pace = get('hire.pace');
      const guard = get('hire.runway');
      if (pace !== undefined) extra.push(`${pace} at a time`);
      if (guard) extra.push(`while the runway is at least ${guard} ${ctx.unit}s`);
    }
    if (shrinksAny(get, ctx))
      extra.push(get('team.letGo') === 'yes' ? 'letting go anyone above that' : 'without letting anyone go');
    return [sentence(`Team: ${parts.join('; ')}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`)];
  },
};

/** Agent seats, a ladder up to the engine's limit. */
const SEATS = [0, 1, 2, 3, 5, 8, 12, 20, 30, MAX_AGENT_SEATS].filter(
  (x, i, a) => x <= MAX_AGENT_SEATS && a.indexOf(x) === i,
);
const REVIEW_LABEL: Record<string, string> = {
  all: 'review on everything',
  sample: 'sampled review',
  none: 'no review',
};

export const agents: Family = {
  id: 'agents',
  uses: ['team/agents', 'policy/agent-review'],
  levers: (ctx) => {
    const out: Lever[] = [];
    const seatsInPlay = (get: Getter): boolean =>
      ((get('agents') as number | undefined) ?? ctx.scenario.initial.agents) > 0;
    if (offers(ctx.scenario, 'team/agents')) {
      out.push(
        {
          ...choiceLever('agents', 'agents', 'Agent seats', SEATS, String, { extremes: [SEATS.length - 1] }),
          ordered: true,
        },
        {
          ...timingLever(ctx, 'agents.from', 'agents', 'Agent seats from'),
          inPlay: (get) => get('agents') !== ctx.scenario.initial.agents,
        },
      );
    }
    if (offers(ctx.scenario, 'policy/agent-review'))
      out.push(
        choiceLever(
          'review',
          'agents',
          'Review of agent output',
          REVIEW_LEVELS,
          (v) => labelOf(REVIEW_LABEL, String(v)),
          { inPlay: seatsInPlay },
        ),
      );
    return out;
  },
  compile: (get) => {
    const seats = get('agents') as number | undefined;
    const from = (get('agents.from') as number | undefined) ?? 0;
    const review = get('review') as ReviewLevel | undefined;
    if (seats === undefined && review === undefined) return null;
    return (t) => {
      if (review !== undefined && t.s.plan.policies.agentReview !== review)
        t.m.add({ type: 'policy/agent-review', level: review });
      if (seats !== undefined && t.w >= from && t.s.team.agents !== seats)
        t.m.add({ type: 'team/agents', seats });
    };
  },
  describe: (get, ctx) => {
    const seats = get('agents') as number | undefined;
    const review = get('review');
    if (seats === undefined && review === undefined) return [];
    const from = get('agents.from') as number | undefined;
    const when = from ? `from ${ctx.startLabel(from)}` : 'from the start';
    const reviewText = review === undefined ? '' : ` with ${labelOf(REVIEW_LABEL, String(review))}`;
    if (seats === undefined) return [sentence(`Agent output${reviewText.replace(' with', ':')}`)];
    if (seats === 0) return ctx.scenario.initial.agents > 0 ? [sentence(`No agent seats ${when}`)] : [];
    return [sentence(`${when}: ${seats} agent seat${seats === 1 ? '' : 's'}${reviewText}`)];
  },
};
