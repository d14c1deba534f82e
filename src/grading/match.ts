/**
 * Runs matched to a roster's students. Every ranked run makes claims — its name (a full name, an alias or a
 * student id), or each member of a team — and each claim is looked up on the roster (candidates.ts). The
 * instructor's choices override any lookup: a claim given to a student, or marked as not in the roster.
 *
 * A student is graded on a run when a sure, close or chosen claim points to them; an alias, an ambiguous
 * name, a suggestion or a name not found grades nobody until the instructor chooses. A student claimed by
 * several runs (their own and a team's, or a name and a student id) is graded on the earliest started of them,
 * as the leaderboard keeps a name's earliest run, and the conflict is shown. Students with no run are listed,
 * with the reason when a rejected run carried their name. Pure.
 */
import type { RankedRun, Ranking } from '../replay/index.ts';
import { nameKey } from '../replay/index.ts';
import { findStudent, indexRoster, type Found, type RosterIndex } from './candidates.ts';
import type { Roster, Student } from './roster.ts';

export interface Claim {
  /** How the instructor names it (and --assign does): the run's name, or "Team / member". */
  label: string;
  /** The name, alias or id the run gives. */
  text: string;
  kind: 'name' | 'alias' | 'student-id';
  run: RankedRun;
}

export type ClaimMatch = Claim &
  (Found | { status: 'chosen'; student: Student } | { status: 'not-in-roster' }) & {
    /** Whether the claim grades a student. */
    counted: boolean;
  };

/** The instructor's decisions, by claim key (claimKey): a student's roster row, or 'none' (not in the roster). */
export type Choices = Readonly<Record<string, number | 'none'>>;

export interface GradedStudent {
  student: Student;
  /** The run the student is graded on, or null. */
  run: RankedRun | null;
  /** Every run that claims this student (more than one is a conflict). */
  runs: RankedRun[];
  /** For a student with no run: a rejected run under their name, and why it was rejected. */
  rejected: string | null;
}

export interface Matching {
  claims: ClaimMatch[];
  students: GradedStudent[];
}

export const claimKey = (label: string): string => nameKey(label);

function claimsOf(run: RankedRun): Claim[] {
  const r = run.run;
  if (r.members)
    return r.members.map((m) => ({ label: `${r.name} / ${m}`, text: m, kind: 'name' as const, run }));
  return [{ label: r.name, text: r.name, kind: r.nameKind ?? 'name', run }];
}

function resolve(claim: Claim, index: RosterIndex, roster: Roster, choices: Choices): ClaimMatch {
  const choice = choices[claimKey(claim.label)];
  if (choice === 'none') return { ...claim, status: 'not-in-roster', counted: false };
  const chosen = choice === undefined ? null : roster.students.find((s) => s.row === choice);
  if (chosen) return { ...claim, status: 'chosen', student: chosen, counted: true };
  const found = findStudent(claim.text, claim.kind, index);
  const counted = found.status === 'exact' || found.status === 'close';
  return { ...claim, ...found, counted };
}

/** The reason a rejected run under this student's name (or id) was not ranked. */
function rejectionFor(student: Student, ranking: Ranking, index: RosterIndex): string | null {
  for (const r of ranking.rejected) {
    if (!r.name) continue;
    const found = findStudent(r.name, r.run?.nameKind ?? 'name', index);
    if ((found.status === 'exact' || found.status === 'close') && found.student === student) return r.reason;
  }
  return null;
}

export function matchRoster(roster: Roster, ranking: Ranking, choices: Choices = {}): Matching {
  const index = indexRoster(roster.students);
  const claims = ranking.ranked.flatMap(claimsOf).map((c) => resolve(c, index, roster, choices));
  const runsOf = new Map<Student, RankedRun[]>();
  for (const c of claims) {
    if (!c.counted || !('student' in c)) continue;
    const list = runsOf.get(c.student) ?? [];
    if (!list.includes(c.run)) list.push(c.run);
    runsOf.set(c.student, list);
  }
  const students = roster.students.map((student) => {
    const runs = (runsOf.get(student) ?? []).sort((a, b) => a.run.startedAt - b.run.startedAt);
    return {
      student,
      run: runs[0] ?? null,
      runs,
      rejected: runs.length === 0 ? rejectionFor(student, ranking, index) : null,
    };
  });
  return { claims, students };
}

/** The claims the instructor should look at: everything but sure matches, and sure matches in a conflict. */
export function claimsToCheck(m: Matching): ClaimMatch[] {
  const conflicted = new Set(m.students.filter((s) => s.runs.length > 1).map((s) => s.student));
  return m.claims.filter((c) => c.status !== 'exact' || conflicted.has(c.student));
}
