/**
 * The teaching kit of a scenario, for instructors (never shown to players): what the class should learn, a
 * timing plan for a 50- and a 90-minute class, the mistakes students commonly make, discussion questions each
 * tied to one of the chapter's five domains, and debrief prompts. `tradeoffs guide` and the Host screen print
 * them as a facilitator guide, with outcome ranges computed from the current rules. Not part of the game: the
 * scenario's hash ignores them, so rewording the notes never invalidates a run. Pure.
 */
import { z } from './zod.ts';
import { DomainSchema, int, line } from './common.ts';

const SlotSchema = z
  .strictObject({
    minutes: int(1, 90, 'How long this part of the class takes, in minutes.'),
    activity: line(300, 'What the class does, e.g. "Play weeks 1 to 20 in pairs".'),
  })
  .describe('One part of a class plan.');

/** A class plan whose parts add up to exactly `total` minutes. */
function plan(total: number) {
  return z
    .array(SlotSchema)
    .min(1)
    .max(12)
    .superRefine((slots, ctx) => {
      const sum = slots.reduce((s, x) => s + x.minutes, 0);
      if (sum !== total)
        ctx.addIssue({
          code: 'custom',
          message: `the parts of the ${total}-minute plan add up to ${sum} minutes, not ${total}`,
        });
    })
    .describe(`A ${total}-minute class, part by part (the minutes must add up to ${total}).`);
}

const notes = (max: number, what: string) => z.array(line(400, what)).min(1).max(max);

export const TeachingNotesSchema = z
  .strictObject({
    objectives: notes(8, 'What students can do after the class.').describe(
      'Learning objectives of the class, for the facilitator guide.',
    ),
    timing: z
      .strictObject({
        fifty: plan(50),
        ninety: plan(90),
      })
      .describe('Timing plans for a 50-minute and a 90-minute class.'),
    commonMistakes: notes(10, 'A mistake students commonly make, and what it costs them.').describe(
      'Mistakes students commonly make in this scenario.',
    ),
    debriefPrompts: notes(10, 'A prompt for the debrief after the game.').describe(
      'Prompts for the debrief after the game.',
    ),
  })
  .describe('Teaching notes for instructors, printed in the facilitator guide (`tradeoffs guide`).');

export const DiscussionQuestionSchema = z
  .strictObject({
    question: line(400, 'The question, as the facilitator asks it.'),
    domain: DomainSchema,
  })
  .describe('A discussion question, tied to one of the chapter\u2019s five domains.');

export type TeachingNotesOutput = z.output<typeof TeachingNotesSchema>;
export type DiscussionQuestionOutput = z.output<typeof DiscussionQuestionSchema>;
