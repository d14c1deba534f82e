/**
 * Team: hiring pipeline (weeks to fill), onboarding ramp (months, with a mentor's time), coordination over
 * communication paths, agent seats and the human review they need, morale, burnout and attrition. Pure over the
 * working copy; consumes the `hiring` and `attrition` streams (slot = role index).
 * Chapter ideas: coordinating 2–5 and 5–20 people; Brooks's law; agent–human teaming.
 */
import { clamp01, stochasticRound } from '../lib/num.ts';
import { roll, rollIn, Stream, streamDice } from './rng.ts';
import { ofRole, setRole } from './by-name.ts';
import { COHORT, headcountOf, onboardingOf, roleIndex } from './state.ts';
import type { Turn } from './turn.ts';
import type { GameState, Params, Role } from './types.ts';
import { ROLES } from './types.ts';

/** Capacity overhead of writing specs and docs, as a share of human capacity. */
export const SPEC_OVERHEAD = 0.06;
export const DOCS_OVERHEAD = 0.03;
/** Share of agent output the review policy asks people to read. */
export const REVIEW_SHARE = { all: 1, sample: 0.35, none: 0 } as const;
/** Engineer-weeks of a reviewer's time per engineer-week of agent output reviewed. */
export const REVIEW_COST = 0.2;
/** An agent seat adds this much of a person to the team's communication paths (specs, hand-offs, context). */
export const AGENT_PATH_WEIGHT = 0.3;
/** A new hire's productivity on day one; it rises linearly to 1 over the ramp. */
const FIRST_WEEK_PRODUCTIVITY = 0.1;
/** A mentor's time per new hire in their first week (engineer-weeks per week), falling to 0 over the ramp. */
const MENTORING = 0.25;

/** Offers turn into arrivals; arrivals start onboarding; cohorts that finished their ramp become ramped. */
export function arrivals(s: GameState, turn: Turn): void {
  const team = s.team;
  const ramp = Math.max(1, turn.p.team.rampWeeks);
  const o = team.onboarding;
  let kept = 0;
  for (let i = 0; i < o.length; i += COHORT) {
    const weeks = o[i + 2]! + turn.weeks;
    if (weeks >= ramp) {
      setRole(team.ramped, o[i]!, ofRole(team.ramped, o[i]!) + o[i + 1]!);
      continue;
    }
    o[kept] = o[i]!;
    o[kept + 1] = o[i + 1]!;
    o[kept + 2] = weeks;
    kept += COHORT;
  }
  if (kept < o.length) o.length = kept;
  const p = team.pipeline;
  kept = 0;
  for (let i = 0; i < p.length; i += COHORT) {
    const left = p[i + 2]! - turn.weeks;
    if (left > 0) {
      p[kept] = p[i]!;
      p[kept + 1] = p[i + 1]!;
      p[kept + 2] = left;
      kept += COHORT;
      continue;
    }
    o.push(p[i]!, p[i + 1]!, 0);
    arrivedEvent(turn, ROLES[p[i]!]!, p[i + 1]!);
  }
  if (kept < p.length) p.length = kept;
}

function arrivedEvent(turn: Turn, role: Role, count: number): void {
  if (!turn.events) return;
  turn.events.push({
    turn: turn.t,
    kind: 'team',
    id: 'hire-arrived',
    title: `${count} new ${roleLabel(role, count)} joined`,
    detail: `New people need about ${turn.p.team.rampWeeks} weeks and a colleague\u2019s time before they are fully productive.`,
    tone: 'info',
    causes: [],
  });
}

/** Acceptance odds of an offer made now: the market's rate, lower when morale is low (candidates read the mood). */
export function offerAcceptanceChance(s: GameState, p: Params): number {
  return clamp01(p.team.offerAcceptance * (0.6 + 0.5 * s.team.morale));
}

/** Offers go out now and cost the recruiting fee; accepted ones arrive after the lead time. */
export function hire(s: GameState, turn: Turn, role: Role, count: number): void {
  const accepted = stochasticRound(
    count * offerAcceptanceChance(s, turn.p),
    roll(turn.dice, Stream.hiring, roleIndex(role)),
  );
  if (accepted > 0) s.team.pipeline.push(roleIndex(role), accepted, Math.max(1, turn.p.team.hireLeadTurns));
  s.team.hires += accepted;
  turn.otherCosts += count * turn.p.money.hireCostCents;
  if (!turn.events || accepted >= count) return;
  turn.events.push({
    turn: turn.t,
    kind: 'team',
    id: 'offers-declined',
    title: `${count - accepted} of ${count} ${roleLabel(role, count)} offers declined`,
    detail:
      'Candidates read the mood of a team: offer acceptance falls with morale. The recruiting fee is paid either way.',
    tone: 'warning',
    causes: [
      { factor: 'market', label: 'competitive hiring market', weight: 0.6 },
      { factor: 'morale', label: 'team morale', weight: 0.4 },
    ],
  });
}

