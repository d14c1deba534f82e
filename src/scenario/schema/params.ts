/**
 * Schema of `parameters`: a deep partial of the engine's Params. Money is written in dollars under short
 * names (arpu, salary, …) and converted to the engine's *Cents fields when the scenario is resolved; every
 * other group keeps the engine's names. Defaults shown in the docs come from DEFAULT_PARAMS. Pure.
 */
import { z } from './zod.ts';
import { DEFAULT_PARAMS } from '../../engine/params.ts';
import { ARCH_AXES, ARCH_OPTIONS, INCIDENT_KINDS, PHASES, ROLES } from '../../engine/types.ts';
import { int, range, share, withDefault } from './common.ts';

const P = DEFAULT_PARAMS;
const dollars = (cents: number): number => cents / 100;
const MAX_MONEY = 1e9;

/** A mapping with one optional number per key (a role, a phase, an axis…). */
function perKey<K extends string>(
  keys: readonly K[],
  defaults: Record<K, number>,
  field: (key: K) => z.ZodNumber,
  description: string,
): z.ZodOptional<z.ZodObject<Record<K, z.ZodOptional<z.ZodNumber>>>> {
  const shape = Object.fromEntries(keys.map((k) => [k, withDefault(field(k), defaults[k])])) as Record<
    K,
    z.ZodOptional<z.ZodNumber>
  >;
  return z.strictObject(shape).describe(description).optional();
}

function money(description: string, cents: number): z.ZodOptional<z.ZodNumber> {
  return withDefault(range(0, MAX_MONEY, `${description} In dollars.`), dollars(cents));
}

const serving = ARCH_OPTIONS.serving;
const m = P.money;
const ROLE_NAMES: Record<(typeof ROLES)[number], string> = {
  engineer: 'engineer',
  ml: 'ML engineer',
  sre: 'SRE',
  product: 'product person',
};
const MoneySchema = z
  .strictObject({
    arpu: money('Revenue per active user per week.', m.arpuCents),
    salary: perKey(
      ROLES,
      mapValues(m.salaryCents, dollars),
      (r) => range(0, MAX_MONEY, `Weekly cost of one ${ROLE_NAMES[r]}, in dollars.`),
      'Weekly cost per person by role, in dollars.',
    ),
    agentSeat: money('Weekly cost of one AI agent seat.', m.agentSeatCents),
    serverlessPerKReq: money('Serverless hosting cost per thousand requests.', m.serverlessPerKReqCents),
    dedicatedUnit: money('Weekly cost of one unit of dedicated capacity.', m.dedicatedUnitCents),
    inferencePerKReq: perKey(
      serving,
      mapValues(m.inferencePerKReqCents, dollars),
      (s) => range(0, MAX_MONEY, `Inference cost per thousand requests with ${s} serving, in dollars.`),
      'Inference cost per thousand requests by serving mode, in dollars.',
    ),
    servingFixed: perKey(
      serving,
      mapValues(m.servingFixedCents, dollars),
      (s) => range(0, MAX_MONEY, `Fixed weekly cost of ${s} serving (GPUs), in dollars.`),
      'Fixed weekly serving cost by serving mode, in dollars.',
    ),
    hireCost: money('Recruiting cost per new hire.', m.hireCostCents),
    raisePerUser: money(
      'Valuation per user when raising a round (sets the round size).',
      m.raisePerUserCents,
    ),
    raiseMin: money('Smallest round the board will raise.', m.raiseMinCents),
    raiseCooldownTurns: withDefault(int(0, 520, 'Turns between two funding rounds.'), m.raiseCooldownTurns),
  })
  .describe(
    'Money, in dollars: revenue per user, salaries, infrastructure, inference, hiring and fundraising.',
  );

const mk = P.market;
const MarketSchema = z
  .strictObject({
    viralRate: withDefault(
      share('Weekly new users from word of mouth per existing user, at full satisfaction.'),
      mk.viralRate,
    ),
    baseAcquisition: withDefault(
      range(0, 1e7, 'Weekly new users from channels independent of the user base.'),
      mk.baseAcquisition,
    ),
    baseChurn: withDefault(share('Weekly share of users who leave at neutral satisfaction.'), mk.baseChurn),
    marketPerFeature: withDefault(
      range(0, 1e7, 'Addressable-market growth per feature point delivered.'),
      mk.marketPerFeature,
    ),
    shockVolatility: withDefault(
      share('Standard deviation of the weekly market shock on acquisition.'),
      mk.shockVolatility,
    ),
    expectedFeatures: withDefault(
      range(0.001, 1e6, 'Feature level users expect; satisfaction falls short of it.'),
      mk.expectedFeatures,
    ),
  })
  .describe('Market: acquisition, churn and how features grow the addressable market.');

const l = P.load;
const LoadSchema = z
  .strictObject({
    requestsPerUser: withDefault(
      range(0, 1e6, 'Thousands of requests per user per week.'),
      l.requestsPerUser,
    ),
    syncPeakFactor: withDefault(
      range(1, 100, 'Peak headroom needed with synchronous processing.'),
      l.syncPeakFactor,
    ),
    asyncPeakFactor: withDefault(
      range(1, 100, 'Peak headroom needed with asynchronous processing.'),
      l.asyncPeakFactor,
    ),
    serverlessCeiling: withDefault(
      range(0, 1e12, 'Serverless concurrency ceiling, thousands of requests per week.'),
      l.serverlessCeiling,
    ),
    baseLatencyMs: withDefault(
      range(0, 1e6, 'Latency before serving and congestion are added, in ms.'),
      l.baseLatencyMs,
    ),
    sloLatencyMs: withDefault(
      range(1, 1e6, 'Latency objective in ms; slower requests count against the SLO.'),
      l.sloLatencyMs,
    ),
  })
  .describe('Load and capacity: requests, peaks, the serverless ceiling and the latency objective.');

