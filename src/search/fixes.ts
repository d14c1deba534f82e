/**
 * What in a scenario file sets the price of each lever family, with the values it has now: the second half of
 * every strategy-search warning. Where only the engine's rules decide (what talking to the board earns), the fix
 * says so and names what the file can still do (its `levers`, its objectives). Pure.
 */
import { formatDollars } from '../lib/format.ts';
import type { Scenario } from '../engine/index.ts';

const dollars = (cents: number): string => formatDollars(cents);

/** Each a noun phrase: the fields that set a family's price, with their values now. */
const FIXES: Record<string, (sc: Scenario, lever: string | undefined) => string> = {
  split: (sc) =>
    `\`parameters.debt.perFeature\` (now ${sc.params.debt.perFeature}) and \`parameters.debt.interest.scaling\` (now ${sc.params.debt.interest.scaling}), what rushing features costs, and \`parameters.market.marketPerFeature\` (now ${sc.params.market.marketPerFeature}) and \`parameters.market.expectedFeatures\` (now ${sc.params.market.expectedFeatures}), what features earn`,
  release: (sc) =>
    `\`parameters.model.meanGain\` (now ${sc.params.model.meanGain}), \`parameters.model.gainSpread\` (now ${sc.params.model.gainSpread}) and \`parameters.model.evalNoise\` (now ${sc.params.model.evalNoise}): how good and how uncertain a new model is, and how well evals see it`,
  policy: (sc) =>
    `\`parameters.team.baseAttrition\` (now ${sc.params.team.baseAttrition}, what burnout costs), \`parameters.team.coordinationPerPath\` (now ${sc.params.team.coordinationPerPath}, what specs and async docs save) and \`parameters.hazards.base\` (what on-call and postmortems guard against); what each policy does is a rule of the engine, and \`policy/set\` can leave \`levers\``,
  agents: (sc) =>
    `\`parameters.money.agentSeat\` (now ${dollars(sc.params.money.agentSeatCents)} a seat a week), \`parameters.team.agentThroughput\` (now ${sc.params.team.agentThroughput}) and \`parameters.team.reviewCapacity\` (now ${sc.params.team.reviewCapacity} seats per reviewer)`,
  team: (sc) =>
    `\`parameters.money.salary\` (an engineer now ${dollars(sc.params.money.salaryCents.engineer)} a week), \`parameters.money.hireCost\` (now ${dollars(sc.params.money.hireCostCents)}), \`parameters.team.hireLeadTurns\` (now ${sc.params.team.hireLeadTurns}) and \`parameters.team.coordinationPerPath\` (now ${sc.params.team.coordinationPerPath})`,
  arch: (sc) =>
    `the effort of each migration in \`parameters.migrations\` (engineer-weeks; hosting now ${sc.params.migrations.hosting}) and what each option costs: \`parameters.money.dedicatedUnit\` (now ${dollars(sc.params.money.dedicatedUnitCents)}), \`parameters.money.serverlessPerKReq\`, \`parameters.money.inferencePerKReq\`, \`parameters.money.servingFixed\` and \`parameters.load.serverlessCeiling\` (now ${sc.params.load.serverlessCeiling})`,
  servers: (sc) =>
    `\`parameters.money.dedicatedUnit\` (now ${dollars(sc.params.money.dedicatedUnitCents)} a unit a week) and \`parameters.load.requestsPerUser\` (now ${sc.params.load.requestsPerUser})`,
  board: (sc) =>
    `\`parameters.stakeholders.ousterBelow\` (now ${sc.params.stakeholders.ousterBelow}, when the board loses patience) and objectives on what words cannot change (users, cash, incidents); what talking to the board earns is a rule of the engine, and \`stakeholder/communicate\` can leave \`levers\``,
  raise: (sc) =>
    `\`parameters.money.raiseCooldownTurns\` (now ${sc.params.money.raiseCooldownTurns}), \`parameters.money.raiseMin\` (now ${dollars(sc.params.money.raiseMinCents)}) and \`parameters.money.raisePerUser\` (now ${dollars(sc.params.money.raisePerUserCents)})`,
  event: (_, lever) =>
    `the \`effects\` and \`chance\` of the outcomes of ${lever ? `'${lever.replace(/^event\./, '')}'` : 'the event'}'s options in \`events\``,
};

/** The fields that price a lever family, with their values now. */
export function leverFix(sc: Scenario, family: string, lever?: string): string {
  const fix = FIXES[family];
  return fix ? fix(sc, lever) : 'the parameters and event outcomes the lever trades against each other';
}
