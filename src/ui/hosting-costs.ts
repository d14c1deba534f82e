/**
 * Serverless against dedicated servers at this week's load, in the player's words: the cost crossover that Solo
 * founder and The pivot ask a player to watch, shown beside the hosting move rather than left to the debrief.
 * Base prices, without a card's passing modifiers or a cost spike. Pure.
 */
import type { GameState, Params } from '../engine/index.ts';
import { serverOpsWeeks } from '../engine/index.ts';
import { unitsFor } from '../engine/architecture.ts';
import { money } from './format.ts';

export interface HostingCosts {
  /** Dollars a week on serverless at this load. */
  serverless: number;
  /** Dollars a week for the dedicated servers this load needs (the units and the platform). */
  dedicated: number;
  units: number;
  /** Engineer-weeks a week that running those servers takes, and the salary it stands for. */
  opsWeeks: number;
  opsDollars: number;
}

export function hostingCosts(s: GameState, p: Params, peakThousands: number): HostingCosts {
  const requests = s.market.users * p.load.requestsPerUser;
  const units = unitsFor(peakThousands);
  const opsWeeks = serverOpsWeeks(p.load, units);
  return {
    serverless: (requests * p.money.serverlessPerKReqCents) / 100,
    dedicated: (units * p.money.dedicatedUnitCents + p.money.dedicatedFixedCents) / 100,
    units,
    opsWeeks,
    opsDollars: (opsWeeks * p.money.salaryCents.engineer) / 100,
  };
}

/** "At this week's load: serverless $130 a week; dedicated servers $1,900 (2 units) plus …". */
export function hostingComparison(c: HostingCosts, hosting: 'serverless' | 'dedicated'): string {
  const dedicated = `dedicated servers ${money(c.dedicated)} a week (${c.units} units) plus ${c.opsWeeks.toFixed(1)} engineer-weeks a week to run them (about ${money(c.opsDollars)} of salary)`;
  const serverless = `serverless ${money(c.serverless)} a week`;
  const cheaper = c.dedicated + c.opsDollars < c.serverless ? 'dedicated' : 'serverless';
  const verdict =
    cheaper === hosting
      ? `${hosting === 'serverless' ? 'Serverless' : 'Dedicated'} is the cheaper of the two now.`
      : `${cheaper === 'dedicated' ? 'Dedicated' : 'Serverless'} would be cheaper now.`;
  return hosting === 'serverless'
    ? `Hosting at this week's load: ${serverless}; ${dedicated}. ${verdict}`
    : `Hosting at this week's load: ${dedicated}; ${serverless}. ${verdict}`;
}
