/**
 * From a batch of verified runs to the class's ranking and charts: duplicates are decided here (a name counts
 * once: its earliest-started run; the same run pasted twice counts once), ties share a rank, and the class
 * charts compare how the top and the bottom half decided. In a competition played in rounds, the ranking is of
 * one stop (interim standings from checkpoint codes) or of the game's end: the furthest point the runs reached;
 * games that ended before it count with their final score, earlier checkpoints are set aside with the reason.
 * Pure.
 */
import type { Allocation, ReleaseMode } from '../engine/index.ts';
import { ALLOCATION_KEYS, RELEASE_MODES } from '../engine/index.ts';
import { stripWhitespace } from './codec.ts';
import { flagText, runFlags, type RunFlag } from './flags.ts';
import { nameKey } from './player.ts';
import type { RunFile } from './run.ts';
import { csvText } from '../lib/csv.ts';
import { REJECTION_LABEL, type RejectedRun, type VerifiedRun, type VerifyResult } from './verify.ts';

/** A run as it was given: where it came from ("code 3", "alice.json") and what verification said. */
export interface Entry {
  source: string;
  result: VerifyResult;
}

/** A ranked run, with what the instructor should look at in it (look-alike names, the same decisions). */
export type RankedRun = VerifiedRun & { rank: number; source: string; flags: RunFlag[] };
export type RejectedEntry = RejectedRun & { source: string };

export interface Ranking {
  ranked: RankedRun[];
  rejected: RejectedEntry[];
  /** Interim standings: the turn of the stop the checkpoints were made at; absent for finished games. */
  stop?: number;
}

/**
 * Where the `n`-th pasted code came from, recognisable in what was pasted: its number, then its first 12 and
 * last 8 characters ("code 3 (TRUN2.xVhdb9…c59e3c84)"); a short piece is shown whole.
 */
export function codeSource(n: number, code: string): string {
  const c = stripWhitespace(code);
  return `code ${n} (${c.length <= 24 ? c : `${c.slice(0, 12)}\u2026${c.slice(-8)}`})`;
}

function duplicate(entry: Entry & { result: VerifiedRun }, detail: string): RejectedEntry {
  const { run, name } = entry.result;
  return {
    ok: false,
    kind: 'duplicate',
    reason: `${REJECTION_LABEL.duplicate}: ${detail}`,
    name,
    run,
    source: entry.source,
  };
}

type VerifiedEntry = Entry & { result: VerifiedRun };

/** How far a run got: the turn of its checkpoint's stop, or the turn its game ended in. */
const reached = (r: VerifiedRun): number => r.checkpoint ?? r.outcome.lastTurn;

/**
 * The runs of the ranking's stage (the furthest any run reached) and the earlier checkpoints set aside; the
 * stop when the stage is a stop.
 */
function atOneStage(verified: VerifiedEntry[]): {
  kept: VerifiedEntry[];
  aside: RejectedEntry[];
  stop?: number;
} {
  if (!verified.some((e) => e.result.checkpoint !== null)) return { kept: verified, aside: [] };
  const furthest = Math.max(...verified.map((e) => reached(e.result)));
  const stop = verified.some((e) => e.result.checkpoint === furthest) ? furthest : undefined;
  const kept: VerifiedEntry[] = [];
  const aside: RejectedEntry[] = [];
  for (const e of verified) {
    const cp = e.result.checkpoint;
    if (cp === null || cp === furthest) kept.push(e);
    else {
      const unit = e.result.outcome.unit;
      const these = stop !== undefined ? `at the stop after ${unit} ${stop}` : 'of finished games';
      const { run, name } = e.result;
      const reason = `${REJECTION_LABEL.stage}: a checkpoint at the stop after ${unit} ${cp}; these standings are ${these}`;
      aside.push({ ok: false, kind: 'stage', reason, name, run, source: e.source });
    }
  }
  return { kept, aside, ...(stop !== undefined ? { stop } : {}) };
}

