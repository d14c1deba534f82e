/**
 * What the game needs from an LMS, whichever standard it speaks: who the learner is, the run code an earlier
 * session stored, the LMS's mastery score, and ways to store the run code, report the result and end the
 * session. scorm.ts and cmi5.ts implement it.
 */
import type { LmsResult } from '../../lms/index.ts';

export interface LmsSession {
  learner: { name: string; id: string };
  /** The run code stored by an earlier session of this attempt, or null. */
  stored: string | null;
  /** The scaled score that passes, as the LMS gives it; null: the LMS gives none. */
  mastery: number | null;
  /** False in the LMS's review or browse mode: the game is shown, nothing is recorded. */
  recording: boolean;
  /** Longest run code the LMS keeps. */
  maxStored: number;
  /** Stores the run code (progress or the final run); resolves to why it could not, or null. */
  store(code: string): Promise<string | null>;
  /**
   * Reports completion, pass or fail and the score, and stores the final run code (null: too long to keep, so
   * what is stored stays as it was); resolves to why it could not, or null.
   */
  report(result: LmsResult, code: string | null): Promise<string | null>;
  /** Ends the session as the page goes away (best effort: the page may not wait). */
  exit(): void;
}

/** "Lovelace, Ada" (the SCORM convention, last name first) → "Ada Lovelace"; any other form as it is. */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',');
  if (parts.length !== 2) return lmsName.trim();
  const [last, first] = parts.map((p) => p.trim()) as [string, string];
  return first === '' || last === '' ? lmsName.trim() : `${first} ${last}`;
}
