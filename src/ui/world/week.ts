/**
 * The turn transition: what changed between the world before and after End turn, as beats on the turn's clock
 * (0 = its start, 1 = its end) for the scene to play: incidents breaking out, detected and fixed; people joining
 * and leaving; users arriving and leaving; the cash counting to its new value; a migration finishing. Undo is not
 * a turn played: it only says which turn is being planned again. Pure.
 */
import type { GameEvent, Role } from '../../engine/index.ts';
import { ROLES } from '../../engine/index.ts';
import { BANNER, fitText, MAX_DOTS, MIN_FONT } from './layout.ts';
import { dotScale, joinFitting, type WorldModel } from './model.ts';

export type BeatKind = 'incident-start' | 'incident-detected' | 'incident-fixed' | 'arrivals' | 'leavers';

export interface Beat {
  at: number;
  kind: BeatKind;
  /** Index into the model's incidents, for incident beats. */
  incident: number;
}

export interface WeekPlay {
  /** "Week 3": the turn just played, numbered as the HUD numbered it while it was planned. */
  title: string;
  headline: string;
  /** What the banner's clock says along the turn (days of a week, days of a sprint, weeks of a month). */
  clock: string[];
  users: { from: number; to: number };
  cash: { from: number; to: number };
  /** Dots that fly in and out of the user panel over the turn: proportional to users gained and lost, capped. */
  dotsIn: number;
  dotsOut: number;
  /** Desks of the people who joined this turn; roles of those who left (both capped). */
  arrivals: number[];
  leavers: Role[];
  migration: { from: number; to: number; done: boolean; failed: boolean } | null;
  /** User dots new this turn (indices), popped in as the users arrive; none when the dot scale changed. */
  newDots: [number, number];
  beats: Beat[];
}

export type Change =
  { kind: 'none' } | { kind: 'undo'; title: string; headline: string } | { kind: 'turn'; play: WeekPlay };

const MAX_FLOW = 12;
const PHASE_WORD = { iteration: 'Fast-iteration', scaling: 'Scaling', maintenance: 'Maintenance' } as const;
const MAX_WALKERS = 6;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function clockOf(weeksPerTurn: number): string[] {
  if (weeksPerTurn === 1) return DAYS;
  if (weeksPerTurn === 2) return Array.from({ length: 14 }, (_, i) => `day ${i + 1} of 14`);
  return Array.from({ length: weeksPerTurn }, (_, i) => `week ${i + 1} of ${weeksPerTurn}`);
}

/** Users per flying dot, 1, 2, 5, 10, 20, 50 …, so the bigger flow takes at most MAX_FLOW dots. */
export function flowScale(biggest: number): number {
  const steps = [1, 2, 5];
  for (let scale = 1; ; scale *= 10) {
    for (const k of steps) if (biggest / (scale * k) <= MAX_FLOW) return scale * k;
  }
}

export function newDotRange(before: WorldModel, after: WorldModel): [number, number] {
  const scale = dotScale(after.market.users);
  if (scale !== dotScale(before.market.users)) return [0, 0];
  const from = Math.min(MAX_DOTS, Math.ceil(before.market.users / scale));
  const to = Math.min(MAX_DOTS, Math.ceil(after.market.users / scale));
  return [from, Math.max(from, to)];
}

