/**
 * A student's run of a competition, as a file (pretty JSON) or a run code to paste
 * (`TRUN1.<base64url(deflate(canonical JSON))>.<check>`): who played, which competition, scenario, seed and
 * engine version, the decisions of every turn with when the turn was ended, and the claimed result.
 *
 * The claimed result is the game at the scenario's end (format 2): when the player stopped early (the time
 * ran out), the company ran on with their last plan to the end (autopilot.ts), and `claimed.autopilotTurns`
 * says for how many turns. Format 1 scored a stopped game where it stopped; its runs are refused as made by
 * another version.
 *
 * Format 3 (prefix `TRUN3.`) is format 2 with what a competition played in rounds or with extended time adds:
 * the competition's `stops`, where each later round began (`rounds`: its release code and start), whether the
 * run is a `checkpoint` (the game at a stop, with the claimed result there) and the student's extended-time code
 * (`accommodation`). A run without any of them is written as format 2, exactly as before.
 *
 * Two checks, with different jobs. The code's trailing check catches a character lost or changed on the way
 * (copy-paste, e-mail). The run's `checksum` = hashString(canonicalJson(run without checksum)) catches an edited
 * file. Neither is cryptographic, and they need not be: a student who recomputes them still cannot claim a
 * score that their decisions do not produce, because every run is re-simulated before it is ranked (verify.ts).
 * What re-simulation cannot check is the clock: turn timestamps are the student's own. Pure.
 */
import type { Decision, GameState, Scenario } from '../engine/index.ts';
import { ENGINE_VERSION, scorecard, stateHash } from '../engine/index.ts';
import { canonicalJson, hashString } from '../lib/hash.ts';
import { MAX_CODE_CHARS, packText, stripWhitespace, transportCheck, unpackText } from './codec.ts';
import type { Competition } from './competition.ts';
import { readUntrustedJson } from '../lib/json.ts';
import { autopilot } from './autopilot.ts';
import { MAX_NAME_CHARS } from './names.ts';
import { asPlayerExtras, playerExtras, type PlayerExtras } from './player.ts';
import { nextStop, type RoundStart } from './rounds.ts';
import { format3Fields } from './run-format3.ts';
import { stopsOf } from './competition.ts';

export const RUN_FORMAT = 'tradeoffs-run';
export const RUN_VERSION = 2;
export const RUN_CODE_PREFIX = 'TRUN2.';
/** The format of a run with rounds or extended time. */
export const ROUNDS_RUN_VERSION = 3;
export const ROUNDS_RUN_CODE_PREFIX = 'TRUN3.';
export type RunVersion = typeof RUN_VERSION | typeof ROUNDS_RUN_VERSION;

export interface RunTurn {
  decisions: Decision[];
  /** When the turn was ended, in milliseconds since the epoch (the student's clock). */
  at: number;
}

export interface RunFile extends PlayerExtras {
  format: typeof RUN_FORMAT;
  /** 2, or 3 when the run has rounds or extended time (the fields marked "format 3"). */
  version: RunVersion;
  /** The player's name (or alias or student id, says `nameKind`), or a team's name when `members` is set. */
  name: string;
  competitionId: string;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  timeLimitMinutes: number;
  engineVersion: number;
  /** When the student pressed Start, in milliseconds since the epoch. */
  startedAt: number;
  turns: RunTurn[];
  claimed: {
    /** Score and state hash of the game at its end (after the autopilot turns, if any). */
    score: number;
    stateHash: string;
    /** Turns the player ended (= turns.length). */
    turns: number;
    /** Turns the company ran on with the player's last plan: to the end of the game (or of the round). */
    autopilotTurns: number;
  };
  /** Format 3: the competition's stops (a competition played in rounds). */
  stops?: number[];
  /** Format 3: the start of each round after the first that this game reached. */
  rounds?: RoundStart[];
  /** Format 3: a checkpoint: the game paused at the stop after this turn, and `claimed` is the game there. */
  checkpoint?: number;
  /** Format 3: the extended-time code the student played with (accommodation.ts). */
  accommodation?: string;
  checksum: string;
}

export type RunBody = Omit<RunFile, 'checksum'>;

export function runChecksum(body: RunBody): string {
  return hashString(canonicalJson(body));
}

export function sealRun(body: RunBody): RunFile {
  const { checksum: _ignored, ...rest } = body as RunBody & { checksum?: unknown };
  return { ...rest, checksum: runChecksum(rest) };
}

export interface RunInput extends PlayerExtras {
  name: string;
  competition: Competition;
  scenario: Scenario;
  startedAt: number;
  log: readonly (readonly Decision[])[];
  /** When each turn of `log` was ended. */
  times: readonly number[];
  /**
   * The game's state after the last turn of `log` (still playing when the player stopped early). In a
   * competition played in rounds, turns beyond `log` are the ones earlier rounds ran on with the last plan.
   */
  state: GameState;
  /** A competition played in rounds: where each round after the first began. */
  rounds?: readonly RoundStart[];
  /** The student's extended-time code. */
  accommodation?: string;
}

