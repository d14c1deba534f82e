/** Grading a competition: LMS rosters in, runs matched to students, grades mapped, LMS gradebooks out. */
export { decodeText, type DecodedText } from './text.ts';
export { LMS_NAMES, type Lms } from './columns.ts';
export {
  MAX_ROSTER_STUDENTS,
  parseRoster,
  rosterSummary,
  type Roster,
  type RosterResult,
  type Student,
} from './roster.ts';
export { findStudent, indexRoster, looseWords, type Found } from './candidates.ts';
export { claimSummary, studentLabel, studentSummary } from './describe.ts';
export {
  claimKey,
  claimsToCheck,
  matchRoster,
  type Choices,
  type Claim,
  type ClaimMatch,
  type GradedStudent,
  type Matching,
} from './match.ts';
export {
  DEFAULT_SCHEME,
  MAX_POINTS,
  basisOf,
  classSpread,
  givesLetters,
  gradeOf,
  schemeProblem,
  type Basis,
  type GradeScheme,
  type Mapping,
  type Threshold,
} from './scheme.ts';
export {
  DEFAULT_CURVE,
  mappingText,
  parseMapping,
  parseThresholds,
  parseWeights,
  type Parsed,
} from './scheme-text.ts';
export {
  GRADEBOOK_FORMATS,
  gradeRows,
  gradebookCsv,
  type GradeRow,
  type Gradebook,
  type GradebookFormat,
} from './gradebook.ts';
