/**
 * Warnings about events that never fire (and why: a condition that never held, conditions that never held
 * together, a chance too low, a follow-up nobody triggers: warnings-follow-ups.ts), that the strategy bots
 * practically never see, or that fire in every game. Pure.
 */
import type { EventDef, Scenario } from '../engine/index.ts';
import { isStrategyBot } from './config.ts';
import { num, pct, plural } from './format.ts';
import type { ConditionReport, EventReport, BalanceReport } from './report.ts';
import { niceNumber } from './stats.ts';
import type { BalanceWarning } from './warnings.ts';
import { followUpFix } from './warnings-follow-ups.ts';

/** The per-week chance that makes an event fire in about half the games where its conditions hold `turns` turns. */
export function halfChance(turns: number, weeksPerTurn: number): number {
  if (turns <= 0) return 1;
  const perTurn = 1 - Math.pow(0.5, 1 / turns);
  return niceNumber(Math.min(1, perTurn / weeksPerTurn));
}

/** A condition that never held, with what was seen and a threshold that would hold. */
function conditionAdvice(c: ConditionReport): string {
  const [metric, op, value] = c.text.split(' ');
  if (op === '>=' || op === '>') {
    const hi = c.highest;
    if (hi === null) return `'${c.text}' never held`;
    const suggest = hi > 0 ? ` (e.g. '${metric} ${op} ${num(niceNumber(hi * 0.8))}')` : '';
    return `'${c.text}' never held: the highest ${metric} seen was ${num(hi)}; lower the threshold below it${suggest}`;
  }
  if (op === '<=' || op === '<') {
    const lo = c.lowest;
    if (lo === null) return `'${c.text}' never held`;
    const suggest = lo > 0 ? ` (e.g. '${metric} ${op} ${num(niceNumber(lo * 1.25))}')` : '';
    return `'${c.text}' never held: the lowest ${metric} seen was ${num(lo)}; raise the threshold above it${suggest}`;
  }
  if (op === '==') {
    return `'${c.text}' never held: ${metric} ranged from ${num(c.lowest)} to ${num(c.highest)}, never exactly ${value}`;
  }
  return `'${c.text}' never held: ${metric} was always ${value}`;
}

function chanceFix(scenario: Scenario, def: EventDef, ev: EventReport): string {
  const weeks = scenario.params.weeksPerTurn;
  if (ev.eligibleShare === 0) {
    const never = ev.conditions.filter((c) => c.heldShare === 0);
    if (never.length > 0) return `${never.map(conditionAdvice).join('; ')}.`;
    const held = ev.conditions.map((c) => `'${c.text}' (held in ${pct(c.heldShare)} of games)`);
    return `Each condition held in some games but never all in the same turn: ${held.join(', ')}. Widen the window so they overlap.`;
  }
  if (def.baseChance === 0 && def.factors.length === 0)
    return 'Its `chance` is 0 and it has no `factors`, so it can only happen as a follow-up: set `followUpOnly: true` and schedule it, or give it a `chance`.';
  const suggest = halfChance(ev.eligibleTurns / Math.max(ev.eligibleShare, 1e-9), weeks);
  return `Its conditions held together in ${pct(ev.eligibleShare)} of games (${num(ev.eligibleTurns / ev.eligibleShare)} turns on average), but \`chance: ${def.baseChance}\` a week is too low: about ${suggest} would make it fire in half of those games.`;
}

function never(scenario: Scenario, report: BalanceReport, def: EventDef, ev: EventReport): BalanceWarning {
  const games = report.bots.reduce((a, b) => a + b.games, 0);
  const strategy = strategyBots(report.bots.map((b) => b.bot));
  return {
    kind: 'event-never-fires',
    severity: 'warning',
    subject: def.id,
    message: `Event '${def.id}' ("${def.title}") never fired in ${plural(games, 'game')}: players will never see it.`,
    fix: def.followUpOnly ? followUpFix(scenario, report, def, ev, strategy) : chanceFix(scenario, def, ev),
  };
}

