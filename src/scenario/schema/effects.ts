/**
 * Schema of an event effect. Four forms, told apart by their first field:
 * - `{target, add | multiply | set}` changes a number of the company now;
 * - `{modifier, factor, turns, stacking?}` scales a rate for a few turns;
 * - format 2: `{parameter, add | multiply | set}` changes a parameter for the rest of the game;
 * - format 2: `{migrate | switch: axis, to}` starts a migration, or changes the architecture at once.
 * A field of another form is refused with what this form takes. Pure.
 */
import { z } from './zod.ts';
import { EFFECT_RANGE } from '../../engine/limits.ts';
import type { EffectTarget } from '../../engine/types.ts';
import { ARCH_AXES, ARCH_OPTIONS } from '../../engine/types.ts';
import { PARAMETER_NAMES, parameterPath } from '../parameter-paths.ts';
import { EffectTargetSchema, int, ModifierTargetSchema, num, range } from './common.ts';

type EffectFields = {
  target?: string | undefined;
  add?: number | undefined;
  multiply?: number | undefined;
  set?: number | undefined;
  modifier?: string | undefined;
  factor?: number | undefined;
  turns?: number | undefined;
  stacking?: string | undefined;
  parameter?: string | undefined;
  migrate?: string | undefined;
  switch?: string | undefined;
  to?: string | undefined;
};
type Mistake = [(string | number)[], string];

const CHANGES = ['add', 'multiply', 'set'] as const;
const ALL = [
  'target',
  ...CHANGES,
  'modifier',
  'factor',
  'turns',
  'stacking',
  'parameter',
  'migrate',
  'switch',
  'to',
] as const;

/** The fields of each form, and what it is called in messages. */
const FORMS = {
  modifier: {
    fields: ['modifier', 'factor', 'turns', 'stacking'],
    says: 'a modifier effect takes factor, turns and stacking',
  },
  parameter: { fields: ['parameter', ...CHANGES], says: 'a parameter effect takes add, multiply or set' },
  migrate: { fields: ['migrate', 'to'], says: 'an architecture effect takes to' },
  switch: { fields: ['switch', 'to'], says: 'an architecture effect takes to' },
  target: {
    fields: ['target', ...CHANGES],
    says: 'this effect changes its target with add, multiply or set',
  },
} as const;
type Form = keyof typeof FORMS;

function formOf(e: EffectFields): Form | null {
  for (const form of Object.keys(FORMS) as Form[]) if (e[form] !== undefined) return form;
  return null;
}

export function effectMistakes(e: EffectFields): Mistake[] {
  const form = formOf(e);
  if (!form)
    return [
      [
        [],
        'an effect needs target (with add, multiply or set), modifier (with factor and turns), parameter (with add, multiply or set), or migrate/switch (with to)',
      ],
    ];
  const allowed: readonly string[] = FORMS[form].fields;
  const stray = ALL.filter((k) => e[k] !== undefined && !allowed.includes(k));
  const out: Mistake[] = stray.map((k) => [[k], `${FORMS[form].says}, not ${k}`]);
  if (form === 'modifier') {
    for (const k of ['factor', 'turns'] as const)
      if (e[k] === undefined) out.push([[k], 'missing (a modifier effect needs factor and turns)']);
    return out;
  }
  if (form === 'migrate' || form === 'switch') return [...out, ...architectureMistakes(e, form)];
  const changes = CHANGES.filter((k) => e[k] !== undefined);
  const what = form === 'parameter' ? e.parameter! : e.target!;
  if (changes.length === 0) out.unshift([[], `say how ${what} changes: add, multiply or set`]);
  if (changes.length > 1)
    out.unshift([[], `give exactly one of add, multiply or set (found ${changes.join(' and ')})`]);
  if (form === 'target') out.push(...outOfRange(e.target as EffectTarget, e));
  else out.push(...parameterOutOfRange(e));
  return out;
}

function architectureMistakes(e: EffectFields, form: 'migrate' | 'switch'): Mistake[] {
  const axis = e[form] as keyof typeof ARCH_OPTIONS;
  const options: readonly string[] = ARCH_OPTIONS[axis] ?? [];
  if (e.to === undefined) return [[['to'], `missing: the ${axis} to ${form} to (${options.join(', ')})`]];
  if (options.length > 0 && !options.includes(e.to))
    return [[['to'], `${axis} is one of ${options.join(', ')}; got ${JSON.stringify(e.to)}`]];
  return [];
}

/** A `set` outside what the target can hold, or an `add` wider than its whole range, is a slip of the author's. */
function outOfRange(target: EffectTarget, e: EffectFields): Mistake[] {
  const r = EFFECT_RANGE[target];
  if (!r) return [];
  return rangeMistakes(
    `${target} goes from ${r.min.toLocaleString('en-US')} to ${r.max.toLocaleString('en-US')} (${r.what})`,
    r.min,
    r.max,
    e,
  );
}

