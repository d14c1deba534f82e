/**
 * Checks across fields that a schema cannot express: duplicate ids, follow-ups and default options that name
 * nothing, levers listed twice, conditions that can never hold, objectives that can never be met. Runs on the
 * raw (migrated) data, skipping anything malformed (the schema reports that), so every problem of a file is
 * found in one pass. Pure. Follow-up chains and events that never fire are in semantic-flow.ts.
 */
import type { Condition } from '../engine/types.ts';
import { describeRange, explainImpossible, impossibleConditions, metricRange } from './conditions.ts';
import { formatPath, hint, quote, type Path, type PathProblem } from './problems.ts';
import {
  finite,
  list,
  rawAnyOf,
  rawCondition,
  rawOutcomes,
  rawTurnWindow,
  record,
  str,
  type Raw,
} from './raw.ts';
import { flowProblems } from './semantic-flow.ts';
import { pileUpProblems } from './semantic-load.ts';

export function semanticProblems(data: unknown): PathProblem[] {
  const file = record(data);
  const turns = finite(file.turns) ?? 520;
  const events = list(file.events).map(record);
  return [
    ...duplicateIds(events, ['events'], 'event'),
    ...events.flatMap((e, i) => eventProblems(e, ['events', i], turns)),
    ...references(events),
    ...flowProblems(events, turns),
    ...pileUpProblems(events, turns),
    ...duplicateIds(list(file.objectives).map(record), ['objectives'], 'objective'),
    ...objectiveProblems(list(file.objectives).map(record), turns),
    ...debriefProblems(list(file.debrief).map(record), turns),
    ...duplicateLevers(list(file.levers)),
    ...unanswerable(file.levers, events),
  ];
}

/** Event cards with a choice need the event/choose lever, or the player can never answer them. */
function unanswerable(levers: unknown, events: readonly Raw[]): PathProblem[] {
  if (!Array.isArray(levers) || levers.includes('event/choose')) return [];
  const choices = events.filter((e) => list(e.options).length > 1).map((e) => str(e.id) ?? '?');
  if (choices.length === 0) return [];
  const named = choices.length > 5 ? `${choices.slice(0, 5).join(', ')}, …` : choices.join(', ');
  return [
    {
      path: ['levers'],
      message: `without "event/choose" the player cannot answer the event cards with choices (${named}), so each takes its default option; add event/choose to levers`,
    },
  ];
}

function duplicateIds(items: readonly Raw[], at: Path, what: string): PathProblem[] {
  const first = new Map<string, number>();
  const out: PathProblem[] = [];
  items.forEach((item, i) => {
    const id = str(item.id);
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else
      out.push({
        path: [...at, i, 'id'],
        message: `duplicate ${what} id ${quote(id)} (also ${formatPath([...at, earlier])})`,
      });
  });
  return out;
}

function eventProblems(event: Raw, at: Path, turns: number): PathProblem[] {
  const options = list(event.options).map(record);
  const out = duplicateIds(options, [...at, 'options'], 'option');
  options.forEach((o, j) => {
    if (Array.isArray(o.outcomes))
      out.push(...duplicateIds(o.outcomes.map(record), [...at, 'options', j, 'outcomes'], 'outcome'));
  });
  const def = str(event.defaultOption);
  const optionIds = [
    ...new Set(options.map((o) => str(o.id)).filter((id): id is string => id !== undefined)),
  ];
  if (def !== undefined && optionIds.length > 0 && !optionIds.includes(def)) {
    out.push({
      path: [...at, 'defaultOption'],
      message: `no option ${quote(def)} in this event (options: ${optionIds.join(', ')})${hint(def, optionIds)}`,
    });
  }
  out.push(...conditionProblems(list(event.when), [...at, 'when'], turns));
  out.push(...lateFollowUps(event, at, turns));
  return out;
}

/**
 * A follow-up comes `inTurns` after the answer; the earliest answer is in the turn after the card can first
 * fire (turn 1, or later by its `turn` conditions), and events stop after turn `turns − 2` (the step that
 * reaches turns − 1 still draws cards; the last one ends the game). Later than that it never comes.
 */
function lateFollowUps(event: Raw, at: Path, turns: number): PathProblem[] {
  const firstTurn = rawTurnWindow(list(event.when), turns)[0];
  const latest = turns - 2 - firstTurn;
  const out: PathProblem[] = [];
  list(event.options).forEach((option, j) => {
    const shorthand = !Array.isArray(record(option).outcomes);
    rawOutcomes(option).forEach((outcome, k) => {
      const f = record(outcome.followUp);
      const target = str(f.event);
      const inTurns = finite(f.inTurns) ?? 1;
      if (target === undefined || inTurns <= latest) return;
      const path: Path = shorthand
        ? [...at, 'options', j, 'followUp', f.inTurns === undefined ? 'event' : 'inTurns']
        : [...at, 'options', j, 'outcomes', k, 'followUp', f.inTurns === undefined ? 'event' : 'inTurns'];
      const fix = latest >= 1 ? `use at most ${latest}` : 'the game is too short for it';
      out.push({
        path,
        message: `${quote(target)} would come ${inTurns} turn${inTurns === 1 ? '' : 's'} after the answer, but the game has ${turns} turns and the earliest answer is in turn ${firstTurn}, so it never comes; ${fix}`,
      });
    });
  });
  return out;
}