function always(scenario: Scenario, def: EventDef, ev: EventReport): BalanceWarning {
  const turns = ev.eligibleTurns / Math.max(ev.eligibleShare, 1e-9);
  const lower =
    def.baseChance > 0 && !def.followUpOnly
      ? ` lower \`chance\` (now ${def.baseChance} a week; about ${halfChance(turns, scenario.params.weeksPerTurn)} makes it fire in half of the games) or`
      : '';
  return {
    kind: 'event-always-fires',
    severity: 'warning',
    subject: def.id,
    message: `Event '${def.id}' ("${def.title}") fires in ${ev.share >= 1 ? 'every game' : `${pct(ev.share)} of games`} for every bot: it is no surprise and no consequence of anything the player did.`,
    fix: `If it should depend on play,${lower} add a \`when\` condition on what the player controls (e.g. 'debt >= 40'). If it is the scenario's fixed premise, ignore this.`,
  };
}

/** Below this share of games for every strategy bot, an event is one that players practically never see. */
export const RARE_SHARE = 0.02;

/** The bots that play a strategy (all of them when only baselines were compared). */
export function strategyBots(names: readonly string[]): Set<string> {
  const s = names.filter(isStrategyBot);
  return new Set(s.length > 0 ? s : names);
}

/** A condition as the strategy bots saw it: how often it held, and how close they came. */
function strategyCondition(c: ConditionReport, bots: Set<string>): ConditionReport {
  const mine = c.perBot.filter((p) => bots.has(p.bot));
  const values = (f: (p: (typeof mine)[number]) => number | null): number[] =>
    mine.map(f).filter((v): v is number => v !== null);
  const lows = values((p) => p.lowest);
  const highs = values((p) => p.highest);
  return {
    ...c,
    heldShare: Math.max(0, ...mine.map((p) => p.heldShare)),
    lowest: lows.length > 0 ? Math.min(...lows) : null,
    highest: highs.length > 0 ? Math.max(...highs) : null,
  };
}

function rarely(
  scenario: Scenario,
  report: BalanceReport,
  def: EventDef,
  ev: EventReport,
): BalanceWarning | null {
  const bots = strategyBots(ev.perBot.map((p) => p.bot));
  const judged = ev.perBot.filter((p) => bots.has(p.bot));
  if (judged.some((p) => p.share >= RARE_SHARE)) return null;
  const shares = ev.perBot.map((p) => `${p.bot} ${pct(p.share)}`).join(', ');
  const eligible = Math.max(0, ...judged.map((p) => p.eligibleShare));
  let why: string;
  if (def.followUpOnly) {
    why = followUpFix(scenario, report, def, ev, bots);
  } else if (eligible < RARE_SHARE && ev.conditions.length > 0) {
    const seen = ev.conditions.map((c) => strategyCondition(c, bots));
    const rare = seen.filter((c) => c.heldShare < 0.5);
    why = `Its conditions rarely hold in the strategy bots' games: ${(rare.length > 0 ? rare : seen)
      .map((c) =>
        c.heldShare === 0 ? conditionAdvice(c) : `'${c.text}' held in at most ${pct(c.heldShare)}`,
      )
      .join(
        '; ',
      )}. Relax them if every class should meet this event, or check that a sensible plan leads there.`;
  } else {
    why = chanceFix(scenario, def, ev);
  }
  return {
    kind: 'event-rarely-fires',
    severity: 'info',
    subject: def.id,
    message: `Event '${def.id}' ("${def.title}") fires in fewer than ${pct(RARE_SHARE)} of the strategy bots' games (${shares}): most players will never see it.`,
    fix: why,
  };
}

export function eventWarnings(scenario: Scenario, report: BalanceReport): BalanceWarning[] {
  const out: BalanceWarning[] = [];
  scenario.events.forEach((def, i) => {
    const ev = report.events[i]!;
    if (ev.status === 'never') out.push(never(scenario, report, def, ev));
    else if (ev.status === 'always') {
      if (!ev.scheduled) out.push(always(scenario, def, ev));
    } else {
      const w = rarely(scenario, report, def, ev);
      if (w) out.push(w);
    }
  });
  return out;
}
