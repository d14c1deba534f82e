/**
 * Scenario events: authored cards with conditions, a chance built from named factors (their causes), options
 * with probabilistic outcomes and effects, follow-ups and deadlines. Pure over the working copy; consumes
 * `eventTrigger` (slot = event index) and `eventOutcome` (slot = event index).
 */
import { cents, clamp, clamp01 } from '../lib/num.ts';
import {
  MAX_AGENT_SEATS,
  MAX_CASH_CENTS,
  MAX_DEBT,
  MAX_EVENT_HIRES,
  MAX_FEATURES,
  MAX_MODIFIER,
  MAX_USERS,
} from './limits.ts';
import { architectureEffect } from './architecture.ts';
import { causesOf, chanceOf, eventHolds, outcomeChances } from './event-odds.ts';
import { changeParameter } from './overrides.ts';
import { roll, rollIn, Stream, streamDice } from './rng.ts';
import { headcountOf } from './state.ts';
import { turnParams, type Turn } from './turn.ts';
import type { Cause, Effect, EventDef, GameState, ModifierEffect, OptionDef, OutcomeDef } from './types.ts';

/** Draws which events fire this turn (by chance or as scheduled follow-ups) and puts them before the player. */
export function triggerEvents(s: GameState, turn: Turn): void {
  const defs = turn.scenario.events;
  const now = turn.t;
  for (let i = s.scheduled.length - 1; i >= 0; i--) {
    const sch = s.scheduled[i]!;
    if (sch.atTurn > now) continue;
    s.scheduled.splice(i, 1);
    const index = defs.findIndex((d) => d.id === sch.eventId);
    // A follow-up only happens if its own conditions hold when it comes due (the SLA review finds no breach…).
    if (index >= 0 && eventHolds(s, defs[index]!)) {
      fire(s, turn, index, true);
    }
  }
  const dice = streamDice(turn.dice, Stream.eventTrigger);
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i]!;
    if (def.followUpOnly) continue;
    if (def.maxTimes > 0 && (s.eventCounts[i] ?? 0) >= def.maxTimes) continue;
    if (s.pending.some((p) => p.eventId === def.id)) continue;
    if (!eventHolds(s, def)) continue;
    if (rollIn(dice, i) < clamp01(chanceOf(s, def) * turn.weeks)) {
      fire(s, turn, i, false);
    }
  }
}

const FOLLOW_UP: Cause[] = [{ factor: 'follow-up', label: 'an earlier decision', weight: 1 }];

/** Puts a card before the player; its causes are worked out only when the turn's events are wanted. */
function fire(s: GameState, turn: Turn, index: number, followUp: boolean): void {
  const def = turn.scenario.events[index]!;
  s.eventCounts[index] = (s.eventCounts[index] ?? 0) + 1;
  if (!s.pending.some((p) => p.eventId === def.id)) {
    s.pending.push({ eventId: def.id, firedTurn: turn.t, deadlineTurn: turn.t + Math.max(1, def.deadline) });
  }
  if (!turn.cards) return;
  const causes = followUp ? FOLLOW_UP.map((c) => ({ ...c })) : causesOf(s, def);
  turn.cards.push({
    turn: turn.t,
    kind: 'scenario',
    id: def.id,
    title: def.title,
    detail: def.text,
    tone: 'warning',
    causes,
  });
}

/** Resolves pending events the player answered, and those whose deadline came, with their default option. */
export function resolveEvents(s: GameState, turn: Turn): void {
  const defs = turn.scenario.events;
  const keep = [];
  for (const p of s.pending) {
    const chosen = turn.choices?.get(p.eventId);
    const expired = turn.t >= p.deadlineTurn;
    const index = defs.findIndex((d) => d.id === p.eventId);
    const def = defs[index];
    if (!def || (!chosen && !expired)) {
      if (def) keep.push(p);
      continue;
    }
    const option = def.options.find((o) => o.id === (chosen ?? def.defaultOption)) ?? def.options[0]!;
    resolve(s, turn, def, index, option, !chosen);
  }
  s.pending = keep;
}

function pickOutcome(s: GameState, option: OptionDef, u: number): OutcomeDef {
  const chances = outcomeChances(s, option);
  let acc = 0;
  for (let i = 0; i < option.outcomes.length; i++) {
    acc += chances[i]!;
    if (u < acc) return option.outcomes[i]!;
  }
  return option.outcomes[option.outcomes.length - 1]!;
}