/** The headline of the turn: what mattered most, in a few words. */
export function headlineOf(events: readonly GameEvent[], after: WorldModel): string {
  const first = (...ids: string[]): GameEvent | undefined => events.find((e) => ids.includes(e.id));
  const parts: string[] = [];
  const outcome = events.find((e) => e.kind === 'outcome');
  if (outcome) parts.push(outcome.title);
  const phase = events.find((e) => e.kind === 'phase');
  if (phase) parts.push(`${PHASE_WORD[after.phase]} phase begins`);
  const n = after.incidents.length;
  if (n) parts.push(n === 1 ? after.incidents[0]!.name : `${n} incidents`);
  // A week below the SLO target is never a quiet one, whatever else happened (or did not).
  if (after.sloMiss) parts.push(after.sloMiss);
  const mig = first('migration-done', 'cutover-failed');
  if (mig) parts.push(mig.title);
  const raise = first('raise-succeeded', 'raise-failed');
  if (raise) parts.push(raise.title);
  const joined = events.filter((e) => e.id === 'hire-arrived').length;
  const left = events.filter((e) => e.id === 'attrition').length;
  if (joined || left)
    parts.push(joined && left ? 'People joined and left' : joined ? 'New people joined' : 'People resigned');
  const release = first('model-released', 'model-rolled-back');
  if (release) parts.push(release.title);
  if (parts.length === 0) return `A quiet ${after.unit}`;
  // The most important first (cut if it alone is too long), then whatever else fits whole.
  return joinFitting(parts, BANNER.headline.w) || fitText(parts[0]!, MIN_FONT, BANNER.headline.w);
}

function walkers(before: WorldModel, after: WorldModel): { arrivals: number[]; leavers: Role[] } {
  const arrivals: number[] = [];
  after.team.people.forEach((p, i) => {
    if (p.stage === 0 && arrivals.length < MAX_WALKERS) arrivals.push(i);
  });
  const leavers: Role[] = [];
  for (const role of ROLES) {
    const joined = after.team.people.filter((p) => p.role === role && p.stage === 0).length;
    const gone = before.team.roleCounts[role] + joined - after.team.roleCounts[role];
    for (let i = 0; i < gone && leavers.length < MAX_WALKERS; i++) leavers.push(role);
  }
  return { arrivals, leavers };
}

function beatsOf(after: WorldModel, play: Omit<WeekPlay, 'beats'>): Beat[] {
  const beats: Beat[] = [];
  after.incidents.forEach((inc, i) => {
    beats.push({ at: inc.shown.start, kind: 'incident-start', incident: i });
    beats.push({ at: inc.shown.detected, kind: 'incident-detected', incident: i });
    if (!inc.ongoing) beats.push({ at: inc.shown.fixed, kind: 'incident-fixed', incident: i });
  });
  if (play.arrivals.length) beats.push({ at: 0.08, kind: 'arrivals', incident: -1 });
  if (play.leavers.length) beats.push({ at: 0.45, kind: 'leavers', incident: -1 });
  return beats.sort((a, b) => a.at - b.at);
}

/** What the scene should play when the world goes from `before` to `after`. */
export function changeOf(
  before: WorldModel | null,
  after: WorldModel,
  events: readonly GameEvent[],
  weeksPerTurn: number,
): Change {
  if (!before || before.turn === after.turn) return { kind: 'none' };
  if (after.turn < before.turn)
    return {
      kind: 'undo',
      title: 'Undone',
      headline: `Back to ${after.unit} ${after.turn + 1}, to plan again`,
    };
  const m = after.market;
  const scale = flowScale(Math.max(1, m.gained, m.lost));
  const done = events.some((e) => e.id === 'migration-done');
  const failed = events.some((e) => e.id === 'cutover-failed');
  const bm = before.system.migration;
  const am = after.system.migration;
  const base = {
    title: `${after.Unit} ${after.turn}`,
    headline: headlineOf(events, after),
    clock: clockOf(weeksPerTurn),
    users: { from: before.market.users, to: after.market.users },
    cash: { from: before.money.cash, to: after.money.cash },
    dotsIn: m.gained > 0 ? Math.max(1, Math.min(MAX_FLOW, Math.round(m.gained / scale))) : 0,
    dotsOut: m.lost > 0 ? Math.max(1, Math.min(MAX_FLOW, Math.round(m.lost / scale))) : 0,
    ...walkers(before, after),
    migration:
      bm || am || done || failed
        ? { from: bm?.progress ?? 0, to: am?.progress ?? (done ? 1 : 0), done, failed }
        : null,
    newDots: newDotRange(before, after),
  };
  return { kind: 'turn', play: { ...base, beats: beatsOf(after, base) } };
}