/**
 * The run of a game: its decisions with their times and the result they claim, which is the game at its end:
 * a game the player stopped early is first run on with their last plan (autopilot.ts). In a competition played
 * in rounds, a game still playing at its round's stop is a checkpoint: it runs on to the stop, not to the end.
 */
export function buildRun(input: RunInput): RunFile {
  const c = input.competition;
  if (input.times.length !== input.log.length) throw new Error('one time per turn is needed');
  const stops = stopsOf(c);
  const rounds = input.rounds ?? [];
  const stop = nextStop(stops, rounds);
  const end = autopilot(input.state, input.scenario, stop);
  const checkpoint = stop !== undefined && end.state.status === 'playing';
  const format3 = stops.length > 0 || input.accommodation !== undefined;
  return sealRun({
    format: RUN_FORMAT,
    version: format3 ? ROUNDS_RUN_VERSION : RUN_VERSION,
    name: input.name,
    ...playerExtras(input),
    competitionId: c.id,
    scenarioId: c.scenario.id,
    scenarioHash: c.scenario.hash,
    seed: c.seed,
    timeLimitMinutes: c.timeLimitMinutes,
    engineVersion: ENGINE_VERSION,
    startedAt: input.startedAt,
    turns: input.log.map((decisions, i) => ({ decisions: [...decisions], at: input.times[i]! })),
    claimed: {
      score: scorecard(end.state, input.scenario).score,
      stateHash: stateHash(end.state),
      turns: input.log.length,
      // Turns of `state` beyond the log ran on autopilot at the end of earlier rounds.
      autopilotTurns: input.state.turn - input.log.length + end.history.length,
    },
    ...(stops.length > 0 ? { stops: [...stops], rounds: rounds.map((r) => ({ ...r })) } : {}),
    ...(checkpoint ? { checkpoint: stop } : {}),
    ...(input.accommodation !== undefined ? { accommodation: input.accommodation } : {}),
  });
}

/** The run file's text: indented JSON, readable in any editor. */
export function encodeRunFile(run: RunFile): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}

export function runFileName(run: RunFile): string {
  const slug = run.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const kind = run.checkpoint === undefined ? 'run' : `checkpoint-${run.checkpoint}`;
  return `tradeoffs-${kind}-${slug || 'player'}-${run.competitionId.slice(0, 6)}.json`;
}

export function encodeRunCode(run: RunFile): string {
  const prefix = run.version === ROUNDS_RUN_VERSION ? ROUNDS_RUN_CODE_PREFIX : RUN_CODE_PREFIX;
  const payload = `${prefix}${packText(canonicalJson(run))}`;
  return `${payload}.${transportCheck(payload)}`;
}

export type RunProblem =
  'truncated' | 'corrupt' | 'checksum' | 'version' | 'old-version' | 'too-large' | 'not-a-run';

/** A run that cannot be read: what is wrong, in words, and whose run it is when that could still be read. */
export interface UnreadRun {
  ok: false;
  problem: RunProblem;
  message: string;
  name?: string;
}

export type DecodedRun = { ok: true; run: RunFile } | UnreadRun;

/**
 * Deepest nesting of brackets a run may have: a real one has 6 (run, turns, turn, decisions, decision, the
 * allocation in it). Anything deeper is refused before it is parsed (see readUntrustedJson).
 */
export const MAX_RUN_DEPTH = 32;

/** What is wrong, as the second half of a rejection reason ("truncated or corrupt: …"). */
const MESSAGES: Record<RunProblem, string> = {
  truncated: 'the code or file is incomplete (part of it was lost when it was copied)',
  corrupt: 'the code or file is damaged and cannot be read',
  checksum: 'the run was changed after the game wrote it',
  version: 'a newer version of Tradeoffs (update this copy of the game to read it)',
  'old-version': `an earlier version of Tradeoffs (run format 1, which scored a game where it stopped); this copy reads run formats ${RUN_VERSION} and ${ROUNDS_RUN_VERSION} only, so the student must play the game again`,
  'too-large': 'too large to be a run',
  'not-a-run': 'not a Tradeoffs run code or run file',
};

