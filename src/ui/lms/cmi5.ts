/**
 * The cmi5 side of the game (an "assignable unit"). The LMS launches the page with its learning record store's
 * address, a one-time fetch URL, the learner (actor), the registration and the activity id in the query. The
 * game trades the fetch URL for a session token (cmi5's standard way: no credentials are ever in the package
 * or the page before launch, and the token lives in this page's memory only), reads LMS.LaunchData (mode,
 * mastery score, context), sends the cmi5 statements (initialized, completed, passed or failed with the score,
 * terminated) and keeps the run code in the xAPI State API (document `tradeoffs-run`).
 */
import { SUSPEND_DATA_MAX, isoDuration, scaledMastery } from '../../lms/index.ts';
import type { LmsResult } from '../../lms/index.ts';
import type { LmsSession } from './session.ts';

const XAPI_VERSION = '1.0.3';
const STATE_ID = 'tradeoffs-run';
const VERB = (name: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name },
});
const CATEGORY_CMI5 = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const CATEGORY_MOVEON = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

interface Launch {
  endpoint: string;
  fetchUrl: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

interface LaunchData {
  contextTemplate?: { contextActivities?: Record<string, unknown[]>; extensions?: Record<string, unknown> };
  launchMode?: string;
  masteryScore?: number;
}

/** What this session keeps in the State API: the run code, and whether the result was reported. */
interface RunState {
  code: string;
  reported: boolean;
}

function launchParams(search: string): Launch {
  const q = new URLSearchParams(search);
  const missing = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].filter((k) => !q.get(k));
  if (missing.length > 0)
    throw new Error(
      `This course was opened outside its LMS (the cmi5 launch is missing ${missing.join(', ')}). Open it from your course page.`,
    );
  let actor: unknown;
  try {
    actor = JSON.parse(q.get('actor')!);
  } catch {
    actor = null;
  }
  if (typeof actor !== 'object' || actor === null)
    throw new Error('The LMS launched the course with an unreadable learner (actor).');
  const endpoint = q.get('endpoint')!;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetchUrl: q.get('fetch')!,
    actor: actor as Record<string, unknown>,
    registration: q.get('registration')!,
    activityId: q.get('activityId')!,
  };
}

async function fetchToken(url: string): Promise<string> {
  let body: Record<string, unknown>;
  try {
    const r = await fetch(url, { method: 'POST' });
    body = (await r.json()) as Record<string, unknown>;
  } catch {
    throw new Error(
      'The LMS did not answer the course\u2019s sign-in (cmi5 fetch URL). Reopen the course from your LMS.',
    );
  }
  const token = body['auth-token'];
  if (typeof token === 'string' && token !== '') return token;
  throw new Error(
    `The LMS refused the course\u2019s sign-in${typeof body['error-text'] === 'string' ? ` (${body['error-text']})` : ''}: a cmi5 launch works once, so reopen the course from your LMS.`,
  );
}

