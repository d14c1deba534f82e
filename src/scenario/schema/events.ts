/**
 * Schema of `events`: authored cards with conditions, a chance built from named factors, options whose
 * outcomes carry effects and follow-ups. An option either lists `outcomes`, or uses the shorthand
 * `text`/`effects`/`followUp` (one outcome with chance 1). Checks that stay inside one event live here
 * (chances add up to 1, one change per effect); references between events are checked in semantic.ts. Pure.
 */
import { z } from './zod.ts';
import { EFFECT_RANGE } from '../../engine/limits.ts';
import { AppliesSchema, IntroducesSchema } from './teaching.ts';
import type { EffectTarget } from '../../engine/types.ts';
import { STANCES } from '../../engine/types.ts';
import {
  ConditionSchema,
  DomainSchema,
  EffectTargetSchema,
  id,
  int,
  line,
  MetricSchema,
  ModifierTargetSchema,
  num,
  range,
  share,
  text,
} from './common.ts';

export const CHANCE_TOLERANCE = 1e-9;

type EffectFields = {
  target?: string | undefined;
  add?: number | undefined;
  multiply?: number | undefined;
  set?: number | undefined;
  modifier?: string | undefined;
  factor?: number | undefined;
  turns?: number | undefined;
};

/** An effect is either a change ({target, add|multiply|set}) or a modifier ({modifier, factor, turns}). */
function effectMistakes(e: EffectFields): [string[], string][] {
  const changes = (['add', 'multiply', 'set'] as const).filter((k) => e[k] !== undefined);
  const timing = ['factor', 'turns'] as const;
  if (e.modifier !== undefined) {
    const stray = [...changes, ...(e.target !== undefined ? ['target'] : [])];
    const out: [string[], string][] = timing
      .filter((k) => e[k] === undefined)
      .map((k) => [[k], 'missing (a modifier effect needs factor and turns)']);
    if (stray.length > 0)
      out.unshift([[], `a modifier effect takes factor and turns, not ${stray.join(' or ')}`]);
    return out;
  }
  if (e.target === undefined) {
    return [
      [[], 'an effect needs either target (with add, multiply or set) or modifier (with factor and turns)'],
    ];
  }
  const out: [string[], string][] = timing
    .filter((k) => e[k] !== undefined)
    .map((k) => [[k], `${k} belongs to modifier effects; this effect changes ${e.target}`]);
  if (changes.length === 0) out.unshift([[], `say how ${e.target} changes: add, multiply or set`]);
  if (changes.length > 1)
    out.unshift([[], `give exactly one of add, multiply or set (found ${changes.join(' and ')})`]);
  out.push(...outOfRange(e.target as EffectTarget, e));
  return out;
}

/** A `set` outside what the target can hold, or an `add` wider than its whole range, is a slip of the author's. */
function outOfRange(target: EffectTarget, e: EffectFields): [string[], string][] {
  const r = EFFECT_RANGE[target];
  if (!r) return [];
  const span = `${target} goes from ${r.min.toLocaleString('en-US')} to ${r.max.toLocaleString('en-US')} (${r.what})`;
  if (e.set !== undefined && (e.set < r.min || e.set > r.max))
    return [[['set'], `${span}; set ${e.set} is outside that`]];
  const width = r.max - r.min;
  if (e.add !== undefined && Math.abs(e.add) > width)
    return [[['add'], `${span}; add ${e.add} is more than that whole range`]];
  return [];
}

const EffectSchema = z
  .strictObject({
    target: EffectTargetSchema.optional().describe(
      'What the effect changes (cash in dollars, shares 0..1, counts as numbers).',
    ),
    add: num('Add this amount to the target (negative to subtract).').optional(),
    multiply: range(0, 1e6, 'Multiply the target by this factor.').optional(),
    set: num('Set the target to this value.').optional(),
    modifier: ModifierTargetSchema.optional().describe(
      'A rate to scale for a few turns (multiplied by factor while it lasts).',
    ),
    factor: range(0, 100, 'Modifier factor (1.3 = 30% more, 0.5 = half).').optional(),
    turns: int(1, 520, 'How many turns the modifier lasts.').optional(),
  })
  .superRefine((e, ctx) => {
    for (const [path, message] of effectMistakes(e)) ctx.addIssue({ code: 'custom', path, message });
  })
  .describe(
    'An effect: {target, add|multiply|set} changes a number now; {modifier, factor, turns} scales a rate for a while.',
  );

const FollowUpSchema = z
  .strictObject({
    event: id('Id of the event that follows (usually a followUpOnly event).'),
    inTurns: int(1, 520, 'How many turns later it fires.').optional().meta({ default: 1 }),
  })
  .describe('An event this outcome schedules for later.');

