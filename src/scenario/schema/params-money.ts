/**
 * Schema of `parameters.money` (dollars; the engine keeps cents) and `parameters.serving` (format 2: how serving
 * modes differ beyond their bills). Defaults shown in the docs come from the engine. Pure.
 */
import { z } from './zod.ts';
import { DEFAULT_SERVING } from '../../engine/params.ts';
import { ARCH_OPTIONS, ROLES } from '../../engine/types.ts';
import { int, range, share, withDefault } from './common.ts';
import { dollars, MAX_MONEY, mapValues, money, P, perKey } from './param-helpers.ts';

const serving = ARCH_OPTIONS.serving;
const m = P.money;
const ROLE_NAMES: Record<(typeof ROLES)[number], string> = {
  engineer: 'engineer',
  ml: 'ML engineer',
  sre: 'SRE',
  product: 'product person',
};
export const MoneySchema = z
  .strictObject({
    arpu: money(
      'Revenue per active user per week at full satisfaction: a week brings users x arpu x (0.6 + 0.4 x satisfaction) x any revenue modifier (at satisfaction 0.5, 0.8 x arpu a user).',
      m.arpuCents,
    ),
    salary: perKey(
      ROLES,
      mapValues(m.salaryCents, dollars),
      (r) =>
        range(
          0,
          MAX_MONEY,
          `Weekly cost of one ${ROLE_NAMES[r]} on the team (ramped or still onboarding; an accepted offer costs nothing until the first day), in dollars.`,
        ),
      'Weekly cost per person by role, in dollars.',
    ),
    agentSeat: money('Weekly cost of one AI agent seat (counted with the salaries).', m.agentSeatCents),
    serverlessPerKReq: money(
      'Serverless hosting cost per thousand requests: a serverless week costs users x load.requestsPerUser x this (x 1.25 at the edge, x 1.2 while a hosting migration runs, x infraCost modifiers and cost spikes).',
      m.serverlessPerKReqCents,
    ),
    dedicatedUnit: money(
      'Weekly cost of one unit of dedicated capacity (a unit serves a peak of 1,000 thousand requests a week): a dedicated week costs units x this + dedicatedFixed (same edge, migration and modifier factors as serverless).',
      m.dedicatedUnitCents,
    ),
    dedicatedFixed: money(
      'Fixed weekly cost of running dedicated servers at all (cluster, monitoring, reserved minimum), whatever the units.',
      m.dedicatedFixedCents,
    ),
    inferencePerKReq: perKey(
      serving,
      mapValues(m.inferencePerKReqCents, dollars),
      (s) =>
        range(
          0,
          MAX_MONEY,
          `Inference cost per thousand requests with ${s} serving: a week's inference bill is users x load.requestsPerUser x this + servingFixed.${s}, x inferenceCost modifiers and cost spikes; in dollars.`,
        ),
      'Inference cost per thousand requests by serving mode, in dollars.',
    ),
    servingFixed: perKey(
      serving,
      mapValues(m.servingFixedCents, dollars),
      (s) =>
        range(
          0,
          MAX_MONEY,
          `Fixed weekly cost of ${s} serving (GPUs), paid whatever the traffic, in dollars.`,
        ),
      'Fixed weekly serving cost by serving mode, in dollars.',
    ),
    hireCost: money(
      'Recruiting fee per offer made, charged whether or not it is accepted (a one-off cost: it does not shorten the runway).',
      m.hireCostCents,
    ),
    raisePerUser: money(
      'Round size per user: a closed round brings max(raiseMin, users x raisePerUser) x (0.7 + 0.6 x board confidence), with the users and confidence of the week the investors decide.',
      m.raisePerUserCents,
    ),
    raiseMin: money(
      'Smallest round before the board-confidence factor: a round is at least raiseMin x (0.7 + 0.6 x board confidence).',
      m.raiseMinCents,
    ),
    raiseCooldownTurns: withDefault(
      int(0, 520, 'Turns after a round closes or fails before investors take another meeting.'),
      m.raiseCooldownTurns,
    ),
    raiseWeeks: withDefault(
      range(
        1,
        52,
        'Weeks from starting a round to the decision (rounded up to whole turns); meanwhile pitching takes 0.3 engineer-weeks a week. The round closes with chance 0.05 + 6 x weekly user growth during the round + 0.25 x board confidence + 0.2 x u/(1 + u), u = users / 5,000, - 0.2 x investor pressure.',
      ),
      m.raiseWeeks,
    ),
    dilution: withDefault(
      range(
        0,
        0.9,
        'Share of the company a round sells at 4% weekly user growth during the round: it sells dilution x (1.4 - 10 x weekly growth), at least 0.6 and at most 1.5 times dilution.',
      ),
      m.dilution,
    ),
  })
  .describe(
    'Money, in dollars: revenue per user, salaries, infrastructure, inference, hiring and fundraising.',
  );

const sv = DEFAULT_SERVING;
export const ServingSchema = z
  .strictObject({
    latencyMs: perKey(
      serving,
      sv.latencyMs,
      (m) => range(0, 1e5, `Latency ${m} serving adds to every request, in ms (see load.baseLatencyMs).`),
      'Latency each serving mode adds, in ms.',
    ),
    quality: perKey(
      serving,
      sv.quality,
      (m) =>
        range(
          -1,
          1,
          `What users get with ${m} serving, against the deployed model's quality: satisfaction reads quality + this (0..1), so -0.08 is a visibly worse model.`,
        ),
      "Format 2: the quality users get with each serving mode, added to the deployed model's (a small or open model answers worse; a fine-tuned one may answer better on your data).",
    ),
    qualityCeiling: perKey(
      serving,
      sv.qualityCeiling,
      (m) =>
        share(
          `Highest quality a trained candidate reaches with ${m} serving${m === 'fine-tuned' ? ' (plus 0.15 x data pipeline: your data is what makes a small model good)' : ''}.`,
        ),
      'Highest quality a trained model candidate reaches with each serving mode.',
    ),
  })
  .describe(
    'Format 2: how serving modes differ beyond their bills (latency, the quality users get, the quality ceiling).',
  );
