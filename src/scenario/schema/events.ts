/**
 * Schema of `events`: authored cards with conditions, a chance built from named factors, options whose
 * outcomes carry effects and follow-ups. An option either lists `outcomes`, or uses the shorthand
 * `text`/`effects`/`followUp` (one outcome with chance 1). Checks that stay inside one event live here
 * (chances add up to 1, one change per effect); references between events are checked in semantic.ts. Pure.
 */
import { z } from './zod.ts';
import { AppliesSchema, IntroducesSchema } from './teaching.ts';
import { STANCES } from '../../engine/types.ts';
import { DomainSchema, id, int, line, MetricSchema, num, RequirementSchema, share, text } from './common.ts';
import { EffectSchema } from './effects.ts';

export const CHANCE_TOLERANCE = 1e-9;

const FollowUpSchema = z
  .strictObject({
    event: id('Id of the event that follows (usually a followUpOnly event).'),
    inTurns: int(1, 520, 'How many turns later it fires.').optional().meta({ default: 1 }),
  })
  .describe('An event this outcome schedules for later.');

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
    factors: z
      .array(FactorSchema)
      .max(10)
      .describe(
        "Format 2: named causes that raise this outcome's chance with the state of the game. With them, each outcome of the option weighs min(1, chance + its factors), and the weights are scaled to add up to 1 (the chances players see are these).",
      )
      .optional(),
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

export const EventSchema = z
  .strictObject({
    id: id('Event id, unique in the scenario.'),
    title: line(120, 'Card title.'),
    text: text(4000, 'Card text: the situation the player faces.'),
    domain: DomainSchema,
    when: z
      .array(RequirementSchema)
      .max(10)
      .describe(
        'Conditions that must all hold for the event to be able to fire; an {anyOf: [...]} item holds when one of its conditions does (format 2).',
      )
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
export type { EffectOutput } from './effects.ts';
export type OptionOutput = z.output<typeof OptionSchema>;
export type FollowUpOutput = z.output<typeof FollowUpSchema>;
export type FactorOutput = z.output<typeof FactorSchema>;