const t = P.team;
const TeamParamsSchema = z
  .strictObject({
    productivity: withDefault(
      range(0, 100, 'Engineer-weeks a ramped person delivers per week.'),
      t.productivity,
    ),
    agentThroughput: withDefault(
      range(0, 100, 'Engineer-weeks one agent seat delivers per week.'),
      t.agentThroughput,
    ),
    reviewCapacity: withDefault(
      range(0, 100, 'Agent seats one reviewing engineer can keep up with.'),
      t.reviewCapacity,
    ),
    hireLeadTurns: withDefault(int(1, 4, 'Turns from an offer to the first day.'), t.hireLeadTurns),
    offerAcceptance: withDefault(share('Share of offers accepted.'), t.offerAcceptance),
    baseAttrition: withDefault(share('Weekly chance a person leaves, at neutral morale.'), t.baseAttrition),
    coordinationPerPath: withDefault(
      share('Coordination loss per communication path (paths grow as n(n-1)/2).'),
      t.coordinationPerPath,
    ),
  })
  .describe('Team: productivity, agents, hiring and coordination.');

const d = P.debt;
const DebtSchema = z
  .strictObject({
    perFeature: withDefault(
      range(0, 1e4, 'Debt added per feature point shipped without automation.'),
      d.perFeature,
    ),
    paydownPerWeek: withDefault(
      range(0, 1e4, 'Debt removed per engineer-week of paydown.'),
      d.paydownPerWeek,
    ),
    interest: perKey(
      PHASES,
      d.interest,
      (p) => share(`Debt interest per turn in the ${p} phase (share of the stock).`),
      'Debt interest per turn, by phase.',
    ),
    drag: withDefault(range(0, 100, 'How strongly debt drags velocity (per 100 debt).'), d.drag),
  })
  .describe('Technical debt: how it grows, how paydown works, its interest by phase and its drag.');

const h = P.hazards;
const HazardsSchema = z
  .strictObject({
    base: perKey(
      INCIDENT_KINDS,
      h.base,
      (k) => share(`Base weekly chance of ${k} incidents.`),
      'Base weekly chance of each incident kind.',
    ),
    perDebt: withDefault(share('Added incident chance per 100 debt.'), h.perDebt),
    debtPhaseFactor: perKey(
      PHASES,
      h.debtPhaseFactor,
      (p) => range(0, 100, `How much debt raises incident risk in the ${p} phase.`),
      "Multiplier of debt's effect on incidents, by phase.",
    ),
  })
  .describe('Incident hazards: base chances and how debt raises them by phase.');

const md = P.model;
const ModelSchema = z
  .strictObject({
    trainingEffort: withDefault(
      range(0.001, 1e4, 'ML engineer-weeks per model candidate.'),
      md.trainingEffort,
    ),
    meanGain: withDefault(range(-1, 1, 'Mean quality gain of a new candidate.'), md.meanGain),
    gainSpread: withDefault(share('Spread of candidate quality around the mean.'), md.gainSpread),
    evalNoise: withDefault(share('Eval noise (standard deviation) with zero eval coverage.'), md.evalNoise),
  })
  .describe('The AI model lifecycle: training effort, candidate quality and eval noise.');

const ph = P.phases;
const PhasesSchema = z
  .strictObject({
    scalingUsers: withDefault(range(0, 1e9, 'Users at which the scaling phase starts.'), ph.scalingUsers),
    scalingHeadcount: withDefault(
      int(0, 10_000, 'Headcount at which the scaling phase starts.'),
      ph.scalingHeadcount,
    ),
    maintenanceShare: withDefault(
      share('Market share at which the maintenance phase starts.'),
      ph.maintenanceShare,
    ),
  })
  .describe('When the company moves from fast iteration to scaling to maintenance.');

const StakeholdersSchema = z
  .strictObject({
    ousterBelow: withDefault(
      share('Board confidence below which the player is replaced.'),
      P.stakeholders.ousterBelow,
    ),
  })
  .describe('Stakeholders: when the board loses patience.');

export const ParamsSchema = z
  .strictObject({
    money: MoneySchema.optional(),
    market: MarketSchema.optional(),
    load: LoadSchema.optional(),
    team: TeamParamsSchema.optional(),
    debt: DebtSchema.optional(),
    hazards: HazardsSchema.optional(),
    model: ModelSchema.optional(),
    phases: PhasesSchema.optional(),
    stakeholders: StakeholdersSchema.optional(),
    migrations: perKey(
      ARCH_AXES,
      P.migrations,
      (a) => range(0.001, 1e4, `Engineer-weeks to migrate ${a}.`),
      'Engineer-weeks a migration of each architecture axis takes (more with debt).',
    ),
  })
  .describe("Overrides of the engine's parameters; everything is optional.");

export type ParamsInput = z.input<typeof ParamsSchema>;
export type ParamsOutput = z.output<typeof ParamsSchema>;

function mapValues<K extends string>(record: Record<K, number>, f: (v: number) => number): Record<K, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as number)])) as Record<K, number>;
}
