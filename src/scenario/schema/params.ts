/**
 * Schema of `parameters`: a deep partial of the engine's Params. Money is written in dollars under short
 * names (arpu, salary, …) and converted to the engine's *Cents fields when the scenario is resolved; every
 * other group keeps the engine's names. Defaults shown in the docs come from DEFAULT_PARAMS. Pure.
 */
import { z } from './zod.ts';
import { ARCH_AXES, HAZARD_KIND_NAMES, PHASES } from '../../engine/types.ts';
import { int, range, share, withDefault } from './common.ts';
import { P, perKey } from './param-helpers.ts';
import { MoneySchema, ServingSchema } from './params-money.ts';

const mk = P.market;
const MarketSchema = z
  .strictObject({
    viralRate: withDefault(
      share(
        'Word of mouth: new users a week = (baseAcquisition + viralRate x users x delight) x (1 - users / addressable) x the market shock, with delight = (satisfaction - 0.45) / 0.4 between 0 and 1 (nobody recommends a product below 0.45).',
      ),
      mk.viralRate,
    ),
    baseAcquisition: withDefault(
      range(
        0,
        1e7,
        'Weekly new users from channels independent of the user base (ads, search), before the room left in the market and the shock (see viralRate).',
      ),
      mk.baseAcquisition,
    ),
    baseChurn: withDefault(
      share(
        "Weekly share of users who leave at satisfaction 0.65 or more; below it churn = baseChurn x (1 + 3 x (0.65 - satisfaction)) x churn modifiers, plus 0.06 x the week's incident impact (about 1 for a severe outage users felt for half a day).",
      ),
      mk.baseChurn,
    ),
    marketPerFeature: withDefault(
      range(
        0,
        1e7,
        'Addressable market = initial.addressable + marketPerFeature x feature level; it never shrinks, and is never below the most users reached.',
      ),
      mk.marketPerFeature,
    ),
    shockVolatility: withDefault(
      share(
        'Weekly market shock: new users are multiplied by max(0.2, 1 + shockVolatility x a standard normal draw), the same draw for every player of a seed.',
      ),
      mk.shockVolatility,
    ),
    expectedFeatures: withDefault(
      range(
        0.001,
        1e6,
        'Feature level users expect at the start: the features part of satisfaction is 0.75 x feature level / (expectedFeatures + competitorPace x weeks played), at most 1.',
      ),
      mk.expectedFeatures,
    ),
    competitorPace: withDefault(
      range(
        0,
        1e4,
        'Feature points a week by which competitors raise what users expect (standing still is falling behind; see expectedFeatures).',
      ),
      mk.competitorPace,
    ),
  })
  .describe('Market: acquisition, churn and how features grow the addressable market.');

const l = P.load;
const LoadSchema = z
  .strictObject({
    requestsPerUser: withDefault(
      range(
        0,
        1e6,
        'Thousands of requests one user makes a week: load = users x this, the base of the serverless and inference bills.',
      ),
      l.requestsPerUser,
    ),
    syncPeakFactor: withDefault(
      range(
        1,
        100,
        'Peak load = load x this with synchronous processing; capacity must cover the peak, and utilisation = peak / capacity.',
      ),
      l.syncPeakFactor,
    ),
    asyncPeakFactor: withDefault(
      range(1, 100, 'Peak load = load x this with asynchronous (queued) processing.'),
      l.asyncPeakFactor,
    ),
    serverlessCeiling: withDefault(
      range(
        0,
        1e12,
        'Serverless capacity (a concurrency ceiling), thousands of requests a week: a peak above it fails in part, an overload incident every week it lasts.',
      ),
      l.serverlessCeiling,
    ),
    baseLatencyMs: withDefault(
      range(
        0,
        1e6,
        "Latency in ms = (baseLatencyMs + the serving mode's latency: hosted API 250, self-hosted 150, fine-tuned 60 - 120 at the edge + 60 on serverless) x (1 + 0.25 x u x u / (1 - u)), u = utilisation capped at 0.97.",
      ),
      l.baseLatencyMs,
    ),
    sloLatencyMs: withDefault(
      range(
        1,
        1e6,
        "Latency objective in ms: above it a week's SLO share loses 0.5 x min(1, (latency - objective) / objective), and an overload incident is recorded once that exceeds 0.05.",
      ),
      l.sloLatencyMs,
    ),
    sloTarget: withDefault(
      share(
        "Share of a week within the SLO that counts as meeting it: the red line of the SLO tile, the week's log (\"below the target\"), the world's headline, Advance's stop and the debrief's SLO chart. The simulation itself uses the SLO share, not this line.",
      ),
      l.sloTarget,
    ),
    dedicatedOpsWeeks: withDefault(
      range(
        0,
        100,
        'Engineer-weeks a week that dedicated servers need, plus 0.002 a unit (SREs first, then engineers).',
      ),
      l.dedicatedOpsWeeks,
    ),
    servingOpsWeeks: withDefault(
      range(
        0,
        100,
        'Engineer-weeks a week that serving your own model (self-hosted or fine-tuned) needs (SREs first, then engineers).',
      ),
      l.servingOpsWeeks,
    ),
  })
  .describe('Load and capacity: requests, peaks, the serverless ceiling and the latency objective.');