export function rankRuns(entries: readonly Entry[]): Ranking {
  const rejected: RejectedEntry[] = [];
  const all: VerifiedEntry[] = [];
  for (const e of entries) {
    if (e.result.ok) all.push(e as VerifiedEntry);
    else rejected.push({ ...e.result, source: e.source });
  }
  const stage = atOneStage(all);
  const verified = stage.kept;
  rejected.push(...stage.aside);
  // The same run twice: keep the first copy.
  const seen = new Set<string>();
  const distinct = verified.filter((e) => {
    const key = e.result.run.checksum;
    if (!seen.has(key)) return seen.add(key);
    rejected.push(duplicate(e, 'this exact run was already added'));
    return false;
  });
  // One run per name: the one started first (a second attempt does not replace the first).
  const byName = new Map<string, Entry & { result: VerifiedRun }>();
  for (const e of distinct) {
    const key = nameKey(e.result.name);
    const kept = byName.get(key);
    if (!kept) byName.set(key, e);
    else if (e.result.run.startedAt < kept.result.run.startedAt) {
      rejected.push(duplicate(kept, `${kept.result.name} already has a run started earlier`));
      byName.set(key, e);
    } else rejected.push(duplicate(e, `${kept.result.name} already has a run started earlier`));
  }
  const runs = [...byName.values()].sort(
    (a, b) => b.result.score - a.result.score || compareText(nameKey(a.result.name), nameKey(b.result.name)),
  );
  const flags = runFlags(runs.map((e) => e.result));
  const ranked = runs.map((e, i) => ({
    ...e.result,
    rank: 1 + runs.filter((o) => o.result.score > e.result.score).length,
    source: e.source,
    flags: flags[i]!,
  }));
  return { ranked, rejected, ...(stage.stop !== undefined ? { stop: stage.stop } : {}) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ------------------------------------------------------------------ class charts

export interface HalfProfile {
  runs: number;
  meanScore: number;
  /** Mean percent of capacity per kind of work. */
  allocation: Allocation;
  /** Share of turns (0..1) played with each release mode. */
  release: Record<ReleaseMode, number>;
  hires: number;
  letGo: number;
  migrations: number;
}

export interface ClassStats {
  /** Runs per 100 points: bins[0] is 0–99, …, bins[9] is 900–1000. */
  bins: number[];
  /** Present when at least two runs were ranked: the upper and the lower half (the middle run of an odd class
   * belongs to neither). */
  top: HalfProfile | null;
  bottom: HalfProfile | null;
}

function half(runs: readonly VerifiedRun[]): HalfProfile {
  const n = runs.length;
  const mean = (f: (r: VerifiedRun) => number): number => runs.reduce((sum, r) => sum + f(r), 0) / n;
  const allocation = Object.fromEntries(
    ALLOCATION_KEYS.map((k) => [k, mean((r) => r.profile.allocation[k])]),
  ) as Allocation;
  const turns = runs.reduce((sum, r) => sum + r.profile.turns, 0);
  const release = Object.fromEntries(
    RELEASE_MODES.map((m) => [
      m,
      turns > 0 ? runs.reduce((sum, r) => sum + r.profile.release[m], 0) / turns : 0,
    ]),
  ) as Record<ReleaseMode, number>;
  return {
    runs: n,
    meanScore: mean((r) => r.score),
    allocation,
    release,
    hires: mean((r) => r.profile.hires),
    letGo: mean((r) => r.profile.letGo),
    migrations: mean((r) => r.profile.migrations),
  };
}

export function classStats(ranked: readonly VerifiedRun[]): ClassStats {
  const bins = new Array<number>(10).fill(0);
  for (const r of ranked) bins[Math.min(9, Math.max(0, Math.floor(r.score / 100)))]! += 1;
  const k = Math.floor(ranked.length / 2);
  if (k === 0) return { bins, top: null, bottom: null };
  return { bins, top: half(ranked.slice(0, k)), bottom: half(ranked.slice(ranked.length - k)) };
}

// ------------------------------------------------------------------ CSV

export const CSV_COLUMNS = [
  'rank',
  'name',
  'name_kind',
  'team_members',
  'score',
  'architecture',
  'coordination',
  'debt',
  'risk',
  'stakeholders',
  'dora_cluster',
  'outcome',
  'turns_played',
  'autopilot_turns',
  'minutes_used',
  'time_factor',
  'source',
  'verdict',
  'flags',
] as const;

/** What a run's name is: a student's full name (''), an alias, a student id or a team's name. */
function nameKind(run: RunFile | undefined): string {
  if (!run) return '';
  return run.members ? 'team' : (run.nameKind ?? '');
}

/** Minutes as a plain number with one decimal (a spreadsheet reads "20:15" as a time of day). */
const minutes = (m: number): number => Math.round(m * 10) / 10;

/**
 * The ranking as CSV (one line per ranked run, then one per rejected run with its reason), CRLF line ends. A
 * run's name kind (alias, student-id, team) and a team's members ("; " between them) follow its name.
 * Every line names its source (file name, or the code's number and ends), so a rejection can be traced.
 */
export function rankingCsv(ranking: Ranking): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const r of ranking.ranked) {
    const d = r.domains;
    rows.push([
      r.rank,
      r.name,
      nameKind(r.run),
      r.run.members?.join('; ') ?? '',
      r.score,
      d.architecture,
      d.coordination,
      d.debt,
      d.risk,
      d.stakeholders,
      r.cluster,
      r.outcome.text,
      r.outcome.playedTurns,
      r.outcome.autopilotTurns,
      minutes(r.minutesUsed),
      r.extendedTime.factor / 100,
      r.source,
      'accepted',
      r.flags.map(flagText).join('; '),
    ]);
  }
  for (const r of ranking.rejected) {
    const blank = ['', '', '', '', '', '', '', ''];
    const members = r.run?.members?.join('; ') ?? '';
    rows.push([
      '',
      r.name ?? '',
      nameKind(r.run),
      members,
      ...blank,
      r.run?.turns.length ?? '',
      '',
      '',
      '',
      r.source,
      r.reason,
      '',
    ]);
  }
  return csvText(rows);
}
