/**
 * What the game reports to the LMS at the end: a scaled score, pass or fail, and the time spent, in each
 * standard's formats. Passing follows the LMS's mastery score when it gives one (SCORM 1.2
 * cmi.student_data.mastery_score, SCORM 2004 cmi.scaled_passing_score, cmi5 masteryScore: the standards require
 * it), else the package's pass score, else winning the scenario. Pure.
 */
import { MAX_SCORE } from './course.ts';

export interface LmsResult {
  /** 0 to 1000, the game's score. */
  score: number;
  /** score / 1000, clamped to 0–1 (cmi.score.scaled, xAPI result.score.scaled). */
  scaled: number;
  passed: boolean;
}

/**
 * The result of a finished game. `mastery`: the scaled score that passes (from the LMS or the package), or
 * null when passing means winning.
 */
export function lmsResult(score: number, won: boolean, mastery: number | null): LmsResult {
  const clamped = Math.min(MAX_SCORE, Math.max(0, score));
  const scaled = clamped / MAX_SCORE;
  return { score: clamped, scaled, passed: mastery === null ? won : scaled >= mastery };
}

/** A mastery score as an LMS gives it (text or number), scaled to 0–1; null when absent or unusable. */
export function scaledMastery(value: unknown, outOf: number): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > outOf) return null;
  return n / outOf;
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scorm12Duration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor(centis / 6000) % 60;
  const s = (centis % 6000) / 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${two(m)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** An ISO 8601 duration (SCORM 2004's timeinterval, xAPI's result.duration): PT1H2M3.4S. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor(centis / 6000) % 60;
  const s = (centis % 6000) / 100;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s}S`;
}
