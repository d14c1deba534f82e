/**
 * Lever sensitivity: each lever of the best strategy moved alone (to both ends and one step either way, or to
 * each other choice), played on the same held-out seeds as the best, so the paired score change is that
 * lever's effect. Shows authors what matters and what is dead. Pure.
 */
import type { SliceResult } from './play.ts';
import { alternatives } from './optimise.ts';
import type { Genome, PolicySpace } from './space.ts';
import { inPlay } from './space.ts';
import type { Games } from './stats.ts';
import { gamesOf, paired, share } from './stats.ts';

export interface SensitivityMove {
  to: string;
  meanDiff: number;
  low: number;
  high: number;
  /** Share of seeds on which the change altered at least one decision. */
  changed: number;
}

export interface SensitivityRow {
  lever: string;
  family: string;
  label: string;
  /** The best strategy's value. */
  value: string;
  /**
   * matters: some move changes the score; changes-nothing: decisions change but the score moves less than a
   * point (interval within ±2); never-came-up: no move changed a single decision (e.g. an event that never fires).
   */
  verdict: 'matters' | 'changes-nothing' | 'never-came-up';
  moves: SensitivityMove[];
  /** The largest fall and rise of the mean score among the moves (0 when none). */
  drop: number;
  gain: number;
}

export interface Sensitivity {
  rows: SensitivityRow[];
  /** Levers whose value cannot matter in the best strategy (the eval threshold when it never gates). */
  notInPlay: { lever: string; label: string }[];
}

export interface Move {
  lever: number;
  value: number;
  genome: Genome;
}

export function sensitivityMoves(space: PolicySpace, best: Genome): Move[] {
  return space.levers.flatMap((_, i) =>
    inPlay(space, best, i)
      ? alternatives(space, i, best[i]!).map((value) => {
          const g = [...best];
          g[i] = value;
          return { lever: i, value, genome: g };
        })
      : [],
  );
}

const NOTHING_MEAN = 1;
const NOTHING_BOUND = 2;

function verdictOf(moves: readonly SensitivityMove[]): SensitivityRow['verdict'] {
  if (moves.every((m) => m.changed === 0)) return 'never-came-up';
  const flat = moves.every(
    (m) => Math.abs(m.meanDiff) < NOTHING_MEAN && m.low > -NOTHING_BOUND && m.high < NOTHING_BOUND,
  );
  return flat ? 'changes-nothing' : 'matters';
}

/** The table from the moves' games (`batch`, player-major on `seeds` seeds) and the best's games there. */
export function sensitivityTable(
  space: PolicySpace,
  best: Genome,
  moves: readonly Move[],
  batch: SliceResult,
  seeds: number,
  base: Games,
): Sensitivity {
  const rows: SensitivityRow[] = [];
  const notInPlay: Sensitivity['notInPlay'] = [];
  space.levers.forEach((l, i) => {
    if (best[i]! < 0) return;
    if (!inPlay(space, best, i)) return void notInPlay.push({ lever: l.id, label: l.label });
    const mine = moves.flatMap((m, k) => (m.lever === i ? [{ m, g: gamesOf(batch, k, seeds) }] : []));
    const list = mine.map(({ m, g }): SensitivityMove => {
      const d = paired(g.scores, base.scores);
      const changed = g.prints.filter((x, s) => x !== base.prints[s]).length;
      return {
        to: l.valueLabels[m.value]!,
        meanDiff: d.mean,
        low: d.low,
        high: d.high,
        changed: share(changed, seeds),
      };
    });
    rows.push({
      lever: l.id,
      family: l.family,
      label: l.label,
      value: l.valueLabels[best[i]!]!,
      verdict: verdictOf(list),
      moves: list,
      drop: Math.min(0, ...list.map((m) => m.meanDiff)),
      gain: Math.max(0, ...list.map((m) => m.meanDiff)),
    });
  });
  rows.sort((a, b) => Math.max(-b.drop, b.gain) - Math.max(-a.drop, a.gain));
  return { rows, notInPlay };
}
