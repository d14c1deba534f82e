/**
 * The engine's data: game state, decisions, events and the resolved scenario that drives them.
 * Types only. Everything here is plain, serialisable data (no classes, no functions, no Maps).
 */

// ---------------------------------------------------------------- enumerations

export const ROLES = ['engineer', 'ml', 'sre', 'product'] as const;
export type Role = (typeof ROLES)[number];

export const ALLOCATION_KEYS = ['features', 'debt', 'evals', 'reliability', 'data', 'migration'] as const;
export type AllocationKey = (typeof ALLOCATION_KEYS)[number];
/** Percent of team capacity per kind of work; whole numbers summing to 100. */
export type Allocation = Record<AllocationKey, number>;

export const RELEASE_MODES = ['ship', 'gate', 'ab', 'canary', 'rollback', 'hold'] as const;
export type ReleaseMode = (typeof RELEASE_MODES)[number];

export const BOOLEAN_POLICIES = [
  'crunch',
  'timeOff',
  'specDriven',
  'asyncDocs',
  'onCall',
  'postmortems',
] as const;
export type BooleanPolicy = (typeof BOOLEAN_POLICIES)[number];

export const REVIEW_LEVELS = ['all', 'sample', 'none'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

export const FRAMINGS = ['cost', 'risk', 'velocity', 'spin', 'silence'] as const;
export type Framing = (typeof FRAMINGS)[number];

export const ARCH_OPTIONS = {
  hosting: ['serverless', 'dedicated'],
  processing: ['sync', 'async'],
  structure: ['monolith', 'microservices'],
  placement: ['cloud', 'edge'],
  serving: ['hosted-api', 'self-hosted', 'fine-tuned'],
} as const;
export type ArchAxis = keyof typeof ARCH_OPTIONS;
export const ARCH_AXES = Object.keys(ARCH_OPTIONS) as ArchAxis[];
export type ArchChoice<A extends ArchAxis> = (typeof ARCH_OPTIONS)[A][number];

/** Kinds of incident drawn from weekly hazards (each with a base chance a scenario can set). */
export const HAZARD_KIND_NAMES = [
  'outage',
  'latency',
  'model-regression',
  'data-pipeline',
  'security',
  'cost-spike',
] as const;
export type HazardKind = (typeof HAZARD_KIND_NAMES)[number];
/** How many kinds are drawn from hazards: they come first in INCIDENT_KINDS. */
export const HAZARD_KINDS = HAZARD_KIND_NAMES.length;
/**
 * Every kind of incident: the hazard kinds, then `overload` (whenever peak load outgrows capacity) and
 * `failed-deploy` (whenever a code deploy breaks production) — incidents users feel, never a quiet week.
 */
export const INCIDENT_KINDS = [...HAZARD_KIND_NAMES, 'overload', 'failed-deploy'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const PHASES = ['iteration', 'scaling', 'maintenance'] as const;
export type Phase = (typeof PHASES)[number];

export const DOMAINS = ['architecture', 'coordination', 'debt', 'risk', 'stakeholders'] as const;
export type Domain = (typeof DOMAINS)[number];

// ---------------------------------------------------------------- decisions

export type Decision =
  | { type: 'plan/allocate'; allocation: Allocation }
  | { type: 'release/set'; mode: ReleaseMode }
  | { type: 'policy/set'; policy: BooleanPolicy; on: boolean }
  | { type: 'policy/agent-review'; level: ReviewLevel }
  | { type: 'policy/eval-threshold'; threshold: number }
  | { type: 'team/hire'; role: Role; count: number }
  | { type: 'team/let-go'; role: Role; count: number }
  | { type: 'team/agents'; seats: number }
  | { type: 'arch/migrate'; axis: ArchAxis; target: string }
  | { type: 'arch/cancel-migration' }
  | { type: 'arch/provision'; units: number }
  | { type: 'event/choose'; eventId: string; option: string }
  | { type: 'stakeholder/communicate'; framing: Framing }
  | { type: 'money/raise' };
export type DecisionType = Decision['type'];

export const DECISION_TYPES: readonly DecisionType[] = [
  'plan/allocate',
  'release/set',
  'policy/set',
  'policy/agent-review',
  'policy/eval-threshold',
  'team/hire',
  'team/let-go',
  'team/agents',
  'arch/migrate',
  'arch/cancel-migration',
  'arch/provision',
  'event/choose',
  'stakeholder/communicate',
  'money/raise',
];

/** Why a decision was refused; the state is left unchanged. */
export interface Rejection {
  index: number;
  decision: unknown;
  reason: string;
}

// ---------------------------------------------------------------- state

export interface TeamState {
  /** Fully productive people by role. */
  ramped: Record<Role, number>;
  /**
   * Cohorts of new hires still ramping up, as flat triples [roleIndex, count, weeksSinceArrival, …], oldest
   * first. Flat numbers rather than objects: copying the team is part of every turn's cost.
   */
  onboarding: number[];
  /** Accepted offers not yet arrived, as flat triples [roleIndex, count, weeksUntilArrival, …]. */
  pipeline: number[];
  agents: number;
  /** 0..1 */
  morale: number;
  /** 0..1, accumulated fatigue from crunch, on-call and firefighting. */
  burnout: number;
  departures: number;
  hires: number;
  /** Share of capacity lost to coordination last turn, 0..1. */
  coordinationLoss: number;
  /** Engineer-weeks of agent output last turn: written, and reviewed by people (the rest shipped unreviewed). */
  agentOutput: number;
  agentReviewed: number;
}

export interface Policies {
  crunch: boolean;
  timeOff: boolean;
  specDriven: boolean;
  asyncDocs: boolean;
  onCall: boolean;
  postmortems: boolean;
  agentReview: ReviewLevel;
  /** Eval score a model candidate must reach to pass the gate, 0..1. */
  evalThreshold: number;
}

export interface Plan {
  allocation: Allocation;
  release: ReleaseMode;
  policies: Policies;
}

export interface Migration {
  axis: ArchAxis;
  target: string;
  /** Engineer-weeks done so far. */
  progress: number;
  /** Engineer-weeks needed (grows with debt at the start). */
  effort: number;
  startedTurn: number;
}

export interface ArchState {
  hosting: ArchChoice<'hosting'>;
  processing: ArchChoice<'processing'>;
  structure: ArchChoice<'structure'>;
  placement: ArchChoice<'placement'>;
  serving: ArchChoice<'serving'>;
  migration: Migration | null;
  /** Provisioned dedicated capacity, in units of requests per week (thousands). */
  dedicatedUnits: number;
}

export interface Practices {
  /** 0..1 maturity of automated tests and deployment pipeline. */
  testAutomation: number;
  /** 0..1 share of model behaviour covered by evals (shrinks measurement noise). */
  evalCoverage: number;
  /** 0..1 metrics/logs/traces maturity. */
  observability: number;
  /** 0..1 data pipeline maturity (feedback loop into the model). */
  dataPipeline: number;
}

export interface ModelCandidate {
  version: number;
  /** Hidden true quality, 0..1. */
  quality: number;
  /** What the evals measure (true quality plus noise that shrinks with coverage). */
  evalScore: number;
}

export interface ModelState {
  version: number;
  /** Hidden true quality of the deployed model, 0..1. */
  quality: number;
  /** Quality of the version before the last release (what a rollback returns to). */
  previousQuality: number;
  previousVersion: number;
  previousEvalScore: number;
  /** Measured eval score of the deployed model. */
  evalScore: number;
  /** Progress toward the next candidate, 0..1. */
  training: number;
  candidate: ModelCandidate | null;
  /** Result of the last A/B test: measured difference candidate - deployed, or null. */
  abDelta: number | null;
  /** A live trial of the candidate (A/B test or canary) and the weeks it has run; null when none. */
  trial: ModelTrial | null;
}

export interface ModelTrial {
  mode: 'ab' | 'canary';
  weeks: number;
  /** Weeks the trial needs before a verdict. */
  needs: number;
  /** Share of users served by the candidate while the trial runs. */
  exposure: number;
}

export interface MarketState {
  users: number;
  addressable: number;
  /** 0..1 how happy users are with quality, speed and reliability. */
  satisfaction: number;
  /** Product breadth delivered so far (feature points). */
  featureLevel: number;
  /** Feature work done but not yet released (the batch). */
  pendingWork: number;
  /** 0..1 customer trust, dented by incidents. */
  trust: number;
  /** Users gained and lost last turn. */
  gained: number;
  lost: number;
}

export interface MoneyState {
  /** Whole cents. */
  cash: number;
  revenue: number;
  costs: number;
  funding: number;
  /** Cost breakdown of last turn in cents. */
  salaries: number;
  infra: number;
  inference: number;
  raisedTotal: number;
  lastRaiseTurn: number;
  /** A funding round in progress (pitching takes weeks); null when none. */
  raise: RaiseState | null;
  /** Share of the company the founders still own, 0..1 (each round dilutes it). */
  ownership: number;
  /** Rounds closed so far (each raises the board's expectations). */
  rounds: number;
}

export interface RaiseState {
  startedTurn: number;
  /** Turn the investors decide. */
  decidesTurn: number;
  /** Users when the round started (traction is growth during the round). */
  usersAtStart: number;
}

export interface LoadState {
  /** Requests per week (thousands). */
  load: number;
  capacity: number;
  utilisation: number;
  latencyMs: number;
  /** Share of the turn within SLO, 0..1. */
  slo: number;
}

export interface DeliveryTurn {
  deploys: number;
  failures: number;
  leadTimeDays: number;
  recoveryHours: number;
  /** Engineer-weeks of finished code changes (features, fixes, paydown, migration) waiting for a deploy. */
  waiting: number;
  /** Average age in days of the waiting changes (lead time grows while work waits). */
  waitingAgeDays: number;
}

export interface DeliveryTotals {
  deploys: number;
  failures: number;
  /** Sum over deploys of lead time (days), for a deploy-weighted mean. */
  leadTimeSum: number;
  /** Sum over failed deploys of recovery time (hours). */
  recoverySum: number;
  weeks: number;
  /** Model versions put in front of users, by any release mode. */
  modelReleases: number;
}

export interface IncidentStats {
  total: number;
  byKind: number[];
  downtimeHours: number;
  detectHoursSum: number;
  restoreHoursSum: number;
  /** 0..1 learning from postmortems: lowers recurrence. */
  learning: number;
  /** Hours of firefighting carried into next turn (engineer-weeks). */
  firefighting: number;
}

export interface StakeholderState {
  /** 0..1 board confidence. */
  board: number;
  /** 0..1 investor pressure. */
  pressure: number;
  /** 0..1 how far the board believes what it is told (spin and silence erode it when the truth comes out). */
  credibility: number;
  /** Incidents or debt the board has not been told about (0..∞, decays once explained). */
  unexplained: number;
  lastFraming: Framing | null;
  /** What the player will tell the board at its next meeting (the last update since the previous meeting). */
  agenda: Framing | null;
  /** Updates sent since the last meeting (each costs preparation time; only the last one counts). */
  updates: number;
  /** Bad news papered over with spin, waiting to come out (0 when none). */
  hidden: number;
  /** Board meetings held so far. */
  meetings: number;
  /** The user growth a week the board perceives: a moving average, so one bad week is not a trend. */
  trend: number;
}

export interface PendingEvent {
  eventId: string;
  firedTurn: number;
  deadlineTurn: number;
}

export interface ScheduledEvent {
  eventId: string;
  atTurn: number;
}

export type ModifierTarget =
  | 'acquisition'
  | 'churn'
  | 'infraCost'
  | 'inferenceCost'
  | 'incidentRate'
  | 'velocity'
  | 'revenue'
  | 'hostedApiPrice';
export const MODIFIER_TARGETS: readonly ModifierTarget[] = [
  'acquisition',
  'churn',
  'infraCost',
  'inferenceCost',
  'incidentRate',
  'velocity',
  'revenue',
  'hostedApiPrice',
];

export interface ActiveModifier {
  target: ModifierTarget;
  factor: number;
  untilTurn: number;
  source: string;
}

export type OutcomeStatus = 'playing' | 'won' | 'lost' | 'ended';
export type OutcomeReason =
  'objectives-met' | 'bankrupt' | 'board-ousted' | 'team-collapsed' | 'out-of-turns' | 'in-progress';

export interface GameState {
  scenarioId: string;
  seed: string;
  /** Root key of the common-random-number streams, derived from the seed. */
  key: number;
  /** Turns completed (0 before the first). */
  turn: number;
  status: OutcomeStatus;
  reason: OutcomeReason;
  phase: Phase;
  plan: Plan;
  team: TeamState;
  arch: ArchState;
  practices: Practices;
  model: ModelState;
  market: MarketState;
  money: MoneyState;
  load: LoadState;
  debt: number;
  delivery: DeliveryTurn;
  totals: DeliveryTotals;
  incidents: IncidentStats;
  stakeholders: StakeholderState;
  pending: PendingEvent[];
  scheduled: ScheduledEvent[];
  /** Times each scenario event has fired, by index in scenario.events. */
  eventCounts: number[];
  modifiers: ActiveModifier[];
  /** Engine-level counters used by scoring and the debrief. */
  peakUsers: number;
  sloSum: number;
  /**
   * Parameters changed by event effects (format 2), by path ("money.inferencePerKReqCents.hosted-api") in the
   * engine's units; absent until an effect changes one, so games without such effects keep their hashes.
   */
  overrides?: Record<string, number>;
  /**
   * What objectives measured over time have seen (format 2): per objective, [value so far, turns counted]
   * (a sum for an average, else the lowest or highest value). Absent in scenarios without such objectives.
   */
  tracks?: number[];
}

// ---------------------------------------------------------------- events (what the engine emits)

export interface Cause {
  /** Stable identifier of the factor, e.g. 'debt', 'utilisation', 'base-rate'. */
  factor: string;
  /** Human-readable name of the factor. */
  label: string;
  /** Share of the outcome this factor accounts for; the weights of one event sum to 1. */
  weight: number;
}

export type EventKind =
  | 'incident'
  | 'scenario'
  | 'team'
  | 'migration'
  | 'model'
  | 'release'
  | 'phase'
  | 'money'
  | 'stakeholder'
  | 'market'
  | 'outcome';

export type Tone = 'good' | 'info' | 'warning' | 'bad';

export interface GameEvent {
  turn: number;
  kind: EventKind;
  /** Stable id: an incident kind, a scenario event id, 'hire-arrived', … */
  id: string;
  title: string;
  detail: string;
  tone: Tone;
  causes: Cause[];
  /** For scenario events: the option the player (or the deadline) chose and the outcome drawn. */
  option?: string;
  outcome?: string;
  /** For incidents: how bad (0.2..1) and how long it took to detect and then to restore, in hours. */
  incident?: IncidentFacts;
}

export interface IncidentFacts {
  severity: number;
  detectHours: number;
  restoreHours: number;
}

// ---------------------------------------------------------------- the resolved scenario the engine runs

/** Every metric a condition, objective or factor can read, in the order the scenario reference lists them. */
export const METRIC_NAMES = [
  'turn',
  'users',
  'addressable',
  'marketShare',
  'cash',
  'revenue',
  'costs',
  'burn',
  'runwayTurns',
  'debt',
  'morale',
  'burnout',
  'headcount',
  'engineers',
  'agents',
  'satisfaction',
  'trust',
  'board',
  'pressure',
  'modelQuality',
  'evalScore',
  'evalCoverage',
  'observability',
  'testAutomation',
  'dataPipeline',
  'utilisation',
  'latencyMs',
  'slo',
  'avgSlo',
  'incidents',
  'featureLevel',
  'deploysPerWeek',
  'leadTimeDays',
  'changeFailureRate',
  'recoveryHours',
  'phaseIndex',
  'migrating',
  'dedicated',
  'async',
  'microservices',
  'edge',
  'hostedApi',
  'modelVersion',
  'ownership',
  'selfHosted',
  'fineTuned',
  'inferenceCost',
  'infraCost',
  'salaries',
  'migrationProgress',
  'onCall',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export type Comparison = '>=' | '<=' | '>' | '<' | '==' | '!=';

export interface Condition {
  metric: MetricName;
  op: Comparison;
  value: number;
}

/** Conditions of which at least one must hold (format 2's `anyOf`). */
export type AnyOf = readonly Condition[];

/** A factor that raises (or lowers) an event's chance per turn; it is the event's named cause. */
export interface ChanceFactor {
  metric: MetricName;
  label: string;
  /** Chance added per unit of (metric - from), capped at max. */
  per: number;
  from: number;
  max: number;
}

export type EffectTarget =
  | 'cash'
  | 'users'
  | 'addressable'
  | 'debt'
  | 'morale'
  | 'burnout'
  | 'board'
  | 'pressure'
  | 'trust'
  | 'satisfaction'
  | 'modelQuality'
  | 'evalCoverage'
  | 'observability'
  | 'testAutomation'
  | 'dataPipeline'
  | 'featureLevel'
  | 'pendingWork'
  | 'engineers'
  | 'agents';

export type Effect =
  | { kind: 'change'; target: EffectTarget; op: 'add' | 'multiply' | 'set'; value: number }
  | ModifierEffect
  | ParameterEffect
  | ArchitectureEffect;

export interface ModifierEffect {
  kind: 'modifier';
  target: ModifierTarget;
  factor: number;
  turns: number;
  /** Ends every live modifier on the same rate before this one starts (default: they multiply). */
  replace?: true;
}

/** Changes a parameter for the rest of the game (format 2): a price, a market size, a lead time. */
export interface ParameterEffect {
  kind: 'parameter';
  /** Path in the engine's Params, e.g. ['money', 'inferencePerKReqCents', 'hosted-api']. */
  path: readonly string[];
  op: 'add' | 'multiply' | 'set';
  /** In the engine's units (cents for money). */
  value: number;
  /** The range the parameter keeps (the file's), and whether it takes whole numbers only. */
  min: number;
  max: number;
  whole: boolean;
}

/** Starts a migration of an axis, or switches it at once (format 2): a provider shuts down, a customer insists. */
export interface ArchitectureEffect {
  kind: 'architecture';
  axis: ArchAxis;
  target: string;
  /** true: the axis changes now, no work; false: a migration starts (replacing one under way). */
  now: boolean;
}

export interface OutcomeDef {
  id: string;
  chance: number;
  text: string;
  effects: Effect[];
  followUp: { event: string; inTurns: number } | null;
  /**
   * Named causes that raise this outcome's chance with the state (format 2). When any outcome of an option has
   * them, each outcome weighs min(1, chance + its factors) and the weights are scaled to add up to 1.
   */
  factors?: ChanceFactor[];
}

/** The temperament an option expresses; strategy bots pick the option that matches theirs. */
export type Stance = 'bold' | 'careful' | 'frugal';
export const STANCES: readonly Stance[] = ['bold', 'careful', 'frugal'];

export interface OptionDef {
  id: string;
  label: string;
  stance?: Stance;
  outcomes: OutcomeDef[];
}

export interface EventDef {
  id: string;
  title: string;
  text: string;
  domain: Domain;
  /** All must hold for the event to be able to fire. */
  when: Condition[];
  /** Groups of which at least one condition each must hold too (format 2's `anyOf`); absent when none. */
  whenAny?: AnyOf[];
  baseChance: number;
  factors: ChanceFactor[];
  /** Fire at most this many times (0 = unlimited). */
  maxTimes: number;
  /** Turns the player has to answer before the default option applies. */
  deadline: number;
  defaultOption: string;
  options: OptionDef[];
  /** Follow-up only: never fires by chance, only when scheduled. */
  followUpOnly: boolean;
}

export interface ObjectiveDef {
  id: string;
  label: string;
  domain: Domain;
  metric: MetricName;
  op: '>=' | '<=';
  target: number;
  weight: number;
  /** Must hold at the end for the game to count as won. */
  required: boolean;
  /**
   * Measured over a window of turns rather than at the end (format 2): the average, lowest or highest value
   * after each turn from `from` to `to` (turns completed, inclusive). Absent: the value at the end.
   */
  over?: ObjectiveWindow;
}

export type Measure = 'average' | 'min' | 'max';

export interface ObjectiveWindow {
  measure: Measure;
  from: number;
  to: number;
  /** Written as "by turn N" (the best value up to N): met as soon as it is reached. */
  by: boolean;
}

export interface Params {
  market: {
    /** Weekly new users from word of mouth per existing user at full satisfaction. */
    viralRate: number;
    /** Weekly new users from channels independent of the user base. */
    baseAcquisition: number;
    /** Weekly churn at neutral satisfaction. */
    baseChurn: number;
    /** Addressable market growth per feature point. */
    marketPerFeature: number;
    /** Standard deviation of the weekly market shock on acquisition. */
    shockVolatility: number;
    /** Feature level users expect at the start; satisfaction falls short of it. */
    expectedFeatures: number;
    /** Feature points a week by which competitors raise what users expect (standing still is falling behind). */
    competitorPace: number;
  };
  money: {
    /** Revenue per active user per week, in cents. */
    arpuCents: number;
    /** Weekly cost per person, in cents, by role. */
    salaryCents: Record<Role, number>;
    agentSeatCents: number;
    /** Serverless cost per thousand requests, cents. */
    serverlessPerKReqCents: number;
    /** Dedicated cost per unit of provisioned capacity per week, cents. */
    dedicatedUnitCents: number;
    /** Fixed weekly cost of running dedicated capacity at all (cluster, monitoring, reserved minimum), cents. */
    dedicatedFixedCents: number;
    /** Inference cost per thousand requests, cents, by serving mode. */
    inferencePerKReqCents: Record<ArchChoice<'serving'>, number>;
    /** Fixed weekly cost of self-hosted or fine-tuned serving (GPUs), cents. */
    servingFixedCents: Record<ArchChoice<'serving'>, number>;
    /** Recruiting fee per offer made, accepted or not, in cents. */
    hireCostCents: number;
    /** Round size per user at the time the round closes, in cents (at least raiseMinCents). */
    raisePerUserCents: number;
    raiseMinCents: number;
    /** Turns after a round (closed or failed) before investors take another meeting. */
    raiseCooldownTurns: number;
    /** Weeks from starting a round to the investors' decision (pitching costs founder time meanwhile). */
    raiseWeeks: number;
    /** Share of the company a typical round sells (more with weak traction, less with strong). */
    dilution: number;
  };
  load: {
    /** Thousands of requests per user per week. */
    requestsPerUser: number;
    /** Extra headroom needed for peaks when processing synchronously. */
    syncPeakFactor: number;
    asyncPeakFactor: number;
    /** Serverless concurrency ceiling (thousand requests per week). */
    serverlessCeiling: number;
    baseLatencyMs: number;
    sloLatencyMs: number;
    /** Share of the week within SLO below which the week counts as an SLO miss (shown, and felt by users). */
    sloTarget: number;
    /** Engineer-weeks a week of operations work that dedicated servers need (patching, provisioning, on-call). */
    dedicatedOpsWeeks: number;
    /** Engineer-weeks a week that serving your own model needs (self-hosted or fine-tuned). */
    servingOpsWeeks: number;
  };
  team: {
    /** Engineer-weeks a ramped person delivers per week. */
    productivity: number;
    /** Engineer-weeks of code one agent seat writes per week (before diminishing returns). */
    agentThroughput: number;
    /** Engineer-weeks of agent output one ramped engineer can review in a week (a ceiling, not a switch). */
    reviewCapacity: number;
    /** Weeks from an offer to the new person's first day (time to fill plus notice). */
    hireLeadTurns: number;
    offerAcceptance: number;
    /** Weeks a new hire takes to reach full productivity (meanwhile a colleague mentors them). */
    rampWeeks: number;
    /** Weekly chance that a person leaves at neutral morale. */
    baseAttrition: number;
    /** Coordination cost per (communication path)^(3/4): efficiency = 1 / (1 + c * paths^0.75). */
    coordinationPerPath: number;
  };
  debt: {
    /** Debt (engineer-weeks of deferred rework) added per engineer-week of features built without tests. */
    perFeature: number;
    /** Debt removed per engineer-week of paydown (below 1: repaying costs more than the shortcut saved). */
    paydownPerWeek: number;
    /** Interest per week by phase (share of the stock). */
    interest: Record<Phase, number>;
    /** How strongly debt density (debt per feature point of code) drags velocity. */
    drag: number;
  };
  hazards: {
    /** Base weekly chance of each incident kind drawn from hazards. */
    base: Record<HazardKind, number>;
    /** Added weekly chance per unit of debt density (debt per feature point of code, see debtDensity). */
    perDebt: number;
    /** Multiplier of debt's effect on hazards by phase. */
    debtPhaseFactor: Record<Phase, number>;
  };
  model: {
    /** ML engineer-weeks per candidate. */
    trainingEffort: number;
    /** Mean quality gain of a candidate. */
    meanGain: number;
    /** Spread of candidate quality around the mean. */
    gainSpread: number;
    /** Eval noise (sd) with zero coverage. */
    evalNoise: number;
  };
  phases: {
    scalingUsers: number;
    scalingHeadcount: number;
    maintenanceShare: number;
  };
  stakeholders: {
    /** Board confidence below which the player is replaced. */
    ousterBelow: number;
    /** Weeks between board meetings (updates count at meetings, not between them). */
    boardCadence: number;
  };
  migrations: Record<ArchAxis, number>;
  /** Weeks per turn. */
  weeksPerTurn: number;
  /** How serving modes differ beyond their bills (format 2); absent: the rules' defaults (DEFAULT_SERVING). */
  serving?: ServingParams;
}

export interface ServingParams {
  /** Latency each serving mode adds, in ms. */
  latencyMs: Record<ArchChoice<'serving'>, number>;
  /** Added to the deployed model's quality for what users get with each mode (a smaller model answers worse). */
  quality: Record<ArchChoice<'serving'>, number>;
  /** Highest quality a trained candidate reaches with each mode (fine-tuned: + 0.15 x data pipeline). */
  qualityCeiling: Record<ArchChoice<'serving'>, number>;
}

export interface InitialState {
  cash: number;
  users: number;
  addressable: number;
  team: Record<Role, number>;
  agents: number;
  arch: {
    hosting: ArchChoice<'hosting'>;
    processing: ArchChoice<'processing'>;
    structure: ArchChoice<'structure'>;
    placement: ArchChoice<'placement'>;
    serving: ArchChoice<'serving'>;
    dedicatedUnits: number;
  };
  debt: number;
  practices: Practices;
  policies: Policies;
  allocation: Allocation;
  release: ReleaseMode;
  modelQuality: number;
  featureLevel: number;
  morale: number;
  board: number;
  /** Format 2's starting state; each absent field keeps the rules' start (iteration, trust 0.7, …). */
  phase?: Phase;
  trust?: number;
  satisfaction?: number;
  burnout?: number;
  pressure?: number;
  credibility?: number;
  ownership?: number;
  /** Funding rounds closed before the game (each raises the board's growth expectations). */
  rounds?: number;
  /** People who joined just before the game, still ramping up (week 0 of their ramp). */
  onboarding?: Partial<Record<Role, number>>;
}

export interface Scenario {
  id: string;
  title: string;
  turns: number;
  initial: InitialState;
  params: Params;
  /** Decision types the player may use in this scenario. */
  levers: DecisionType[];
  events: EventDef[];
  objectives: ObjectiveDef[];
  /** Share of the score from objectives (the rest from the five domain health measures). */
  objectiveShare: number;
  /** End the game early as won when every required objective holds. */
  winEarly: boolean;
}
