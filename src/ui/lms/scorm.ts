/**
 * The SCORM runtime side of the game: finds the API object the LMS puts in a parent (or opener) window —
 * `API` for SCORM 1.2, `API_1484_11` for SCORM 2004 — and speaks it: the learner's name and id, the stored run
 * code (cmi.suspend_data), the mastery score, then the run code after every turn, and at the end completion,
 * pass or fail and the score. The attempt is left suspended even when the game is over, so a relaunch shows
 * the finished run rather than a new game (a competition is played once).
 */
import { isoDuration, scaledMastery, scorm12Duration, SUSPEND_DATA_MAX } from '../../lms/index.ts';
import type { LmsResult } from '../../lms/index.ts';
import type { LmsSession } from './session.ts';

interface ScormApi {
  [method: string]: ((...args: string[]) => string) | unknown;
}

type Version = 'scorm12' | 'scorm2004';

/** Each version's names for the same things. */
const NAMES = {
  scorm12: {
    api: 'API',
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    finish: 'LMSFinish',
    error: 'LMSGetLastError',
    errorText: 'LMSGetErrorString',
    name: 'cmi.core.student_name',
    id: 'cmi.core.student_id',
    mode: 'cmi.core.lesson_mode',
    mastery: 'cmi.student_data.mastery_score',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  scorm2004: {
    api: 'API_1484_11',
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    finish: 'Terminate',
    error: 'GetLastError',
    errorText: 'GetErrorString',
    name: 'cmi.learner_name',
    id: 'cmi.learner_id',
    mode: 'cmi.mode',
    mastery: 'cmi.scaled_passing_score',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const;

/** The API object in `win` or one of its parents (ADL's discovery: at most a few levels), or null. */
function searchUp(win: Window, name: string): ScormApi | null {
  let w: Window = win;
  for (let level = 0; level < 10; level++) {
    try {
      const api = (w as unknown as Record<string, unknown>)[name];
      if (api && typeof api === 'object') return api as ScormApi;
    } catch {
      return null; // another origin: its API is out of reach (SCORM needs the same origin)
    }
    if (w.parent === w) return null;
    w = w.parent;
  }
  return null;
}

function findApi(name: string): ScormApi | null {
  return searchUp(window, name) ?? (window.opener ? searchUp(window.opener as Window, name) : null);
}

class Scorm {
  constructor(
    readonly version: Version,
    private readonly api: ScormApi,
  ) {}
  private call(method: string, ...args: string[]): string {
    const f = this.api[method];
    if (typeof f !== 'function') throw new Error(`the LMS's SCORM API has no ${method}`);
    return String((f as (...a: string[]) => string).apply(this.api, args));
  }
  private get names() {
    return NAMES[this.version];
  }
  /** The LMS's own words for its last error. */
  lastError(): string {
    const code = this.call(this.names.error);
    return `${this.call(this.names.errorText, code)} (error ${code})`;
  }
  init(): boolean {
    return this.call(this.names.init, '') === 'true';
  }
  get(element: string): string {
    return this.call(this.names.get, element);
  }
  /** Sets every element, then commits; returns why it failed, or null. */
  setAll(values: [string, string][]): string | null {
    for (const [element, value] of values) {
      if (this.call(this.names.set, element, value) !== 'true')
        return `the LMS refused ${element}: ${this.lastError()}`;
    }
    return this.call(this.names.commit, '') === 'true' ? null : `the LMS did not save: ${this.lastError()}`;
  }
  finish(): void {
    this.call(this.names.finish, '');
  }
}

function completionValues(version: Version, s: Scorm): [string, string][] {
  if (version === 'scorm12') {
    const status = s.get('cmi.core.lesson_status');
    return status === 'not attempted' || status === '' ? [['cmi.core.lesson_status', 'incomplete']] : [];
  }
  const status = s.get('cmi.completion_status');
  return status === 'unknown' || status === 'not attempted' || status === ''
    ? [['cmi.completion_status', 'incomplete']]
    : [];
}

function resultValues(version: Version, r: LmsResult, code: string | null): [string, string][] {
  const kept: [string, string][] = code === null ? [] : [['cmi.suspend_data', code]];
  if (version === 'scorm12')
    return [
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', String(Math.round(r.score) / 10)],
      ['cmi.core.lesson_status', r.passed ? 'passed' : 'failed'],
      ...kept,
      ['cmi.core.exit', 'suspend'],
    ];
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '1000'],
    ['cmi.score.raw', String(r.score)],
    ['cmi.score.scaled', String(r.scaled)],
    ['cmi.progress_measure', '1'],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', r.passed ? 'passed' : 'failed'],
    ...kept,
    ['cmi.exit', 'suspend'],
  ];
}

/** Connects to the SCORM LMS around this page; throws with a plain message when there is none. */
export function connectScorm(version: Version): LmsSession {
  const names = NAMES[version];
  const api = findApi(names.api);
  if (!api)
    throw new Error(
      `This course was opened outside its LMS: the ${version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} connection (${names.api}) was not found. Open it from your course page.`,
    );
  const s = new Scorm(version, api);
  if (!s.init()) throw new Error(`The LMS did not start the session: ${s.lastError()}`);
  const startedAt = Date.now();
  const mode = s.get(names.mode);
  const recording = mode !== 'review' && mode !== 'browse';
  const stored = s.get('cmi.suspend_data');
  let ended = false;
  if (recording) s.setAll(completionValues(version, s));
  return {
    learner: { name: s.get(names.name), id: s.get(names.id) },
    stored: stored === '' ? null : stored,
    mastery: scaledMastery(s.get(names.mastery), version === 'scorm12' ? 100 : 1),
    recording,
    maxStored: SUSPEND_DATA_MAX[version],
    store: (code) =>
      Promise.resolve(
        recording
          ? s.setAll([
              ['cmi.suspend_data', code],
              [names.exit, 'suspend'],
            ])
          : null,
      ),
    report: (result, code) =>
      Promise.resolve(recording ? s.setAll(resultValues(version, result, code)) : null),
    exit: () => {
      if (ended) return;
      ended = true;
      const spent = Date.now() - startedAt;
      if (recording)
        s.setAll([[names.sessionTime, version === 'scorm12' ? scorm12Duration(spent) : isoDuration(spent)]]);
      s.finish();
    },
  };
}
