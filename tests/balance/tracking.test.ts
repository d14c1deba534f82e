/**
 * What the balance pipeline records per game, checked against the plain reading of the rules: every condition
 * of every event read with the engine's `metric` on the state after each turn still being played, and every
 * answer counted from the turn's events. The pipeline may compute it however fast it likes, but not otherwise.
 */
import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  defaultConfig,
  seedOf,
  simulateChunk,
  type BalanceJob,
} from '../../src/balance/index.ts';
import { BOTS, playBot } from '../../src/bots/index.ts';
import type { Condition, Scenario } from '../../src/engine/index.ts';
import { metric } from '../../src/engine/index.ts';
import { resolveScenario } from '../../src/cli/scenarios.ts';
import { eventfulScenario } from '../fixtures/scenarios.ts';

const holds = (v: number, c: Condition): boolean =>
  c.op === '>='
    ? v >= c.value
    : c.op === '<='
      ? v <= c.value
      : c.op === '>'
        ? v > c.value
        : c.op === '<'
          ? v < c.value
          : c.op === '=='
            ? v === c.value
            : v !== c.value;

/** The reference: one bot's games on runs [from, to), tracked the slow and obvious way. */
function reference(scenario: Scenario, job: BalanceJob, bot: keyof typeof BOTS, from: number, to: number) {
  const conds = scenario.events.flatMap((e) => e.when);
  const out = {
    conditionGames: conds.map(() => 0),
    conditionMin: conds.map(() => Number.POSITIVE_INFINITY),
    conditionMax: conds.map(() => Number.NEGATIVE_INFINITY),
    eventEligibleGames: scenario.events.map(() => 0),
    eventEligibleTurns: scenario.events.map(() => 0),
    optionChosen: scenario.events.map((e) => e.options.map(() => 0)),
  };
  for (let run = from; run < to; run++) {
    const held = conds.map(() => false);
    const eligible = scenario.events.map(() => false);
    playBot(scenario, seedOf(job.config, run), BOTS[bot], {
      onTurn: (s, events) => {
        for (const ev of events) {
          const e = scenario.events.findIndex((d) => d.id === ev.id);
          if (ev.kind !== 'scenario' || ev.option === undefined || e < 0) continue;
          out.optionChosen[e]![scenario.events[e]!.options.findIndex((o) => o.id === ev.option)]!++;
        }
        if (s.status !== 'playing') return;
        let c = 0;
        scenario.events.forEach((def, e) => {
          let all = true;
          for (const cond of def.when) {
            const v = metric(s, cond.metric);
            if (holds(v, cond)) held[c] = true;
            else all = false;
            out.conditionMin[c] = Math.min(out.conditionMin[c]!, v);
            out.conditionMax[c] = Math.max(out.conditionMax[c]!, v);
            c++;
          }
          if (all) {
            eligible[e] = true;
            out.eventEligibleTurns[e]!++;
          }
        });
      },
    });
    held.forEach((h, c) => (out.conditionGames[c]! += h ? 1 : 0));
    eligible.forEach((h, e) => (out.eventEligibleGames[e]! += h ? 1 : 0));
  }
  return out;
}

describe('condition and answer tracking', () => {
  it.each([
    ['eventful (conditions on users, a follow-up)', eventfulScenario(20)],
    // Two dozen conditions, most on the same metric (turn): shared readings must not leak between conditions.
    ['tutorial', resolveScenario('tutorial').scenario],
    ['the-pivot', resolveScenario('the-pivot').scenario],
  ])('%s: what a chunk records is what the rules say', (_, scenario) => {
    const bots = ['random', 'move-fast', 'steady', 'frugal'] as const;
    const job: BalanceJob = {
      scenario,
      config: defaultConfig({ runs: 2 * CHUNK_SIZE, bots: [...bots], variantRuns: 0 }),
    };
    const agg = simulateChunk(job, 1);
    bots.forEach((bot, b) => {
      const mine = agg.bots[b]!;
      expect({
        conditionGames: mine.conditionGames,
        conditionMin: mine.conditionMin,
        conditionMax: mine.conditionMax,
        eventEligibleGames: mine.eventEligibleGames,
        eventEligibleTurns: mine.eventEligibleTurns,
        optionChosen: mine.optionChosen,
      }).toEqual(reference(scenario, job, bot, CHUNK_SIZE, 2 * CHUNK_SIZE));
    });
  });
});