const t = P.team;
const TeamParamsSchema = z
  .strictObject({
    productivity: withDefault(
      range(
        0,
        100,
        'Engineer-weeks a ramped person delivers a week before pace: pace = productivity x (0.7 + 0.4 x morale) x (1 - 0.5 x burnout), x 1.15 in crunch, x 0.8 with time off.',
      ),
      t.productivity,
    ),
    agentThroughput: withDefault(
      range(
        0,
        100,
        'Engineer-weeks of code one agent seat writes a week: seats write agentThroughput x seats / (1 + seats / (4 x ramped engineers + 2)), worth x (specs ? 1 : 0.6) x (0.7 + 0.3 x eval coverage).',
      ),
      t.agentThroughput,
    ),
    reviewCapacity: withDefault(
      range(
        0,
        100,
        "Engineer-weeks of agent output one ramped engineer can review in a week (a ceiling); each reviewed week costs 0.2 of a reviewer's week, and output beyond it ships unreviewed.",
      ),
      t.reviewCapacity,
    ),
    hireLeadTurns: withDefault(
      int(1, 52, 'Weeks from an accepted offer to the first day (time to fill plus notice).'),
      t.hireLeadTurns,
    ),
    offerAcceptance: withDefault(
      share('Offers accepted = offerAcceptance x (0.6 + 0.5 x morale) of the offers made.'),
      t.offerAcceptance,
    ),
    rampWeeks: withDefault(
      int(
        1,
        104,
        'Weeks a new hire takes to reach full productivity: from 10% in the first week to 100%, linearly; a colleague spends 0.25 down to 0 engineer-weeks a week mentoring them meanwhile.',
      ),
      t.rampWeeks,
    ),
    baseAttrition: withDefault(
      share(
        'Weekly chance a person leaves: baseAttrition x (1 + 4 x burnout + 3 x (1 - morale)); the last person of the team never leaves.',
      ),
      t.baseAttrition,
    ),
    coordinationPerPath: withDefault(
      share(
        'Coordination cost c: each person keeps 1 / (1 + c x paths^0.75) of their time, paths = n(n-1)/2, n = people + 0.3 x agent seats; c is halved with specs, x 0.75 with async docs, x 0.65 on microservices from 8 people.',
      ),
      t.coordinationPerPath,
    ),
  })
  .describe('Team: productivity, agents, hiring and coordination.');

const d = P.debt;
const DebtSchema = z
  .strictObject({
    perFeature: withDefault(
      range(
        0,
        1e4,
        'Debt added per engineer-week of features: perFeature x (1 - 0.8 x test automation) (agent output adds its own: 0.6 a week unreviewed, x 1.6 without specs).',
      ),
      d.perFeature,
    ),
    paydownPerWeek: withDefault(
      range(
        0,
        1e4,
        'Debt removed per engineer-week of paydown, x debt / (debt + 6): below 1, repaying costs more than the shortcut saved, and it slows near zero.',
      ),
      d.paydownPerWeek,
    ),
    interest: perKey(
      PHASES,
      d.interest,
      (p) => share(`Debt interest per week in the ${p} phase: debt grows by this share of itself each week.`),
      'Debt interest per week, by phase.',
    ),
    drag: withDefault(
      range(
        0,
        100,
        'How strongly debt density slows feature work: velocity = 1 / (1 + drag x debt / (feature level + 20)).',
      ),
      d.drag,
    ),
  })
  .describe('Technical debt: how it grows, how paydown works, its interest by phase and its drag.');

