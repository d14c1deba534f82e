/**
 * The scratchpad of one turn: what the systems compute and pass to each other while the step runs.
 * Created fresh by `step` and thrown away after it; never part of the state.
 */
import { turnDice } from './rng.ts';
import type { GameEvent, ModifierTarget, Params, Scenario } from './types.ts';

export interface Turn {
  scenario: Scenario;
  p: Params;
  key: number;
  /** Index of the turn being played (state.turn before the step). */
  t: number;
  /** This turn's dice (`turnDice(key, t)`): every random quantity of the turn is rolled from it. */
  dice: number;
  weeks: number;
  events: GameEvent[];
  /** Product of active modifiers by target. */
  mods: Record<ModifierTarget, number>;
  /** Option chosen for each pending event this turn. */
  choices: Map<string, string> | null;
  raise: boolean;
  /** Engineer-weeks available to the allocation (humans after coordination, plus reviewed agent output). */
  capacity: number;
  mlCapacity: number;
  sreCapacity: number;
  /** Share of agent output that shipped without human review, 0..1. */
  unreviewed: number;
  agentWeeks: number;
  featureOutput: number;
  /** Feature points released to users this turn. */
  released: number;
  /** Money that came in from outside (raises, grants) or went out outside the ledger (fines), in cents. */
  fundingIn: number;
  otherCosts: number;
  /** Severity-weighted incident impact this turn (drives churn, satisfaction, board). */
  incidentImpact: number;
  downtimeHours: number;
  /** Cost multiplier from incidents such as cost spikes. */
  costSpike: number;
  /** How much worse the model released this turn is than the one it replaced (0 if none or better). */
  qualityDrop: number;
  /** How long users felt this turn's failed deployments (hours). */
  failureHours: number;
}

export function newTurn(scenario: Scenario, key: number, t: number): Turn {
  return {
    scenario,
    p: scenario.params,
    key,
    t,
    dice: turnDice(key, t),
    weeks: scenario.params.weeksPerTurn,
    events: [],
    mods: {
      acquisition: 1,
      churn: 1,
      infraCost: 1,
      inferenceCost: 1,
      incidentRate: 1,
      velocity: 1,
      revenue: 1,
    },
    choices: null,
    raise: false,
    capacity: 0,
    mlCapacity: 0,
    sreCapacity: 0,
    unreviewed: 0,
    agentWeeks: 0,
    featureOutput: 0,
    released: 0,
    fundingIn: 0,
    otherCosts: 0,
    incidentImpact: 0,
    downtimeHours: 0,
    costSpike: 1,
    qualityDrop: 0,
    failureHours: 0,
  };
}
