/**
 * Team: hiring pipeline, onboarding ramp, coordination loss over communication paths, morale, burnout,
 * attrition, and the agent seats with their review load. Pure over the working copy; consumes the
 * `hiring` and `attrition` streams (slot = role index).
 * Chapter ideas: coordinating 2–5 and 5–20 people; Brooks's law; agent–human teaming.
 */
import { clamp01, saturate, stochasticRound } from '../lib/num.ts';
import { roll, Stream } from './rng.ts';
import { headcountOf, ONBOARDING_STAGES, roleBase, STAGE_MENTORING, STAGE_PRODUCTIVITY } from './state.ts';
import type { Turn } from './turn.ts';
import type { GameState, Params, Role } from './types.ts';
import { ROLES } from './types.ts';

/** Capacity overhead of writing specs and docs, as a share of human capacity. */
export const SPEC_OVERHEAD = 0.06;
export const DOCS_OVERHEAD = 0.03;
/** Review time per agent seat by review level (engineer-weeks per week). */
const REVIEW_COST = { all: 0.25, sample: 0.08, none: 0 } as const;
const REVIEWED_SHARE = { all: 1, sample: 0.4, none: 0 } as const;

/** New hires reach the team after the lead time; some offers are declined (drawn per role). */
export function arrivals(s: GameState, turn: Turn): void {
  const p = s.team.pipeline;
  const o = s.team.onboarding;
  for (let i = 0; i < ROLES.length; i++) {
    const role = ROLES[i] as Role;
    const b = roleBase(role);
    const arriving = p[b]!;
    p[b] = p[b + 1]!;
    p[b + 1] = p[b + 2]!;
    p[b + 2] = p[b + 3]!;
    p[b + 3] = 0;
    // Onboarding advances one stage; the last stage graduates to ramped.
    s.team.ramped[role] += o[b + 3]!;
    o[b + 3] = o[b + 2]!;
    o[b + 2] = o[b + 1]!;
    o[b + 1] = o[b]!;
    o[b] = arriving;
    if (arriving > 0) {
      turn.events.push({
        turn: turn.t,
        kind: 'team',
        id: 'hire-arrived',
        title: `${arriving} new ${roleLabel(ROLES[i] as Role, arriving)} joined`,
        detail:
          'New people need a few weeks and a colleague\u2019s time before they add more than they cost.',
        tone: 'info',
        causes: [],
      });
    }
  }
}

/** The chance that an offer made now is accepted: the market's base rate, lower with low morale. */
export function offerAcceptanceChance(s: GameState, p: Params): number {
  return clamp01(p.team.offerAcceptance * (0.6 + 0.5 * s.team.morale));
}

/** Offers go out now; accepted ones arrive after the lead time. Each offer's fee is paid, accepted or not. */
export function hire(s: GameState, turn: Turn, role: Role, count: number): void {
  const acceptance = offerAcceptanceChance(s, turn.p);
  const accepted = stochasticRound(count * acceptance, roll(turn.dice, Stream.hiring, ROLES.indexOf(role)));
  const slot = roleBase(role) + Math.max(0, Math.min(turn.p.team.hireLeadTurns, 4) - 1);
  s.team.pipeline[slot] = s.team.pipeline[slot]! + accepted;
  s.team.hires += accepted;
  turn.otherCosts += count * turn.p.money.hireCostCents;
  if (accepted < count) {
    turn.events.push({
      turn: turn.t,
      kind: 'team',
      id: 'offers-declined',
      title: `${count - accepted} of ${count} ${roleLabel(role, count)} offers declined`,
      detail: 'Candidates read the mood of a team: offer acceptance falls with morale.',
      tone: 'warning',
      causes: [
        { factor: 'market', label: 'competitive hiring market', weight: 0.6 },
        { factor: 'morale', label: 'team morale', weight: 0.4 },
      ],
    });
  }
}

/** Letting people go removes the newest first; the rest of the team takes a morale hit. */
export function letGo(s: GameState, turn: Turn, role: Role, count: number): void {
  const o = s.team.onboarding;
  const b = roleBase(role);
  let left = count;
  for (let i = 0; i < ONBOARDING_STAGES && left > 0; i++) {
    const take = Math.min(o[b + i]!, left);
    o[b + i] = o[b + i]! - take;
    left -= take;
  }
  s.team.ramped[role] -= Math.min(s.team.ramped[role], left);
  s.team.morale = clamp01(s.team.morale - 0.04 * count);
}

/** Output of a role's people this week: ramped people count fully, new hires by their onboarding stage. */
function productiveOf(s: GameState, role: Role): number {
  const o = s.team.onboarding;
  const b = roleBase(role);
  let productive = s.team.ramped[role];
  for (let i = 0; i < ONBOARDING_STAGES; i++) productive += o[b + i]! * STAGE_PRODUCTIVITY[i]!;
  return productive;
}

/** Time ramped colleagues spend mentoring all new hires this week (Brooks's law). */
function mentoringLoad(s: GameState): number {
  const o = s.team.onboarding;
  let mentoring = 0;
  for (let i = 0; i < o.length; i++) mentoring += o[i]! * STAGE_MENTORING[i % ONBOARDING_STAGES]!;
  return mentoring;
}

/**
 * Share of capacity lost to coordination: communication paths n(n-1)/2 grow quadratically; specs, async docs,
 * product managers and (for large teams) service boundaries cut the cost per path.
 */