class Lrs {
  constructor(
    private readonly launch: Launch,
    private readonly token: string,
  ) {}
  private url(path: string, params: Record<string, string>): string {
    return `${this.launch.endpoint}${path}?${new URLSearchParams(params).toString()}`;
  }
  private headers(json: boolean): Record<string, string> {
    return {
      Authorization: `Basic ${this.token}`,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }
  private stateParams(stateId: string): Record<string, string> {
    const l = this.launch;
    return {
      stateId,
      activityId: l.activityId,
      agent: JSON.stringify(l.actor),
      registration: l.registration,
    };
  }
  private async getJson<T>(params: Record<string, string>, what: string): Promise<T> {
    const r = await fetch(this.url('activities/state', params), { headers: this.headers(false) });
    if (!r.ok) throw new Error(`the learning record store answered ${r.status} for ${what}`);
    return (await r.json()) as T;
  }
  /** A state document, or null when there is none (asked by listing first: a missing one is no error). */
  async getState<T>(stateId: string): Promise<T | null> {
    const { stateId: _one, ...all } = this.stateParams(stateId);
    const ids = await this.getJson<unknown>(all, 'the list of state documents');
    if (!Array.isArray(ids) || !ids.includes(stateId)) return null;
    return this.getJson<T>(this.stateParams(stateId), stateId);
  }
  async putState(stateId: string, value: unknown): Promise<string | null> {
    try {
      const r = await fetch(this.url('activities/state', this.stateParams(stateId)), {
        method: 'PUT',
        headers: this.headers(true),
        body: JSON.stringify(value),
      });
      return r.ok ? null : `the learning record store answered ${r.status}`;
    } catch {
      return 'the learning record store could not be reached';
    }
  }
  /** Sends a statement; `keepalive` lets it leave with a closing page. */
  async send(statement: Record<string, unknown>, keepalive = false): Promise<string | null> {
    try {
      const r = await fetch(this.url('statements', { statementId: String(statement.id) }), {
        method: 'PUT',
        headers: this.headers(true),
        body: JSON.stringify(statement),
        keepalive,
      });
      return r.ok ? null : `the learning record store refused a statement (${r.status})`;
    } catch {
      return 'the learning record store could not be reached';
    }
  }
}

function statementMaker(launch: Launch, data: LaunchData) {
  const template = data.contextTemplate ?? {};
  return (
    verb: string,
    extra: { result?: unknown; moveOn?: boolean; extensions?: Record<string, unknown> } = {},
  ) => {
    const categories = [CATEGORY_CMI5, ...(extra.moveOn ? [CATEGORY_MOVEON] : [])];
    const activities = template.contextActivities ?? {};
    return {
      id: crypto.randomUUID(),
      actor: launch.actor,
      verb: VERB(verb),
      object: { id: launch.activityId, objectType: 'Activity' },
      ...(extra.result ? { result: extra.result } : {}),
      context: {
        ...template,
        registration: launch.registration,
        contextActivities: { ...activities, category: [...(activities.category ?? []), ...categories] },
        ...(extra.extensions ? { extensions: { ...(template.extensions ?? {}), ...extra.extensions } } : {}),
      },
      timestamp: new Date().toISOString(),
    };
  };
}

/** The learner's account name (or e-mail address) from the actor. */
function learnerId(actor: Record<string, unknown>): string {
  const account = actor.account as { name?: unknown } | undefined;
  if (typeof account?.name === 'string') return account.name;
  return typeof actor.mbox === 'string' ? actor.mbox.replace(/^mailto:/, '') : '';
}

/** Connects to the cmi5 LMS that launched this page; throws with a plain message when it cannot. */
export async function connectCmi5(search: string): Promise<LmsSession> {
  const launch = launchParams(search);
  const lrs = new Lrs(launch, await fetchToken(launch.fetchUrl));
  const data = await lrs.getState<LaunchData>('LMS.LaunchData');
  if (!data) throw new Error('The LMS gave the course no launch data (LMS.LaunchData).');
  const recording = (data.launchMode ?? 'Normal') === 'Normal';
  const mastery = scaledMastery(data.masteryScore, 1);
  const statement = statementMaker(launch, data);
  const startedAt = Date.now();
  const duration = (): string => isoDuration(Date.now() - startedAt);
  const saved = await lrs.getState<RunState>(STATE_ID);
  let reported = saved?.reported === true;
  const initError = await lrs.send(statement('initialized'));
  if (initError) throw new Error(`The LMS did not start the session: ${initError}.`);
  let ended = false;
  return {
    learner: {
      name: typeof launch.actor.name === 'string' ? launch.actor.name : '',
      id: learnerId(launch.actor),
    },
    stored: typeof saved?.code === 'string' && saved.code !== '' ? saved.code : null,
    mastery,
    recording,
    maxStored: SUSPEND_DATA_MAX.cmi5,
    store: (code) =>
      recording ? lrs.putState(STATE_ID, { code, reported } satisfies RunState) : Promise.resolve(null),
    report: async (result: LmsResult, code) => {
      // cmi5 allows one completed and one passed or failed statement per registration.
      if (!recording || reported) return null;
      const score = { scaled: result.scaled, raw: result.score, min: 0, max: 1000 };
      const problem =
        (await lrs.send(
          statement('completed', { result: { completion: true, duration: duration() }, moveOn: true }),
        )) ??
        (await lrs.send(
          statement(result.passed ? 'passed' : 'failed', {
            result: { success: result.passed, score, duration: duration() },
            moveOn: true,
            ...(mastery !== null ? { extensions: { [MASTERY_EXTENSION]: mastery } } : {}),
          }),
        ));
      if (problem) return problem;
      reported = true;
      return code === null ? null : lrs.putState(STATE_ID, { code, reported } satisfies RunState);
    },
    exit: () => {
      if (ended) return;
      ended = true;
      void lrs.send(statement('terminated', { result: { duration: duration() } }), true);
    },
  };
}
