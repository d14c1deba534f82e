/**
 * Objectives measured over time (format 2): the average, lowest or highest value of a metric after each turn of a
 * window, or "by turn N" (the best value up to N). The state keeps, per objective, [value so far, turns counted]
 * in `tracks`, present only in scenarios with such objectives. Pure.
 */
import { metric } from './metrics.ts';
import type { GameState, ObjectiveDef, Scenario } from './types.ts';

/** The first `tracks` of a scenario: two numbers per objective, or none when no objective is measured over time. */
export function initialTracks(scenario: Scenario): number[] | undefined {
  if (!scenario.objectives.some((o) => o.over)) return undefined;
  const out: number[] = [];
  for (let i = 0; i < scenario.objectives.length; i++) out.push(0, 0);
  return out;
}

/** After a turn: each objective whose window holds the turn just completed takes in its metric's value. */
export function trackObjectives(s: GameState, scenario: Scenario): void {
  const tracks = s.tracks!;
  scenario.objectives.forEach((o, i) => {
    const w = o.over;
    if (!w || s.turn < w.from || s.turn > w.to) return;
    const v = metric(s, o.metric);
    const seen = tracks[2 * i + 1]!;
    const acc = tracks[2 * i]!;
    tracks[2 * i] =
      seen === 0
        ? v
        : w.measure === 'average'
          ? acc + v
          : w.measure === 'min'
            ? Math.min(acc, v)
            : Math.max(acc, v);
    tracks[2 * i + 1] = seen + 1;
  });
}

/**
 * An objective's value now: the metric at the end, or, measured over time, what its window has seen so far (the
 * metric now while the window has not begun).
 */
export function objectiveValue(s: GameState, o: ObjectiveDef, index: number): number {
  const w = o.over;
  const seen = s.tracks?.[2 * index + 1] ?? 0;
  if (!w || seen === 0) return metric(s, o.metric);
  const acc = s.tracks![2 * index]!;
  return w.measure === 'average' ? acc / seen : acc;
}

/**
 * Whether an objective is settled as met now (for `winEarly`): at the end of the game, or once reached for one
 * written "by turn N", or once its window is over.
 */
export function objectiveDecided(s: GameState, o: ObjectiveDef, atEnd: boolean): boolean {
  const w = o.over;
  if (!w || atEnd || w.by) return true;
  return s.turn >= w.to;
}
