/**
 * One turn of the simulation: `step(state, decisions, scenario)` → the next state and the events of the turn,
 * each with its causes. Pure and deterministic: no clock, no I/O, no module state; randomness only from the
 * common-random-number streams of `rng.ts`. Illegal decisions are rejected with a reason and nothing changes.
 */
import { assertNever } from '../lib/assert.ts';
import { progressMigration, serveLoad, startMigration } from './architecture.ts';
import { checkDecisions } from './decisions.ts';
import { deliver } from './delivery.ts';
import { resolveEvents, triggerEvents } from './events.ts';
import { incidents } from './incidents.ts';
import { grow } from './market.ts';
import { releaseModel, train } from './model.ts';
import { opsWeeks, RAISE_TIME, settle, startRaise } from './money.ts';
import { outcomeOf } from './score.ts';
import { communicate, updatePhase, updateStakeholders } from './stakeholders.ts';
import { MAX_MODIFIER } from './limits.ts';
import { FOLD_MODIFIERS_ABOVE, foldModifiers } from './modifiers.ts';
import { headcountOf, workingCopy } from './state.ts';
import { copyAllocation } from './working-copy.ts';
import { arrivals, attrition, capacity, hire, letGo, morale } from './team.ts';
import { newTurn, turnParams, type EventsWanted, type Turn } from './turn.ts';
import { trackObjectives } from './objectives.ts';
import type { Decision, GameEvent, GameState, Plan, Rejection, Scenario } from './types.ts';
import { doWork } from './work.ts';

export type StepResult =
  { ok: true; state: GameState; events: GameEvent[] } | { ok: false; rejection: Rejection };

export function step(state: GameState, decisions: readonly unknown[], scenario: Scenario): StepResult {
  const refusal = refuse(state, decisions, scenario);
  if (refusal) return refusal;
  return play(workingCopy(state), decisions as Decision[], newTurn(scenario, state.key, state.turn, true));
}

/**
 * The same turn as `step`, played on a state the caller owns and will not read again: bulk runs (bots, balance
 * reports, verification) skip the per-turn copy. The result is bit for bit what `step` returns (tested); on a
 * rejection the state is untouched.
 */
export function advance(
  state: GameState,
  decisions: readonly unknown[],
  scenario: Scenario,
  withEvents: EventsWanted = true,
): StepResult {
  const refusal = refuse(state, decisions, scenario);
  if (refusal) return refusal;
  return play(state, decisions as Decision[], newTurn(scenario, state.key, state.turn, withEvents));
}

/** Why the turn cannot be played with these decisions (the game is over, or one of them is illegal), or null. */
export function refuse(
  state: GameState,
  decisions: readonly unknown[],
  scenario: Scenario,
): StepResult | null {
  if (state.status !== 'playing') return gameOver(state);
  const rejection = checkDecisions(state, scenario, decisions);
  return rejection ? { ok: false, rejection } : null;
}

export function gameOver(state: GameState): StepResult {
  return {
    ok: false,
    rejection: { index: -1, decision: null, reason: `the game is over (${state.reason})` },
  };
}

/** Plays accepted decisions on `s` in place, with `turn` started for this turn (newTurn or startTurn). */
export function play(s: GameState, decisions: readonly Decision[], turn: Turn): StepResult {
  const scenario = turn.scenario;
  turn.p = turnParams(turn, s.overrides);
  activeModifiers(s, turn);
  arrivals(s, turn);
  for (const d of decisions) apply(s, turn, d);
  resolveEvents(s, turn);

  turn.opsWeeks = opsWeeks(s, turn);
  if (s.money.raise) turn.leadershipWeeks += RAISE_TIME;
  turn.stretch = stretchOf(s);
  capacity(s, turn);
  doWork(s, turn);
  train(s, turn);
  releaseModel(s, turn);
  deliver(s, turn);
  progressMigration(s, turn);
  incidents(s, turn);
  serveLoad(s, turn);
  grow(s, turn);
  settle(s, turn);
  morale(s, turn);
  attrition(s, turn);
  updateStakeholders(s, turn);
  updatePhase(s, turn);

  s.turn += 1;
  if (s.tracks) trackObjectives(s, scenario);
  const end = outcomeOf(s, scenario);
  s.status = end.status;
  s.reason = end.reason;
  if (end.status === 'playing') triggerEvents(s, turn);
  else s.pending = [];
  return { ok: true, state: s, events: turn.events ?? turn.cards ?? NO_EVENTS };
}

