/**
 * Decisions: guard clauses that explain why a decision is illegal, and their application to the working copy.
 * Pure. `checkDecision` never changes anything; `applyDecision` is only called on decisions it accepted.
 */
import type { Decision, GameState, Rejection, Scenario } from './types.ts';
import {
  ALLOCATION_KEYS,
  ARCH_OPTIONS,
  BOOLEAN_POLICIES,
  DECISION_TYPES,
  FRAMINGS,
  RELEASE_MODES,
  REVIEW_LEVELS,
  ROLES,
} from './types.ts';
import { headcountOf } from './state.ts';

export const MAX_HIRES_PER_TURN = 10;
export const MAX_AGENT_SEATS = 50;
export const MAX_DEDICATED_UNITS = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** Returns why `raw` cannot be applied to `state` under `scenario`, or null when it is legal. */
export function checkDecision(state: GameState, scenario: Scenario, raw: unknown): string | null {
  if (!isObject(raw)) return 'a decision must be an object with a "type"';
  const type = raw.type;
  if (!oneOf(DECISION_TYPES, type)) return `unknown decision type ${JSON.stringify(type)}`;
  if (state.status !== 'playing') return 'the game is over';
  if (!scenario.levers.includes(type)) return `"${type}" is not available in this scenario`;
  const d = raw as Decision & Record<string, unknown>;
  switch (type) {
    case 'plan/allocate':
      return checkAllocation(raw.allocation);
    case 'release/set':
      return oneOf(RELEASE_MODES, d.mode) ? null : `release mode must be one of ${RELEASE_MODES.join(', ')}`;
    case 'policy/set':
      if (!oneOf(BOOLEAN_POLICIES, d.policy)) return `policy must be one of ${BOOLEAN_POLICIES.join(', ')}`;
      if (typeof d.on !== 'boolean') return 'policy "on" must be true or false';
      if (d.on && d.policy === 'crunch' && state.plan.policies.timeOff) return 'cannot crunch during time off';
      if (d.on && d.policy === 'timeOff' && state.plan.policies.crunch) return 'cannot take time off while crunching';
      return null;
    case 'policy/agent-review':
      return oneOf(REVIEW_LEVELS, d.level) ? null : `review level must be one of ${REVIEW_LEVELS.join(', ')}`;
    case 'policy/eval-threshold':
      return typeof d.threshold === 'number' && d.threshold >= 0 && d.threshold <= 1
        ? null
        : 'eval threshold must be a number from 0 to 1';
    case 'team/hire':
      if (!oneOf(ROLES, d.role)) return `role must be one of ${ROLES.join(', ')}`;
      return isWhole(d.count, 1, MAX_HIRES_PER_TURN) ? null : `hire count must be a whole number from 1 to ${MAX_HIRES_PER_TURN}`;
    case 'team/let-go': {
      if (!oneOf(ROLES, d.role)) return `role must be one of ${ROLES.join(', ')}`;
      const have = headcountOf(state.team, d.role);
      if (!isWhole(d.count, 1, 1000)) return 'let-go count must be a whole number of at least 1';
      return d.count <= have ? null : `cannot let go ${d.count} ${d.role}(s): the team has ${have}`;
    }
    case 'team/agents':
      return isWhole(d.seats, 0, MAX_AGENT_SEATS) ? null : `agent seats must be a whole number from 0 to ${MAX_AGENT_SEATS}`;
    case 'arch/migrate':
      return checkMigration(state, d.axis, d.target);
    case 'arch/cancel-migration':
      return state.arch.migration ? null : 'there is no migration to cancel';
    case 'arch/provision':
      if (!isWhole(d.units, 0, MAX_DEDICATED_UNITS)) return `units must be a whole number from 0 to ${MAX_DEDICATED_UNITS}`;
      return state.arch.hosting === 'dedicated' || state.arch.migration?.target === 'dedicated'
        ? null
        : 'capacity can only be provisioned on dedicated hosting';
    case 'event/choose':
      return checkEventChoice(state, scenario, d.eventId, d.option);
    case 'stakeholder/communicate':
      return oneOf(FRAMINGS, d.framing) ? null : `framing must be one of ${FRAMINGS.join(', ')}`;
    case 'money/raise': {
      const wait = state.money.lastRaiseTurn + scenario.params.money.raiseCooldownTurns - state.turn;
      return wait > 0 ? `investors will not take another meeting for ${wait} more turn(s)` : null;
    }
  }
}

function checkAllocation(a: unknown): string | null {
  if (!isObject(a)) return 'allocation must be an object of percentages';
  let sum = 0;
  for (const key of ALLOCATION_KEYS) {
    const v = a[key];
    if (!isWhole(v, 0, 100)) return `allocation.${key} must be a whole percentage from 0 to 100`;
    sum += v;
  }
  for (const key of Object.keys(a)) {
    if (!(ALLOCATION_KEYS as readonly string[]).includes(key)) return `allocation has an unknown part "${key}"`;
  }
  return sum === 100 ? null : `allocation must add up to 100% (it adds up to ${sum}%)`;
}

function checkMigration(state: GameState, axis: unknown, target: unknown): string | null {
  if (typeof axis !== 'string' || !Object.hasOwn(ARCH_OPTIONS, axis)) {
    return `axis must be one of ${Object.keys(ARCH_OPTIONS).join(', ')}`;
  }
  const options = ARCH_OPTIONS[axis as keyof typeof ARCH_OPTIONS] as readonly string[];
  if (typeof target !== 'string' || !options.includes(target)) return `${axis} target must be one of ${options.join(', ')}`;
  if (state.arch.migration) return `a ${state.arch.migration.axis} migration is already under way`;
  if (state.arch[axis as keyof typeof ARCH_OPTIONS] === target) return `${axis} is already ${target}`;
  return null;
}

function checkEventChoice(state: GameState, scenario: Scenario, eventId: unknown, option: unknown): string | null {
  if (typeof eventId !== 'string') return 'eventId must be a string';
  if (!state.pending.some((p) => p.eventId === eventId)) return `event "${eventId}" is not waiting for an answer`;
  const def = scenario.events.find((e) => e.id === eventId);
  if (!def) return `event "${eventId}" is not in this scenario`;
  if (typeof option !== 'string' || !def.options.some((o) => o.id === option)) {
    return `event "${eventId}" has no option ${JSON.stringify(option)}`;
  }
  return null;
}

/** First illegal decision of a list, checked in order against the plan as earlier decisions change it. */
export function checkDecisions(state: GameState, scenario: Scenario, decisions: readonly unknown[]): Rejection | null {
  if (!Array.isArray(decisions)) return { index: -1, decision: decisions, reason: 'decisions must be a list' };
  const seenEvents = new Set<string>();
  let migrating = state.arch.migration !== null;
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    let reason = checkDecision(state, scenario, d);
    const typed = d as Decision;
    if (!reason && typed.type === 'event/choose') {
      if (seenEvents.has(typed.eventId)) reason = `event "${typed.eventId}" was answered twice`;
      seenEvents.add(typed.eventId);
    }
    if (!reason && typed.type === 'arch/migrate') {
      if (migrating) reason = 'only one migration can run at a time';
      migrating = true;
    }
    if (reason) return { index: i, decision: d, reason };
  }
  return null;
}
