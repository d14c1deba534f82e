/**
 * Schema of the teaching fields of an event card, read by the game's screens and never by the engine (they do
 * not change the game, so not its hash): `introduces` (the plan's controls a card brings on screen: a scenario
 * that uses it, such as the tutorial, shows each control from the week its card arrives) and an option's
 * `applies` (the settings an answer recommends, which the card then offers to apply). Pure.
 */
import { BOOLEAN_POLICIES, FRAMINGS, RELEASE_MODES, REVIEW_LEVELS } from '../../engine/types.ts';
import { CONTROLS } from '../controls.ts';
import { z } from './zod.ts';

export const IntroducesSchema = z
  .array(z.enum(CONTROLS))
  .min(1)
  .max(CONTROLS.length)
  .describe(
    'Plan controls this card introduces. When any card of the scenario introduces controls, each of those ' +
      'controls is shown only from the week its card arrives (progressive disclosure); controls no card ' +
      'introduces are always shown.',
  );

export const AppliesSchema = z
  .strictObject({
    release: z.enum(RELEASE_MODES).describe('Set the release to this mode.').optional(),
    policies: z
      .partialRecord(z.enum(BOOLEAN_POLICIES), z.boolean())
      .describe('Turn these policies on (true) or off (false).')
      .optional(),
    review: z.enum(REVIEW_LEVELS).describe('Set the human review of agent work to this level.').optional(),
    framing: z
      .enum(FRAMINGS.filter((f) => f !== 'silence') as ['cost', 'risk', 'velocity', 'spin'])
      .describe('Update the board this turn with this framing.')
      .optional(),
  })
  .refine((a) => Object.values(a).some((v) => v !== undefined), {
    message: 'say which setting the answer recommends: release, policies, review or framing',
  })
  .describe(
    'The settings this answer recommends: once the player chooses it, the card offers a button that applies them.',
  );

export type AppliesOutput = z.output<typeof AppliesSchema>;
