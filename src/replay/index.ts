/** Decision logs and their replay; classroom competitions: links, short codes, run codes and files, verification. */
export { replay, replayRounds, type ReplayResult } from './replay.ts';
export { snapshot, type TurnRecord, type TurnSnapshot } from './history.ts';
export { autopilot, autopilotInPlace } from './autopilot.ts';
export { outcomeText, runOutcome, type RunOutcome } from './outcome.ts';
export {
  COMPETITION_VERSION,
  MAX_STOPS,
  ROUNDS_COMPETITION_VERSION,
  stopsOf,
  stopsProblem,
  type CompetitionVersion,
  MAX_SEED_CHARS,
  MAX_TIME_LIMIT_MINUTES,
  MAX_TITLE_CHARS,
  asCompetition,
  competitionFragment,
  competitionId,
  competitionInputProblem,
  competitionLink,
  competitionTitle,
  createCompetition,
  decodeCompetition,
  type Competition,
  type CompetitionInput,
  type CompetitionProblem,
  type CompetitionScenario,
  type DecodedCompetition,
} from './competition.ts';
export { competitionScenario, type ResolvedScenario } from './competition-scenario.ts';
export {
  CROCKFORD,
  SHORT_SEED_LENGTH,
  decodeShortCode,
  drawShortSeed,
  isShortSeed,
  normaliseShortCode,
  shortCodeFor,
  type ScenarioRef,
  type ShortCodeResult,
} from './short-code.ts';
export {
  decodeRelease,
  injectableEvents,
  looksLikeRelease,
  releaseCode,
  roundCount,
  type DecodedRelease,
  type Release,
} from './release.ts';
export {
  nextStop,
  playInRounds,
  playRounds,
  stopOfRound,
  type Course,
  type CourseHooks,
  type CourseResult,
  type PlayInRoundsOptions,
  type PlayedInRounds,
  type RoundStart,
  type TurnPlayer,
} from './rounds.ts';
export {
  KEY_BYTES,
  TIME_FACTORS,
  accommodationMismatch,
  factorText,
  hostKeyText,
  makeAccommodation,
  readAccommodation,
  readHostKey,
  signedWith,
  type Accommodation,
  type HostKey,
} from './accommodation.ts';
export {
  MAX_NAME_CHARS,
  canonicalName,
  cleanName,
  mixedScripts,
  nameProblem,
  nameSkeleton,
} from './names.ts';
export {
  ROUNDS_RUN_CODE_PREFIX,
  ROUNDS_RUN_VERSION,
  RUN_CODE_PREFIX,
  RUN_FORMAT,
  RUN_VERSION,
  asRunFile,
  buildRun,
  decodeRun,
  encodeRunCode,
  encodeRunFile,
  runFileName,
  sealRun,
  type DecodedRun,
  type RunFile,
  type RunInput,
  type RunProblem,
  type RunTurn,
  type RunVersion,
} from './run.ts';
export {
  REJECTION_LABEL,
  TIME_GRACE_MS,
  clock,
  impliedCompetition,
  readRun,
  verifyRun,
  type DecisionProfile,
  type ExtendedTime,
  type RejectedRun,
  type RejectionKind,
  type VerifiedRun,
  type VerifyResult,
  type VerifyTarget,
} from './verify.ts';
export {
  CSV_COLUMNS,
  classStats,
  codeSource,
  rankRuns,
  rankingCsv,
  type ClassStats,
  type Entry,
  type HalfProfile,
  type RankedRun,
  type Ranking,
  type RejectedEntry,
} from './ranking.ts';
export {
  MAX_TEAM_MEMBERS,
  MIN_TEAM_MEMBERS,
  NAME_KINDS,
  asPlayerExtras,
  membersOf,
  membersProblem,
  nameKey,
  playerExtras,
  type NameKind,
  type PlayerExtras,
} from './player.ts';
export { rotatedMembers, teamRoles, type TeamRole } from './team-roles.ts';
export { csvCell } from '../lib/csv.ts';
export { MAX_CODE_CHARS, MAX_INFLATED_BYTES } from './codec.ts';
export { splitRunCodes } from './paste.ts';
export { flagText, flagWords, runFlags, type FlagKind, type RunFlag } from './flags.ts';
