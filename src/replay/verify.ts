/**
 * Verifying a run by re-simulation: decode it, check that it belongs to the competition (format, checksum,
 * engine version, scenario, competition, time limit), replay its decisions on the competition's scenario and
 * seed, run a game the player stopped early on to its end with their last plan (autopilot.ts, exactly as the
 * browser did), and accept it only when that reproduces the claimed state hash, score and autopilot turns.
 * Every rejection says why. The re-simulation is the guard: checksums only tell damage from editing (see run.ts). Pure.
 */
import type {
  Allocation,
  Decision,
  Domain,
  DoraCluster,
  GameState,
  OutcomeStatus,
  ReleaseMode,
  Scenario,
} from '../engine/index.ts';
import {
  ALLOCATION_KEYS,
  ENGINE_VERSION,
  RELEASE_MODES,
  createInitialState,
  scorecard,
  stateHash,
  advance,
} from '../engine/index.ts';
import { autopilotInPlace } from './autopilot.ts';
import { competitionId, type Competition } from './competition.ts';
import { runOutcome, outcomeText, type RunOutcome } from './outcome.ts';
import { decodeRun, nameProblem, runChecksum, type RunFile } from './run.ts';

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
  | 'duplicate';

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
};

/**
 * How a run played, for the class charts, turn by turn over the whole game: the turns the player ended and
 * those the company ran on with their last plan (the plan it really worked with); hires, let-gos and
 * migrations come from the player's decisions.
 */
export interface DecisionProfile {
  turns: number;
  /** Mean percent of capacity per kind of work over the turns of the game. */
  allocation: Allocation;
  /** Turns played with each release mode. */
  release: Record<ReleaseMode, number>;
  /** People hired (all roles), let go, and architecture migrations started. */
  hires: number;
  letGo: number;
  migrations: number;
}

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
  /** Minutes from Start to the last turn the player ended (the student's clock). */
  minutesUsed: number;
  profile: DecisionProfile;
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
}

/** Slack on the time limit for a slow last click or a clock that jumped: two minutes. */
export const TIME_GRACE_MS = 2 * 60_000;

/** The competition a run says it belongs to, for checking a run on its own (e.g. the CLI without --competition). */
export function impliedCompetition(run: RunFile): Competition {
  return {
    version: 1,
    id: competitionId(run.scenarioHash, run.seed, run.timeLimitMinutes),
    title: '',
    scenario: { id: run.scenarioId, hash: run.scenarioHash },
    seed: run.seed,
    timeLimitMinutes: run.timeLimitMinutes,
    createdAt: 0,
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

export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const s = total % 60;
  return `${Math.floor(total / 60)}:${String(s).padStart(2, '0')}`;
}

/** The checks that need no replay; null when the run passes them. */
function precheck(run: RunFile, target: VerifyTarget): RejectedRun | null {
  const c = target.competition;
  if (nameProblem(run.name))
    return reject('corrupt', 'the player name is empty, too long or unreadable', run);
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
  let last = run.startedAt;
  for (const [i, t] of run.turns.entries()) {
    if (t.at < last) return reject('tampered', `turn ${i + 1} ended before the turn or Start before it`, run);
    last = t.at;
  }
  const used = last - run.startedAt;
  if (c.timeLimitMinutes > 0 && used > c.timeLimitMinutes * 60_000 + TIME_GRACE_MS)
    return reject(
      'over-time',
      `the last turn ended ${clock(used)} after Start; the limit is ${clock(c.timeLimitMinutes * 60_000)}`,
      run,
    );
  if (run.claimed.turns !== run.turns.length)
    return reject('tampered', `it claims ${run.claimed.turns} turns but holds ${run.turns.length}`, run);
  return null;
}

function emptyProfile(): DecisionProfile {
  const allocation = Object.fromEntries(ALLOCATION_KEYS.map((k) => [k, 0])) as Allocation;
  const release = Object.fromEntries(RELEASE_MODES.map((m) => [m, 0])) as Record<ReleaseMode, number>;
  return { turns: 0, allocation, release, hires: 0, letGo: 0, migrations: 0 };
}

function countTurn(profile: DecisionProfile, state: GameState): void {
  profile.turns += 1;
  for (const k of ALLOCATION_KEYS) profile.allocation[k] += state.plan.allocation[k];
  profile.release[state.plan.release] += 1;
}

function countDecisions(profile: DecisionProfile, decisions: readonly Decision[]): void {
  for (const d of decisions) {
    if (d.type === 'team/hire') profile.hires += d.count;
    else if (d.type === 'team/let-go') profile.letGo += d.count;
    else if (d.type === 'arch/migrate') profile.migrations += 1;
  }
}

/** Reads a run code or file for verification: the run, or the rejection saying why it cannot be read. */
export function readRun(text: string): { ok: true; run: RunFile } | RejectedRun {
  const decoded = decodeRun(text);
  if (decoded.ok) return decoded;
  const p = decoded.problem;
  return reject(
    p === 'checksum' ? 'checksum' : p === 'version' || p === 'old-version' ? 'version' : 'corrupt',
    decoded.message,
  );
}

/** Checks a run (a code, a file's text, or a decoded run) against the target. Never throws. */
export function verifyRun(input: string | RunFile, target: VerifyTarget): VerifyResult {
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
  const early = precheck(run, target);
  if (early) return early;
  const { scenario, competition } = target;
  let state = createInitialState(scenario, competition.seed);
  const profile = emptyProfile();
  for (const [i, turn] of run.turns.entries()) {
    let r;
    try {
      r = advance(state, turn.decisions, scenario);
    } catch {
      r = null;
    }
    if (!r || !r.ok)
      return reject(
        'tampered',
        `turn ${i + 1} cannot be replayed${r ? ` (${r.rejection.reason})` : ''}`,
        run,
      );
    state = r.state;
    countTurn(profile, state);
    countDecisions(profile, turn.decisions);
  }
  let autopilotTurns: number;
  try {
    autopilotTurns = autopilotInPlace(state, scenario, (s) => countTurn(profile, s));
  } catch (e) {
    return reject('tampered', `the game cannot run on to its end (${(e as Error).message})`, run);
  }
  if (profile.turns > 0) for (const k of ALLOCATION_KEYS) profile.allocation[k] /= profile.turns;
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
        ? 'its decisions lead to another final state than the one it claims'
        : `its decisions give score ${card.score}, not the claimed ${run.claimed.score}`,
      run,
    );
  const last = run.turns.length > 0 ? run.turns[run.turns.length - 1]!.at : run.startedAt;
  const outcome = runOutcome(
    state,
    scenario,
    run.turns.length,
    autopilotTurns,
    competition.timeLimitMinutes > 0,
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
    minutesUsed: (last - run.startedAt) / 60_000,
    profile,
  };
}
