/**
 * A simulated LMS for the browser tests, on 127.0.0.1: it serves the unzipped course packages under
 * /<standard>/, SCORM "LMS pages" that put scorm-again's SCORM 1.2 or 2004 API object in the parent window and
 * open the course in a frame (optionally with the data of an earlier session, to resume), and a small cmi5
 * learning record store: a one-time fetch URL that hands out a session token, LMS.LaunchData, the State API
 * and the statements resource, all checking the token. It records what the course sent.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { MIME } from '../../scripts/serve-dist.mjs';

const SCORM_AGAIN = resolve(import.meta.dirname, '../../node_modules/scorm-again/dist');
const TOKEN = Buffer.from('course-session:one-time-secret').toString('base64');

export interface Statement {
  id: string;
  verb: { id: string };
  result?: {
    completion?: boolean;
    success?: boolean;
    score?: { scaled: number; raw: number };
    duration?: string;
  };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
}

export interface Lms {
  url: string;
  statements: Statement[];
  /** State API documents by stateId (for the one registration the tests use). */
  state: Map<string, string>;
  /** Requests to the record store without the session token. */
  unauthorised: number;
  /** The address that launches the cmi5 course with a fresh one-time fetch URL. */
  cmi5Launch(opts?: { masteryScore?: number }): string;
  close(): Promise<void>;
}

function scormPage(standard: 'scorm12' | 'scorm2004', learner: { name: string; id: string }): string {
  const [script, ctor, nameKey, idKey] =
    standard === 'scorm12'
      ? ['scorm12.min.js', 'Scorm12API', 'student_name', 'student_id']
      : ['scorm2004.min.js', 'Scorm2004API', 'learner_name', 'learner_id'];
  const learnerJson =
    standard === 'scorm12'
      ? `{ core: { ${nameKey}: ${JSON.stringify(learner.name)}, ${idKey}: ${JSON.stringify(learner.id)} } }`
      : `{ ${nameKey}: ${JSON.stringify(learner.name)}, ${idKey}: ${JSON.stringify(learner.id)} }`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head><body>
<script src="/scorm-again/${script}"></script>
<script>
  const api = new ${ctor}({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  const earlier = sessionStorage.getItem('lms-cmi');
  api.loadFromJSON(earlier ? JSON.parse(earlier) : ${learnerJson});
  window.${standard === 'scorm12' ? 'API' : 'API_1484_11'} = api;
  window.lmsData = () => JSON.parse(JSON.stringify(api.cmi));
  window.lmsFinished = false;
  api.on('${standard === 'scorm12' ? 'LMSFinish' : 'Terminate'}', () => { window.lmsFinished = true; });
</script>
<iframe id="course" title="Course" src="/${standard}/index.html?lms=${standard}"></iframe>
</body></html>`;
}

async function body(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startLms(
  courses: Record<string, string>,
  learner: { name: string; id: string },
): Promise<Lms> {
  const statements: Statement[] = [];
  const state = new Map<string, string>();
  const fetchUrls = new Map<string, boolean>();
  let launchData = '';
  const lms = { statements, state, unauthorised: 0 } as Lms;

  const serveFile = (res: ServerResponse, root: string, rel: string): void => {
    const file = normalize(join(root, rel));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file) as keyof typeof MIME] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  };

  const lrs = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (
      req.headers.authorization !== `Basic ${TOKEN}` ||
      req.headers['x-experience-api-version'] !== '1.0.3'
    ) {
      lms.unauthorised++;
      res.writeHead(401).end();
      return;
    }
    if (url.pathname === '/lrs/statements' && req.method === 'PUT') {
      const st = JSON.parse(await body(req)) as Statement;
      if (st.id !== url.searchParams.get('statementId')) return void res.writeHead(400).end();
      statements.push(st);
      return void res.writeHead(204).end();
    }
    if (url.pathname === '/lrs/activities/state') {
      const id = url.searchParams.get('stateId') ?? '';
      if (req.method === 'PUT') {
        state.set(id, await body(req));
        return void res.writeHead(204).end();
      }
      if (url.searchParams.get('stateId') === null) {
        const ids = ['LMS.LaunchData', ...state.keys()];
        return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(ids));
      }
      const doc = id === 'LMS.LaunchData' ? launchData : state.get(id);
      if (doc === undefined) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(doc);
    }
    res.writeHead(404).end();
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, first, ...rest] = url.pathname.split('/');
      if (first === 'lms' && (rest[0] === 'scorm12' || rest[0] === 'scorm2004')) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return void res.end(scormPage(rest[0], learner));
      }
      if (first === 'fetch' && req.method === 'POST') {
        const id = rest[0] ?? '';
        const fresh = fetchUrls.get(id) === false;
        fetchUrls.set(id, true);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return void res.end(
          JSON.stringify(
            fresh
              ? { 'auth-token': TOKEN }
              : { 'error-code': '1', 'error-text': 'This launch was already used' },
          ),
        );
      }
      if (first === 'lrs') return lrs(req, res, url);
      if (first === 'scorm-again') return serveFile(res, SCORM_AGAIN, rest.join('/'));
      const course = first ? courses[first] : undefined;
      if (course) return serveFile(res, course, rest.join('/') || 'index.html');
      res.writeHead(404).end('Not found');
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  lms.url = `http://127.0.0.1:${port}/`;
  let launches = 0;
  lms.cmi5Launch = (opts = {}) => {
    const id = `launch-${++launches}`;
    fetchUrls.set(id, false);
    launchData = JSON.stringify({
      contextTemplate: {
        contextActivities: { grouping: [{ id: 'urn:test:course' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': id },
      },
      launchMode: 'Normal',
      moveOn: 'Completed',
      ...(opts.masteryScore !== undefined ? { masteryScore: opts.masteryScore } : {}),
    });
    const q = new URLSearchParams({
      endpoint: `${lms.url}lrs/`,
      fetch: `${lms.url}fetch/${id}`,
      actor: JSON.stringify({
        objectType: 'Agent',
        name: learner.name,
        account: { homePage: lms.url, name: learner.id },
      }),
      registration: '2d2a9e14-7b1f-4a4e-9a53-6d0f7c6f2a11',
      activityId: 'urn:tradeoffs:competition:test:game',
    });
    return `${lms.url}cmi5/index.html?lms=cmi5&${q.toString()}`;
  };
  lms.close = () =>
    new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    });
  return lms;
}
