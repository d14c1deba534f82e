/**
 * Matches and students in words, the same on the leaderboard and in `tradeoffs verify --roster`. Pure.
 */
import type { ClaimMatch, GradedStudent } from './match.ts';
import type { Student } from './roster.ts';

/** "Ada Lovelace (row 3, s1000001)": enough to tell two students of one name apart. */
export function studentLabel(s: Student): string {
  const id = s.studentId || s.username || s.email || s.lmsId;
  return `${s.name || id} (row ${s.row}${id && s.name ? `, ${id}` : ''})`;
}

/** What became of a claim: "close match: José García Márquez (row 4, s1000002), same name without accents…". */
export function claimSummary(c: ClaimMatch): string {
  switch (c.status) {
    case 'exact':
      return `${studentLabel(c.student)}: ${c.how}`;
    case 'close':
      return `close match: ${studentLabel(c.student)}, ${c.how}`;
    case 'suggested':
      return `perhaps ${studentLabel(c.student)} (${c.how}): not graded until confirmed`;
    case 'ambiguous':
      return `could be ${c.candidates.map(studentLabel).join(' or ')} (${c.how}): not graded until one is chosen`;
    case 'alias':
      return 'an alias: not graded until it is given to a student';
    case 'none':
      return 'not found on the roster';
    case 'chosen':
      return `${studentLabel(c.student)}: chosen by hand`;
    case 'not-in-roster':
      return 'not in this class (chosen by hand)';
  }
}

/** A student with no run, or graded on one of several runs, in a line. */
export function studentSummary(g: GradedStudent): string {
  const who = studentLabel(g.student);
  if (!g.run) return g.rejected ? `${who}: run rejected (${g.rejected})` : `${who}: no run`;
  if (g.runs.length > 1)
    return `${who}: ${g.runs.length} runs (${g.runs.map((r) => r.name).join(', ')}); graded on the earliest started, ${g.run.name}`;
  return `${who}: ${g.run.name}`;
}
