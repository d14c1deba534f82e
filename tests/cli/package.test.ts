/**
 * `tradeoffs package`: a course package from a built game folder, with the competition in its course file and
 * a manifest the official schemas accept; a build made from other source, an unknown format or a bad pass
 * score is refused with one line and exit code 2. (The real build is packaged and played in
 * tests/e2e/lms.test.ts; here a small build folder stands in, listed in build.json like the real one.)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/built-game.ts';
import { main } from '../../src/cli/main.ts';
import { sourceHash } from '../../src/cli/source-hash.ts';
import { COURSE_FILE, readCourseFile } from '../../src/lms/index.ts';
import { refs } from '../replay/helpers.ts';
import { schemaErrors } from '../lms/xsd.ts';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

afterEach(() => {
  process.exitCode = undefined;
});

const tmp = mkdtempSync(join(tmpdir(), 'tradeoffs-package-'));

/** A build folder of this source: a page, a chunk, the schemas, and build.json listing them. */
function buildFolder(source = sourceHash(REPO_ROOT)): string {
  const dir = mkdtempSync(join(tmp, 'game-'));
  const files: Record<string, Uint8Array | string> = {
    'index.html': `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'" /><div id="app"></div>`,
    'assets/index-x.js': 'export {}',
  };
  for (const standard of ['scorm12', 'scorm2004']) {
    for (const f of readdirSync(join(REPO_ROOT, 'assets/lms', standard)))
      files[`lms/${standard}/${f}`] = readFileSync(join(REPO_ROOT, 'assets/lms', standard, f));
  }
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'build.json'), JSON.stringify({ version: 'x', source, files: Object.keys(files) }));
  return dir;
}

describe('tradeoffs package', () => {
  it('writes a SCORM 1.2 package whose manifest validates and whose course file holds the competition', async () => {
    const out = join(tmp, 'course12.zip');
    const r = await run([
      'package',
      'ship-it',
      '--format',
      'scorm12',
      '--seed',
      'K7M2QX',
      '--minutes',
      '40',
      '--title',
      'Week 4',
      '--pass-score',
      '650',
      '--game',
      buildFolder(),
      '--out',
      out,
    ]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/SCORM 1\.2 package written to .*course12\.zip \(\d+ KB, \d+ files\)/);
    expect(r.out.join('\n')).toMatch(/seed K7M2QX, 40 minutes; passing: a score of 650 or more/);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(await schemaErrors('scorm12', new TextDecoder().decode(files['imsmanifest.xml']))).toEqual([]);
    const course = readCourseFile(new TextDecoder().decode(files[COURSE_FILE]), refs());
    if (!course.ok) throw new Error(course.message);
    expect(course.competition).toMatchObject({
      title: 'Week 4',
      seed: 'K7M2QX',
      timeLimitMinutes: 40,
      scenario: { id: 'ship-it' },
    });
    expect(course.passScore).toBe(650);
    // The printed competition is the one in the package (what the leaderboard and verify --competition take).
    expect(r.out.join('\n')).toContain(`c=1.`);
    expect(r.out.at(-1)).toContain(JSON.parse(new TextDecoder().decode(files[COURSE_FILE])).competition);
  });

  it('carries a scenario file inside the course file', async () => {
    const out = join(tmp, 'custom.zip');
    const scenario = join(REPO_ROOT, 'tests/scenario/fixtures/minimal.yaml');
    const r = await run([
      'package',
      scenario,
      '--format',
      'cmi5',
      '--seed',
      'S1',
      '--game',
      buildFolder(),
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(await schemaErrors('cmi5', new TextDecoder().decode(files['cmi5.xml']))).toEqual([]);
    const course = readCourseFile(new TextDecoder().decode(files[COURSE_FILE]), refs());
    expect(course.ok && course.competition.scenario.source?.text).toBe(readFileSync(scenario, 'utf8'));
  });

  it.each([
    [['--format', 'scorm3'], /--format must be one of scorm12, scorm2004, cmi5/],
    [['--format', 'scorm12', '--pass-score', '1001'], /--pass-score must be a whole number from 0 to 1000/],
    [['--format', 'scorm12', '--seed', ' padded'], /seed must not be empty or start or end with spaces/],
  ])('refuses %j with one line', async (flags, message) => {
    const r = await run([
      'package',
      'tutorial',
      ...flags,
      '--game',
      buildFolder(),
      '--out',
      join(tmp, 'x.zip'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(message);
  });

  it('refuses a build made from other source (its scenarios could differ, and the course would not open)', async () => {
    const r = await run([
      'package',
      'tutorial',
      '--format',
      'scorm2004',
      '--game',
      buildFolder('0000000000000000'),
      '--out',
      join(tmp, 'y.zip'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/was built from other source than this checkout/);
  });
});