/** Letting people go removes the newest first (offers, then onboarding); the rest take a morale hit. */
export function letGo(s: GameState, turn: Turn, role: Role, count: number): void {
  const r = roleIndex(role);
  let left = count;
  const o = s.team.onboarding;
  for (let i = o.length - COHORT; i >= 0 && left > 0; i -= COHORT) {
    if (o[i] !== r) continue;
    const take = Math.min(o[i + 1]!, left);
    o[i + 1] = o[i + 1]! - take;
    left -= take;
  }
  dropEmpty(o);
  const ramped = ofRole(s.team.ramped, r);
  setRole(s.team.ramped, r, ramped - Math.min(ramped, left));
  s.team.morale = clamp01(s.team.morale - 0.04 * count);
  void turn;
}

function dropEmpty(cohorts: number[]): void {
  let kept = 0;
  for (let i = 0; i < cohorts.length; i += COHORT) {
    if (cohorts[i + 1]! <= 0) continue;
    cohorts[kept] = cohorts[i]!;
    cohorts[kept + 1] = cohorts[i + 1]!;
    cohorts[kept + 2] = cohorts[i + 2]!;
    kept += COHORT;
  }
  if (kept < cohorts.length) cohorts.length = kept;
}

/** Output of a role's people this week: ramped people count fully, new hires by how far they have ramped. */
function productiveOf(s: GameState, role: number, ramp: number): number {
  let productive = ofRole(s.team.ramped, role);
  const o = s.team.onboarding;
  for (let i = 0; i < o.length; i += COHORT) {
    if (o[i] !== role) continue;
    const progress = Math.min(1, o[i + 2]! / ramp);
    productive += o[i + 1]! * (FIRST_WEEK_PRODUCTIVITY + (1 - FIRST_WEEK_PRODUCTIVITY) * progress);
  }
  return productive;
}

/** Time ramped colleagues spend mentoring every new hire this week (Brooks's law). */
function mentoringLoad(s: GameState, ramp: number): number {
  const o = s.team.onboarding;
  let mentoring = 0;
  for (let i = 0; i < o.length; i += COHORT)
    mentoring += o[i + 1]! * MENTORING * (1 - Math.min(1, o[i + 2]! / ramp));
  return mentoring;
}

/** paths^(3/4) by square roots only (exact in every engine). */
function pathsPower(paths: number): number {
  const root = Math.sqrt(paths);
  return root * Math.sqrt(root);
}

/**
 * Share of each person's capacity lost to coordination. Communication paths n(n-1)/2 grow quadratically (agent
 * seats count as part of a person); specs, async docs, product managers and, for a larger team, service
 * boundaries cut the cost of each path. Efficiency = 1 / (1 + c * paths^0.75): without structure, 20 people
 * deliver about what 8 do; with it, output keeps growing, sublinearly.
 */
export function coordinationLoss(s: GameState, perPath: number): number {
  const n = headcountOf(s.team) + AGENT_PATH_WEIGHT * s.team.agents;
  const paths = (n * (n - 1)) / 2;
  if (paths <= 0) return 0;
  const pol = s.plan.policies;
  let factor = 1;
  if (pol.specDriven) factor *= 0.5;
  if (pol.asyncDocs) factor *= 0.75;
  if (s.arch.structure === 'microservices' && n >= 8) factor *= 0.65;
  const pms = headcountOf(s.team, 'product');
  if (pms > 0) factor *= 1 / (1 + (0.3 * pms * 6) / Math.max(6, n));
  const cost = perPath * factor * pathsPower(paths);
  return cost / (1 + cost);
}

/** How much of a week's pace morale, burnout, crunch and time off leave. */
function paceOf(s: GameState, turn: Turn): number {
  const pol = s.plan.policies;
  let pace = turn.p.team.productivity * (0.7 + 0.4 * s.team.morale) * (1 - 0.5 * s.team.burnout);
  if (pol.crunch) pace *= 1.15;
  if (pol.timeOff) pace *= 0.8;
  return pace;
}

/**
 * Agent output this week with diminishing returns (people can only steer so many agents), and the part of it
 * reviewed: never more than the policy asks, nor than the ramped engineers can read (review capacity per
 * reviewer). What nobody reviewed ships anyway.
 */
function agentWork(s: GameState, turn: Turn, engineers: number): void {
  const team = s.team;
  const seats = team.agents;
  if (seats <= 0) {
    team.agentOutput = 0;
    team.agentReviewed = 0;
    return;
  }
  const steer = 4 * engineers + 2;
  const raw = (turn.p.team.agentThroughput * seats) / (1 + seats / steer);
  const wanted = raw * REVIEW_SHARE[s.plan.policies.agentReview];
  team.agentOutput = raw;
  team.agentReviewed = Math.min(wanted, engineers * turn.p.team.reviewCapacity);
}

