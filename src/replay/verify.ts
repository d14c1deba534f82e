/**
 * Verifying a run by re-simulation: decode it, check that it belongs to the competition (format, checksum,
 * engine version, scenario, competition, rounds and releases, extended time, time limit), replay its decisions
 * on the competition's scenario and seed (round by round, with the rounds' injects: rounds.ts), run a game the
 * player stopped early on with their last plan (to the end, or to the stop of a checkpoint: autopilot.ts, exactly
 * as the browser did), and accept it only when that reproduces the claimed state hash, score and autopilot turns.
 * Every rejection says why. The re-simulation is the guard: checksums only tell damage from editing (see run.ts). Pure.
 */
import type { Domain, DoraCluster, GameState, OutcomeStatus, Scenario } from '../engine/index.ts';
import { ALLOCATION_KEYS, ENGINE_VERSION, scorecard, stateHash, advance } from '../engine/index.ts';
import type { HostKey } from './accommodation.ts';
import { autopilotInPlace } from './autopilot.ts';
import {
  COMPETITION_VERSION,
  ROUNDS_COMPETITION_VERSION,
  competitionId,
  stopsOf,
  type Competition,
} from './competition.ts';
import { runOutcome, outcomeText, type RunOutcome } from './outcome.ts';
import { nameProblem } from './names.ts';
import { asPlayerExtras } from './player.ts';
import { countDecisions, countTurn, emptyProfile, type DecisionProfile } from './profile.ts';
import { nextStop, playRounds } from './rounds.ts';
import { decodeRun, runChecksum, type RunFile } from './run.ts';
import { extendedTime, roundInjects, timeUsed, type ExtendedTime, type Problem } from './verify-checks.ts';

export { TIME_GRACE_MS, clock, type ExtendedTime } from './verify-checks.ts';
export type { DecisionProfile } from './profile.ts';

/** Why a run was not ranked. */
export type RejectionKind =
  | 'corrupt'
  | 'version'
  | 'checksum'
  | 'engine-version'
  | 'scenario'
  | 'competition'
  | 'over-time'
  | 'tampered'
  | 'duplicate'
  | 'unchecked'
  | 'release'
  | 'accommodation'
  | 'stage';

export const REJECTION_LABEL: Record<RejectionKind, string> = {
  corrupt: 'truncated or corrupt',
  version: 'made by another version',
  checksum: 'checksum mismatch',
  'engine-version': 'engine version mismatch',
  scenario: 'another scenario',
  competition: 'another competition',
  'over-time': 'over the time limit',
  tampered: 'tampered',
  duplicate: 'duplicate name',
  unchecked: 'could not be checked',
  release: 'another release',
  accommodation: 'extended time refused',
  stage: 'another stop',
};

export interface VerifiedRun {
  ok: true;
  run: RunFile;
  name: string;
  score: number;
  domains: Record<Domain, number>;
  cluster: DoraCluster;
  status: OutcomeStatus;
  /** How the game ended, with the turns played and on autopilot, and in words (`text`). */
  outcome: RunOutcome & { text: string };
  /** Minutes from Start to the last turn the player ended (the student's clock), over every round. */
  minutesUsed: number;
  profile: DecisionProfile;
  /** A checkpoint: the turn of the stop it was made at; null for a run of the whole game. */
  checkpoint: number | null;
  /** The extended time the run was judged with. */
  extendedTime: ExtendedTime;
}

export interface RejectedRun {
  ok: false;
  kind: RejectionKind;
  /** One line for the instructor, starting with what kind of problem it is. */
  reason: string;
  /** The player's name, when the run could be read that far. */
  name?: string;
  run?: RunFile;
}

export type VerifyResult = VerifiedRun | RejectedRun;

/** What runs are checked against: the competition and its scenario (whose hash is competition.scenario.hash). */
export interface VerifyTarget {
  competition: Competition;
  scenario: Scenario;
  /** The competition key: extended-time codes count only when it signed them (without it: the normal limit). */
  hostKey?: HostKey | null;
  /** The release codes the instructor gave, round 2 first (a competition played in rounds). */
  releases?: readonly string[];
}

