/**
 * "Your game": what happened in this game, each line with its lesson only when the game gave reason for it — a
 * migration's failed cut-overs (or a clean one), the weeks below the SLO target, burnout only when it rose,
 * incidents by kind, the rounds. Read from the turn records the game kept (snapshots, events, decisions). Pure.
 */
import type { GameEvent, IncidentKind } from '../../engine/index.ts';
import type { TurnRecord } from '../../replay/index.ts';
import type { Game } from '../../store/index.ts';
import { pct, type TurnWords } from '../format.ts';
import { sloTarget } from '../thresholds.ts';

/** "weeks 3, 5 and 9" / "week 3". */
function weekList(turns: readonly number[], words: TurnWords): string {
  if (turns.length === 1) return words.nth(turns[0]!);
  const last = turns[turns.length - 1]!;
  return `${words.units} ${turns.slice(0, -1).join(', ')} and ${last}`;
}

const turnsWith = (h: readonly TurnRecord[], id: string, from = 0, to = Infinity): number[] =>
  h
    .filter((r) => r.snapshot.turn >= from && r.snapshot.turn < to && r.events.some((e) => e.id === id))
    .map((r) => r.snapshot.turn);

/** Each migration started: when, its failed cut-overs, how it ended; with a lesson on failed cut-overs. */
function migrations(h: readonly TurnRecord[], words: TurnWords): string[] {
  const starts = h.filter((r) => r.decisions.some((d) => d.type === 'arch/migrate'));
  return starts.map((r, i) => {
    const d = r.decisions.find((x) => x.type === 'arch/migrate');
    const what = d?.type === 'arch/migrate' ? `${d.axis} to ${d.target}` : 'the architecture';
    const from = r.snapshot.turn;
    const to = starts[i + 1]?.snapshot.turn ?? Infinity;
    const failed = turnsWith(h, 'cutover-failed', from, to);
    const done = turnsWith(h, 'migration-done', from, to)[0];
    const cancelled = h.find(
      (x) =>
        x.snapshot.turn > from &&
        x.snapshot.turn < to &&
        x.decisions.some((y) => y.type === 'arch/cancel-migration'),
    );
    const end =
      done !== undefined
        ? `it was done in ${words.nth(done)}`
        : cancelled
          ? `you cancelled it in ${words.nth(cancelled.snapshot.turn)}`
          : 'it was still under way at the end';
    const cutovers =
      failed.length > 0
        ? `its cut-over failed in ${weekList(failed, words)} (each an outage and 40% of the work to redo); ${end}. Test automation and observability (Reliability work) are what make a cut-over safe: build them before you migrate.`
        : done !== undefined
          ? `its cut-over went through the first time; ${end}.`
          : `${end}.`;
    return `You started moving ${what} in ${words.nth(from)}: ${cutovers}`;
  });
}

/** The weeks below the SLO target, the worst of them and what hit it; or that there were none. */
function slo(game: Game, words: TurnWords): string | null {
  const h = game.history;
  if (h.length === 0) return null;
  const target = sloTarget(game.loaded.scenario);
  const missed = h.filter((r) => r.snapshot.slo < target);
  if (missed.length === 0)
    return `The SLO stayed at or above its ${pct(target)} target in every ${words.unit}.`;
  const worst = missed.reduce((a, b) => (b.snapshot.slo < a.snapshot.slo ? b : a));
  const hit = worst.events.filter((e) => e.kind === 'incident').map((e) => kindName(e));
  return `The SLO fell below its ${pct(target)} target in ${missed.length} of ${h.length} ${words.units}; the worst was ${words.nth(worst.snapshot.turn)}, at ${pct(worst.snapshot.slo, 1)}${
    hit.length ? ` (${[...new Set(hit)].join(', ')})` : ''
  }. Users feel every such ${words.unit}: satisfaction and trust fall with it.`;
}

const KIND_NAME: Record<IncidentKind, string> = {
  outage: 'outage',
  latency: 'latency spike',
  'model-regression': 'model regression',
  'data-pipeline': 'data pipeline break',
  security: 'security incident',
  'cost-spike': 'cost spike',
  overload: 'overload',
  'failed-deploy': 'failed deploy',
};
const kindName = (e: GameEvent): string => KIND_NAME[e.id as IncidentKind] ?? e.title;

/** Burnout's peak, with its lesson only when it rose far enough to cost something. */
function burnout(h: readonly TurnRecord[], words: TurnWords): string | null {
  if (h.length === 0) return null;
  const peak = h.reduce((a, b) => (b.snapshot.burnout > a.snapshot.burnout ? b : a));
  const b = peak.snapshot.burnout;
  if (b < 0.1) return 'Burnout stayed under 10% all game: a pace people could keep.';
  if (b < 0.3) return null;
  return `Burnout peaked at ${pct(b)} in ${words.nth(peak.snapshot.turn)}. It is a capacity limit, not a character flaw: burnt-out people work slower and leave. Time off, no crunch and an on-call rotation with SREs bring it down.`;
}

/** Incidents by kind, most frequent first. */
function incidents(h: readonly TurnRecord[]): string | null {
  const counts = new Map<string, number>();
  const add = (k: string, n: number): void => {
    if (n > 0) counts.set(k, (counts.get(k) ?? 0) + n);
  };
  for (const r of h) {
    // One failed-deploy event can stand for several failed deploys of its turn.
    add(KIND_NAME['failed-deploy'], Math.round(r.snapshot.failures));
    for (const e of r.events) if (e.kind === 'incident' && e.id !== 'failed-deploy') add(kindName(e), 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return 'No incidents in the whole game.';
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`);
  return `${total} incident${total === 1 ? '' : 's'} in all: ${parts.join(', ')}.`;
}

/** The rounds tried: closed and passed. */
function rounds(game: Game, words: TurnWords): string | null {
  const closed = turnsWith(game.history, 'raise-succeeded');
  const passed = turnsWith(game.history, 'raise-failed');
  if (closed.length + passed.length === 0) return null;
  const parts = [
    closed.length ? `closed a round in ${weekList(closed, words)}` : '',
    passed.length ? `investors passed in ${weekList(passed, words)}` : '',
  ].filter(Boolean);
  return `You ${parts.join('; ')}. You own ${pct(game.state.money.ownership)} of the company at the end.`;
}

/** The lines of this game's story, in the order they are read. */
export function storyLines(game: Game, words: TurnWords): string[] {
  const h = game.history;
  return [
    ...migrations(h, words),
    slo(game, words),
    incidents(h),
    burnout(h, words),
    rounds(game, words),
  ].filter((x): x is string => x !== null);
}