function fail(problem: RunProblem, detail?: string): UnreadRun {
  return { ok: false, problem, message: detail ? `${MESSAGES[problem]} (${detail})` : MESSAGES[problem] };
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isCount = isTime;

function isTurn(v: unknown): v is RunTurn {
  return (
    isRecord(v) &&
    isTime(v.at) &&
    Array.isArray(v.decisions) &&
    v.decisions.every((d) => isRecord(d) && isString(d.type))
  );
}

function isClaimed(v: unknown): v is RunFile['claimed'] {
  return (
    isRecord(v) &&
    typeof v.score === 'number' &&
    Number.isFinite(v.score) &&
    isString(v.stateHash) &&
    isCount(v.turns) &&
    isCount(v.autopilotTurns)
  );
}

/**
 * The run in parsed JSON with exactly its fields, or null when a field is missing or of the wrong kind. The
 * player fields (player.ts) were added to format 2: a run without them is read as before.
 */
export function asRunFile(v: Rec): RunFile | null {
  const player = asPlayerExtras(v);
  const extra = v.version === ROUNDS_RUN_VERSION ? format3Fields(v) : {};
  const ok =
    player !== null &&
    v.format === RUN_FORMAT &&
    (v.version === RUN_VERSION || v.version === ROUNDS_RUN_VERSION) &&
    extra !== null &&
    isString(v.name) &&
    isString(v.competitionId) &&
    isString(v.scenarioId) &&
    isString(v.scenarioHash) &&
    isString(v.seed) &&
    isCount(v.timeLimitMinutes) &&
    isCount(v.engineVersion) &&
    isTime(v.startedAt) &&
    Array.isArray(v.turns) &&
    v.turns.every(isTurn) &&
    isClaimed(v.claimed) &&
    isString(v.checksum);
  if (!ok) return null;
  const r = v as unknown as RunFile;
  return {
    format: RUN_FORMAT,
    version: r.version,
    name: r.name,
    ...playerExtras(player),
    competitionId: r.competitionId,
    scenarioId: r.scenarioId,
    scenarioHash: r.scenarioHash,
    seed: r.seed,
    timeLimitMinutes: r.timeLimitMinutes,
    engineVersion: r.engineVersion,
    startedAt: r.startedAt,
    turns: r.turns.map((t) => ({ decisions: t.decisions, at: t.at })),
    claimed: {
      score: r.claimed.score,
      stateHash: r.claimed.stateHash,
      turns: r.claimed.turns,
      autopilotTurns: r.claimed.autopilotTurns,
    },
    ...extra,
    checksum: r.checksum,
  };
}

/** Why parsed JSON cannot be read as a run, in words, for each refusal of readUntrustedJson. */
const UNSAFE = {
  'too-deep': `nested more than ${MAX_RUN_DEPTH} levels deep`,
  'not-finite': 'it holds a number out of range, such as 1e400',
};

function fromJson(text: string): DecodedRun {
  const read = readUntrustedJson(text, MAX_RUN_DEPTH);
  if (!read.ok) {
    if (read.problem === 'truncated' || read.problem === 'corrupt') return fail(read.problem);
    const failed = fail('corrupt', UNSAFE[read.problem]);
    // A number out of range still parses: the run can be named in its rejection.
    const v = read.problem === 'not-finite' ? read.value : null;
    return isRecord(v) && isString(v.name) && v.name.length <= MAX_NAME_CHARS
      ? { ...failed, name: v.name }
      : failed;
  }
  const value = read.value;
  if (!isRecord(value) || value.format !== RUN_FORMAT) return fail('not-a-run');
  if (typeof value.version === 'number' && value.version > ROUNDS_RUN_VERSION) return fail('version');
  if (typeof value.version === 'number' && value.version < RUN_VERSION) return fail('old-version');
  const run = asRunFile(value);
  if (!run) return fail('corrupt');
  const { checksum, ...body } = run;
  // The checksum covers the fields as read: an unknown field added to the file changes nothing it covers.
  return runChecksum(body) === checksum ? { ok: true, run } : fail('checksum');
}

function fromCode(code: string): DecodedRun {
  const lastDot = code.lastIndexOf('.');
  if (lastDot < RUN_CODE_PREFIX.length) return fail('truncated');
  const version = code.startsWith(ROUNDS_RUN_CODE_PREFIX) ? ROUNDS_RUN_VERSION : RUN_VERSION;
  const payload = code.slice(0, lastDot);
  const check = code.slice(lastDot + 1);
  if (check.length < 8)
    return fail(check.length === 0 || /^[0-9a-f]*$/.test(check) ? 'truncated' : 'corrupt');
  if (transportCheck(payload) !== check) return fail('corrupt');
  const unpacked = unpackText(payload.slice(RUN_CODE_PREFIX.length));
  if (!unpacked.ok) return fail(unpacked.problem === 'too-large' ? 'too-large' : 'corrupt');
  const decoded = fromJson(unpacked.text);
  // The prefix says the format: a format-2 run inside a TRUN3 code (or the reverse) was put together by hand.
  return decoded.ok && decoded.run.version !== version ? fail('corrupt') : decoded;
}

/** Reads a run from a run code or a run file's text, as pasted (whitespace in codes is ignored). Never throws. */
export function decodeRun(text: string): DecodedRun {
  if (text.length > MAX_CODE_CHARS * 2) return fail('too-large');
  const trimmed = text.trim();
  if (trimmed === '') return fail('truncated');
  if (trimmed.startsWith('{')) return fromJson(trimmed);
  const code = stripWhitespace(trimmed);
  if (code.startsWith(RUN_CODE_PREFIX) || code.startsWith(ROUNDS_RUN_CODE_PREFIX)) return fromCode(code);
  const other = /^TRUN(\d+)\./.exec(code);
  if (other) return fail(Number(other[1]) < RUN_VERSION ? 'old-version' : 'version');
  // A code cut off inside its prefix.
  if (code.length < RUN_CODE_PREFIX.length && RUN_CODE_PREFIX.startsWith(code)) return fail('truncated');
  return fail('not-a-run');
}