/** Computes this turn's capacities: people after coordination, mentoring, reviews and overheads, plus agents. */
export function capacity(s: GameState, turn: Turn): void {
  const p = turn.p.team;
  const pol = s.plan.policies;
  const ramp = Math.max(1, p.rampWeeks);
  const eng = productiveOf(s, 0, ramp);
  const loss = coordinationLoss(s, p.coordinationPerPath);
  s.team.coordinationLoss = loss;
  const pace = paceOf(s, turn);
  let overhead = 1 - loss;
  if (pol.specDriven) overhead -= SPEC_OVERHEAD;
  if (pol.asyncDocs) overhead -= DOCS_OVERHEAD;
  overhead = Math.max(0.05, overhead);

  agentWork(s, turn, s.team.ramped.engineer);
  // Engineers and product people build; ML engineers and SREs have their own work (and carry operations first).
  const human = (eng + 0.3 * productiveOf(s, 3, ramp)) * pace * overhead;
  turn.mlCapacity = productiveOf(s, 1, ramp) * pace * overhead;
  const sre = productiveOf(s, 2, ramp) * pace * overhead;
  const ops = turn.opsWeeks;
  turn.sreCapacity = Math.max(0, sre - ops);
  const opsLeft = Math.max(0, ops - sre);
  const review = s.team.agentReviewed * REVIEW_COST;
  const spent = mentoringLoad(s, ramp) + review + s.incidents.firefighting + opsLeft + turn.leadershipWeeks;
  turn.humanCapacity = Math.max(0, human - spent);
  const agentQuality = (pol.specDriven ? 1 : 0.6) * (0.7 + 0.3 * s.practices.evalCoverage);
  turn.agentWeeks = s.team.agentOutput * agentQuality;
  turn.unreviewed = s.team.agentOutput - s.team.agentReviewed;
  turn.capacity = (turn.humanCapacity + turn.agentWeeks) * turn.weeks * turn.mods.velocity;
  turn.mlCapacity *= turn.weeks;
  turn.sreCapacity *= turn.weeks;
  s.incidents.firefighting = 0;
}

/** Onboarding people on the team right now (for the UI and bots). */
export function rampingCount(s: GameState): number {
  return onboardingOf(s.team);
}

/**
 * Burnout comes from crunch, from incidents and pages, from firefighting and from a team stretched thin by its
 * users; it heals slowly, faster with time off. Morale drifts toward a target set by burnout, success and
 * coordination pain.
 */
export function morale(s: GameState, turn: Turn): void {
  const pol = s.plan.policies;
  const team = s.team;
  const people = Math.max(1, headcountOf(team));
  let burnout = team.burnout - 0.02 * turn.weeks;
  if (pol.crunch) burnout += 0.06 * turn.weeks;
  if (pol.timeOff) burnout -= 0.12 * turn.weeks;
  // Pages land on a rotation when there is one (and two or more SREs share it), otherwise on everyone.
  const rotation = pol.onCall && headcountOf(team, 'sre') >= 2 ? 0.5 : 1;
  burnout += (turn.pages * 0.12 * rotation) / Math.sqrt(people);
  // Carrying a pager is itself a load, heavier the fewer people share the rotation.
  if (pol.onCall) burnout += (0.03 / people) * turn.weeks;
  burnout += 0.03 * turn.stretch * turn.weeks;
  team.burnout = clamp01(burnout);

  const growing = s.market.gained > s.market.lost ? 0.08 : -0.05;
  const target = clamp01(0.72 + growing - 0.6 * team.burnout - 0.3 * team.coordinationLoss);
  team.morale = clamp01(team.morale + (target - team.morale) * 0.25 * turn.weeks);
}

/** Each role loses people with a chance that rises with burnout and low morale (one draw per role). */
export function attrition(s: GameState, turn: Turn): void {
  const team = s.team;
  const fromBurnout = 4 * team.burnout;
  const fromMorale = 3 * (1 - team.morale);
  const hazard = clamp01(turn.p.team.baseAttrition * turn.weeks * (1 + fromBurnout + fromMorale));
  const dice = streamDice(turn.dice, Stream.attrition);
  for (let i = 0; i < ROLES.length; i++) {
    const ramped = ofRole(team.ramped, i);
    if (ramped <= 0) continue;
    // A founder does not resign from their own company: attrition never takes the last person.
    const keep = headcountOf(team) > ramped ? 0 : 1;
    const leaving = Math.min(ramped - keep, stochasticRound(ramped * hazard, rollIn(dice, i)));
    if (leaving <= 0) continue;
    setRole(team.ramped, i, ramped - leaving);
    team.departures += leaving;
    if (!turn.events) continue;
    const total = 1 + fromBurnout + fromMorale;
    turn.events.push({
      turn: turn.t,
      kind: 'team',
      id: 'attrition',
      title: `${leaving} ${roleLabel(ROLES[i]!, leaving)} resigned`,
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
