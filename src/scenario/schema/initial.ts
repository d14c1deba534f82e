/**
 * Schema of `initial`: the company on turn 0. Every field is optional; defaults come from the engine's
 * DEFAULT_INITIAL (cash shown in dollars, as authors write it). Pure.
 */
import { z } from './zod.ts';
import { DEFAULT_INITIAL } from '../../engine/params.ts';
import {
  ALLOCATION_KEYS,
  ARCH_OPTIONS,
  PHASES,
  RELEASE_MODES,
  REVIEW_LEVELS,
  ROLES,
} from '../../engine/types.ts';
import { int, range, share, withDefault } from './common.ts';

const D = DEFAULT_INITIAL;
const ROLE_WORDS = {
  engineer: 'Engineers',
  ml: 'ML engineers',
  sre: 'SREs',
  product: 'Product people',
} as const;

const TeamSchema = z
  .strictObject({
    engineer: withDefault(int(0, 500, 'Software engineers on the team at the start.'), D.team.engineer),
    ml: withDefault(int(0, 500, 'ML engineers (they train new model versions).'), D.team.ml),
    sre: withDefault(int(0, 500, 'Site reliability engineers (they shorten incidents).'), D.team.sre),
    product: withDefault(int(0, 500, 'Product people (they sharpen what gets built).'), D.team.product),
  })
  .describe('People on the team at the start, by role; all ramped up.');

const ArchitectureSchema = z
  .strictObject({
    hosting: withDefault(
      z
        .enum(ARCH_OPTIONS.hosting)
        .describe(
          'serverless: pay per request, a concurrency ceiling; dedicated: provisioned units, cheaper at sustained load.',
        ),
      D.arch.hosting,
    ),
    processing: withDefault(
      z
        .enum(ARCH_OPTIONS.processing)
        .describe('sync requests need more peak headroom than async (queued) processing.'),
      D.arch.processing,
    ),
    structure: withDefault(
      z.enum(ARCH_OPTIONS.structure).describe('monolith or microservices.'),
      D.arch.structure,
    ),
    placement: withDefault(
      z.enum(ARCH_OPTIONS.placement).describe('cloud or edge (edge lowers latency).'),
      D.arch.placement,
    ),
    serving: withDefault(
      z
        .enum(ARCH_OPTIONS.serving)
        .describe(
          'How the model is served: a hosted API (no fixed cost, dearest per request), self-hosted, or a small fine-tuned model.',
        ),
      D.arch.serving,
    ),
    dedicatedUnits: withDefault(
      range(0, 1_000_000, 'Provisioned dedicated capacity units (used when hosting is dedicated).'),
      D.arch.dedicatedUnits,
    ),
  })
  .describe('The architecture on turn 0: one choice per axis.');

const PracticesSchema = z
  .strictObject({
    testAutomation: withDefault(
      share('Maturity of automated tests and the deployment pipeline, 0..1.'),
      D.practices.testAutomation,
    ),
    evalCoverage: withDefault(
      share('Share of model behaviour covered by evals, 0..1 (shrinks eval noise).'),
      D.practices.evalCoverage,
    ),
    observability: withDefault(
      share('Metrics, logs and traces maturity, 0..1 (faster detection and recovery).'),
      D.practices.observability,
    ),
    dataPipeline: withDefault(
      share('Data pipeline maturity, 0..1 (feeds user data back into the model).'),
      D.practices.dataPipeline,
    ),
  })
  .describe('Engineering practices on turn 0, each a maturity level from 0 to 1.');

const PoliciesSchema = z
  .strictObject({
    crunch: withDefault(z.boolean().describe('Crunch: more output now, more burnout.'), D.policies.crunch),
    timeOff: withDefault(
      z.boolean().describe('Encouraged time off: less output, burnout recovers.'),
      D.policies.timeOff,
    ),
    specDriven: withDefault(
      z.boolean().describe('Spec-driven development: less coordination loss and better agent output.'),
      D.policies.specDriven,
    ),
    asyncDocs: withDefault(
      z.boolean().describe('Async written collaboration: fewer meetings as the team grows.'),
      D.policies.asyncDocs,
    ),
    onCall: withDefault(
      z.boolean().describe('An on-call rotation: faster incident response, some fatigue.'),
      D.policies.onCall,
    ),
    postmortems: withDefault(
      z.boolean().describe('Blameless postmortems: incidents teach, lowering recurrence.'),
      D.policies.postmortems,
    ),
    agentReview: withDefault(
      z.enum(REVIEW_LEVELS).describe('How much agent output humans review: all, sample or none.'),
      D.policies.agentReview,
    ),
    evalThreshold: withDefault(
      share('Eval score a model candidate must reach to pass the release gate, 0..1.'),
      D.policies.evalThreshold,
    ),
  })
  .describe('Process policies in force on turn 0.');

