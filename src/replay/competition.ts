/**
 * A classroom competition: one scenario, one seed, one time limit, shared without a server as
 *  - a link whose fragment carries everything: `#c=1.<base64url(deflate(canonical JSON))>.<check>` (a custom
 *    scenario file travels inside it, compressed), or
 *  - a short code to type, for built-in scenarios and drawn seeds: `TR1-<scenario>-<seed>-<minutes>-<check>`
 *    (see short-code.ts).
 * The competition id is derived from what decides the game (scenario hash, seed, time limit, and the stops of a
 * competition played in rounds), so a link and a short code of the same competition give the same id, and a run
 * names the competition it belongs to.
 *
 * Rounds (optional): `stops` are the turns after which every student's game pauses for a debrief until the
 * instructor releases the next round (rounds.ts). A competition with stops travels in a link of format 2
 * (`#c=2.…`), so a copy of the game that predates rounds says "made by a newer version" instead of opening it
 * without its stops; one without stops keeps format 1, byte for byte as before. Short codes cannot carry stops.
 * Pure.
 */
import { canonicalJson, hashString } from '../lib/hash.ts';
import { readUntrustedJson } from '../lib/json.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import { MAX_FILE_BYTES } from '../scenario/index.ts';
import { MAX_CODE_CHARS, packText, stripWhitespace, transportCheck, unpackText } from './codec.ts';
import { decodeShortCode, looksLikeShortCode, type ScenarioRef } from './short-code.ts';
import { stopsOf, stopsProblem } from './stops.ts';

export { MAX_STOPS, stopsOf, stopsProblem } from './stops.ts';

export const COMPETITION_VERSION = 1;
/** The link format of a competition played in rounds (one with stops). */
export const ROUNDS_COMPETITION_VERSION = 2;
export type CompetitionVersion = typeof COMPETITION_VERSION | typeof ROUNDS_COMPETITION_VERSION;
export const MAX_TITLE_CHARS = 80;
export const MAX_SEED_CHARS = 64;
/** 0 means no time limit. */
export const MAX_TIME_LIMIT_MINUTES = 999;
/** Deepest nesting a competition's JSON may have (it has 3: competition, scenario, source). */
const MAX_COMPETITION_DEPTH = 8;

export interface CompetitionScenario {
  id: string;
  hash: string;
  /** The file of a custom scenario; absent for a built-in one (found by id and hash). */
  source?: { fileName: string; text: string };
}

export interface Competition {
  /** 1, or 2 for a competition played in rounds (with `stops`). */
  version: CompetitionVersion;
  id: string;
  /** Shown to students; '' when the host gave none. */
  title: string;
  scenario: CompetitionScenario;
  seed: string;
  /** Whole minutes from Start; 0 = no limit. */
  timeLimitMinutes: number;
  /** Milliseconds since the epoch; 0 when unknown (a competition opened from a short code). */
  createdAt: number;
  /**
   * A competition played in rounds: the turns after which the game pauses (ascending, each within the game);
   * absent otherwise. The time limit then applies to each round.
   */
  stops?: number[];
}

export type CompetitionProblem = 'truncated' | 'corrupt' | 'checksum' | 'version' | 'too-large';

export type DecodedCompetition =
  | { ok: true; competition: Competition; via: 'link' | 'code' }
  | { ok: false; problem: CompetitionProblem; message: string };

/**
 * The id of the competition on `scenarioHash` with `seed`, the time limit and its stops: 16 hex digits. A
 * competition without stops keeps the id it had before rounds existed.
 */
export function competitionId(
  scenarioHash: string,
  seed: string,
  timeLimitMinutes: number,
  stops: readonly number[] = [],
): string {
  const base = { v: COMPETITION_VERSION, scenario: scenarioHash, seed, timeLimitMinutes };
  return hashString(canonicalJson(stops.length > 0 ? { ...base, stops } : base));
}

export interface CompetitionInput {
  loaded: LoadedScenario;
  /** The custom scenario's file; null or absent for a built-in scenario. */
  source?: { fileName: string; text: string } | null;
  seed: string;
  timeLimitMinutes: number;
  title?: string;
  createdAt: number;
  /** Turns after which the game pauses between rounds; empty or absent for a game in one sitting. */
  stops?: readonly number[];
}

