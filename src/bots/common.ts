/**
 * Shared pieces of the strategy bots: what a bot is, and the moves every sensible bot makes (answering events,
 * raising money before the runway ends, keeping dedicated capacity ahead of load). Pure.
 */
import { PROVISION_HEADROOM, UNIT_CAPACITY, unitsFor } from '../engine/architecture.ts';
import type { Allocation, BooleanPolicy, Decision, GameState, Scenario, Stance } from '../engine/index.ts';
import { DecisionChecker, headcountOf, pipelineOf, policyOn, runwayTurns } from '../engine/index.ts';

/**
 * A strategy: a pure function from what the player can see to this turn's decisions. `moves`, when given, is where
 * to collect them (playBot offers it: a list it returns from there is played without a second check).
 */
export type Bot = (state: GameState, scenario: Scenario, moves?: Moves) => Decision[];

/** Collects decisions, keeping only those the engine accepts (bots never send illegal moves). */
export class Moves {
  /** The engine's checker, which keeps every accepted decision (bulk play plays them unchecked). */
  readonly checker: DecisionChecker;
  /** The decisions accepted so far: the checker's own list. */
  readonly list: Decision[];
  constructor(
    private readonly state: GameState,
    scenario: Scenario,
  ) {
    this.checker = new DecisionChecker(state, scenario);
    this.list = this.checker.accepted;
  }

  /** Adds `d` if it is legal after the moves already made this turn. */
  add(d: Decision): this {
    this.checker.add(d);
    return this;
  }

  /** Sets the allocation only when it differs from the current plan (keeps decision logs short). */
  allocate(a: Allocation): this {
    const c = this.state.plan.allocation;
    const same =
      c.features === a.features &&
      c.debt === a.debt &&
      c.evals === a.evals &&
      c.reliability === a.reliability &&
      c.data === a.data &&
      c.migration === a.migration;
    return same ? this : this.add({ type: 'plan/allocate', allocation: a });
  }

  release(mode: Decision & { type: 'release/set' } extends { mode: infer M } ? M : never): this {
    return this.state.plan.release === mode ? this : this.add({ type: 'release/set', mode });
  }

  policy(policy: BooleanPolicy, on: boolean): this {
    return policyOn(this.state.plan.policies, policy) === on
      ? this
      : this.add({ type: 'policy/set', policy, on });
  }
}

/** The moves a bot was offered for this state, or new ones. */
export function movesFor(state: GameState, scenario: Scenario, offered: Moves | undefined): Moves {
  return offered && offered.checker.state === state && offered.list.length === 0
    ? offered
    : new Moves(state, scenario);
}

/** Answers every waiting event with the option matching the bot's stance, else the default. */
export function answerEvents(m: Moves, state: GameState, scenario: Scenario, stance: Stance): void {
  for (const p of state.pending) {
    const def = scenario.events.find((e) => e.id === p.eventId);
    if (!def) continue;
    const option =
      def.options.find((o) => o.stance === stance) ?? def.options.find((o) => o.id === def.defaultOption);
    if (option) m.add({ type: 'event/choose', eventId: def.id, option: option.id });
  }
}

/** Raises money when the runway gets short. */
export function raiseIfShort(m: Moves, state: GameState, minRunway: number): void {
  if (runwayTurns(state) < minRunway) m.add({ type: 'money/raise' });
}

/** On dedicated hosting, keeps provisioned units ahead of peak load (every bot that owns servers does this). */
export function provision(m: Moves, state: GameState, scenario: Scenario): void {
  if (state.arch.hosting !== 'dedicated') return;
  const lp = scenario.params.load;
  const peakFactor = state.arch.processing === 'sync' ? lp.syncPeakFactor : lp.asyncPeakFactor;
  // Plan for a few weeks of growth so capacity is not always one step behind.
  const growth =
    1 + (Math.max(0, state.market.gained - state.market.lost) / Math.max(1, state.market.users)) * 4;
  const peak = state.market.users * lp.requestsPerUser * peakFactor * growth;
  const want = unitsFor(peak);
  const have = state.arch.dedicatedUnits;
  const tooFew = have * UNIT_CAPACITY < peak * 1.1;
  const tooMany = have > want * 1.5 && have * UNIT_CAPACITY > peak * PROVISION_HEADROOM * 1.5;
  if (tooFew || tooMany) m.add({ type: 'arch/provision', units: want });
}

export function headcount(state: GameState): number {
  return headcountOf(state.team);
}

/** People already hired but not yet arrived, for one role. */
export function inPipeline(state: GameState, role: 'engineer' | 'ml' | 'sre' | 'product'): number {
  return pipelineOf(state.team, role);
}