function resolve(
  s: GameState,
  turn: Turn,
  def: EventDef,
  index: number,
  option: OptionDef,
  byDeadline: boolean,
): void {
  const outcome = pickOutcome(s, option, roll(turn.dice, Stream.eventOutcome, index));
  for (const e of outcome.effects) applyEffect(s, turn, e, def.id);
  if (outcome.followUp)
    s.scheduled.push({
      eventId: outcome.followUp.event,
      atTurn: turn.t + Math.max(1, outcome.followUp.inTurns),
    });
  turn.cards?.push({
    turn: turn.t,
    kind: 'scenario',
    id: def.id,
    title: `${def.title}: ${option.label}${byDeadline ? ' (no answer in time)' : ''}`,
    detail: outcome.text,
    tone: 'info',
    causes: [
      {
        factor: byDeadline ? 'deadline' : 'decision',
        label: byDeadline ? 'the deadline passed' : 'your decision',
        weight: 1,
      },
    ],
    option: option.id,
    outcome: outcome.id,
  });
}

function change(current: number, op: 'add' | 'multiply' | 'set', value: number): number {
  return op === 'add' ? current + value : op === 'multiply' ? current * value : value;
}

export function applyEffect(s: GameState, turn: Turn, e: Effect, source: string): void {
  switch (e.kind) {
    case 'modifier':
      addModifier(s, turn, e, source);
      return;
    case 'parameter':
      changeParameter(s, turn.p, e);
      // The rest of this turn already plays on the new value.
      turn.p = turnParams(turn, s.overrides);
      return;
    case 'architecture':
      architectureEffect(s, turn, e.axis, e.target, e.now);
      return;
    case 'change':
      changeTarget(s, turn, e);
      return;
  }
}

/** A modifier scales its rate from this turn on; `replace` first ends the live ones on the same rate. */
function addModifier(s: GameState, turn: Turn, e: ModifierEffect, source: string): void {
  if (e.replace) {
    s.modifiers = s.modifiers.filter((m) => m.target !== e.target);
    turn.mods[e.target] = 1;
  }
  s.modifiers.push({
    target: e.target,
    factor: e.factor,
    untilTurn: turn.t + Math.max(1, e.turns) - 1,
    source,
  });
  turn.mods[e.target] = Math.min(MAX_MODIFIER, turn.mods[e.target] * e.factor);
}

function changeTarget(s: GameState, turn: Turn, e: Extract<Effect, { kind: 'change' }>): void {
  const v = (x: number): number => change(x, e.op, e.value);
  switch (e.target) {
    case 'cash': {
      // Money from events flows through the ledger: inflows are funding, outflows are costs.
      const delta = cents(clamp(v(s.money.cash / 100) * 100, -MAX_CASH_CENTS, MAX_CASH_CENTS)) - s.money.cash;
      if (delta >= 0) turn.fundingIn += delta;
      else turn.otherCosts -= delta;
      return;
    }
    case 'users':
      s.market.users = Math.round(clamp(v(s.market.users), 0, MAX_USERS));
      return;
    case 'addressable':
      s.market.addressable = clamp(v(s.market.addressable), 1, MAX_USERS);
      return;
    case 'debt':
      s.debt = clamp(v(s.debt), 0, MAX_DEBT);
      return;
    case 'morale':
      s.team.morale = clamp01(v(s.team.morale));
      return;
    case 'burnout':
      s.team.burnout = clamp01(v(s.team.burnout));
      return;
    case 'board':
      s.stakeholders.board = clamp01(v(s.stakeholders.board));
      return;
    case 'pressure':
      s.stakeholders.pressure = clamp01(v(s.stakeholders.pressure));
      return;
    case 'trust':
      s.market.trust = clamp01(v(s.market.trust));
      return;
    case 'satisfaction':
      s.market.satisfaction = clamp01(v(s.market.satisfaction));
      return;
    case 'modelQuality':
      s.model.quality = clamp01(v(s.model.quality));
      return;
    case 'evalCoverage':
    case 'observability':
    case 'testAutomation':
    case 'dataPipeline':
      s.practices[e.target] = clamp01(v(s.practices[e.target]));
      return;
    case 'featureLevel':
      s.market.featureLevel = clamp(v(s.market.featureLevel), 0, MAX_FEATURES);
      return;
    case 'pendingWork':
      s.market.pendingWork = clamp(v(s.market.pendingWork), 0, MAX_FEATURES);
      return;
    case 'engineers': {
      // Engineers gained from an event (an acqui-hire, a loan) join next turn; lost ones leave now.
      const have = headcountOf(s.team, 'engineer');
      const delta = Math.max(-have, Math.min(MAX_EVENT_HIRES, Math.round(v(have)) - have));
      if (delta > 0) s.team.pipeline.push(0, delta, 1);
      else s.team.ramped.engineer = Math.max(0, s.team.ramped.engineer + delta);
      return;
    }
    case 'agents':
      s.team.agents = Math.round(clamp(v(s.team.agents), 0, MAX_AGENT_SEATS));
      return;
  }
}
