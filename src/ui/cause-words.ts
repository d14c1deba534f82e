/**
 * "Why did this happen?" in the player's words. The engine names an event's causes (factor ids with weights);
 * this says each one as a player reads it and sorts them three ways: what let a card come up at all (its
 * conditions, said as the scenario's rule, never as the engine's "turns played was 2 (this card needs at most
 * 2)"), what made it likelier that a decision can change (each with the control that does), and luck (the
 * background odds, with what lowers them when anything does). Hidden state (the model's true quality) is named
 * without its value or threshold. Pure.
 */
import type { Cause, Condition, GameEvent, Scenario } from '../engine/index.ts';
import { conditionText } from './objectives.ts';
import type { TurnWords } from './format.ts';

export interface WhyLine {
  text: string;
  /** Share of the odds (0..1); null for a condition, which lets the event happen rather than weighing on it. */
  share: number | null;
  /** What the player can do about it, when anything. */
  lever: string | null;
}

export interface WhyParts {
  /** What it simply followed from: an answer the player gave, or a deadline that passed. */
  because: WhyLine[];
  conditions: WhyLine[];
  levers: WhyLine[];
  luck: WhyLine[];
}

const RELIABILITY = 'Reliability work in the capacity split (test automation, observability)';

/** What lowers the whole chance of an incident of each kind, background included (engine mitigation). */
const MITIGATION: Record<string, string> = {
  outage: `${RELIABILITY} and postmortems`,
  latency: `${RELIABILITY} and postmortems`,
  'model-regression': 'Evals in the capacity split and postmortems',
  'data-pipeline': 'Data pipeline work in the capacity split and postmortems',
  security: 'Reliability work in the capacity split (test automation) and postmortems',
  'cost-spike': 'Reliability work in the capacity split (observability) and postmortems',
  'cutover-failed': RELIABILITY,
};

/** Causes that are a plain fact, not odds: an answer given, or not given in time. */
const BECAUSE: Record<string, string> = {
  decision: 'Your answer to the card',
  deadline:
    'No answer before the deadline, so the card\u2019s default happened; answer cards under Decisions waiting to choose yourself',
};

/** Factors that are chance, not a choice: what they are in words (the engine's label is replaced). */
const LUCK: Record<string, string> = {
  'base-rate': 'Background odds, whatever the plan',
  market: 'The hiring market',
  inject: 'Your instructor added this to the game',
};

/** The control that lowers (or raises) each engine factor; `event:factor` when it depends on the event. */
const LEVERS: Record<string, string> = {
  debt: 'Debt paydown in the capacity split lowers it',
  utilisation: 'More capacity: server units on dedicated hosting; asynchronous processing flattens peaks',
  migration: 'Ends when the migration is done: staff it to finish sooner',
  services: 'The price of microservices (Architecture)',
  surface: 'The price of microservices and the edge (Architecture)',
  sync: 'Asynchronous processing spreads the peaks out (Architecture)',
  async: 'The price of asynchronous processing (Architecture)',
  release: 'Gate model releases on evals, or use a canary (Release)',
  evals: 'Evals in the capacity split',
  volume: 'Grows with your users; Data pipeline in the capacity split copes with it',
  agents: 'Review agent work, or fewer agent seats (Team)',
  metered: 'Dedicated hosting or serving your own model ends the metering (Architecture)',
  'cost-spike:growth': 'Growth is good news; observability (Reliability) catches the bill sooner',
  automation: `${RELIABILITY}: it also makes deploys small and frequent`,
  capacity: 'More server units on dedicated hosting; on serverless, a move to dedicated (Architecture)',
  morale: 'Time off, no crunch and fewer incidents lift morale (Policies)',
  burnout: 'Time off and no crunch; an on-call rotation with SREs shares the pages (Policies)',
  board: 'Board updates that fit the news (Board and money)',
  growth: 'Grow your users while the round runs',
  spin: 'Tell the board the news as it is (Board and money)',
  'follow-up': 'An answer you gave to an earlier card',
  evalCoverage: 'Evals in the capacity split',
  testAutomation: RELIABILITY,
  observability: RELIABILITY,
  dataPipeline: 'Data pipeline in the capacity split',
  crunch: 'The Crunch policy',
};

function leverOf(e: Pick<GameEvent, 'id'>, factor: string): string | null {
  return LEVERS[`${e.id}:${factor}`] ?? LEVERS[factor] ?? null;
}