function parameterOutOfRange(e: EffectFields): Mistake[] {
  const p = parameterPath(e.parameter!);
  if (!p) return [];
  return rangeMistakes(
    `parameters.${p.name} goes from ${p.min.toLocaleString('en-US')} to ${p.max.toLocaleString('en-US')}`,
    p.min,
    p.max,
    e,
  );
}

function rangeMistakes(span: string, min: number, max: number, e: EffectFields): Mistake[] {
  if (e.set !== undefined && (e.set < min || e.set > max))
    return [[['set'], `${span}; set ${e.set} is outside that`]];
  if (e.add !== undefined && Math.abs(e.add) > max - min)
    return [[['add'], `${span}; add ${e.add} is more than that whole range`]];
  return [];
}

/** Every field is optional to zod (the forms are checked above); editors get the forms as oneOf. */
const FORM_SCHEMAS = [
  {
    required: ['target'],
    not: {
      anyOf: ['modifier', 'parameter', 'migrate', 'switch', 'factor', 'turns', 'stacking', 'to'].map((k) => ({
        required: [k],
      })),
    },
    oneOf: CHANGES.map((k) => ({ required: [k] })),
  },
  {
    required: ['modifier', 'factor', 'turns'],
    not: {
      anyOf: ['target', 'parameter', 'migrate', 'switch', 'to', ...CHANGES].map((k) => ({ required: [k] })),
    },
  },
  {
    required: ['parameter'],
    not: {
      anyOf: ['target', 'modifier', 'migrate', 'switch', 'factor', 'turns', 'stacking', 'to'].map((k) => ({
        required: [k],
      })),
    },
    oneOf: CHANGES.map((k) => ({ required: [k] })),
  },
  {
    required: ['migrate', 'to'],
    not: {
      anyOf: ['target', 'modifier', 'parameter', 'switch', 'factor', 'turns', 'stacking', ...CHANGES].map(
        (k) => ({ required: [k] }),
      ),
    },
  },
  {
    required: ['switch', 'to'],
    not: {
      anyOf: ['target', 'modifier', 'parameter', 'migrate', 'factor', 'turns', 'stacking', ...CHANGES].map(
        (k) => ({ required: [k] }),
      ),
    },
  },
];

const AxisSchema = z.enum(ARCH_AXES as [string, ...string[]]);

export const EffectSchema = z
  .strictObject({
    target: EffectTargetSchema.optional().describe(
      'What the effect changes (cash in dollars, shares 0..1, counts as numbers).',
    ),
    add: num('Add this amount to the target or parameter (negative to subtract).').optional(),
    multiply: range(0, 1e6, 'Multiply the target or parameter by this factor.').optional(),
    set: num('Set the target or parameter to this value.').optional(),
    modifier: ModifierTargetSchema.optional().describe(
      "A rate to scale for a few turns (multiplied by factor while it lasts). hostedApiPrice (format 2) scales the hosted API's price per request alone; inferenceCost scales the whole inference bill, fixed GPU cost included.",
    ),
    factor: range(0, 100, 'Modifier factor (1.3 = 30% more, 0.5 = half).').optional(),
    turns: int(
      1,
      520,
      'How many turns the modifier lasts (the turn it starts counts as the first).',
    ).optional(),
    stacking: z
      .enum(['multiply', 'replace'])
      .describe(
        'Format 2: multiply (the default) multiplies it with every other live modifier on the same rate (three x3 cards make x27, capped at x1,000); replace first ends every live modifier on that rate, from any card.',
      )
      .optional()
      .meta({ default: 'multiply' }),
    parameter: z
      .enum(PARAMETER_NAMES as [string, ...string[]])
      .describe(
        "Format 2: a parameter to change for the rest of the game, by its path under parameters (money.inferencePerKReq.hosted-api, market.viralRate…); money in dollars. The result stays within the parameter's range.",
      )
      .optional(),
    migrate: AxisSchema.describe(
      "Format 2: start a migration of this architecture axis toward `to` (replacing one under way); the work is then the player's to do.",
    ).optional(),
    switch: AxisSchema.describe(
      'Format 2: change this architecture axis to `to` at once, without the work (a provider shuts down, a customer insists); a migration of that axis under way stops.',
    ).optional(),
    to: z
      .string()
      .describe('With migrate or switch: the choice the axis moves to (see initial.architecture).')
      .optional(),
  })
  .superRefine((e, ctx) => {
    for (const [path, message] of effectMistakes(e)) ctx.addIssue({ code: 'custom', path, message });
  })
  .meta({ oneOf: FORM_SCHEMAS })
  .describe(
    'An effect: {target, add|multiply|set} changes a number now; {modifier, factor, turns} scales a rate for a while; {parameter, add|multiply|set} changes a parameter for the rest of the game; {migrate|switch: axis, to} changes the architecture.',
  );

export type EffectOutput = z.output<typeof EffectSchema>;