/** The competition a run says it belongs to, for checking a run on its own (e.g. the CLI without --competition). */
export function impliedCompetition(run: RunFile): Competition {
  const stops = run.stops ?? [];
  return {
    version: stops.length > 0 ? ROUNDS_COMPETITION_VERSION : COMPETITION_VERSION,
    id: competitionId(run.scenarioHash, run.seed, run.timeLimitMinutes, stops),
    title: '',
    scenario: { id: run.scenarioId, hash: run.scenarioHash },
    seed: run.seed,
    timeLimitMinutes: run.timeLimitMinutes,
    createdAt: 0,
    ...(stops.length > 0 ? { stops: [...stops] } : {}),
  };
}

function reject(kind: RejectionKind, detail: string, run?: RunFile): RejectedRun {
  const r: RejectedRun = { ok: false, kind, reason: `${REJECTION_LABEL[kind]}: ${detail}` };
  if (run) {
    r.run = run;
    r.name = run.name;
  }
  return r;
}

const rejectFor = (p: Problem, run: RunFile): RejectedRun => reject(p.kind, p.detail, run);

/** What the checks before the replay establish: the rounds' injects, the extended time and the minutes used. */
interface Prechecked {
  injects: (string | null)[];
  time: ExtendedTime;
  minutesUsed: number;
}

/** The checks that need no replay: what the replay goes on with, or the rejection. */
function precheck(run: RunFile, target: VerifyTarget): Prechecked | RejectedRun {
  const c = target.competition;
  if (nameProblem(run.name))
    return reject('corrupt', 'the player name is empty, too long, unreadable or without a letter', run);
  if (asPlayerExtras({ ...run }) === null)
    return reject('corrupt', 'its name kind or team members are unreadable', run);
  if (run.engineVersion !== ENGINE_VERSION)
    return reject(
      'engine-version',
      run.engineVersion < ENGINE_VERSION
        ? `played under the game's earlier rules (rules ${run.engineVersion}); this copy plays rules ${ENGINE_VERSION}, which would make other games of the same decisions: verify it with the version it was played on`
        : `played under newer rules (rules ${run.engineVersion}) than this copy plays (rules ${ENGINE_VERSION}): update the game to verify it`,
      run,
    );
  if (run.scenarioHash !== c.scenario.hash)
    return reject(
      'scenario',
      run.scenarioId === c.scenario.id
        ? `played on another version of ${run.scenarioId}`
        : `played on ${run.scenarioId}, not ${c.scenario.id}`,
      run,
    );
  if (run.competitionId !== c.id)
    return reject(
      'competition',
      `belongs to competition ${run.competitionId.slice(0, 8)}, not ${c.id.slice(0, 8)}`,
      run,
    );
  if (run.seed !== c.seed || run.timeLimitMinutes !== c.timeLimitMinutes)
    return reject('competition', 'its seed or time limit differ from the competition\u2019s', run);
  const rounds = roundInjects(run, c, target.scenario, target.releases);
  if (!rounds.ok) return rejectFor(rounds.problem, run);
  const extended = extendedTime(run, c, target.hostKey);
  if (!extended.ok) return rejectFor(extended.problem, run);
  const used = timeUsed(run, c, extended.time);
  if (!used.ok) return rejectFor(used.problem, run);
  if (run.claimed.turns !== run.turns.length)
    return reject('tampered', `it claims ${run.claimed.turns} turns but holds ${run.turns.length}`, run);
  return { injects: rounds.injects, time: extended.time, minutesUsed: used.minutes };
}

/** Reads a run code or file for verification: the run, or the rejection saying why it cannot be read. */
export function readRun(text: string): { ok: true; run: RunFile } | RejectedRun {
  const decoded = decodeRun(text);
  if (decoded.ok) return decoded;
  const p = decoded.problem;
  const rejected = reject(
    p === 'checksum' ? 'checksum' : p === 'version' || p === 'old-version' ? 'version' : 'corrupt',
    decoded.message,
  );
  return decoded.name === undefined ? rejected : { ...rejected, name: decoded.name };
}

/**
 * Checks a run (a code, a file's text, or a decoded run) against the target. Never throws: a run that makes the
 * check itself fail is rejected as "could not be checked" with the error, so that one run never stops a batch
 * (every caller judges runs one by one, each alone).
 */