const h = P.hazards;
const HazardsSchema = z
  .strictObject({
    base: perKey(
      HAZARD_KIND_NAMES,
      h.base,
      (k) =>
        share(
          `Base weekly chance of a ${k} incident, before the causes added to it (debt, load, migrations…), what practices remove and incidentRate modifiers.`,
        ),
      'Base weekly chance of each incident kind.',
    ),
    perDebt: withDefault(
      share(
        'Weekly outage chance added per unit of debt density (debt / (feature level + 20)) x the phase factor; latency gets 0.6, data-pipeline 0.5, security 0.4 of it.',
      ),
      h.perDebt,
    ),
    debtPhaseFactor: perKey(
      PHASES,
      h.debtPhaseFactor,
      (p) => range(0, 100, `Multiplier of perDebt in the ${p} phase.`),
      "Multiplier of debt's effect on incidents, by phase.",
    ),
  })
  .describe('Incident hazards: base chances and how debt raises them by phase.');

const md = P.model;
const ModelSchema = z
  .strictObject({
    trainingEffort: withDefault(
      range(
        0.001,
        1e4,
        'ML engineer-weeks per model candidate (each ML week counts 0.6 x (1 + data pipeline)); on a hosted API the vendor adds 0.12 of a candidate a week.',
      ),
      md.trainingEffort,
    ),
    meanGain: withDefault(
      range(
        -1,
        1,
        'Mean quality gain of a new candidate over the deployed model (plus 0.05 x data pipeline x u/(1 + u), u = users / 5,000: the data flywheel).',
      ),
      md.meanGain,
    ),
    gainSpread: withDefault(
      share("Standard deviation of a candidate's quality gain around the mean."),
      md.gainSpread,
    ),
    evalNoise: withDefault(
      share(
        'Standard deviation of the eval score around true quality at zero eval coverage: noise = evalNoise x (1 - 0.85 x eval coverage).',
      ),
      md.evalNoise,
    ),
  })
  .describe('The AI model lifecycle: training effort, candidate quality and eval noise.');

const ph = P.phases;
const PhasesSchema = z
  .strictObject({
    scalingUsers: withDefault(
      range(
        0,
        1e9,
        'Users at which the scaling phase starts (at the end of the week they are reached; phases only move forward).',
      ),
      ph.scalingUsers,
    ),
    scalingHeadcount: withDefault(
      int(0, 10_000, 'Headcount (onboarding people included) at which the scaling phase starts.'),
      ph.scalingHeadcount,
    ),
    maintenanceShare: withDefault(
      share('Market share (users / addressable) at which the scaling phase gives way to maintenance.'),
      ph.maintenanceShare,
    ),
  })
  .describe('When the company moves from fast iteration to scaling to maintenance.');

const StakeholdersSchema = z
  .strictObject({
    ousterBelow: withDefault(
      share(
        'Board confidence below which the player is replaced: the game ends, lost, at the end of that week.',
      ),
      P.stakeholders.ousterBelow,
    ),
    boardCadence: withDefault(
      int(
        1,
        52,
        'Weeks between board meetings (rounded to whole turns); the last update sent before a meeting is the one it hears.',
      ),
      P.stakeholders.boardCadence,
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
      (a) =>
        range(
          0.001,
          1e4,
          `Engineer-weeks to migrate ${a}, x (1 + debt density) at the start; the cut-over then fails with chance 0.25 x (1 - 0.6 x test automation) x (1 - 0.4 x observability) x (1 + density).`,
        ),
      'Engineer-weeks a migration of each architecture axis takes (more with debt).',
    ),
    serving: ServingSchema.optional(),
  })
  .describe("Overrides of the engine's parameters; everything is optional.");

export type ParamsInput = z.input<typeof ParamsSchema>;
export type ParamsOutput = z.output<typeof ParamsSchema>;
