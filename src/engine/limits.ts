/**
 * The largest numbers the world holds. A scenario file is untrusted, and even a valid one can compound (an event
 * that multiplies cash every turn, a modifier stacked 500 times, debt interest over ten years of turns): these
 * caps keep every number finite and every sum of cents exact (below 2^53), whatever the file says. They sit far
 * above anything a sensible scenario reaches, so they never change a normal game. Pure constants.
 */
import type { EffectTarget } from './types.ts';

/** Cash in the bank, either way: ten trillion dollars, in cents. */
export const MAX_CASH_CENTS = 1e15;
/** One turn's revenue, one cost line, or one turn's funding: a hundred billion dollars, in cents. */
export const MAX_FLOW_CENTS = 1e13;
/** Users and the addressable market: ten billion, more people than there are. */
export const MAX_USERS = 1e10;
/** Technical debt (the scenario format allows an initial stock up to a million). */
export const MAX_DEBT = 1e6;
/** Feature points delivered and waiting. */
export const MAX_FEATURES = 1e9;
/** The combined factor of the modifiers on one rate (each modifier is at most 100). */
export const MAX_MODIFIER = 1000;
/** Engineers one event can bring (an acqui-hire); agent seats a company can run. */
export const MAX_EVENT_HIRES = 50;
export const MAX_AGENT_SEATS = 50;

const SHARE = { min: 0, max: 1, what: 'a share' };

/**
 * What an effect may set a target to, in the units authors write (cash in dollars, shares 0..1, counts). The
 * scenario validator refuses `set` outside it and `add` beyond its width, so an author learns of a slip
 * (`morale: set 5`) instead of the engine quietly clamping it.
 */
export const EFFECT_RANGE: Readonly<Record<EffectTarget, { min: number; max: number; what: string }>> = {
  cash: { min: -MAX_CASH_CENTS / 100, max: MAX_CASH_CENTS / 100, what: 'dollars' },
  users: { min: 0, max: MAX_USERS, what: 'users' },
  addressable: { min: 1, max: MAX_USERS, what: 'users' },
  debt: { min: 0, max: MAX_DEBT, what: 'debt points' },
  morale: SHARE,
  burnout: SHARE,
  board: SHARE,
  pressure: SHARE,
  trust: SHARE,
  satisfaction: SHARE,
  modelQuality: SHARE,
  evalCoverage: SHARE,
  observability: SHARE,
  testAutomation: SHARE,
  dataPipeline: SHARE,
  featureLevel: { min: 0, max: MAX_FEATURES, what: 'feature points' },
  pendingWork: { min: 0, max: MAX_FEATURES, what: 'feature points' },
  engineers: { min: 0, max: MAX_EVENT_HIRES, what: 'engineers' },
  agents: { min: 0, max: MAX_AGENT_SEATS, what: 'agent seats' },
};
