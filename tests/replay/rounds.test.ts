/**
 * Competitions played in rounds: links with stops, release codes, checkpoint and final runs verified by
 * re-simulation with the rounds' injects, tampering refused, interim standings; and what the game wrote before
 * rounds existed still reads the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  competitionId,
  competitionLink,
  decodeCompetition,
  decodeRelease,
  decodeRun,
  decodeShortCode,
  encodeRunCode,
  encodeRunFile,
  injectableEvents,
  rankRuns,
  releaseCode,
  sealRun,
  verifyRun,
  type Competition,
  type RunFile,
} from '../../src/replay/index.ts';
import { transportCheck } from '../../src/replay/codec.ts';
import { builtIn, competition, refs, roundsRun, target } from './helpers.ts';

const BASE = 'https://teach.example/tradeoffs/';
const shipIt = builtIn('ship-it').scenario;
const c = competition({ scenario: 'ship-it', minutes: 30, stops: [8, 16] });
const injected = injectableEvents(shipIt)[2]!.id;
const r2 = releaseCode(c, shipIt, 2, null);
const r3 = releaseCode(c, shipIt, 3, injected);

function accepted(run: RunFile | string, t = target(c, { releases: [r2, r3] })) {
  const r = verifyRun(run, t);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

function rejected(run: RunFile | string, t = target(c, { releases: [r2, r3] })) {
  const r = verifyRun(run, t);
  if (r.ok) throw new Error(`accepted: ${r.name} ${r.score}`);
  return r;
}

describe('what the game wrote before rounds existed', () => {
  const old = JSON.parse(readFileSync('tests/replay/fixtures/before-rounds.json', 'utf8')) as {
    refs: { id: string; hash: string }[];
    link: string;
    shortCode: string;
    competition: Competition;
    runCode: string;
    runFile: string;
  };

  it('reads the same: links, short codes, run codes and files', () => {
    expect(decodeCompetition(old.link, old.refs)).toEqual({
      ok: true,
      competition: old.competition,
      via: 'link',
    });
    const short = decodeShortCode(old.shortCode, old.refs);
    expect(short.ok && competitionId(short.scenario.hash, short.seed, short.timeLimitMinutes)).toBe(
      old.competition.id,
    );
    const fromCode = decodeRun(old.runCode);
    const fromFile = decodeRun(old.runFile);
    if (!fromCode.ok || !fromFile.ok) throw new Error('an old run does not decode');
    expect(fromCode.run).toEqual(fromFile.run);
    expect(fromCode.run.version).toBe(2);
  });

  it('is written byte for byte as before: a competition without stops and a run without rounds', () => {
    expect(competitionLink(BASE, old.competition)).toBe(old.link);
    const fromCode = decodeRun(old.runCode);
    expect(fromCode.ok && encodeRunCode(fromCode.run)).toBe(old.runCode);
    const fromFile = decodeRun(old.runFile);
    expect(fromFile.ok && encodeRunFile(fromFile.run)).toBe(old.runFile);
  });
});

describe('competitions with stops', () => {
  it('travel in a format-2 link, with an id of their own', () => {
    const link = competitionLink(BASE, c);
    expect(link).toMatch(/#c=2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodeCompetition(link, refs())).toEqual({ ok: true, competition: c, via: 'link' });
    const plain = competition({ scenario: 'ship-it', minutes: 30 });
    expect(c.id).not.toBe(plain.id);
    expect(plain.id).toBe(competitionId(plain.scenario.hash, plain.seed, 30));
    expect(competitionLink(BASE, plain)).toMatch(/#c=1\./);
  });

  it('refuse stops that do not fit, saying why', () => {
    expect(() => competition({ scenario: 'ship-it', stops: [8, 8] })).toThrow(/increasing order/);
    expect(() => competition({ scenario: 'ship-it', stops: [26] })).toThrow(/from 1 to 25: the game has 26/);
    expect(() => competition({ scenario: 'ship-it', stops: [0] })).toThrow(/from 1 to 25/);
    expect(() => competition({ scenario: 'ship-it', stops: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })).toThrow(
      /At most 9 stops/,
    );
  });

  it('refuse a link whose stops were edited (even with its check made again)', () => {
    const edited = { ...c, stops: [4, 16] };
    const link = competitionLink(BASE, edited);
    expect(decodeCompetition(link, refs())).toMatchObject({ ok: false, problem: 'checksum' });
    // A format-1 link cannot carry stops.
    const hidden = link.replace('#c=2.', '#c=1.');
    const payload = hidden.slice(hidden.indexOf('#c=') + 3, hidden.lastIndexOf('.'));
    const resealed = `${BASE}#c=${payload}.${transportCheck(payload)}`;
    expect(decodeCompetition(resealed, refs())).toMatchObject({ ok: false, problem: 'corrupt' });
  });
});

describe('release codes', () => {
  it('are short, read back as typed (case, spaces, O for 0), and carry the inject', () => {
    expect(r2).toMatch(/^TRR-2-00-[0-9A-Z]{4}$/);
    const card = String(shipIt.events.findIndex((e) => e.id === injected) + 1).padStart(2, '0');
    expect(r3).toMatch(new RegExp(`^TRR-3-${card}-[0-9A-Z]{4}$`));
    const typed = r3.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(decodeRelease(typed, c, shipIt)).toEqual({
      ok: true,
      release: { round: 3, inject: injected, code: r3 },
    });
    expect(decodeRelease(r2, c, shipIt)).toEqual({ ok: true, release: { round: 2, inject: null, code: r2 } });
  });

  it('refuse a typo, another competition\u2019s code, a round the competition does not have', () => {
    const typo = r3.slice(0, -1) + (r3.endsWith('A') ? 'B' : 'A');
    expect(decodeRelease(typo, c, shipIt)).toMatchObject({
      ok: false,
      message: /typo, or belongs to another/,
    });
    const other = competition({ scenario: 'ship-it', minutes: 30, stops: [8, 16], seed: 'OTHER1' });
    expect(decodeRelease(releaseCode(other, shipIt, 2, null), c, shipIt)).toMatchObject({ ok: false });
    expect(() => releaseCode(c, shipIt, 4, null)).toThrow(/no round 4/);
    expect(decodeRelease('TRR-2', c, shipIt)).toMatchObject({
      ok: false,
      message: /has 2 letters and digits/,
    });
    expect(decodeRelease('TR1-2-K7M2QX-030-ABCD', c, shipIt)).toMatchObject({
      ok: false,
      message: /not a release/,
    });
  });

  it('inject only cards that can fire on their own (a follow-up needs its cause)', () => {
    const followUp = shipIt.events.find((e) => e.followUpOnly)!;
    expect(injectableEvents(shipIt).map((e) => e.id)).not.toContain(followUp.id);
    expect(() => releaseCode(c, shipIt, 2, followUp.id)).toThrow(/can be injected/);
  });
});

describe('runs of a competition played in rounds', () => {
  const checkpoint = roundsRun(c, 'Ada', 'steady');
  const middle = roundsRun(c, 'Grace', 'frugal', { releases: [r2] });
  const final = roundsRun(c, 'Linus', 'steady', { releases: [r2, r3] });

  it('a checkpoint is the game at the stop, in a format-3 code, and verifies as such', () => {
    expect(checkpoint).toMatchObject({ version: 3, stops: [8, 16], rounds: [], checkpoint: 8 });
    expect(checkpoint.claimed).toMatchObject({ turns: 8, autopilotTurns: 0 });
    const code = encodeRunCode(checkpoint);
    expect(code.startsWith('TRUN3.')).toBe(true);
    const r = accepted(code, target(c));
    expect(r.checkpoint).toBe(8);
    expect(r.outcome.text).toBe('at the stop after week 8');
    expect(accepted(middle).checkpoint).toBe(16);
  });

  it('a whole game re-plays every round with its inject, and needs the instructor\u2019s releases', () => {
    expect(final.rounds!.map((r) => r.release)).toEqual([r2, r3]);
    expect(final.rounds!.map((r) => r.afterTurns)).toEqual([8, 16]);
    const r = accepted(final);
    expect(r.checkpoint).toBeNull();
    expect(r.outcome.playedTurns).toBe(26);
    expect(rejected(final, target(c))).toMatchObject({
      kind: 'release',
      reason: expect.stringMatching(/round 2 was opened with TRR-2-00-.*add the release codes you gave/),
    });
    const other = releaseCode(c, shipIt, 3, null);
    expect(rejected(final, target(c, { releases: [r2, other] })).reason).toBe(
      `another release: round 3 was opened with ${r3}, not with your ${other}`,
    );
  });

  it('refuse a run whose inject was swapped for none, even resealed', () => {
    const quiet = releaseCode(c, shipIt, 3, null);
    const swapped = sealRun({
      ...final,
      rounds: [final.rounds![0]!, { ...final.rounds![1]!, release: quiet }],
    });
    expect(rejected(swapped, target(c, { releases: [r2, quiet] })).kind).toBe('tampered');
  });

  it('run a round whose time ran out on with the last plan to its stop, and go on from there', () => {
    const late = roundsRun(c, 'Tim', 'steady', {
      releases: [r2],
      playerTurns: (round) => (round === 1 ? 3 : 99),
    });
    expect(late.claimed).toMatchObject({ turns: 11, autopilotTurns: 5 });
    expect(late.rounds).toEqual([expect.objectContaining({ afterTurns: 3 })]);
    const r = accepted(late);
    expect(r.outcome.text).toBe(
      'at the stop after week 16; 5 weeks on autopilot when a round\u2019s time ran out',
    );
  });

  it('give every round its own time limit; the time between rounds does not count', () => {
    const slow = roundsRun(c, 'Sam', 'steady', { releases: [r2], secondsPerTurn: 200, gapSeconds: 3600 });
    expect(accepted(slow).minutesUsed).toBeCloseTo((16 * 200) / 60, 6);
    const tooSlow = roundsRun(c, 'Sue', 'steady', { releases: [r2], secondsPerTurn: 260 });
    expect(rejected(tooSlow).reason).toBe(
      'over the time limit: in round 1, the last turn ended 34:40 after the round began; the limit is 30:00',
    );
  });

  it('refuse a course that cannot have happened, even resealed', () => {
    const early = sealRun({
      ...final,
      rounds: [{ ...final.rounds![0]!, afterTurns: 9, startedAt: final.turns[8]!.at + 1 }, final.rounds![1]!],
    });
    expect(rejected(early).reason).toMatch(/tampered: turn 9 was played past the stop after turn 8/);
    const notPaused = sealRun({ ...checkpoint, checkpoint: undefined });
    expect(rejected(notPaused, target(c)).reason).toMatch(
      /still going at the stop after turn 8: .*checkpoint/,
    );
    const overlapping = sealRun({
      ...middle,
      rounds: [{ ...middle.rounds![0]!, startedAt: middle.turns[7]!.at - 1 }],
    });
    expect(rejected(overlapping).reason).toBe('tampered: round 2 began before round 1 ended');
    const roundless = sealRun({ ...middle, rounds: undefined });
    expect(rejected(roundless).kind).toBe('tampered');
  });

  it('rank one stop at a time: checkpoints give interim standings, earlier ones are set aside', () => {
    const verify = (run: RunFile) => verifyRun(run, target(c, { releases: [r2, r3] }));
    const interim = rankRuns(
      [checkpoint, roundsRun(c, 'Bob', 'frugal')].map((run, i) => ({
        source: `code ${i + 1}`,
        result: verify(run),
      })),
    );
    expect(interim.stop).toBe(8);
    expect(interim.ranked.map((r) => r.name).sort()).toEqual(['Ada', 'Bob']);
    const later = rankRuns(
      [checkpoint, middle, final].map((run, i) => ({ source: `code ${i + 1}`, result: verify(run) })),
    );
    expect(later.stop).toBeUndefined();
    expect(later.ranked.map((r) => r.name)).toEqual(['Linus']);
    expect(later.rejected.map((r) => r.reason)).toEqual([
      'another stop: a checkpoint at the stop after week 8; these standings are of finished games',
      'another stop: a checkpoint at the stop after week 16; these standings are of finished games',
    ]);
  });
});