/** Checks a competition's settings; returns what is wrong, or null. */
export function competitionInputProblem(
  input: Omit<CompetitionInput, 'loaded' | 'createdAt'>,
): string | null {
  const seed = input.seed;
  if (seed.trim() === '' || seed !== seed.trim())
    return 'The seed must not be empty or start or end with spaces.';
  if (seed.length > MAX_SEED_CHARS) return `The seed is longer than ${MAX_SEED_CHARS} characters.`;
  const m = input.timeLimitMinutes;
  if (!Number.isSafeInteger(m) || m < 0 || m > MAX_TIME_LIMIT_MINUTES)
    return `The time limit must be a whole number of minutes from 0 (none) to ${MAX_TIME_LIMIT_MINUTES}.`;
  if ((input.title ?? '').length > MAX_TITLE_CHARS)
    return `The title is longer than ${MAX_TITLE_CHARS} characters.`;
  if (input.source && input.source.text.length > MAX_FILE_BYTES) return 'The scenario file is too large.';
  return stopsProblem(input.stops ?? []);
}

export function createCompetition(input: CompetitionInput): Competition {
  const { scenario } = input.loaded;
  const problem = stopsProblem(input.stops ?? [], scenario.turns) ?? competitionInputProblem(input);
  if (problem) throw new Error(problem);
  const source = input.source ? { fileName: input.source.fileName, text: input.source.text } : undefined;
  const stops = [...(input.stops ?? [])];
  return {
    version: stops.length > 0 ? ROUNDS_COMPETITION_VERSION : COMPETITION_VERSION,
    id: competitionId(input.loaded.hash, input.seed, input.timeLimitMinutes, stops),
    title: (input.title ?? '').trim(),
    scenario: { id: scenario.id, hash: input.loaded.hash, ...(source ? { source } : {}) },
    seed: input.seed,
    timeLimitMinutes: input.timeLimitMinutes,
    createdAt: input.createdAt,
    ...(stops.length > 0 ? { stops } : {}),
  };
}

/** The fragment (without '#') that carries the competition: `c=<format>.<payload>.<check>`. */
export function competitionFragment(c: Competition): string {
  const payload = `${c.version}.${packText(canonicalJson(c))}`;
  return `c=${payload}.${transportCheck(payload)}`;
}

/** The page address with the competition in its fragment (`base` is the game's address; its hash is replaced). */
export function competitionLink(base: string, c: Competition): string {
  const hashAt = base.indexOf('#');
  return `${hashAt < 0 ? base : base.slice(0, hashAt)}#${competitionFragment(c)}`;
}

const MESSAGES: Record<CompetitionProblem, string> = {
  truncated:
    'This competition link is incomplete: part of it was lost when it was copied. Copy the whole link again.',
  corrupt:
    'This competition link or code is damaged and cannot be read. Copy it again, or ask for a new one.',
  checksum:
    'This competition link or code was changed after it was made (its check does not match). Ask for a new one.',
  version:
    'This competition was made by a newer version of Tradeoffs. Reload the page to get the newest version.',
  'too-large': 'This competition link is larger than any real competition, so it was not opened.',
};

