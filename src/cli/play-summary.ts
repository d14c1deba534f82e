/**
 * What `tradeoffs play` prints: the outcome, score, metrics and DORA keys of a game, the scenario's cards that
 * fired and how each was answered, and the follow-ups that came due but did not fire (with the conditions that
 * failed). Pure over the game's states and events.
 */
import { doraCluster, headcountOf, runwayTurns, scorecard, stateHash } from '../engine/index.ts';
import type { GameEvent, GameState, Scenario } from '../engine/index.ts';
import { heldOf, holds } from '../engine/event-odds.ts';
import { conditionText } from '../scenario/conditions.ts';

export interface PlaySummary {
  scenario: string;
  seed: string;
  bot: string;
  turns: number;
  outcome: string;
  reason: string;
  score: number;
  stateHash: string;
  metrics: {
    users: number;
    cash: number;
    techDebt: number;
    incidents: number;
    runwayTurns: number;
    headcount: number;
    boardConfidence: number;
    dora: { deploysPerWeek: number; leadTimeDays: number; changeFailureRate: number; recoveryHours: number };
    doraCluster: string;
  };
  scorecard: Record<string, number>;
  /** The scenario's event cards that fired, in order, and how each was answered (null: not yet at the end). */
  events: FiredEvent[];
  /** Follow-ups that came due but did not fire: their own conditions did not hold then (a rule of the game). */
  followUpsDropped: DroppedFollowUp[];
}

export interface DroppedFollowUp {
  /** The turn it came due, counted from 1 as the game shows it (the `turn` of its conditions). */
  turn: number;
  id: string;
  /** Its conditions that did not hold then, as written ("turn <= 5", "anyOf: selfHosted == 1, fineTuned == 1"). */
  failed: string[];
}

export interface FiredEvent {
  /** The turn it fired in, counted from 1 as the game shows it (the `turn` of its conditions). */
  turn: number;
  id: string;
  option: string | null;
  outcome: string | null;
}

/** Fired cards from a game's events: a scenario event without an option fired; one with an option resolved it. */
export function firedEvents(turns: readonly (readonly GameEvent[])[]): FiredEvent[] {
  const fired: FiredEvent[] = [];
  for (const e of turns.flat()) {
    if (e.kind !== 'scenario') continue;
    if (e.option === undefined) {
      fired.push({ turn: e.turn + 1, id: e.id, option: null, outcome: null });
      continue;
    }
    const card = fired.find((f) => f.id === e.id && f.option === null);
    if (card) Object.assign(card, { option: e.option, outcome: e.outcome ?? null });
  }
  return fired;
}

/**
 * Watches a game turn by turn for follow-ups that came due and did not fire: after each turn, those of the previous
 * state's scheduled follow-ups due in it (at or before the turn just played) without a card fired by the follow-up.
 */
export function followUpWatch(scenario: Scenario): {
  onTurn: (state: GameState, events: readonly GameEvent[]) => void;
  dropped: DroppedFollowUp[];
} {
  const dropped: DroppedFollowUp[] = [];
  let scheduled: { eventId: string; atTurn: number }[] = [];
  const onTurn = (state: GameState, events: readonly GameEvent[]): void => {
    const played = state.turn - 1;
    const fired = events.filter((e) => e.kind === 'scenario' && e.option === undefined);
    for (const due of scheduled.filter((x) => x.atTurn <= played)) {
      const i = fired.findIndex((e) => e.id === due.eventId && e.causes[0]?.factor === 'follow-up');
      if (i >= 0) fired.splice(i, 1);
      else if (state.status === 'playing') dropped.push(droppedBecause(scenario, state, due.eventId));
    }
    scheduled = state.scheduled.map((x) => ({ ...x }));
  };
  return { onTurn, dropped };
}

function droppedBecause(scenario: Scenario, state: GameState, id: string): DroppedFollowUp {
  const def = scenario.events.find((e) => e.id === id);
  const failed = [
    ...(def?.when ?? []).filter((c) => !holds(state, c)).map(conditionText),
    ...(def?.whenAny ?? [])
      .filter((group) => !heldOf(state, group))
      .map((group) => `anyOf: ${group.map(conditionText).join(', ')}`),
  ];
  return { turn: state.turn, id, failed };
}

const round = (x: number, places = 3): number => Math.round(x * 10 ** places) / 10 ** places;

export function summarise(
  scenario: Scenario,
  state: GameState,
  seed: string,
  bot: string,
  events: FiredEvent[] = [],
  followUpsDropped: DroppedFollowUp[] = [],
): PlaySummary {
  const card = scorecard(state, scenario);
  return {
    scenario: scenario.id,
    seed,
    bot,
    turns: state.turn,
    outcome: state.status,
    reason: state.reason,
    score: card.score,
    stateHash: stateHash(state),
    metrics: {
      users: state.market.users,
      cash: round(state.money.cash / 100, 2),
      techDebt: round(state.debt, 2),
      incidents: state.incidents.total,
      runwayTurns: runwayTurns(state),
      headcount: headcountOf(state.team),
      boardConfidence: round(state.stakeholders.board),
      dora: {
        deploysPerWeek: round(card.dora.deploysPerWeek),
        leadTimeDays: round(card.dora.leadTimeDays),
        changeFailureRate: round(card.dora.changeFailureRate),
        recoveryHours: round(card.dora.recoveryHours),
      },
      doraCluster: doraCluster(card.dora),
    },
    scorecard: card.domains,
    events,
    followUpsDropped,
  };
}

function eventLines(events: readonly FiredEvent[]): string[] {
  if (events.length === 0) return ['events     none'];
  return events.map((e, i) => {
    const answer =
      e.option === null
        ? 'not answered by the end'
        : `→ ${e.option}${e.outcome && e.outcome !== e.option ? ` (${e.outcome})` : ''}`;
    return `${i === 0 ? 'events' : ''}`.padEnd(11) + `turn ${String(e.turn).padEnd(3)}${e.id} ${answer}`;
  });
}

export function formatSummary(p: PlaySummary): string {
  const m = p.metrics;
  const d = m.dora;
  return [
    `${p.scenario} · seed ${p.seed} · bot ${p.bot}`,
    `outcome    ${p.outcome} (${p.reason}) after ${p.turns} turns`,
    `score      ${p.score}`,
    `users      ${m.users}`,
    `cash       $${m.cash.toFixed(0)}   runway ${m.runwayTurns >= 999 ? 'profitable' : `${m.runwayTurns} turns`}`,
    `debt       ${m.techDebt.toFixed(1)}   incidents ${m.incidents}   team ${m.headcount}   board ${Math.round(m.boardConfidence * 100)}%`,
    `DORA       ${d.deploysPerWeek.toFixed(2)} deploys/week, lead ${d.leadTimeDays.toFixed(1)} d, ` +
      `failures ${Math.round(d.changeFailureRate * 100)}%, recovery ${d.recoveryHours.toFixed(1)} h → ${m.doraCluster}`,
    `scorecard  ${Object.entries(p.scorecard)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
    ...eventLines(p.events),
    ...p.followUpsDropped.map(
      (d, i) =>
        `${i === 0 ? 'dropped' : ''}`.padEnd(11) +
        `turn ${String(d.turn).padEnd(3)}${d.id} came due, but ${d.failed.join(' and ') || 'its conditions'} did not hold`,
    ),
    `state      ${p.stateHash}`,
  ].join('\n');
}