/** A card's condition as the scenario's rule: "burnout at least 12%", "you are on dedicated hosting". */
function conditionLine(c: Condition | undefined, words: TurnWords): string {
  // Never the engine's own wording: a card this scenario no longer defines keeps a plain word.
  return c ? conditionText(c, words) : 'a condition of the scenario';
}

/**
 * A card's conditions on the turn, as one window of the story: "from the end of week 1 to the end of week 3"
 * (the engine checks them after a turn is played, so turn 2 means "at the end of week 2").
 */
function timing(conds: readonly Condition[], words: TurnWords): string {
  let lo = -Infinity;
  let hi = Infinity;
  const not: number[] = [];
  for (const c of conds) {
    const v = Math.round(c.value);
    if (c.op === '>=' || c.op === '==') lo = Math.max(lo, v);
    if (c.op === '>') lo = Math.max(lo, v + 1);
    if (c.op === '<=' || c.op === '==') hi = Math.min(hi, v);
    if (c.op === '<') hi = Math.min(hi, v - 1);
    if (c.op === '!=') not.push(v);
  }
  const end = (t: number): string => `the end of ${words.nth(Math.max(1, t))}`;
  const window =
    lo === hi
      ? `at ${end(lo)}`
      : lo > -Infinity && hi < Infinity
        ? `from ${end(lo)} to ${end(hi)}`
        : lo > -Infinity
          ? `from ${end(lo)} on`
          : hi < Infinity
            ? `up to ${end(hi)}`
            : 'any time';
  const but = not.length ? `, except at ${not.map(end).join(' or ')}` : '';
  return `the scenario\u2019s timing: ${window}${but}`;
}

/** Every cause of `e` in the player's words, sorted: conditions, then levers and luck by weight. */
export function whyParts(
  e: Pick<GameEvent, 'kind' | 'id' | 'causes'>,
  scenario: Pick<Scenario, 'events'>,
  words: TurnWords,
): WhyParts {
  const def = e.kind === 'scenario' ? scenario.events.find((d) => d.id === e.id) : undefined;
  const parts: WhyParts = { because: [], conditions: [], levers: [], luck: [] };
  // The engine lists a card's conditions in the order of its `when`: the n-th on a metric is its n-th there.
  const used = new Map<string, number>();
  const turns: Condition[] = [];
  const sorted = [...e.causes].sort((a, b) => b.weight - a.weight);
  for (const c of sorted) {
    if (c.factor.startsWith('when:')) {
      const metric = c.factor.slice(5);
      const n = used.get(metric) ?? 0;
      used.set(metric, n + 1);
      const cond = def?.when.filter((w) => w.metric === metric)[n];
      if (cond?.metric === 'turn') turns.push(cond);
      else parts.conditions.push({ text: conditionLine(cond, words), share: null, lever: null });
    } else if (c.factor in BECAUSE)
      parts.because.push({ text: BECAUSE[c.factor]!, share: null, lever: null });
    else if (c.factor in LUCK) parts.luck.push(luckLine(e, c));
    else parts.levers.push(leverLine(e, c));
  }
  // A card's conditions and its odds share the engine's weight; the odds are said as shares of the odds alone.
  const odds = [...parts.levers, ...parts.luck];
  const total = odds.reduce((sum, l) => sum + (l.share ?? 0), 0);
  if (total > 0) for (const l of odds) l.share = (l.share ?? 0) / total;
  if (turns.length) parts.conditions.unshift({ text: timing(turns, words), share: null, lever: null });
  return parts;
}

function luckLine(e: Pick<GameEvent, 'kind' | 'id'>, c: Cause): WhyLine {
  const mitigated = MITIGATION[e.id];
  const text =
    c.factor !== 'base-rate' || e.kind === 'scenario'
      ? LUCK[c.factor]!
      : c.label === 'background rate'
        ? 'Background odds every system has'
        : capitalise(c.label);
  return { text, share: c.weight, lever: mitigated ? `${mitigated} lower these odds too` : null };
}

/** A cause with the control that moves it (a card's own factor carries its author's label). */
function leverLine(e: Pick<GameEvent, 'id'>, c: Cause): WhyLine {
  return { text: capitalise(c.label), share: c.weight, lever: leverOf(e, c.factor) };
}

function capitalise(s: string): string {
  return s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s;
}