/** Conditions that contradict each other or the metric's range; reported at the last condition involved. */
function conditionProblems(raw: readonly unknown[], at: Path, turns: number): PathProblem[] {
  const parsed: { c: Condition; i: number }[] = [];
  raw.forEach((v, i) => {
    const c = rawCondition(v);
    if (c) parsed.push({ c, i });
  });
  const out: PathProblem[] = [];
  for (const [metric, involved] of impossibleConditions(
    parsed.map((p) => p.c),
    turns,
    'event',
  )) {
    const last = parsed.filter((p) => involved.includes(p.c)).pop()!;
    out.push({
      path: [...at, last.i],
      message: `${explainImpossible(metric, involved, turns, 'event')}, so this event never fires`,
    });
  }
  raw.forEach((v, i) => {
    const never = neverAny(rawAnyOf(v), turns, 'event');
    if (never) out.push({ path: [...at, i, 'anyOf'], message: `${never}, so this event never fires` });
  });
  return out;
}

/** An anyOf none of whose conditions can ever hold, in words; null when one can (or it is no anyOf). */
function neverAny(group: readonly Condition[] | null, turns: number, at: 'event' | 'end'): string | null {
  if (!group || group.length === 0) return null;
  const reasons: string[] = [];
  for (const c of group) {
    const [entry] = impossibleConditions([c], turns, at);
    if (!entry) return null;
    reasons.push(explainImpossible(entry[0], entry[1], turns, at));
  }
  return `none of the anyOf conditions can ever hold (${reasons.join('; ')})`;
}

/** Follow-ups must name an event of the scenario. */
function references(events: readonly Raw[]): PathProblem[] {
  const ids = events.map((e) => str(e.id)).filter((id): id is string => id !== undefined);
  const out: PathProblem[] = [];
  events.forEach((event, i) => {
    list(event.options).forEach((option, j) => {
      const o = record(option);
      const shorthand = !Array.isArray(o.outcomes);
      rawOutcomes(option).forEach((outcome, k) => {
        const target = str(record(outcome.followUp).event);
        if (target === undefined || ids.includes(target)) return;
        const path: Path = shorthand
          ? ['events', i, 'options', j, 'followUp', 'event']
          : ['events', i, 'options', j, 'outcomes', k, 'followUp', 'event'];
        out.push({ path, message: `no event has the id ${quote(target)}${hint(target, ids)}` });
      });
    });
  });
  return out;
}

function objectiveProblems(objectives: readonly Raw[], turns: number): PathProblem[] {
  const out: PathProblem[] = [];
  objectives.forEach((o, i) => {
    for (const k of ['to', 'by'] as const) {
      const last = finite(o[k]);
      if (last !== undefined && last > turns)
        out.push({
          path: ['objectives', i, k],
          message: `the game has ${turns} turn${turns === 1 ? '' : 's'}, so a window ending at turn ${last} never ends; use at most ${turns}`,
        });
    }
    const c = rawCondition({ metric: o.metric, op: o.op, value: o.target });
    if (!c || (c.op !== '>=' && c.op !== '<=')) return;
    const [lo, hi] = metricRange(c.metric, turns);
    if ((c.op === '>=' && c.value > hi) || (c.op === '<=' && c.value < lo)) {
      out.push({
        path: ['objectives', i, 'target'],
        message: `${c.metric} ${c.op} ${c.value} can never be met: ${c.metric} is always ${describeRange(lo, hi)}`,
      });
    }
  });
  return out;
}

function debriefProblems(notes: readonly Raw[], turns: number): PathProblem[] {
  const out: PathProblem[] = [];
  notes.forEach((note, i) => {
    const never = neverAny(rawAnyOf(note.when), turns, 'end');
    if (never) out.push({ path: ['debrief', i, 'when'], message: `${never}, so this note is never shown` });
    const c = rawCondition(note.when);
    if (!c) return;
    for (const [metric, involved] of impossibleConditions([c], turns)) {
      out.push({
        path: ['debrief', i, 'when'],
        message: `${explainImpossible(metric, involved, turns)}, so this note is never shown`,
      });
    }
  });
  return out;
}

function duplicateLevers(levers: readonly unknown[]): PathProblem[] {
  const seen = new Set<string>();
  const out: PathProblem[] = [];
  levers.forEach((lever, i) => {
    if (typeof lever !== 'string') return;
    if (seen.has(lever)) out.push({ path: ['levers', i], message: `${quote(lever)} is listed twice` });
    seen.add(lever);
  });
  return out;
}
