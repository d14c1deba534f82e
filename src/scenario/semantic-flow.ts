/**
 * How events lead to each other: follow-up chains that can never end (every outcome of every option of each
 * event in a loop schedules the next one, so the player is trapped), events that can never fire (no
 * chance, no factors, and nothing schedules them), and follow-ups whose own `turn` conditions never hold on the
 * turns they can come due (a follow-up whose conditions fail when due is dropped). Runs on raw data, skipping
 * malformed parts. Pure.
 */
import { quote, type Path, type PathProblem } from './problems.ts';
import { finite, list, rawOutcomes, rawTurnWindow, record, str, type Raw } from './raw.ts';

/** For each event id, the follow-up targets of its outcomes (null for an outcome that schedules nothing). */
function followUpTargets(event: Raw): (string | null)[] {
  return list(event.options).flatMap((option) =>
    rawOutcomes(option).map((o) => str(record(o.followUp).event) ?? null),
  );
}

export function flowProblems(events: readonly Raw[], turns: number): PathProblem[] {
  return [...endlessChains(events), ...neverFiring(events), ...droppedFollowUps(events, turns)];
}

/**
 * A follow-up comes due `inTurns` after the answer: between the turn after its card can first fire and the last
 * turn the card can take its default (its `deadline`), plus `inTurns`, and it fires only if its own conditions
 * hold then. When its `turn` conditions exclude every one of those turns, it is always dropped.
 */
function droppedFollowUps(events: readonly Raw[], turns: number): PathProblem[] {
  const byId = new Map(events.map((e) => [str(e.id), e]));
  const out: PathProblem[] = [];
  events.forEach((event, i) => {
    const [first, last] =
      event.followUpOnly === true ? [1, turns - 1] : rawTurnWindow(list(event.when), turns);
    const deadline = Math.max(1, finite(event.deadline) ?? 1);
    list(event.options).forEach((option, j) => {
      const shorthand = !Array.isArray(record(option).outcomes);
      rawOutcomes(option).forEach((outcome, k) => {
        const f = record(outcome.followUp);
        const target = byId.get(str(f.event));
        if (!target) return;
        const inTurns = Math.max(1, finite(f.inTurns) ?? 1);
        const due: [number, number] = [first + 1 + inTurns, Math.min(turns - 1, last + deadline + inTurns)];
        if (due[0] > turns - 1) return; // too late for the game at all: reported with the follow-up itself
        const [lo, hi] = rawTurnWindow(list(target.when), turns);
        // lo > hi: its conditions contradict each other (reported with the event itself).
        if (lo > hi || (lo <= due[1] && hi >= due[0])) return;
        const base: Path = shorthand
          ? ['events', i, 'options', j]
          : ['events', i, 'options', j, 'outcomes', k];
        out.push({
          path: [...base, 'followUp', 'event'],
          message: `${quote(str(f.event)!)} comes due in turn ${due[0] === due[1] ? due[0] : `${due[0]}–${due[1]}`}, but its own turn conditions allow only turns ${lo}–${hi}: a follow-up whose conditions fail when it comes due is dropped, so it never fires; change inTurns or its when`,
        });
      });
    });
  });
  return out;
}

/**
 * The greatest set of events whose every outcome schedules another event of the set: once one fires, the
 * chain never stops. Reported once per loop, at the loop's first event (events leading into a loop are not).
 */
function endlessChains(events: readonly Raw[]): PathProblem[] {
  const targets = new Map<string, (string | null)[]>();
  for (const e of events) {
    const id = str(e.id);
    if (id !== undefined && !targets.has(id)) targets.set(id, followUpTargets(e));
  }
  const trapped = new Set(
    [...targets].filter(([, ts]) => ts.length > 0 && ts.every((t) => t !== null)).map(([id]) => id),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const id of trapped) {
      if (targets.get(id)!.some((t) => t === null || !trapped.has(t))) {
        trapped.delete(id);
        changed = true;
      }
    }
  }
  const out: PathProblem[] = [];
  const reported = new Set<string>();
  const indexOf = (id: string): number => events.findIndex((e) => e.id === id);
  for (const e of events) {
    const id = str(e.id);
    if (id === undefined || !trapped.has(id)) continue;
    const loop = walkLoop(id, targets, trapped);
    if (reported.has(loop[0]!)) continue;
    for (const member of loop) reported.add(member);
    out.push({
      path: ['events', indexOf(loop[0]!), 'options'],
      message: `follow-ups never end: every outcome schedules another event, so ${[...loop, loop[0]].join(' → ')} repeats forever; give at least one outcome no followUp`,
    });
  }
  return out;
}

/** Follows first follow-ups from `start` until an event repeats; returns the loop part. */
function walkLoop(start: string, targets: Map<string, (string | null)[]>, trapped: Set<string>): string[] {
  const seen: string[] = [];
  let current = start;
  while (!seen.includes(current)) {
    seen.push(current);
    current = targets.get(current)!.find((t): t is string => t !== null && trapped.has(t))!;
  }
  return seen.slice(seen.indexOf(current));
}

/** Events no path can reach: no chance and no factors, or follow-up-only with nothing scheduling them. */
function neverFiring(events: readonly Raw[]): PathProblem[] {
  const scheduled = new Set(events.flatMap((e) => followUpTargets(e)).filter((t): t is string => t !== null));
  const out: PathProblem[] = [];
  events.forEach((e, i) => {
    const id = str(e.id);
    if (id === undefined || scheduled.has(id)) return;
    if (e.followUpOnly === true) {
      out.push({
        path: ['events', i, 'followUpOnly'],
        message: `event ${quote(id)} never fires: it is followUpOnly and no outcome schedules it`,
      });
      return;
    }
    const chance = finite(e.chance) ?? 0;
    const factors = list(e.factors).map(record);
    const canRise = factors.some((f) => (finite(f.per) ?? 1) !== 0 && (finite(f.max) ?? 1) > 0);
    if (e.chance !== undefined && finite(e.chance) === undefined) return;
    if (chance === 0 && !canRise) {
      out.push({
        path: ['events', i, 'id'],
        message: `event ${quote(id)} never fires: its chance is 0, it has no factors, and no outcome schedules it as a follow-up`,
      });
    }
  });
  return out;
}
