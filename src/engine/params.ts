/**
 * Default parameters of every system, calibrated for one-week turns (see CALIBRATION.md and the lesson tests in
 * tests/engine/lessons.test.ts). A scenario file overrides any subset; what it leaves out comes from here.
 * Money is in whole cents; load in thousands of requests per week.
 */
import type { Allocation, InitialState, Params, Policies, ServingParams } from './types.ts';

export const DEFAULT_PARAMS: Params = {
  market: {
    viralRate: 0.12,
    baseAcquisition: 20,
    baseChurn: 0.015,
    marketPerFeature: 400,
    shockVolatility: 0.15,
    expectedFeatures: 12,
    competitorPace: 0.5,
  },
  money: {
    arpuCents: 100,
    salaryCents: { engineer: 300_000, ml: 350_000, sre: 320_000, product: 260_000 },
    agentSeatCents: 40_000,
    serverlessPerKReqCents: 14,
    dedicatedUnitCents: 2_500,
    dedicatedFixedCents: 150_000,
    inferencePerKReqCents: { 'hosted-api': 24, 'self-hosted': 6, 'fine-tuned': 3 },
    servingFixedCents: { 'hosted-api': 0, 'self-hosted': 800_000, 'fine-tuned': 300_000 },
    hireCostCents: 1_500_000,
    raisePerUserCents: 6_000,
    raiseMinCents: 50_000_000,
    raiseCooldownTurns: 8,
    raiseWeeks: 8,
    dilution: 0.2,
  },
  load: {
    requestsPerUser: 1,
    syncPeakFactor: 1.8,
    asyncPeakFactor: 1.2,
    serverlessCeiling: 150_000,
    baseLatencyMs: 350,
    sloLatencyMs: 1200,
    sloTarget: 0.95,
    dedicatedOpsWeeks: 0.3,
    servingOpsWeeks: 0.3,
  },
  team: {
    productivity: 1,
    agentThroughput: 0.5,
    reviewCapacity: 1.5,
    hireLeadTurns: 6,
    offerAcceptance: 0.8,
    rampWeeks: 16,
    baseAttrition: 0.003,
    coordinationPerPath: 0.06,
  },
  debt: {
    perFeature: 0.5,
    paydownPerWeek: 0.8,
    interest: { iteration: 0.002, scaling: 0.01, maintenance: 0.005 },
    drag: 1,
  },
  hazards: {
    base: {
      outage: 0.02,
      latency: 0.025,
      'model-regression': 0.006,
      'data-pipeline': 0.015,
      security: 0.008,
      'cost-spike': 0.012,
    },
    perDebt: 0.06,
    debtPhaseFactor: { iteration: 0.4, scaling: 1.6, maintenance: 1 },
  },
  model: {
    trainingEffort: 4,
    meanGain: 0.02,
    gainSpread: 0.05,
    evalNoise: 0.08,
  },
  phases: {
    scalingUsers: 5_000,
    scalingHeadcount: 9,
    maintenanceShare: 0.7,
  },
  stakeholders: {
    ousterBelow: 0.12,
    boardCadence: 4,
  },
  migrations: {
    hosting: 8,
    processing: 10,
    structure: 24,
    placement: 12,
    serving: 10,
  },
  weeksPerTurn: 1,
};

/**
 * How serving modes differ beyond their bills. Not part of DEFAULT_PARAMS: a scenario that leaves `serving` out
 * has no `params.serving` (so its hash is what it was) and plays on these.
 */
export const DEFAULT_SERVING: ServingParams = {
  latencyMs: { 'hosted-api': 250, 'self-hosted': 150, 'fine-tuned': 60 },
  quality: { 'hosted-api': 0, 'self-hosted': 0, 'fine-tuned': 0 },
  qualityCeiling: { 'hosted-api': 0.95, 'self-hosted': 0.92, 'fine-tuned': 0.8 },
};

export const DEFAULT_ALLOCATION: Allocation = {
  features: 70,
  debt: 10,
  evals: 5,
  reliability: 10,
  data: 5,
  migration: 0,
};

export const DEFAULT_POLICIES: Policies = {
  crunch: false,
  timeOff: false,
  specDriven: false,
  asyncDocs: false,
  onCall: false,
  postmortems: false,
  agentReview: 'all',
  evalThreshold: 0.6,
};

export const DEFAULT_INITIAL: InitialState = {
  cash: 50_000_000,
  users: 100,
  addressable: 20_000,
  team: { engineer: 2, ml: 0, sre: 0, product: 0 },
  agents: 0,
  arch: {
    hosting: 'serverless',
    processing: 'sync',
    structure: 'monolith',
    placement: 'cloud',
    serving: 'hosted-api',
    dedicatedUnits: 0,
  },
  debt: 5,
  practices: { testAutomation: 0.2, evalCoverage: 0.1, observability: 0.15, dataPipeline: 0.05 },
  policies: DEFAULT_POLICIES,
  allocation: DEFAULT_ALLOCATION,
  release: 'ship',
  modelQuality: 0.55,
  featureLevel: 10,
  morale: 0.75,
  board: 0.6,
};
