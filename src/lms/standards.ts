/**
 * The three LMS standards a course package can follow, what each calls itself, and the limits that decide what
 * the game can keep in the LMS. Pure.
 */

export const LMS_STANDARDS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type LmsStandard = (typeof LMS_STANDARDS)[number];

export function isLmsStandard(v: unknown): v is LmsStandard {
  return typeof v === 'string' && (LMS_STANDARDS as readonly string[]).includes(v);
}

/** How instructors and LMS menus name each standard. */
export const STANDARD_LABEL: Record<LmsStandard, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 (4th edition)',
  cmi5: 'cmi5',
};

/**
 * Longest text the LMS must keep for the run code: SCORM 1.2's cmi.suspend_data is a CMIString4096, SCORM
 * 2004's holds at least 64,000 characters (its smallest permitted maximum); cmi5 keeps it in the xAPI State API,
 * which sets no limit.
 */
export const SUSPEND_DATA_MAX: Record<LmsStandard, number> = {
  scorm12: 4096,
  scorm2004: 64_000,
  cmi5: Number.POSITIVE_INFINITY,
};

/** The query parameter that tells the game it was launched by an LMS, and which API to speak. */
export const LMS_PARAM = 'lms';

/** The page an LMS launches, relative to the package's root. */
export function launchPath(standard: LmsStandard): string {
  return `index.html?${LMS_PARAM}=${standard}`;
}

/** The standard named in a page address's query (`?lms=scorm12`), or null for a normal visit. */
export function standardInQuery(search: string): LmsStandard | null {
  const value = new URLSearchParams(search).get(LMS_PARAM);
  return isLmsStandard(value) ? value : null;
}

/** Whether a query names an LMS launch at all, even an unknown standard (which is then an error to show). */
export function hasLmsParam(search: string): boolean {
  return new URLSearchParams(search).has(LMS_PARAM);
}