const NO_EVENTS = Object.freeze([]) as unknown as GameEvent[];

/** 0..1 how thinly the people are spread over the users they support (beyond ~3,000 users a person). */
function stretchOf(s: GameState): number {
  const perPerson = s.market.users / Math.max(1, headcountOf(s.team));
  return Math.min(1, Math.max(0, (perPerson - 3000) / 10_000));
}

/**
 * Applies a plan decision (allocation, release mode, policies) to a plan and says whether it was one.
 * Shared with shells that preview the plan a player is drafting, so the preview is the engine's own rule.
 */
export function applyToPlan(plan: Plan, d: Decision): boolean {
  switch (d.type) {
    case 'plan/allocate':
      plan.allocation = copyAllocation(d.allocation);
      return true;
    case 'release/set':
      plan.release = d.mode;
      return true;
    case 'policy/set':
      plan.policies[d.policy] = d.on;
      if (d.on && d.policy === 'crunch') plan.policies.timeOff = false;
      if (d.on && d.policy === 'timeOff') plan.policies.crunch = false;
      return true;
    case 'policy/agent-review':
      plan.policies.agentReview = d.level;
      return true;
    case 'policy/eval-threshold':
      plan.policies.evalThreshold = d.threshold;
      return true;
    default:
      return false;
  }
}

/** Applies one accepted decision: plan changes persist, actions happen once. */
function apply(s: GameState, turn: Turn, d: Decision): void {
  if (applyToPlan(s.plan, d)) return;
  switch (d.type) {
    case 'team/hire':
      hire(s, turn, d.role, d.count);
      return;
    case 'team/let-go':
      letGo(s, turn, d.role, d.count);
      return;
    case 'team/agents':
      s.team.agents = d.seats;
      return;
    case 'arch/migrate':
      startMigration(s, turn, d.axis, d.target);
      return;
    case 'arch/cancel-migration':
      s.arch.migration = null;
      return;
    case 'arch/provision':
      s.arch.dedicatedUnits = d.units;
      return;
    case 'event/choose':
      (turn.choices ??= new Map()).set(d.eventId, d.option);
      return;
    case 'stakeholder/communicate':
      communicate(s, turn, d.framing);
      return;
    case 'money/raise':
      startRaise(s, turn);
      return;
    case 'plan/allocate':
    case 'release/set':
    case 'policy/set':
    case 'policy/agent-review':
    case 'policy/eval-threshold':
      return;
    default:
      assertNever(d, 'decision');
  }
}

/**
 * Drops expired modifiers, folds them when a scenario piles up more than ordinary games ever hold (see
 * modifiers.ts), and multiplies the live ones into this turn's factors.
 */
function activeModifiers(s: GameState, turn: Turn): void {
  if (s.modifiers.length === 0) return;
  // A new list only when one has ended (most turns none has).
  if (s.modifiers.some((m) => !(m.untilTurn >= turn.t)))
    s.modifiers = s.modifiers.filter((m) => m.untilTurn >= turn.t);
  if (s.modifiers.length > FOLD_MODIFIERS_ABOVE) s.modifiers = foldModifiers(s.modifiers);
  for (const m of s.modifiers) turn.mods[m.target] = Math.min(MAX_MODIFIER, turn.mods[m.target] * m.factor);
}