export function verifyRun(input: string | RunFile, target: VerifyTarget): VerifyResult {
  try {
    return verifyUnguarded(input, target);
  } catch (e) {
    const r = reject('unchecked', e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    // Only the name is kept: the run itself may be what cannot be copied or hashed.
    const name = typeof input === 'object' && input !== null ? (input as Partial<RunFile>).name : undefined;
    return typeof name === 'string' ? { ...r, name } : r;
  }
}

function verifyUnguarded(input: string | RunFile, target: VerifyTarget): VerifyResult {
  let run: RunFile;
  if (typeof input === 'string') {
    const read = readRun(input);
    if (!read.ok) return read;
    run = read.run;
  } else {
    run = input;
    const { checksum, ...body } = run;
    if (runChecksum(body) !== checksum)
      return reject('checksum', 'the run was changed after the game wrote it', run);
  }
  const checked = precheck(run, target);
  if ('ok' in checked) return checked;
  const played = replayRun(run, target, checked.injects);
  if (!played.ok) return played;
  const { state, profile, autopilotTurns } = played;
  const { scenario, competition } = target;
  const card = scorecard(state, scenario);
  const hash = stateHash(state);
  if (autopilotTurns !== run.claimed.autopilotTurns)
    return reject(
      'tampered',
      `it claims ${run.claimed.autopilotTurns} turns on autopilot after the player stopped, but the game needs ${autopilotTurns}`,
      run,
    );
  if (hash !== run.claimed.stateHash || card.score !== run.claimed.score)
    return reject(
      'tampered',
      card.score === run.claimed.score
        ? `its decisions lead to another ${run.checkpoint === undefined ? 'final state' : 'state at the stop'} than the one it claims`
        : `its decisions give score ${card.score}, not the claimed ${run.claimed.score}`,
      run,
    );
  const outcome = runOutcome(
    state,
    scenario,
    run.turns.length,
    autopilotTurns,
    competition.timeLimitMinutes > 0,
    {
      rounds: (run.rounds?.length ?? 0) + (stopsOf(competition).length > 0 ? 1 : 0),
      checkpoint: run.checkpoint ?? null,
    },
  );
  return {
    ok: true,
    run,
    name: run.name,
    score: card.score,
    domains: card.domains,
    cluster: card.cluster,
    status: state.status,
    outcome: { ...outcome, text: outcomeText(outcome) },
    minutesUsed: checked.minutesUsed,
    profile,
    checkpoint: run.checkpoint ?? null,
    extendedTime: checked.time,
  };
}

/**
 * Re-plays the run round by round (with the rounds' injects), then on autopilot to the stop of a checkpoint or
 * to the game's end, counting how it played for the class charts.
 */
function replayRun(
  run: RunFile,
  target: VerifyTarget,
  injects: (string | null)[],
): { ok: true; state: GameState; profile: DecisionProfile; autopilotTurns: number } | RejectedRun {
  const { scenario, competition } = target;
  const profile = emptyProfile();
  const stops = stopsOf(competition);
  const rounds = run.rounds ?? [];
  const walked = playRounds(
    {
      scenario,
      seed: competition.seed,
      stops,
      log: run.turns.map((t) => t.decisions),
      rounds,
      injects,
      play: advance,
    },
    {
      onTurn: (_before, after, _events, decisions, auto) => {
        countTurn(profile, after);
        if (!auto) countDecisions(profile, decisions);
      },
    },
  );
  if (!walked.ok) return reject('tampered', walked.reason, run);
  const { state } = walked;
  const stop = nextStop(stops, rounds);
  let tail: number;
  try {
    tail = autopilotInPlace(state, scenario, (s) => countTurn(profile, s), stop);
  } catch (e) {
    return reject('tampered', `the game cannot run on to its end (${(e as Error).message})`, run);
  }
  const playing = state.status === 'playing';
  if (run.checkpoint !== undefined && !playing)
    return reject(
      'tampered',
      `it is a checkpoint at turn ${run.checkpoint}, but the game ended in turn ${state.turn}`,
      run,
    );
  if (run.checkpoint === undefined && playing)
    return reject(
      'tampered',
      `the game was still going at the stop after turn ${state.turn}: that is a checkpoint, not a finished run`,
      run,
    );
  if (profile.turns > 0) for (const k of ALLOCATION_KEYS) profile.allocation[k] /= profile.turns;
  return { ok: true, state, profile, autopilotTurns: walked.autopilotTurns + tail };
}
