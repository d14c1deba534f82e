/**
 * A game launched by an LMS (index.html?lms=<standard>, loaded lazily by main.ts): reads the package's course
 * file, connects to the LMS, then continues the learner's game from the run code the LMS kept (or from this
 * browser's record, when it is the same attempt and further on) or opens the Join screen under the learner's
 * LMS name. From then on it stores the run code after every turn and reports the result once the game is over.
 */
import type { LmsStandard } from '../../lms/index.ts';
import { COURSE_FILE, STANDARD_LABEL, lmsResult, readCourseFile } from '../../lms/index.ts';
import type { Competition } from '../../replay/index.ts';
import { cleanName, competitionScenario, decodeRun, nameProblem } from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import {
  adoptCompetitionRecord,
  notify,
  resumeCompetition,
  store,
  type CompetitionRecord,
} from '../../store/index.ts';
import { openLmsInvite } from '../competition/join.ts';
import { setLmsStatus } from '../lms-screen.ts';
import { connectCmi5 } from './cmi5.ts';
import { connectScorm } from './scorm.ts';
import { displayName, type LmsSession } from './session.ts';
import { followGame } from './follow.ts';

interface Course {
  competition: Competition;
  loaded: LoadedScenario;
  passScore: number | null;
}

async function readCourse(): Promise<Course> {
  let text: string;
  try {
    const r = await fetch(COURSE_FILE);
    if (!r.ok) throw new Error(String(r.status));
    text = await r.text();
  } catch {
    throw new Error(`The package has no readable course file (${COURSE_FILE}). Export the package again.`);
  }
  const { catalogue } = store.getState();
  const refs = catalogue.map((l) => ({ id: l.scenario.id, hash: l.hash }));
  const read = readCourseFile(text, refs);
  if (!read.ok) throw new Error(read.message);
  const scenario = competitionScenario(read.competition, catalogue);
  if (!scenario.ok) throw new Error(scenario.message);
  return { competition: read.competition, loaded: scenario.loaded, passScore: read.passScore };
}

function connect(standard: LmsStandard): Promise<LmsSession> {
  return standard === 'cmi5' ? connectCmi5(window.location.search) : Promise.resolve(connectScorm(standard));
}

/** The learner's name for the run: the LMS's name ("Last, First" turned around), or their id. */
function learnerName(session: LmsSession): string {
  for (const candidate of [displayName(session.learner.name), session.learner.id]) {
    const name = cleanName(candidate);
    if (nameProblem(name) === null) return name;
  }
  throw new Error('The LMS gave no usable name or id for you, so your run could not be named.');
}

/** The attempt the LMS kept, as this browser's competition record; null when it kept none for this course. */
function storedAttempt(session: LmsSession, c: Competition): CompetitionRecord | null {
  if (session.stored === null) return null;
  const decoded = decodeRun(session.stored);
  if (!decoded.ok || decoded.run.competitionId !== c.id) {
    notify({
      tone: 'warning',
      text: `The game your LMS kept for you could not be read (${decoded.ok ? 'it belongs to another course' : decoded.message}), so a new game starts.`,
    });
    return null;
  }
  const run = decoded.run;
  return {
    competitionId: c.id,
    name: run.name,
    startedAt: run.startedAt,
    log: run.turns.map((t) => t.decisions),
    times: run.turns.map((t) => t.at),
    run: null,
  };
}

/**
 * Puts the right record of this course in the store: the LMS's attempt (unless this browser is further on in
 * the same attempt), or, when the LMS kept none, this browser's own record of the same learner (a session
 * whose last save did not reach the LMS). Another learner's record here is set aside: the LMS decides attempts.
 */
function settleRecord(session: LmsSession, c: Competition, name: string): CompetitionRecord | null {
  const fromLms = storedAttempt(session, c);
  const local = store.getState().competitions[c.id] ?? null;
  if (fromLms) adoptCompetitionRecord(c.id, fromLms);
  else if (local && local.name !== name) adoptCompetitionRecord(c.id, null);
  return store.getState().competitions[c.id] ?? null;
}

async function start(standard: LmsStandard): Promise<void> {
  const course = await readCourse();
  const session = await connect(standard);
  window.addEventListener('pagehide', () => session.exit());
  const name = learnerName(session);
  const record = settleRecord(session, course.competition, name);
  const mastery = session.mastery ?? (course.passScore === null ? null : course.passScore / 1000);
  followGame(
    session,
    course.competition.id,
    (score, won) => lmsResult(score, won, mastery),
    STANDARD_LABEL[standard],
  );
  if (record) {
    const problem = resumeCompetition(course.loaded, course.competition);
    if (problem) throw new Error(`Your game could not be continued: ${problem}`);
    return;
  }
  if (!session.recording) throw new Error('There is no game of yours to review yet.');
  openLmsInvite(course.competition, course.loaded, name);
}

/** Starts the LMS side; anything that goes wrong is shown on the LMS screen in plain words. */
export function launchFromLms(standard: LmsStandard | null): void {
  if (standard === null) {
    setLmsStatus({
      state: 'failed',
      message: 'The course was launched for an LMS standard this game does not know.',
    });
    return;
  }
  start(standard).catch((e: unknown) =>
    setLmsStatus({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
}
