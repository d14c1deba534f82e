/**
 * Course packages: each standard's manifest validates against the official schemas (and a broken one does
 * not), the zip holds what an LMS needs at the places it looks, and the course file inside brings back the
 * competition exactly, or says plainly why it cannot.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  COURSE_FILE,
  LMS_STANDARDS,
  buildPackage,
  manifestFor,
  readCourseFile,
  type LmsStandard,
} from '../../src/lms/index.ts';
import { competitionFragment, type Competition } from '../../src/replay/index.ts';
import { competition, refs } from '../replay/helpers.ts';
import { schemaErrors } from './xsd.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HOSTILE_TITLE = 'Seminar 6 & <b>"group B"</b> \u2014 \u00e9t\u00e9';

function manifest(standard: LmsStandard, passScore: number | null, title = HOSTILE_TITLE): string {
  return manifestFor(standard, {
    competitionId: '0123456789abcdef',
    title,
    description: 'A course description with <tags> & "quotes".',
    files: ['index.html', 'assets/index-AbC_12.js', 'favicon.svg', COURSE_FILE],
    passScore,
  }).text;
}

describe('manifests against the official schemas', () => {
  for (const standard of LMS_STANDARDS) {
    it(`${standard}: valid with and without a pass score, with a title full of markup`, async () => {
      expect(await schemaErrors(standard, manifest(standard, null))).toEqual([]);
      expect(await schemaErrors(standard, manifest(standard, 725))).toEqual([]);
    });
  }

  // The validation is real: a manifest an LMS would reject is rejected here too.
  const broken: Record<LmsStandard, (xml: string) => string> = {
    scorm12: (xml) => xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="game"'),
    scorm2004: (xml) => xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="game"'),
    cmi5: (xml) => xml.replace('masteryScore="0.725"', 'masteryScore="72.5"'),
  };
  for (const standard of LMS_STANDARDS) {
    it(`${standard}: a broken manifest is rejected`, async () => {
      const good = manifest(standard, 725);
      const bad = broken[standard](good);
      expect(bad).not.toBe(good);
      expect((await schemaErrors(standard, bad)).join('\n')).toMatch(/Schemas validity error/);
    });
  }
});

/** A small built game as build.json lists it: the page with its CSP, a chunk, the favicon, the worker, schemas. */
function fakeBuild(): Map<string, Uint8Array> {
  const enc = (s: string) => new TextEncoder().encode(s);
  const game = new Map<string, Uint8Array>([
    [
      'index.html',
      enc(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'" />`,
      ),
    ],
    ['assets/index-AbC_12.js', enc('console.log(1)')],
    ['favicon.svg', enc('<svg/>')],
    ['sw.js', enc('// worker')],
    ['build.json', enc('{}')],
    ['lms/SOURCES.txt', enc('sources')],
  ]);
  for (const standard of ['scorm12', 'scorm2004'] as const) {
    const dir = join(ROOT, 'assets/lms', standard);
    for (const f of readdirSync(dir)) game.set(`lms/${standard}/${f}`, readFileSync(join(dir, f)));
  }
  return game;
}

function pack(standard: LmsStandard, c: Competition, passScore: number | null) {
  const p = buildPackage({
    standard,
    competition: c,
    scenarioTitle: 'Solo founder',
    passScore,
    game: fakeBuild(),
  });
  return { ...p, files: unzipSync(p.zip) };
}

const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

describe('the zip', () => {
  const c = competition({ title: HOSTILE_TITLE });

  it('SCORM: manifest and schemas at the root, the game and course file inside, the worker and schema folder left out', async () => {
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      const { files, fileName } = pack(standard, c, 600);
      expect(fileName).toMatch(new RegExp(`^tradeoffs-${standard}-seminar-6-b-group-b-b-t\\.zip$`));
      const names = Object.keys(files).sort();
      expect(names).toContain('imsmanifest.xml');
      expect(names).toContain(standard === 'scorm12' ? 'imscp_rootv1p1p2.xsd' : 'imsss_v1p0.xsd');
      expect(names).toContain('SCHEMAS.txt');
      expect(names).toEqual(
        expect.arrayContaining(['index.html', 'assets/index-AbC_12.js', 'favicon.svg', COURSE_FILE]),
      );
      expect(names.filter((n) => n === 'sw.js' || n === 'build.json' || n.startsWith('lms/'))).toEqual([]);
      const xml = text(files['imsmanifest.xml']);
      expect(await schemaErrors(standard, xml)).toEqual([]);
      // Every file the manifest lists is in the zip.
      for (const [, href] of xml.matchAll(/<file href="([^"]+)"/g)) expect(names).toContain(href);
    }
  });

  it('cmi5: cmi5.xml valid at the root, and the page may reach a learning record store on another https origin', async () => {
    const { files } = pack('cmi5', c, null);
    expect(await schemaErrors('cmi5', text(files['cmi5.xml']))).toEqual([]);
    expect(Object.keys(files).filter((n) => n.endsWith('.xsd'))).toEqual([]);
    expect(text(files['index.html'])).toContain("connect-src 'self' https:;");
  });

  it('the same course gives the same bytes (no clock in the zip)', () => {
    expect(pack('scorm2004', c, 500).zip).toEqual(pack('scorm2004', c, 500).zip);
  });

  it('the course file brings back the competition and the pass score', () => {
    for (const standard of LMS_STANDARDS) {
      const read = readCourseFile(text(pack(standard, c, 725).files[COURSE_FILE]), refs());
      expect(read).toEqual({ ok: true, competition: c, passScore: 725 });
    }
  });
});

describe('a damaged course file says what is wrong', () => {
  const c = competition();
  const good = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: 'tradeoffs-course',
      version: 1,
      competition: competitionFragment(c),
      passScore: null,
      ...over,
    });

  it.each([
    ['not JSON', '{"format":', /is not JSON/],
    ['another file', '{"format":"something-else"}', /not a Tradeoffs course file/],
    ['a newer version', good({ version: 2 }), /newer version of Tradeoffs/],
    [
      'a pass score out of range',
      good({ passScore: 1001 }),
      /pass score must be a whole number from 0 to 1000/,
    ],
    [
      'an edited competition',
      good({ competition: competitionFragment(c).replace(/.$/, (x) => (x === '0' ? '1' : '0')) }),
      /was changed after it was made/,
    ],
  ])('%s', (_what, textIn, message) => {
    const r = readCourseFile(textIn, refs());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