const allocationFields = Object.fromEntries(
  ALLOCATION_KEYS.map((key) => [
    key,
    withDefault(int(0, 100, `Percent of team capacity on ${key} work.`), D.allocation[key]),
  ]),
) as Record<(typeof ALLOCATION_KEYS)[number], z.ZodOptional<z.ZodNumber>>;

const AllocationSchema = z
  .strictObject(allocationFields)
  .superRefine((given, ctx) => {
    let sum = 0;
    const defaulted: string[] = [];
    for (const key of ALLOCATION_KEYS) {
      const value = given[key];
      sum += value ?? D.allocation[key];
      if (value === undefined && D.allocation[key] !== 0) defaulted.push(`${key} ${D.allocation[key]}`);
    }
    if (sum === 100) return;
    const note = defaulted.length > 0 ? `, counting the defaults ${defaulted.join(', ')}` : '';
    ctx.addIssue({
      code: 'custom',
      message: `the percentages must add up to 100 (they add up to ${sum}${note})`,
    });
  })
  .describe(
    'How team capacity is split on turn 0, in whole percent; with the defaults for keys left out, it must add up to 100.',
  );

const OnboardingSchema = z
  .strictObject(
    Object.fromEntries(
      ROLES.map((r) => [
        r,
        withDefault(int(0, 500, `${ROLE_WORDS[r]} who joined just before the game, still ramping up.`), 0),
      ]),
    ) as Record<(typeof ROLES)[number], z.ZodOptional<z.ZodNumber>>,
  )
  .describe(
    "Format 2: people who joined just before the game, by role: they start the ramp (10% productive, a mentor's time) on turn 0, besides the team.",
  );

export const InitialSchema = z
  .strictObject({
    cash: withDefault(range(0, 1e12, 'Cash in the bank, in dollars.'), D.cash / 100),
    users: withDefault(int(0, 1e9, 'Active users.'), D.users),
    addressable: withDefault(
      range(
        1,
        1e10,
        'Addressable market: how many users the product could reach today (grows with features).',
      ),
      D.addressable,
    ),
    team: TeamSchema.optional(),
    agents: withDefault(int(0, 50, 'AI agent seats working alongside the team.'), D.agents),
    architecture: ArchitectureSchema.optional(),
    debt: withDefault(
      range(0, 1e6, 'Technical debt (a stock with interest: it drags velocity and raises incident risk).'),
      D.debt,
    ),
    practices: PracticesSchema.optional(),
    policies: PoliciesSchema.optional(),
    allocation: AllocationSchema.optional(),
    release: withDefault(
      z
        .enum(RELEASE_MODES)
        .describe('Release mode: ship, gate (on evals), ab (A/B test), canary, rollback or hold.'),
      D.release,
    ),
    modelQuality: withDefault(share('Hidden true quality of the deployed model, 0..1.'), D.modelQuality),
    featureLevel: withDefault(
      range(0, 1e6, 'Product breadth already delivered (feature points).'),
      D.featureLevel,
    ),
    morale: withDefault(share('Team morale, 0..1.'), D.morale),
    board: withDefault(
      share('Board confidence, 0..1 (below the ouster level the player is replaced).'),
      D.board,
    ),
    phase: withDefault(
      z
        .enum(PHASES)
        .describe(
          "Format 2: the company's phase on turn 0 (iteration, scaling or maintenance); it only moves forward from there, by parameters.phases.",
        ),
      'iteration',
    ),
    trust: withDefault(share('Format 2: customer trust on turn 0, 0..1.'), 0.7),
    satisfaction: withDefault(
      share('Format 2: user satisfaction on turn 0, 0..1 (it then moves toward what the product earns).'),
      0.6,
    ),
    burnout: withDefault(share("Format 2: the team's accumulated fatigue on turn 0, 0..1."), 0),
    pressure: withDefault(share('Format 2: investor pressure on turn 0, 0..1.'), 0.2),
    credibility: withDefault(
      share('Format 2: how far the board believes what it is told on turn 0, 0..1.'),
      0.8,
    ),
    ownership: withDefault(
      share('Format 2: share of the company the founders still own on turn 0, 0..1.'),
      1,
    ),
    rounds: withDefault(
      int(
        0,
        20,
        'Format 2: funding rounds closed before the game (each makes the board expect +1% weekly growth more).',
      ),
      0,
    ),
    onboarding: OnboardingSchema.optional(),
  })
  .describe('The company on turn 0. Everything is optional; what is left out comes from the defaults.');

export type InitialInput = z.input<typeof InitialSchema>;
export type InitialOutput = z.output<typeof InitialSchema>;
