/**
 * Decision variants: the steady bot with one decision changed at a time. Played on the same seeds as the base
 * bot (common random numbers), the paired score difference is the effect of that one decision. Pure.
 */
import type { Bot, BotName } from '../bots/index.ts';
import { steady } from '../bots/index.ts';
import type { DecisionType, Scenario } from '../engine/index.ts';

type SteadyOptions = NonNullable<Parameters<typeof steady>[0]>;

/** The bot every variant changes one decision of. */
export const BASE_BOT: BotName = 'steady';

export interface DecisionVariant {
  id: string;
  /** What changes, relative to the base bot, in a player's words. */
  label: string;
  /** Levers the change uses; a scenario without them cannot show the difference. */
  levers: DecisionType[];
  options: SteadyOptions;
  /** The base bot's own habit this change drops (absent when it adds a move instead): what its loss is worth. */
  habit?: string;
}

export const DECISION_VARIANTS: readonly DecisionVariant[] = [
  {
    id: 'release-ship',
    label: 'Ship every change (no eval gate)',
    levers: ['release/set'],
    options: { release: 'ship' },
    habit: 'the eval gate',
  },
  {
    id: 'release-canary',
    label: 'Canary releases instead of the eval gate',
    levers: ['release/set'],
    options: { release: 'canary' },
  },
  {
    id: 'no-specs',
    label: 'No specs or async docs as the team grows',
    levers: ['policy/set'],
    options: { specs: false },
    habit: 'specs and async docs',
  },
  {
    id: 'stay-serverless',
    label: 'Never move to dedicated hosting',
    levers: ['arch/migrate'],
    options: { switchHosting: false },
    habit: 'the move to dedicated hosting',
  },
  {
    id: 'go-async',
    label: 'Move processing to async (a queue) from the start',
    levers: ['arch/migrate'],
    options: { migrate: { axis: 'processing', target: 'async' } },
  },
  {
    id: 'go-microservices',
    label: 'Split into microservices from the start',
    levers: ['arch/migrate'],
    options: { migrate: { axis: 'structure', target: 'microservices' } },
  },
  {
    id: 'go-edge',
    label: 'Move to edge placement from the start',
    levers: ['arch/migrate'],
    options: { migrate: { axis: 'placement', target: 'edge' } },
  },
  {
    id: 'self-host-model',
    label: 'Serve the model yourself (self-hosted) from the start',
    levers: ['arch/migrate'],
    options: { migrate: { axis: 'serving', target: 'self-hosted' } },
  },
  {
    id: 'no-foundations',
    label: 'Skip the foundation weeks (features first)',
    levers: ['plan/allocate'],
    options: { foundationTurns: 0 },
    habit: 'the foundation weeks',
  },
  {
    id: 'long-foundations',
    label: 'Twice as many foundation weeks (16)',
    levers: ['plan/allocate'],
    options: { foundationTurns: 16 },
  },
  {
    id: 'no-debt-paydown',
    label: 'Never pay down debt once founded',
    levers: ['plan/allocate'],
    options: { debtShare: 0 },
    habit: 'debt paydown',
  },
  {
    id: 'heavy-debt-paydown',
    label: 'Spend 35% on debt once founded',
    levers: ['plan/allocate'],
    options: { debtShare: 35 },
  },
  {
    id: 'small-team',
    label: 'Hire no more than 4 people',
    levers: ['team/hire'],
    options: { maxHeadcount: 4 },
  },
  {
    id: 'big-team',
    label: 'Hire up to 20 people',
    levers: ['team/hire'],
    options: { maxHeadcount: 20 },
  },
  {
    id: 'agents-reviewed',
    label: 'Add 3 coding-agent seats, every change reviewed',
    levers: ['team/agents', 'policy/agent-review'],
    options: { agents: 3, agentReview: 'all' },
  },
  {
    id: 'agents-unreviewed',
    label: 'Add 3 coding-agent seats, no review',
    levers: ['team/agents', 'policy/agent-review'],
    options: { agents: 3, agentReview: 'none' },
  },
  {
    id: 'events-bold',
    label: 'Answer events boldly',
    levers: ['event/choose'],
    options: { stance: 'bold' },
    habit: 'careful answers to events',
  },
  {
    id: 'events-frugal',
    label: 'Answer events frugally',
    levers: ['event/choose'],
    options: { stance: 'frugal' },
    habit: 'careful answers to events',
  },
];

export function isAvailable(variant: DecisionVariant, scenario: Scenario): boolean {
  return variant.levers.every((l) => scenario.levers.includes(l));
}

/** Variants whose levers the scenario offers, in the fixed order above. */
export function availableVariants(scenario: Scenario): DecisionVariant[] {
  return DECISION_VARIANTS.filter((v) => isAvailable(v, scenario));
}

export function variantBot(variant: DecisionVariant): Bot {
  return steady(variant.options);
}
