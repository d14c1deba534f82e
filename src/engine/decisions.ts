/**
 * Decisions: guard clauses that explain why a decision is illegal, and their application to the working copy.
 * Pure. `checkDecision` never changes anything; `applyDecision` is only called on decisions it accepted.
 */
import type { Decision, DecisionType, GameState, Policies, Rejection, Role, Scenario } from './types.ts';
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
import { MAX_AGENT_SEATS } from './limits.ts';
import { paramsOf } from './overrides.ts';

export const MAX_HIRES_PER_TURN = 10;
export const MAX_DEDICATED_UNITS = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * What earlier decisions of the same turn have changed, so each decision is checked against the plan, team and
 * architecture as they will be when it applies: a cancel makes a new migration legal, two let-gos cannot remove
 * more people than there are, hires add up against the per-turn limit. Starts empty and reads through to the
 * state (most turns change little; bots and the engine check every turn's list).
 */
interface Pending {
  /** Policies as earlier decisions set them; null: as in the plan. */
  policies: Policies | null;
  /** People let go and hired by earlier decisions, by role; null: none. */
  letGo: Record<Role, number> | null;
  hires: Record<Role, number> | null;
  /** The migration under way once the earlier decisions apply. */
  migration: { axis: string; target: string } | null;
  raised: boolean;
  /** Events answered by earlier decisions; null: none. */
  answered: string[] | null;
}

function pendingOf(state: GameState): Pending {
  const m = state.arch.migration;
  return {
    policies: null,
    letGo: null,
    hires: null,
    migration: m ? { axis: m.axis, target: m.target } : null,
    raised: false,
    answered: null,
  };
}

/** Each decision type in a player's words: a refusal may reach a player, who should never read an internal id. */
export const DECISION_WORDS: Readonly<Record<DecisionType, string>> = {
  'plan/allocate': 'Changing the capacity split',
  'release/set': 'Changing the release mode',
  'policy/set': 'Changing the policies',
  'policy/agent-review': 'Changing how much agent output is reviewed',
  'policy/eval-threshold': 'Changing the eval threshold',
  'team/hire': 'Hiring',
  'team/let-go': 'Letting people go',
  'team/agents': 'Changing the agent seats',
  'arch/migrate': 'Migrating the architecture',
  'arch/cancel-migration': 'Cancelling a migration',
  'arch/provision': 'Provisioning server units',
  'event/choose': 'Answering event cards',
  'stakeholder/communicate': 'Updating the board',
  'money/raise': 'Raising a round',
};

const noOne = (): Record<Role, number> => ({ engineer: 0, ml: 0, sre: 0, product: 0 });

function policyOn(state: GameState, p: Pending, policy: 'crunch' | 'timeOff'): boolean {
  return (p.policies ?? state.plan.policies)[policy];
}

/** Records an accepted decision's effect on what later decisions are checked against. */
function note(state: GameState, p: Pending, d: Decision): void {
  switch (d.type) {
    case 'policy/set': {
      const policies = (p.policies ??= { ...state.plan.policies });
      policies[d.policy] = d.on;
      if (d.on && d.policy === 'crunch') policies.timeOff = false;
      if (d.on && d.policy === 'timeOff') policies.crunch = false;
      return;
    }
    case 'team/let-go':
      (p.letGo ??= noOne())[d.role] += d.count;
      return;
    case 'team/hire':
      (p.hires ??= noOne())[d.role] += d.count;
      return;
    case 'arch/migrate':
      p.migration = { axis: d.axis, target: d.target };
      return;
    case 'arch/cancel-migration':
      p.migration = null;
      return;
    case 'money/raise':
      p.raised = true;
      return;
    case 'event/choose':
      (p.answered ??= []).push(d.eventId);
      return;
    default:
      return;
  }
}

/** Returns why `raw` cannot be applied to `state` under `scenario`, or null when it is legal. */
export function checkDecision(state: GameState, scenario: Scenario, raw: unknown): string | null {
  return checkAgainst(state, scenario, raw, pendingOf(state));
}

function checkAgainst(state: GameState, scenario: Scenario, raw: unknown, p: Pending): string | null {
  if (!isObject(raw)) return 'a decision must be an object with a "type"';
  const type = raw.type;
  if (!oneOf(DECISION_TYPES, type)) return `unknown decision type ${JSON.stringify(type)}`;
  if (state.status !== 'playing') return 'the game is over';
  if (!scenario.levers.includes(type)) return `${DECISION_WORDS[type]} is not part of this scenario`;
  const d = raw as Decision & Record<string, unknown>;
  switch (type) {
    case 'plan/allocate':
      return checkAllocation(raw.allocation);
    case 'release/set':
      return oneOf(RELEASE_MODES, d.mode) ? null : `release mode must be one of ${RELEASE_MODES.join(', ')}`;
    case 'policy/set':
      if (!oneOf(BOOLEAN_POLICIES, d.policy)) return `policy must be one of ${BOOLEAN_POLICIES.join(', ')}`;
      if (typeof d.on !== 'boolean') return 'policy "on" must be true or false';
      if (d.on && d.policy === 'crunch' && policyOn(state, p, 'timeOff'))
        return 'cannot crunch during time off';
      if (d.on && d.policy === 'timeOff' && policyOn(state, p, 'crunch'))
        return 'cannot take time off while crunching';
      return null;
    case 'policy/agent-review':
      return oneOf(REVIEW_LEVELS, d.level) ? null : `review level must be one of ${REVIEW_LEVELS.join(', ')}`;
    case 'policy/eval-threshold':
      return typeof d.threshold === 'number' && d.threshold >= 0 && d.threshold <= 1
        ? null
        : 'eval threshold must be a number from 0 to 1';
    case 'team/hire': {
      if (!oneOf(ROLES, d.role)) return `role must be one of ${ROLES.join(', ')}`;
      if (!isWhole(d.count, 1, MAX_HIRES_PER_TURN))
        return `hire count must be a whole number from 1 to ${MAX_HIRES_PER_TURN}`;
      const total = (p.hires?.[d.role] ?? 0) + d.count;
      return total <= MAX_HIRES_PER_TURN
        ? null
        : `at most ${MAX_HIRES_PER_TURN} ${d.role} hires per turn (this makes ${total})`;
    }
    case 'team/let-go': {
      if (!oneOf(ROLES, d.role)) return `role must be one of ${ROLES.join(', ')}`;
      if (!isWhole(d.count, 1, 1000)) return 'let-go count must be a whole number of at least 1';
      const have = headcountOf(state.team, d.role) - (p.letGo?.[d.role] ?? 0);
      return d.count <= have ? null : `cannot let go ${d.count} ${d.role}(s): the team has ${have}`;
    }
    case 'team/agents':
      return isWhole(d.seats, 0, MAX_AGENT_SEATS)
        ? null
        : `agent seats must be a whole number from 0 to ${MAX_AGENT_SEATS}`;
    case 'arch/migrate':
      return checkMigration(state, p, d.axis, d.target);
    case 'arch/cancel-migration':
      return p.migration ? null : 'there is no migration to cancel';
    case 'arch/provision':
      if (!isWhole(d.units, 0, MAX_DEDICATED_UNITS))
        return `units must be a whole number from 0 to ${MAX_DEDICATED_UNITS}`;
      return state.arch.hosting === 'dedicated' || p.migration?.target === 'dedicated'
        ? null
        : 'capacity can only be provisioned on dedicated hosting';
    case 'event/choose':
      if (typeof d.eventId === 'string' && p.answered?.includes(d.eventId))
        return `event "${d.eventId}" was answered twice`;
      return checkEventChoice(state, scenario, d.eventId, d.option);
    case 'stakeholder/communicate':
      return oneOf(FRAMINGS, d.framing) ? null : `framing must be one of ${FRAMINGS.join(', ')}`;
    case 'money/raise': {
      if (p.raised) return 'a funding round was already started this turn';
      const r = state.money.raise;
      if (r)
        return `a funding round is already under way (investors decide in ${r.decidesTurn - state.turn} turn(s))`;
      const wait =
        state.money.lastRaiseTurn + paramsOf(state, scenario).money.raiseCooldownTurns - state.turn;
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
    if (!(ALLOCATION_KEYS as readonly string[]).includes(key))
      return `allocation has an unknown part "${key}"`;
  }
  return sum === 100 ? null : `allocation must add up to 100% (it adds up to ${sum}%)`;
}

function checkMigration(state: GameState, p: Pending, axis: unknown, target: unknown): string | null {
  if (typeof axis !== 'string' || !Object.hasOwn(ARCH_OPTIONS, axis)) {
    return `axis must be one of ${Object.keys(ARCH_OPTIONS).join(', ')}`;
  }
  const options = ARCH_OPTIONS[axis as keyof typeof ARCH_OPTIONS] as readonly string[];
  if (typeof target !== 'string' || !options.includes(target))
    return `${axis} target must be one of ${options.join(', ')}`;
  if (p.migration)
    return `a ${p.migration.axis} migration is already under way (only one migration can run at a time)`;
  if (state.arch[axis as keyof typeof ARCH_OPTIONS] === target) return `${axis} is already ${target}`;
  return null;
}

function checkEventChoice(
  state: GameState,
  scenario: Scenario,
  eventId: unknown,
  option: unknown,
): string | null {
  if (typeof eventId !== 'string') return 'eventId must be a string';
  if (!state.pending.some((p) => p.eventId === eventId))
    return `event "${eventId}" is not waiting for an answer`;
  const def = scenario.events.find((e) => e.id === eventId);
  if (!def) return `event "${eventId}" is not in this scenario`;
  if (typeof option !== 'string' || !def.options.some((o) => o.id === option)) {
    return `event "${eventId}" has no option ${JSON.stringify(option)}`;
  }
  return null;
}

/**
 * A checker for building a turn's decisions one at a time (bots, the plan a player drafts). What it accepted is
 * legal together on its state, exactly as `checkDecisions` would find the list: bulk play plays it without a
 * second check (bulk.ts).
 */
export class DecisionChecker {
  /** The decisions `add` accepted, in the order they were added. */
  readonly accepted: Decision[] = [];
  private readonly pending: Pending;

  constructor(
    readonly state: GameState,
    readonly scenario: Scenario,
  ) {
    this.pending = pendingOf(state);
  }

  /** Why `d` cannot follow the decisions added so far, or null. */
  check(d: unknown): string | null {
    return checkAgainst(this.state, this.scenario, d, this.pending);
  }

  /** Checks `d` and, when legal, adds it to what later decisions are checked against. */
  add(d: unknown): string | null {
    const reason = checkAgainst(this.state, this.scenario, d, this.pending);
    if (!reason) {
      note(this.state, this.pending, d as Decision);
      this.accepted.push(d as Decision);
    }
    return reason;
  }
}

export function decisionChecker(state: GameState, scenario: Scenario): DecisionChecker {
  return new DecisionChecker(state, scenario);
}

/** First illegal decision of a list, each checked against the turn as the earlier ones leave it. */
export function checkDecisions(
  state: GameState,
  scenario: Scenario,
  decisions: readonly unknown[],
): Rejection | null {
  if (!Array.isArray(decisions))
    return { index: -1, decision: decisions, reason: 'decisions must be a list' };
  if (decisions.length === 0) return null;
  const checker = decisionChecker(state, scenario);
  for (let i = 0; i < decisions.length; i++) {
    const reason = checker.add(decisions[i]);
    if (reason) return { index: i, decision: decisions[i], reason };
  }
  return null;
}
