/**
 * The save file: a versioned envelope around everything needed to rebuild a game (scenario reference, seed,
 * mode, decision log, draft), sealed with a checksum. Pure: the clock and app version come from the caller.
 *
 * The envelope is a promise to every future version: `format` and `formatVersion` keep their names and
 * meaning. Everything else may change in a newer format, the checksum scheme included, so the version is read
 * before the checksum is checked: an old version says "update the game" to a newer save instead of "damaged".
 * In this format, checksum = hashString(canonicalJson(save without checksum)).
 */
import type { Decision } from '../engine/index.ts';
import { canonicalJson, hashString } from '../lib/hash.ts';
import type { CompetitionSession, Mode } from '../store/index.ts';
import { migrateSave, type SaveRecord } from './migrations.ts';
import { asSave } from './save-shape.ts';
import { readUntrustedJson } from '../lib/json.ts';

export const SAVE_FORMAT = 'tradeoffs-save';
export const SAVE_FORMAT_VERSION = 4;

/** A custom scenario's file, stored in the save so the game resumes without the file. */
export interface ScenarioSource {
  fileName: string;
  text: string;
}

/** The current save format (4). */
export interface Save {
  format: typeof SAVE_FORMAT;
  formatVersion: 4;
  /**
   * The rules the decision log was played under (ENGINE_VERSION, format 4; 1 for older saves). A game is only
   * rebuilt by the same rules: the same decisions under other rules would be another game.
   */
  engineVersion: number;
  appVersion: string;
  /** Milliseconds since the epoch, from the injected clock. */
  savedAt: number;
  /** Grows by one with every write to storage; the higher of two slots is the newer save. */
  sequence: number;
  /** Which game this is (store/game-id.ts, format 3): saves of two games never stand in for each other. */
  game: string;
  /** source: null for a built-in scenario (found again by id and hash); the file itself for a custom one. */
  scenario: { id: string; hash: string; source: ScenarioSource | null };
  seed: string;
  mode: Mode;
  log: Decision[][];
  draft: Decision[];
  /** Turns completed (= log.length), for messages and file names. */
  turn: number;
  /** A classroom competition's player, competition, start and turn times (format 2); null otherwise. */
  competition: CompetitionSession | null;
  checksum: string;
}

export type SaveBody = Omit<Save, 'checksum'>;

export type DecodeFailureReason = 'corrupt' | 'truncated' | 'checksum' | 'newer-version' | 'not-a-save';

export type DecodeResult =
  | { ok: true; save: Save; migratedFrom: number | null }
  | { ok: false; reason: DecodeFailureReason; message: string; formatVersion?: number };

export function checksumOf(body: object): string {
  return hashString(canonicalJson(body));
}

export function sealSave(body: SaveBody): Save {
  const { checksum: _ignored, ...rest } = body as SaveBody & { checksum?: unknown };
  return { ...rest, checksum: checksumOf(rest) };
}

export function encodeSave(save: Save): string {
  return JSON.stringify(save);
}

const MESSAGES: Record<Exclude<DecodeFailureReason, 'newer-version'>, string> = {
  corrupt: 'This save is damaged and cannot be read.',
  truncated: 'This save is incomplete: writing it was cut off, so it cannot be read.',
  checksum:
    'This save was changed or damaged after it was written (its checksum does not match), so it cannot be trusted.',
  'not-a-save': 'This is not a Tradeoffs save.',
};

function fail(reason: Exclude<DecodeFailureReason, 'newer-version'>): DecodeResult {
  return { ok: false, reason, message: MESSAGES[reason] };
}

function newer(formatVersion: number): DecodeResult {
  const message = `This save was written by a newer version of Tradeoffs (format ${formatVersion}); this version reads format ${SAVE_FORMAT_VERSION}. Update the game to continue it.`;
  return { ok: false, reason: 'newer-version', message, formatVersion };
}

/** Deepest nesting a save may have (it has 5: save, log, turn, decision, allocation). */
const MAX_SAVE_DEPTH = 32;

/** The save's JSON; nesting past MAX_SAVE_DEPTH or a number out of range (1e400) is damage. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: DecodeResult } {
  if (text.trim() === '') return { ok: false, result: fail('truncated') };
  const read = readUntrustedJson(text, MAX_SAVE_DEPTH);
  if (read.ok) return read;
  return { ok: false, result: fail(read.problem === 'truncated' ? 'truncated' : 'corrupt') };
}

function checksumMatches(record: SaveRecord): boolean {
  const { checksum, ...rest } = record;
  if (typeof checksum !== 'string') return false;
  try {
    return checksumOf(rest) === checksum;
  } catch {
    return false;
  }
}

/** Reads a save; never throws. Older formats are migrated; the result always has a valid checksum. */
export function decodeSave(text: string): DecodeResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed.result;
  const record = parsed.value;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail('not-a-save');
  const envelope = record as SaveRecord;
  if (envelope.format !== SAVE_FORMAT) return fail('not-a-save');
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return fail('corrupt');
  // A newer format may seal itself differently: never judge its checksum by this format's rules.
  if (version > SAVE_FORMAT_VERSION) return newer(version);
  if (!checksumMatches(envelope)) return fail('checksum');
  let current: SaveRecord;
  try {
    current = migrateSave(envelope, version, SAVE_FORMAT_VERSION);
  } catch {
    return fail('corrupt');
  }
  const save = asSave(current);
  if (!save) return fail('corrupt');
  return { ok: true, save: sealSave(save), migratedFrom: version === SAVE_FORMAT_VERSION ? null : version };
}
