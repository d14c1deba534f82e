/**
 * An LMS course package: a zip of the built game (as the build lists it in build.json), the course file
 * (competition and pass score), the manifest of the chosen standard and, for SCORM, the standard's schema files
 * at the root, as SCORM's packaging rules ask. The same code runs in the command-line tool (files read from
 * the build folder) and on the Host screen (files fetched from the game's own address). Pure.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Competition } from '../replay/index.ts';
import { COURSE_FILE, courseFileText } from './course.ts';
import { manifestFor } from './manifest.ts';
import { STANDARD_LABEL, type LmsStandard } from './standards.ts';

/** The build's list of its files, written by the build (vite.config.ts) beside index.html. */
export const BUILD_LIST = 'build.json';
/** Where the build keeps the LMS standards' schema files (assets/lms/ in the repository). */
export const SCHEMA_DIR = 'lms/';
/** The provenance and licences of the schema files, shipped with them. */
export const SCHEMA_SOURCES = `${SCHEMA_DIR}SOURCES.txt`;

/** Files of the build that are not part of a course: the offline worker, the build list, the schemas. */
export function isCourseFile(path: string): boolean {
  return path !== 'sw.js' && path !== BUILD_LIST && !path.startsWith(SCHEMA_DIR) && path !== './';
}

export interface PackageInput {
  standard: LmsStandard;
  competition: Competition;
  /** The scenario's title (the course is named after the competition's title, or the scenario and seed). */
  scenarioTitle: string;
  passScore: number | null;
  /** Every file of the built game by its path in the build (build.json's list), schema files included. */
  game: ReadonlyMap<string, Uint8Array>;
}

export interface CoursePackage {
  fileName: string;
  zip: Uint8Array;
  /** The paths inside the zip, in order. */
  entries: string[];
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * The game's page with a Content-Security-Policy that lets a cmi5 game talk to the LMS's learning record
 * store, which may be on another https origin than the package (the LMS gives its address at launch).
 */
function withLrsConnect(html: Uint8Array): Uint8Array {
  const page = new TextDecoder().decode(html);
  const patched = page.replace("connect-src 'self'", "connect-src 'self' https:");
  if (patched === page) throw new Error('the built index.html has no "connect-src \'self\'" to extend');
  return text(patched);
}

function courseTitle(input: PackageInput): string {
  const c = input.competition;
  return c.title !== '' ? c.title : `${input.scenarioTitle} \u00b7 seed ${c.seed}`;
}

function description(input: PackageInput): string {
  const c = input.competition;
  const limit = c.timeLimitMinutes > 0 ? `a ${c.timeLimitMinutes}-minute time limit` : 'no time limit';
  return `Tradeoffs, an AI-startup leadership game: the scenario \u201c${input.scenarioTitle}\u201d on world seed ${c.seed}, with ${limit}. Scored from 0 to 1000.`;
}

/** The package's file name: the standard and the course's title, in plain characters. */
export function packageFileName(standard: LmsStandard, title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `tradeoffs-${standard}-${slug || 'course'}.zip`;
}

/** Builds the zip; throws with a plain message when the build lacks a file the package needs. */
export function buildPackage(input: PackageInput): CoursePackage {
  const { standard, game } = input;
  const index = game.get('index.html');
  if (!index) throw new Error('the built game has no index.html');
  const gameFiles = [...game.keys()].filter(isCourseFile).sort();
  const title = courseTitle(input);
  const manifest = manifestFor(standard, {
    competitionId: input.competition.id,
    title,
    description: description(input),
    files: [...gameFiles, COURSE_FILE],
    passScore: input.passScore,
  });
  // fflate keeps insertion order; a fixed time keeps the zip the same for the same game and course.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const zippable: Zippable = {};
  const add = (path: string, bytes: Uint8Array): void => {
    zippable[path] = [bytes, { mtime, level: 9 }];
  };
  add(manifest.name, text(manifest.text));
  if (standard !== 'cmi5') {
    const prefix = `${SCHEMA_DIR}${standard}/`;
    const schemas = [...game.keys()].filter((p) => p.startsWith(prefix)).sort();
    if (schemas.length === 0) throw new Error(`the built game has no ${STANDARD_LABEL[standard]} schemas`);
    for (const p of schemas) add(p.slice(prefix.length), game.get(p)!);
    const sources = game.get(SCHEMA_SOURCES);
    if (sources) add('SCHEMAS.txt', sources);
  }
  add(COURSE_FILE, text(courseFileText(input.competition, input.passScore)));
  for (const p of gameFiles) {
    const bytes = game.get(p)!;
    add(p, p === 'index.html' && standard === 'cmi5' ? withLrsConnect(bytes) : bytes);
  }
  return {
    fileName: packageFileName(standard, title),
    zip: zipSync(zippable),
    entries: Object.keys(zippable),
  };
}
