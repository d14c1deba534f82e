/**
 * The scenario file schema, written once: it gives the TypeScript types of a file (ScenarioFileInput for what
 * authors write, ScenarioFileOutput after validation), the validation itself, and the JSON Schema editors use
 * (see json-schema.ts). Pure.
 */
import { z } from './zod.ts';
import { DECISION_TYPES, type DecisionType } from '../../engine/types.ts';
import {
  DomainSchema,
  RequirementSchema,
  id,
  int,
  line,
  MetricSchema,
  num,
  range,
  share,
  text,
} from './common.ts';
import { EventSchema } from './events.ts';
import { InitialSchema } from './initial.ts';
import { ParamsSchema } from './params.ts';
import { DiscussionQuestionSchema, TeachingNotesSchema } from './teaching-notes.ts';

export const FORMAT_VERSION = 2;
export const TURN_LENGTHS = { week: 1, sprint: 2, month: 4 } as const;
export type TurnLength = keyof typeof TURN_LENGTHS;
export const TOPICS = ['architecture', 'coordination', 'debt', 'risk', 'stakeholders'] as const;

const ObjectiveSchema = z
  .strictObject({
    id: id('Objective id, unique in the scenario.'),
    label: line(120, 'What the player sees, e.g. "Reach 10,000 users".'),
    domain: DomainSchema,
    metric: MetricSchema,
    op: z
      .enum(['>=', '<='])
      .describe('Met when the metric is at least (>=) or at most (<=) the target at the end.'),
    target: num('The value to reach (money in dollars, shares 0..1).'),
    weight: range(0, 100, 'Weight of this objective in the score.').optional().meta({ default: 1 }),
    required: z
      .boolean()
      .describe(
        'Must be met for the game to count as won (a missed required objective caps the score at 590: see "How a game is scored").',
      )
      .optional()
      .meta({ default: false }),
    measure: z
      .enum(['final', 'average', 'min', 'max'])
      .describe(
        'Format 2: what is compared with the target: the value at the end (final), or the average, lowest (min) or highest (max) value after each turn from `from` to `to`.',
      )
      .optional()
      .meta({ default: 'final' }),
    from: int(1, 520, 'Format 2: the first turn of the window (counted after the turn is played).')
      .optional()
      .meta({ default: 1 }),
    to: int(1, 520, 'Format 2: the last turn of the window (default: the last turn of the game).').optional(),
    by: int(
      1,
      520,
      'Format 2: met when the target is reached at the end of any turn up to this one ("by week 12"); not with measure, from or to.',
    ).optional(),
  })
  .superRefine((o, ctx) => {
    for (const [path, message] of timingMistakes(o)) ctx.addIssue({ code: 'custom', path, message });
  })
  .describe('A goal checked at the end of the game, or (format 2) over a window of turns.');

/** `by` stands alone; `from` and `to` belong to a measure over time; a window runs forward. */
function timingMistakes(o: {
  measure?: string;
  from?: number;
  to?: number;
  by?: number;
}): [string[], string][] {
  const out: [string[], string][] = [];
  if (o.by !== undefined) {
    for (const k of ['measure', 'from', 'to'] as const)
      if (o[k] !== undefined)
        out.push([[k], `by is a window of its own (turns 1 to ${o.by}); leave ${k} out`]);
    return out;
  }
  const over = o.measure !== undefined && o.measure !== 'final';
  for (const k of ['from', 'to'] as const)
    if (o[k] !== undefined && !over)
      out.push([[k], `${k} is the window of a measure over time: add measure: average, min or max`]);
  if (o.from !== undefined && o.to !== undefined && o.from > o.to)
    out.push([['to'], `the window ends (turn ${o.to}) before it starts (turn ${o.from})`]);
  return out;
}

const DebriefNoteSchema = z
  .strictObject({
    text: text(2000, 'A learning note shown in the debrief.'),
    domain: DomainSchema.optional(),
    when: RequirementSchema.optional().describe(
      'Show the note only when this condition (or, format 2, one of an {anyOf: [...]}) holds at the end.',
    ),
  })
  .describe('A learning note for the debrief, optionally shown only when a condition holds at the end.');

const ScoringSchema = z
  .strictObject({
    objectiveShare: share(
      'Share of the score from objectives; the rest comes from the five domain health measures.',
    )
      .optional()
      .meta({ default: 0.7 }),
    winEarly: z
      .boolean()
      .describe('End the game early as won when every required objective holds.')
      .optional()
      .meta({ default: false }),
  })
  .describe('How the final score is made.');

const LeverSchema = z
  .enum(DECISION_TYPES as [DecisionType, ...DecisionType[]])
  .describe('A decision type the player may use.');

export const ScenarioFileSchema = z
  .strictObject({
    $schema: z
      .string()
      .max(500)
      .describe('Path or URL of schema.json, for editor autocompletion (ignored by the game).')
      .optional(),
    formatVersion: int(
      0,
      1_000_000,
      `Version of this file format; the current one is ${FORMAT_VERSION}. Older files are migrated when loaded.`,
    )
      .optional()
      .meta({ default: FORMAT_VERSION }),
    id: id('Scenario id: lowercase letters, digits and dashes (e.g. solo-founder).'),
    title: line(120, 'Scenario title.'),
    summary: line(200, 'One line for the scenario list.').optional().meta({ default: '' }),
    difficulty: int(1, 5, 'Difficulty from 1 (gentle) to 5 (hard).').optional().meta({ default: 3 }),
    topic: z.enum(TOPICS).describe('The chapter topic this scenario teaches.').optional(),
    briefing: text(20_000, 'Shown before the game: plain text, paragraphs separated by blank lines.')
      .optional()
      .meta({ default: '' }),
    learningObjectives: z
      .array(line(300, 'What the player should learn.'))
      .max(20)
      .describe('What the player should take away.')
      .optional()
      .meta({ default: [] }),
    turnLength: z
      .enum(['week', 'sprint', 'month'])
      .describe('Length of a turn: week (1 week), sprint (2 weeks) or month (4 weeks).')
      .optional()
      .meta({ default: 'week' }),
    turns: int(1, 520, 'Number of turns the game lasts.'),
    initial: InitialSchema.optional(),
    parameters: ParamsSchema.optional(),
    levers: z
      .array(LeverSchema)
      .max(DECISION_TYPES.length)
      .describe('Decision types the player may use (default: all).')
      .optional(),
    events: z.array(EventSchema).max(200).describe('Event cards.').optional().meta({ default: [] }),
    objectives: z
      .array(ObjectiveSchema)
      .max(50)
      .describe('Goals checked at the end.')
      .optional()
      .meta({ default: [] }),
    scoring: ScoringSchema.optional(),
    debrief: z
      .array(DebriefNoteSchema)
      .max(50)
      .describe('Learning notes shown at the end.')
      .optional()
      .meta({ default: [] }),
    teachingNotes: TeachingNotesSchema.optional(),
    discussionQuestions: z
      .array(DiscussionQuestionSchema)
      .max(30)
      .describe(
        'Discussion questions for the class, each tied to a domain (printed in the facilitator guide).',
      )
      .optional()
      .meta({ default: [] }),
  })
  .describe('A Tradeoffs scenario: one company, one situation, one lesson.');

export type ScenarioFileInput = z.input<typeof ScenarioFileSchema>;
export type ScenarioFileOutput = z.output<typeof ScenarioFileSchema>;
