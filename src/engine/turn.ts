/**
 * The scratchpad of one turn: what the systems compute and pass to each other while the step runs.
 * Created by `step` and thrown away after it (bulk play reuses one for a whole game); never part of the state.
 */
import { withOverrides } from './overrides.ts';
import { turnDice } from './rng.ts';
import type { GameEvent, ModifierTarget, Params, Scenario } from './types.ts';

/** Which events a turn builds: all of them (true), none (false), or only the scenario's cards. */
export type EventsWanted = boolean | 'cards';

export interface Turn {
  scenario: Scenario;
  p: Params;
  key: number;
  /** Index of the turn being played (state.turn before the step). */
  t: number;
  /** This turn's dice (`turnDice(key, t)`): every random quantity of the turn is rolled from it. */
  dice: number;
  weeks: number;
  /** The turn's events, or null when the caller does not want them (bulk play builds no event objects). */
  events: GameEvent[] | null;
  /**
   * Where the scenario's cards (fired and resolved) go: the same list as `events` when every event is wanted, a
   * list of their own when only they are (bulk runs that count answers), or null.
   */
  cards: GameEvent[] | null;
  /**
   * The parameters last worked out for a game's overrides (see `paramsOf`): kept across turns, as a turn
   * scratchpad reused for a whole game keeps it, because they depend on nothing but that overrides object, which
   * the engine replaces rather than changes.
   */
  overridden: { overrides: Readonly<Record<string, number>>; params: Params } | null;
  /** Product of active modifiers by target. */
  mods: Record<ModifierTarget, number>;
  /** Option chosen for each pending event this turn. */
  choices: Map<string, string> | null;
  /** Engineer-weeks available to the allocation (people after overheads, plus agent output). */
  capacity: number;
  /** People's part of it per week, before agents. */
  humanCapacity: number;
  mlCapacity: number;
  sreCapacity: number;
  /** Engineer-weeks per week of agent output that nobody reviewed (it ships anyway). */
  unreviewed: number;
  /** Engineer-weeks per week of agent output, after its quality. */
  agentWeeks: number;
  /** Engineer-weeks per week that running your own servers and model takes (SREs first, then engineers). */
  opsWeeks: number;
  /** Founder time this week on board updates and fundraising (engineer-weeks). */
  leadershipWeeks: number;
  featureOutput: number;
  /** Engineer-weeks of code changes finished this turn (features, paydown, reliability, migration). */
  changes: number;
  /** Feature points released to users this turn. */
  released: number;
  /** Money that came in from outside (raises, grants) or went out outside the ledger (fines), in cents. */
  fundingIn: number;
  otherCosts: number;
  /** Severity-weighted incident impact this turn (drives churn, satisfaction, board). */
  incidentImpact: number;
  /** Severity of everything that paged someone this turn (drives burnout). */
  pages: number;
  /** 0..1 how thinly the team is stretched over its users (support and operations load). */
  stretch: number;
  downtimeHours: number;
  /** Cost multiplier from incidents such as cost spikes. */
  costSpike: number;
  /** How much worse the model released this turn is than the one it replaced (0 if none or better). */
  qualityDrop: number;
  /** How long users felt this turn's failed deployments (hours, weighted by the share of users hit). */
  failureHours: number;
}

/**
 * The parameters the turn plays on: the scenario's, with the game's overrides applied when it has any (format 2's
 * parameter effects), worked out again only when the overrides changed.
 */
export function turnParams(turn: Turn, overrides: Readonly<Record<string, number>> | undefined): Params {
  if (!overrides) return turn.scenario.params;
  const o = turn.overridden;
  if (o && o.overrides === overrides) return o.params;
  const params = withOverrides(turn.scenario.params, overrides);
  turn.overridden = { overrides, params };
  return params;
}

/** A new turn, ready to play turn `t` of the game whose key this is. */
export function newTurn(scenario: Scenario, key: number, t: number, withEvents: EventsWanted = true): Turn {
  const turn: Turn = {
    scenario,
    p: scenario.params,
    key,
    t,
    dice: 0,
    weeks: 0,
    events: null,
    cards: null,
    overridden: null,
    mods: {
      acquisition: 1,
      churn: 1,
      infraCost: 1,
      inferenceCost: 1,
      incidentRate: 1,
      velocity: 1,
      revenue: 1,
      hostedApiPrice: 1,
    },
    choices: null,
    capacity: 0,
    humanCapacity: 0,
    mlCapacity: 0,
    sreCapacity: 0,
    unreviewed: 0,
    agentWeeks: 0,
    opsWeeks: 0,
    leadershipWeeks: 0,
    featureOutput: 0,
    changes: 0,
    released: 0,
    fundingIn: 0,
    otherCosts: 0,
    incidentImpact: 0,
    pages: 0,
    stretch: 0,
    downtimeHours: 0,
    costSpike: 1,
    qualityDrop: 0,
    failureHours: 0,
  };
  return startTurn(turn, key, t, withEvents);
}

/**
 * Sets every field of `turn` for turn `t` of the game whose key this is, as a new turn has them: bulk play reuses
 * one turn object for a whole game (bulk.ts) instead of allocating one per turn. Every field the literal above
 * lists is set here but `overridden`, a cache (a test plays a used turn against a new one).
 */
export function startTurn(turn: Turn, key: number, t: number, withEvents: EventsWanted): Turn {
  const scenario = turn.scenario;
  turn.p = scenario.params;
  turn.key = key;
  turn.t = t;
  turn.dice = turnDice(key, t);
  turn.weeks = scenario.params.weeksPerTurn;
  turn.events = withEvents === true ? [] : null;
  turn.cards = withEvents === 'cards' ? [] : turn.events;
  const mods = turn.mods;
  mods.acquisition = 1;
  mods.churn = 1;
  mods.infraCost = 1;
  mods.inferenceCost = 1;
  mods.incidentRate = 1;
  mods.velocity = 1;
  mods.revenue = 1;
  mods.hostedApiPrice = 1;
  turn.choices = null;
  turn.capacity = 0;
  turn.humanCapacity = 0;
  turn.mlCapacity = 0;
  turn.sreCapacity = 0;
  turn.unreviewed = 0;
  turn.agentWeeks = 0;
  turn.opsWeeks = 0;
  turn.leadershipWeeks = 0;
  turn.featureOutput = 0;
  turn.changes = 0;
  turn.released = 0;
  turn.fundingIn = 0;
  turn.otherCosts = 0;
  turn.incidentImpact = 0;
  turn.pages = 0;
  turn.stretch = 0;
  turn.downtimeHours = 0;
  turn.costSpike = 1;
  turn.qualityDrop = 0;
  turn.failureHours = 0;
  return turn;
}