function fail(problem: CompetitionProblem): DecodedCompetition {
  return { ok: false, problem, message: MESSAGES[problem] };
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function asScenario(v: unknown): CompetitionScenario | null {
  if (!isRecord(v) || !isString(v.id) || !isString(v.hash)) return null;
  if (v.source === undefined) return { id: v.id, hash: v.hash };
  const s = v.source;
  if (!isRecord(s) || !isString(s.fileName) || !isString(s.text) || s.text.length > MAX_FILE_BYTES)
    return null;
  return { id: v.id, hash: v.hash, source: { fileName: s.fileName, text: s.text } };
}

/** The stops of a competition of format `version` as read: [] when absent, null when wrong. */
function asStops(v: unknown, version: unknown): number[] | null {
  if (version === COMPETITION_VERSION) return v === undefined ? [] : null;
  if (!Array.isArray(v) || v.length === 0) return null;
  const stops = v.filter((t): t is number => typeof t === 'number');
  return stops.length === v.length && stopsProblem(stops) === null ? stops : null;
}

/** The competition in parsed JSON with exactly its fields (its id not yet checked), or null when a field is wrong. */
function competitionShape(v: unknown): Competition | null {
  if (!isRecord(v) || (v.version !== COMPETITION_VERSION && v.version !== ROUNDS_COMPETITION_VERSION))
    return null;
  const stops = asStops(v.stops, v.version);
  const scenario = asScenario(v.scenario);
  const ok =
    scenario !== null &&
    stops !== null &&
    isString(v.id) &&
    isString(v.title) &&
    v.title.length <= MAX_TITLE_CHARS &&
    isString(v.seed) &&
    typeof v.timeLimitMinutes === 'number' &&
    typeof v.createdAt === 'number' &&
    Number.isFinite(v.createdAt) &&
    competitionInputProblem({ seed: v.seed, timeLimitMinutes: v.timeLimitMinutes }) === null;
  if (!ok) return null;
  const c: Competition = {
    version: stops.length > 0 ? ROUNDS_COMPETITION_VERSION : COMPETITION_VERSION,
    id: v.id as string,
    title: v.title as string,
    scenario,
    seed: v.seed as string,
    timeLimitMinutes: v.timeLimitMinutes as number,
    createdAt: v.createdAt as number,
    ...(stops.length > 0 ? { stops } : {}),
  };
  return c;
}

/** The id is derived: one that does not match the rest means an edited competition. */
const idMatches = (c: Competition): boolean =>
  c.id === competitionId(c.scenario.hash, c.seed, c.timeLimitMinutes, stopsOf(c));

/** The competition in parsed JSON, with exactly its fields, or null when a field or the id is wrong. */
export function asCompetition(v: unknown): Competition | null {
  const c = competitionShape(v);
  return c && idMatches(c) ? c : null;
}

/** The `c=` fragment's value, found in a whole link, a `#c=…` fragment, `c=…`, or the bare value. */
function fragmentValue(text: string): string {
  const hashAt = text.indexOf('#');
  const fragment = hashAt >= 0 ? text.slice(hashAt + 1) : text;
  return fragment.startsWith('c=') ? fragment.slice(2) : fragment;
}

function decodeLinkValue(value: string): DecodedCompetition {
  const parts = value.split('.');
  if (parts.length < 3) return fail(parts.length === 2 && /^\d+$/.test(parts[0]!) ? 'truncated' : 'corrupt');
  if (parts.length > 3) return fail('corrupt');
  const [version, packed, check] = parts as [string, string, string];
  if (!/^\d+$/.test(version)) return fail('corrupt');
  if (Number(version) > ROUNDS_COMPETITION_VERSION) return fail('version');
  if (Number(version) < COMPETITION_VERSION) return fail('corrupt');
  if (check.length < 8) return fail('truncated');
  if (transportCheck(`${version}.${packed}`) !== check) return fail('checksum');
  const unpacked = unpackText(packed);
  if (!unpacked.ok) return fail(unpacked.problem === 'too-large' ? 'too-large' : 'corrupt');
  // A competition is a flat record: anything nested deeper, or a number out of range, is damage.
  const read = readUntrustedJson(unpacked.text, MAX_COMPETITION_DEPTH);
  if (!read.ok) return fail('corrupt');
  const json = read.value;
  if (isRecord(json) && typeof json.version === 'number' && json.version > ROUNDS_COMPETITION_VERSION)
    return fail('version');
  const competition = competitionShape(json);
  if (!competition || competition.version !== Number(version)) return fail('corrupt');
  return idMatches(competition) ? { ok: true, competition, via: 'link' } : fail('checksum');
}

/**
 * Reads a competition from a link, a fragment or a short code, as pasted (spaces and line breaks are ignored).
 * `builtIns` are the game's built-in scenarios in their listed order (short codes name them by position).
 * Never throws.
 */
export function decodeCompetition(text: string, builtIns: readonly ScenarioRef[]): DecodedCompetition {
  if (text.length > MAX_CODE_CHARS) return fail('too-large');
  const compact = stripWhitespace(text);
  if (compact === '') return fail('truncated');
  if (looksLikeShortCode(compact)) {
    const r = decodeShortCode(compact, builtIns);
    if (!r.ok) return { ok: false, problem: r.problem, message: r.message };
    const { scenario, seed, timeLimitMinutes } = r;
    const competition: Competition = {
      version: COMPETITION_VERSION,
      id: competitionId(scenario.hash, seed, timeLimitMinutes),
      title: '',
      scenario: { id: scenario.id, hash: scenario.hash },
      seed,
      timeLimitMinutes,
      createdAt: 0,
    };
    return { ok: true, competition, via: 'code' };
  }
  return decodeLinkValue(fragmentValue(compact));
}

/** What students see as the competition's name. */
export function competitionTitle(c: Competition, scenarioTitle: string): string {
  return c.title !== '' ? c.title : `${scenarioTitle} \u00b7 seed ${c.seed}`;
}
