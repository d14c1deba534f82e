/**
 * Building blocks of the scenario file schema: numbers with ranges, bounded text, ids, enumerations that
 * mirror the engine's types (checked at compile time), and conditions. Pure; no I/O.
 * Every field carries a description: it becomes the editor tooltip and the README reference.
 */
import { z } from './zod.ts';
import { METRIC_NAMES } from '../../engine/types.ts';
import type { EffectTarget, MetricName } from '../../engine/types.ts';
import { DOMAINS, MODIFIER_TARGETS } from '../../engine/types.ts';
import { parseConditionText } from '../conditions.ts';
import { METRIC_DOCS } from '../metric-docs.ts';
import { hint, nearest } from '../problems.ts';

/** Compile-time check that a literal list names every member of a union, and nothing else. */
type Exactly<List extends readonly string[], Union extends string> = [Union] extends [List[number]]
  ? [List[number]] extends [Union]
    ? List
    : never
  : never;

const EFFECT_TARGET_LIST = [
  'cash',
  'users',
  'addressable',
  'debt',
  'morale',
  'burnout',
  'board',
  'pressure',
  'trust',
  'satisfaction',
  'modelQuality',
  'evalCoverage',
  'observability',
  'testAutomation',
  'dataPipeline',
  'featureLevel',
  'pendingWork',
  'engineers',
  'agents',
] as const;
export const EFFECT_TARGETS: Exactly<typeof EFFECT_TARGET_LIST, EffectTarget> = EFFECT_TARGET_LIST;
export const METRICS = METRIC_NAMES as readonly MetricName[];

/** Any finite number (non-finite values are refused when the file is read). */
export function num(description: string): z.ZodNumber {
  return z.number().describe(description);
}

/** A number in [min, max]. */
export function range(min: number, max: number, description: string): z.ZodNumber {
  return z.number().min(min).max(max).describe(description);
}

/** A share, probability or maturity level in [0, 1]. */
export function share(description: string): z.ZodNumber {
  return range(0, 1, description);
}

/** A whole number in [min, max]. */
export function int(min: number, max: number, description: string): z.ZodNumber {
  return z.number().int().min(min).max(max).describe(description);
}

/** One line of text, at most `max` characters. */
export function line(max: number, description: string): z.ZodString {
  return z
    .string()
    .max(max)
    .regex(/^[^\n]*$/, { message: 'must be a single line' })
    .describe(description);
}

/** Free text (paragraphs allowed), at most `max` characters. Never interpreted: shown as literal text. */
export function text(max: number, description: string): z.ZodString {
  return z.string().max(max).describe(description);
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A lowercase id: letters, digits and dashes, starting with a letter or digit, at most 64 characters. */
export function id(description: string): z.ZodString {
  return z
    .string()
    .max(64)
    .regex(ID_PATTERN, {
      message: 'ids use lowercase letters, digits and dashes, and start with a letter or digit',
    })
    .describe(description);
}

/** An optional field whose default comes from elsewhere (the engine); the default shows in tooltips and docs. */
export function withDefault<T extends z.ZodType>(schema: T, value: unknown): z.ZodOptional<T> {
  return schema.optional().meta({ default: value }) as z.ZodOptional<T>;
}

/**
 * After a name not in a long list (the metrics, the parameters): " (did you mean users?); the nearest: …; every
 * metric is listed in …". Such a list is too long to print whole, so the names nearest to what was written are.
 */
export function nearHint(word: string, names: readonly string[], where: string): string {
  return `${hint(word, names)}; the nearest: ${nearest(word, names, 6).join(', ')}; ${where}`;
}

export function metricHint(word: string): string {
  return nearHint(word, METRICS, 'every metric is listed in scenarios/README.md (Metrics)');
}

export const DomainSchema = z.enum(DOMAINS).describe('Which of the five leadership domains this belongs to.');
export const MetricSchema = z
  .enum(METRICS as [MetricName, ...MetricName[]])
  .describe('A named metric of the game state, in author units (money in dollars, shares 0..1).');
export const ModifierTargetSchema = z.enum(MODIFIER_TARGETS as [string, ...string[]]);
export const EffectTargetSchema = z.enum(EFFECT_TARGETS);

export const CONDITION_PATTERN =
  /^\s*[A-Za-z]+\s*(>=|<=|==|!=|>|<)\s*-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?\s*$/;

const ConditionText = z
  .string()
  .max(200)
  .regex(CONDITION_PATTERN, {
    message: 'a condition reads "metric op number", e.g. "users >= 1000" (ops: >= <= > < == !=)',
  })
  .superRefine((value, ctx) => {
    const parsed = parseConditionText(value);
    if (parsed && !(METRICS as readonly string[]).includes(parsed.metric)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown metric "${parsed.metric}"${metricHint(parsed.metric)}`,
      });
    } else if (parsed && !Number.isFinite(parsed.value)) {
      ctx.addIssue({ code: 'custom', message: 'the number in a condition must be finite' });
    }
  })
  .describe('A condition as text: "metric op number", e.g. "users >= 1000". Ops: >= <= > < == !=.')
  // For editors: the metric names themselves (the validator says more about an unknown one), and one completion
  // per metric (`defaultSnippets`, which VS Code and yaml-language-server offer as you type a condition).
  .meta({
    pattern: `^\\s*(${METRIC_NAMES.join('|')})\\s*(>=|<=|==|!=|>|<)\\s*-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*$`,
    defaultSnippets: METRIC_NAMES.map((m) => ({
      label: `${m} >= …`,
      description: METRIC_DOCS[m] ?? '',
      body: `${m} >= \${1:0}`,
    })),
  });

const ConditionObject = z
  .strictObject({
    metric: MetricSchema,
    op: z.enum(['>=', '<=', '>', '<', '==', '!=']).describe('Comparison operator.'),
    value: num('The number the metric is compared with.'),
  })
  .describe('A condition as a mapping: {metric, op, value}.');

export const ConditionSchema = z
  .union([ConditionText, ConditionObject], {
    error: 'expected a condition like "users >= 1000" or {metric: users, op: ">=", value: 1000}',
  })
  .describe('A condition on a metric: "users >= 1000", or {metric: users, op: ">=", value: 1000}.');
export type ConditionInput = z.input<typeof ConditionSchema>;

const AnyOfObject = z
  .strictObject({
    anyOf: z
      .array(z.union([ConditionText, ConditionObject]))
      .min(2)
      .max(10)
      .describe('The conditions, at least one of which must hold.'),
  })
  .describe(
    'Format 2: at least one of these conditions must hold (OR), e.g. {anyOf: ["selfHosted == 1", "fineTuned == 1"]}.',
  );

/** A condition, or (format 2) `{anyOf: [...]}`: at least one of several conditions. */
export const RequirementSchema = z
  .union([ConditionText, ConditionObject, AnyOfObject], {
    error:
      'expected a condition like "users >= 1000", {metric: users, op: ">=", value: 1000} or {anyOf: [condition, condition]}',
  })
  .describe(
    'A condition ("users >= 1000", or {metric, op, value}), or {anyOf: [...]}: at least one of several conditions.',
  );
export type RequirementInput = z.input<typeof RequirementSchema>;