const OutcomeSchema = z
  .strictObject({
    id: id('Outcome id, unique within the option.'),
    chance: share(
      'Probability of this outcome; the chances of one option add up to 1. Players see it, as a percentage beside the text, before they choose.',
    ),
    text: text(
      4000,
      'What happens: shown to the player before they choose (beside its chance) and again when it is drawn.',
    )
      .optional()
      .meta({ default: '' }),
    effects: z
      .array(EffectSchema)
      .max(20)
      .describe('Effects applied when this outcome is drawn.')
      .optional()
      .meta({ default: [] }),
    followUp: FollowUpSchema.optional(),
  })
  .describe('One possible result of choosing the option.');

const OutcomesSchema = z
  .array(OutcomeSchema)
  .min(1)
  .max(10)
  .superRefine((outcomes, ctx) => {
    const sum = outcomes.reduce((acc, o) => acc + o.chance, 0);
    if (Math.abs(sum - 1) > CHANCE_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        message: `chances must add up to 1 (they add up to ${Number(sum.toPrecision(12))})`,
      });
    }
  })
  .describe('Possible outcomes with their chances (adding up to 1).');

const OptionSchema = z
  .strictObject({
    id: id('Option id, unique within the event.'),
    label: line(120, 'The button text.'),
    stance: z
      .enum(STANCES)
      .describe('The temperament this option expresses; strategy bots pick the option matching theirs.')
      .optional(),
    outcomes: OutcomesSchema.optional(),
    text: text(
      4000,
      'Shorthand for a single certain outcome: what happens, shown before the player chooses and again after.',
    ).optional(),
    effects: z
      .array(EffectSchema)
      .max(20)
      .describe('Shorthand for a single certain outcome: its effects.')
      .optional(),
    followUp: FollowUpSchema.optional(),
    applies: AppliesSchema.optional(),
  })
  .superRefine((o, ctx) => {
    if (o.outcomes === undefined) return;
    const shorthand = (['text', 'effects', 'followUp'] as const).filter((k) => o[k] !== undefined);
    for (const k of shorthand) {
      ctx.addIssue({
        code: 'custom',
        path: [k],
        message: `use either outcomes or the shorthand text/effects/followUp on the option, not both`,
      });
    }
  })
  .describe(
    'A choice the player can make: either a list of outcomes, or the shorthand text/effects/followUp.',
  );

const FactorSchema = z
  .strictObject({
    metric: MetricSchema,
    label: line(120, 'How the cause is named to the player, e.g. "a bigger user base".'),
    per: num(
      'Chance added per unit of (metric - from), never below 0 nor above max. Negative to add chance as the metric falls below from (per: -0.8, from: 0.6 on observability adds 0.4 at observability 0.1).',
    ),
    from: num('Metric value where the factor starts adding chance.').optional().meta({ default: 0 }),
    max: share('Most chance this factor can add.').optional().meta({ default: 1 }),
  })
  .describe('A named cause that raises the chance per turn with a metric.');

export const EventSchema = z
  .strictObject({
    id: id('Event id, unique in the scenario.'),
    title: line(120, 'Card title.'),
    text: text(4000, 'Card text: the situation the player faces.'),
    domain: DomainSchema,
    when: z
      .array(ConditionSchema)
      .max(10)
      .describe('Conditions that must all hold for the event to be able to fire.')
      .optional()
      .meta({ default: [] }),
    chance: share('Background chance per week (baseChance); factors add to it.')
      .optional()
      .meta({ default: 0 }),
    factors: z
      .array(FactorSchema)
      .max(10)
      .describe('Named causes that raise the chance.')
      .optional()
      .meta({ default: [] }),
    maxTimes: int(0, 1000, 'Fire at most this many times (0 = unlimited).').optional().meta({ default: 1 }),
    deadline: int(1, 520, 'Turns the player has to answer before the default option applies.')
      .optional()
      .meta({ default: 1 }),
    defaultOption: id('Option applied when the deadline passes (default: the first option).').optional(),
    followUpOnly: z
      .boolean()
      .describe('Never fires by chance; only when an outcome schedules it.')
      .optional()
      .meta({ default: false }),
    options: z.array(OptionSchema).min(1).max(10).describe('The choices on the card.'),
    introduces: IntroducesSchema.optional(),
  })
  .describe('An event card.');

export type EventInput = z.input<typeof EventSchema>;
export type EventOutput = z.output<typeof EventSchema>;
export type EffectOutput = z.output<typeof EffectSchema>;
export type OptionOutput = z.output<typeof OptionSchema>;
export type FollowUpOutput = z.output<typeof FollowUpSchema>;