export function coordinationLoss(s: GameState, perPath: number): number {
  const n = headcountOf(s.team);
  const paths = (n * (n - 1)) / 2;
  const pol = s.plan.policies;
  let factor = 1;
  if (pol.specDriven) factor *= 0.45;
  if (pol.asyncDocs) factor *= 0.7;
  if (s.arch.structure === 'microservices' && n >= 8) factor *= 0.7;
  const pms = headcountOf(s.team, 'product');
  if (pms > 0) factor *= 1 / (1 + (0.25 * pms * 6) / Math.max(6, n));
  return saturate(paths * perPath * factor);
}

/** Computes this turn's capacities: humans after coordination loss and mentoring, plus agents after review. */
export function capacity(s: GameState, turn: Turn): void {
  const p = turn.p.team;
  const pol = s.plan.policies;
  const eng = productiveOf(s, 'engineer');
  const ml = productiveOf(s, 'ml');
  const sre = productiveOf(s, 'sre');
  const pm = productiveOf(s, 'product');
  const mentoring = mentoringLoad(s);
  const loss = coordinationLoss(s, p.coordinationPerPath);
  s.team.coordinationLoss = loss;

  let pace = p.productivity * (0.7 + 0.4 * s.team.morale) * (1 - 0.5 * s.team.burnout);
  if (pol.crunch) pace *= 1.2;
  if (pol.timeOff) pace *= 0.75;
  let overhead = 1 - loss;
  if (pol.specDriven) overhead -= SPEC_OVERHEAD;
  if (pol.asyncDocs) overhead -= DOCS_OVERHEAD;
  overhead = Math.max(0.05, overhead);

  // Engineers and product people build; ML engineers and SREs have their own work but help when idle.
  const human = (eng + 0.3 * pm) * pace * overhead;
  const review = s.team.agents * REVIEW_COST[pol.agentReview];
  const firefighting = s.incidents.firefighting;
  const available = Math.max(0, human - mentoring - review - firefighting);

  const agentQuality = (pol.specDriven ? 1 : 0.6) * (0.7 + 0.3 * s.practices.evalCoverage);
  turn.agentWeeks = s.team.agents * p.agentThroughput * agentQuality;
  turn.unreviewed = s.team.agents > 0 ? 1 - REVIEWED_SHARE[pol.agentReview] : 0;
  turn.capacity = (available + turn.agentWeeks) * turn.weeks * turn.mods.velocity;
  turn.mlCapacity = ml * pace * overhead * turn.weeks;
  turn.sreCapacity = sre * pace * overhead * turn.weeks;
  s.incidents.firefighting = 0;
}

/** Morale drifts toward a target set by burnout, success and layoffs; people leave more when morale is low. */
export function morale(s: GameState, turn: Turn): void {
  const pol = s.plan.policies;
  const team = s.team;
  let burnout = team.burnout - 0.03 * turn.weeks;
  if (pol.crunch) burnout += 0.08 * turn.weeks;
  if (pol.timeOff) burnout -= 0.12 * turn.weeks;
  if (pol.onCall) burnout += (headcountOf(team, 'sre') >= 2 ? 0.005 : 0.025) * turn.weeks;
  burnout += turn.incidentImpact * 0.05;
  team.burnout = clamp01(burnout);

  const growing = s.market.gained > s.market.lost ? 0.08 : -0.05;
  const target = clamp01(0.72 + growing - 0.6 * team.burnout - 0.3 * s.team.coordinationLoss);
  team.morale = clamp01(team.morale + (target - team.morale) * 0.25 * turn.weeks);
}

/** Each role loses people with a chance that rises with burnout and low morale (one draw per role). */
export function attrition(s: GameState, turn: Turn): void {
  const team = s.team;
  const hazard = clamp01(
    turn.p.team.baseAttrition * turn.weeks * (1 + 4 * team.burnout + 3 * (1 - team.morale)),
  );
  for (let i = 0; i < ROLES.length; i++) {
    const role = ROLES[i] as Role;
    const ramped = team.ramped[role];
    if (ramped <= 0) continue;
    // A founder does not resign from their own company: attrition never takes the last person.
    const keep = headcountOf(team) > ramped ? 0 : 1;
    const leaving = Math.min(
      ramped - keep,
      stochasticRound(ramped * hazard, roll(turn.dice, Stream.attrition, i)),
    );
    if (leaving <= 0) continue;
    team.ramped[role] = ramped - leaving;
    team.departures += leaving;
    const fromBurnout = 4 * team.burnout;
    const fromMorale = 3 * (1 - team.morale);
    const total = 1 + fromBurnout + fromMorale;
    turn.events.push({
      turn: turn.t,
      kind: 'team',
      id: 'attrition',
      title: `${leaving} ${roleLabel(role, leaving)} resigned`,
      detail: 'Losing a ramped person costs their output and the knowledge only they had.',
      tone: 'bad',
      causes: [
        { factor: 'base-rate', label: 'normal turnover', weight: 1 / total },
        { factor: 'burnout', label: 'burnout', weight: fromBurnout / total },
        { factor: 'morale', label: 'low morale', weight: fromMorale / total },
      ],
    });
  }
}

export function roleLabel(role: Role, count: number): string {
  const names: Record<Role, string> = {
    engineer: 'engineer',
    ml: 'ML engineer',
    sre: 'SRE',
    product: 'product manager',
  };
  return count === 1 ? names[role] : `${names[role]}s`;
}
