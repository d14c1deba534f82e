/**
 * The course file inside a package (`tradeoffs-course.json`): the competition the LMS course plays (scenario,
 * seed, time limit and title, carried as the competition link's fragment, with its check, so a custom scenario
 * travels inside it exactly as in a link) and the score that passes, if the instructor set one. The game reads
 * it when an LMS launches it. Pure.
 */
import type { Competition, DecodedCompetition, ScenarioRef } from '../replay/index.ts';
import { competitionFragment, decodeCompetition } from '../replay/index.ts';

export const COURSE_FILE = 'tradeoffs-course.json';
export const COURSE_FORMAT = 'tradeoffs-course';
export const COURSE_VERSION = 1;
/** Scores run from 0 to 1000. */
export const MAX_SCORE = 1000;

export interface CourseFile {
  format: typeof COURSE_FORMAT;
  version: typeof COURSE_VERSION;
  /** The competition link's fragment without '#': `c=1.<payload>.<check>`. */
  competition: string;
  /** The score (0–1000) at or above which a learner passes; null: passing means winning the scenario. */
  passScore: number | null;
}

/** Why a pass score cannot be used, or null. */
export function passScoreProblem(score: number | null): string | null {
  if (score === null) return null;
  return Number.isSafeInteger(score) && score >= 0 && score <= MAX_SCORE
    ? null
    : `The pass score must be a whole number from 0 to ${MAX_SCORE}.`;
}

export function courseFileText(competition: Competition, passScore: number | null): string {
  const problem = passScoreProblem(passScore);
  if (problem) throw new Error(problem);
  const file: CourseFile = {
    format: COURSE_FORMAT,
    version: COURSE_VERSION,
    competition: competitionFragment(competition),
    passScore,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadCourse =
  { ok: true; competition: Competition; passScore: number | null } | { ok: false; message: string };

const DAMAGED = 'The course file of this package is damaged';

/** Reads a course file's text; `builtIns` are the game's built-in scenarios (as for a short code). Never throws. */
export function readCourseFile(text: string, builtIns: readonly ScenarioRef[]): ReadCourse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `${DAMAGED} (${COURSE_FILE} is not JSON). Export the package again.` };
  }
  const v = value as Partial<CourseFile> | null;
  if (typeof v !== 'object' || v === null || v.format !== COURSE_FORMAT)
    return { ok: false, message: `${DAMAGED} (${COURSE_FILE} is not a Tradeoffs course file).` };
  if (typeof v.version !== 'number' || v.version > COURSE_VERSION)
    return {
      ok: false,
      message: 'This package was made by a newer version of Tradeoffs than the game inside it.',
    };
  const passScore = v.passScore ?? null;
  if (typeof v.competition !== 'string' || (passScore !== null && typeof passScore !== 'number'))
    return { ok: false, message: `${DAMAGED} (a field of ${COURSE_FILE} is missing or wrong).` };
  const scoreProblem = passScoreProblem(passScore);
  if (scoreProblem) return { ok: false, message: `${DAMAGED}: ${scoreProblem}` };
  const decoded: DecodedCompetition = decodeCompetition(v.competition, builtIns);
  if (!decoded.ok) return { ok: false, message: `${DAMAGED}: ${decoded.message}` };
  return { ok: true, competition: decoded.competition, passScore };
}
