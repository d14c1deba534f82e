/** Run codes and files, and verification by re-simulation: round trips and every kind of rejection. */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { canonicalJson } from '../../src/lib/hash.ts';
import {
  RUN_CODE_PREFIX,
  cleanName,
  decodeRun,
  encodeRunCode,
  encodeRunFile,
  impliedCompetition,
  nameProblem,
  runFileName,
  sealRun,
  splitRunCodes,
  verifyRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { base64urlEncode, transportCheck } from '../../src/replay/codec.ts';
import { T0, botRun, competition, target } from './helpers.ts';

const c = competition();
const run = botRun(c, 'Ada Lovelace', 'steady');
const code = encodeRunCode(run);

/** The run with `patch` applied and its checksum recomputed, as a student editing the file carefully would. */
function resealed(patch: (r: RunFile) => RunFile): RunFile {
  return sealRun(patch(structuredClone(run)));
}

function rejectionOf(input: string | RunFile, t = target(c)) {
  const r = verifyRun(input, t);
  if (r.ok) throw new Error(`accepted: ${r.name} ${r.score}`);
  return r;
}

describe('run codes and files', () => {
  it('hold every field the run file needs', () => {
    expect(run).toMatchObject({
      format: 'tradeoffs-run',
      version: 2,
      name: 'Ada Lovelace',
      competitionId: c.id,
      scenarioId: 'solo-founder',
      scenarioHash: c.scenario.hash,
      seed: c.seed,
      timeLimitMinutes: 45,
      engineVersion: ENGINE_VERSION,
      startedAt: T0,
      claimed: { turns: 52, autopilotTurns: 0 },
    });
    expect(run.turns).toHaveLength(52);
    expect(run.turns[0]!.at).toBe(T0 + 20_000);
    expect(run.claimed.stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect(run.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(runFileName(run)).toBe(`tradeoffs-run-ada-lovelace-${c.id.slice(0, 6)}.json`);
  });

  it('round-trip through the code and the file', () => {
    expect(code.startsWith(RUN_CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^TRUN2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodeRun(code)).toEqual({ ok: true, run });
    expect(decodeRun(encodeRunFile(run))).toEqual({ ok: true, run });
  });

  it('decode with spaces, tabs and line breaks anywhere in the code', () => {
    const wrapped = code.match(/.{1,60}/g)!.join('\r\n  ');
    expect(decodeRun(`\n\t${wrapped} \n`)).toEqual({ ok: true, run });
  });

  it('clean and check player names', () => {
    expect(cleanName('  Ada \t  Lovelace ')).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(60))).toHaveLength(40);
    expect(nameProblem('')).toMatch(/name/);
    expect(nameProblem('Ada\u202eecalevoL')).not.toBeNull();
    expect(nameProblem('=HYPERLINK("x")')).toBeNull();
  });
});

describe('verifyRun accepts', () => {
  it('a run whose replay reproduces its claim, with its scorecard, cluster and decision profile', () => {
    const r = verifyRun(code, target(c));
    if (!r.ok) throw new Error(r.reason);
    expect(r.score).toBe(run.claimed.score);
    expect(Object.keys(r.domains)).toEqual(['architecture', 'coordination', 'debt', 'risk', 'stakeholders']);
    expect(['elite', 'high', 'medium', 'low']).toContain(r.cluster);
    expect(r.minutesUsed).toBeCloseTo((52 * 20) / 60);
    expect(r.profile.turns).toBe(52);
    const total = Object.values(r.profile.allocation).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(100);
    expect(Object.values(r.profile.release).reduce((a, b) => a + b, 0)).toBe(52);
  });

  it('the same run given as a decoded file object', () => {
    expect(verifyRun(run, target(c)).ok).toBe(true);
  });

  it('a run stopped at the time-out (fewer turns than the scenario), run on to the end', () => {
    const short = botRun(c, 'Grace', 'move-fast', { turns: 9 });
    const r = verifyRun(encodeRunCode(short), target(c));
    expect(r).toMatchObject({ ok: true, outcome: { playedTurns: 9 } });
    // The class charts count every turn of the game, the autopilot turns too (tests/replay/autopilot.test.ts).
    expect(r.ok && r.profile.turns).toBe(9 + short.claimed.autopilotTurns);
  });

  it('a run checked on its own (no competition given) against the competition it names', () => {
    expect(verifyRun(code, target(impliedCompetition(run))).ok).toBe(true);
  });

  it('a run within the time limit plus the grace', () => {
    const late = botRun(c, 'Late', 'steady', { secondsPerTurn: (46 * 60) / 52 });
    expect(verifyRun(late, target(c)).ok).toBe(true);
  });
});

describe('verifyRun rejects, saying why', () => {
  it('a truncated or corrupt code, or something that is not a run', () => {
    expect(rejectionOf(code.slice(0, 200))).toMatchObject({
      kind: 'corrupt',
      reason: /^truncated or corrupt: the code or file is incomplete/,
    });
    expect(rejectionOf(code.slice(0, -2))).toMatchObject({ kind: 'corrupt', reason: /incomplete/ });
    const i = 40;
    const changed = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
    expect(rejectionOf(changed)).toMatchObject({ kind: 'corrupt', reason: /damaged/ });
    expect(rejectionOf('hello')).toMatchObject({ kind: 'corrupt', reason: /not a Tradeoffs run/ });
    expect(rejectionOf('{"format":"tradeoffs-run","version":1')).toMatchObject({
      kind: 'corrupt',
      reason: /incomplete/,
    });
    expect(rejectionOf('{"format":"something-else"}')).toMatchObject({ kind: 'corrupt' });
    expect(rejectionOf(encodeRunFile(run).slice(0, 300))).toMatchObject({
      kind: 'corrupt',
      reason: /incomplete/,
    });
  });

  it('a file edited without recomputing its checksum', () => {
    const edited = encodeRunFile({ ...run, claimed: { ...run.claimed, score: 1000 } });
    expect(rejectionOf(edited)).toMatchObject({
      kind: 'checksum',
      reason: 'checksum mismatch: the run was changed after the game wrote it',
    });
    expect(rejectionOf({ ...run, name: 'Mallory' })).toMatchObject({ kind: 'checksum' });
  });

  it('a higher claimed score, even with the checksum recomputed: the replay gives the real one', () => {
    const r = rejectionOf(
      resealed((x) => ({ ...x, claimed: { ...x.claimed, score: x.claimed.score + 50 } })),
    );
    expect(r).toMatchObject({ kind: 'tampered', name: 'Ada Lovelace' });
    expect(r.reason).toBe(
      `tampered: its decisions give score ${run.claimed.score}, not the claimed ${run.claimed.score + 50}`,
    );
  });

  it('changed decisions, even with the checksum recomputed', () => {
    const r = rejectionOf(
      resealed((x) => {
        x.turns[3]!.decisions = [{ type: 'team/hire', role: 'engineer', count: 2 }];
        return x;
      }),
    );
    expect(r.kind).toBe('tampered');
    const illegal = rejectionOf(
      resealed((x) => {
        x.turns[0]!.decisions = [{ type: 'team/hire', role: 'engineer', count: 9999 }];
        return x;
      }),
    );
    expect(illegal).toMatchObject({ kind: 'tampered', reason: /turn 1 cannot be replayed/ });
    const extra = rejectionOf(
      resealed((x) => ({ ...x, turns: [...x.turns, { decisions: [], at: x.turns[51]!.at }] })),
    );
    expect(extra.kind).toBe('tampered');
  });

  it('turn times that go backwards', () => {
    const r = rejectionOf(
      resealed((x) => {
        x.turns[5]!.at = x.startedAt - 1;
        return x;
      }),
    );
    expect(r).toMatchObject({ kind: 'tampered', reason: /turn 6 ended before/ });
  });

  it('other rules: a run of the earlier rules says so in words, and so does one of newer rules', () => {
    expect(rejectionOf(resealed((x) => ({ ...x, engineVersion: ENGINE_VERSION - 1 })))).toMatchObject({
      kind: 'engine-version',
      reason: `engine version mismatch: played under the game's earlier rules (rules ${ENGINE_VERSION - 1}); this copy plays rules ${ENGINE_VERSION}, which would make other games of the same decisions: verify it with the version it was played on`,
    });
    expect(rejectionOf(resealed((x) => ({ ...x, engineVersion: ENGINE_VERSION + 1 })))).toMatchObject({
      kind: 'engine-version',
      reason: `engine version mismatch: played under newer rules (rules ${ENGINE_VERSION + 1}) than this copy plays (rules ${ENGINE_VERSION}): update the game to verify it`,
    });
  });

  it('another scenario or another version of it', () => {
    expect(rejectionOf(resealed((x) => ({ ...x, scenarioHash: '0123456789abcdef' })))).toMatchObject({
      kind: 'scenario',
      reason: 'another scenario: played on another version of solo-founder',
    });
    expect(
      rejectionOf(resealed((x) => ({ ...x, scenarioId: 'demo', scenarioHash: '0123456789abcdef' }))),
    ).toMatchObject({
      kind: 'scenario',
      reason: 'another scenario: played on demo, not solo-founder',
    });
  });

  it('another competition: another seed or another time limit', () => {
    const other = competition({ seed: 'ZZZZZZ' });
    const foreign = botRun(other, 'Eve');
    expect(rejectionOf(encodeRunCode(foreign))).toMatchObject({
      kind: 'competition',
      reason: /^another competition: belongs to competition/,
    });
    const relaxed = resealed((x) => ({ ...x, timeLimitMinutes: 0 }));
    expect(rejectionOf(relaxed)).toMatchObject({ kind: 'competition', reason: /seed or time limit/ });
    // Checked on its own, a run whose id does not match its seed and time limit is caught too.
    expect(rejectionOf(relaxed, target(impliedCompetition(relaxed)))).toMatchObject({ kind: 'competition' });
  });

  it('a run over the time limit (beyond the two minutes of grace)', () => {
    const slow = botRun(c, 'Slow', 'steady', { secondsPerTurn: 60 });
    expect(rejectionOf(slow)).toMatchObject({
      kind: 'over-time',
      reason: 'over the time limit: the last turn ended 52:00 after Start; the limit is 45:00',
    });
    const noLimit = competition({ minutes: 0 });
    expect(verifyRun(botRun(noLimit, 'Slow', 'steady', { secondsPerTurn: 600 }), target(noLimit)).ok).toBe(
      true,
    );
  });

  it('an unusable player name', () => {
    expect(rejectionOf(resealed((x) => ({ ...x, name: '' })))).toMatchObject({
      kind: 'corrupt',
      reason: /name/,
    });
  });

  it('a newer run format, and a code whose content is not a run', () => {
    expect(rejectionOf(`TRUN4.abc.12345678`)).toMatchObject({ kind: 'version', reason: /newer version/ });
    const payload = `${RUN_CODE_PREFIX}${base64urlEncode(deflateSync(new TextEncoder().encode(canonicalJson({ a: 1 }))))}`;
    expect(rejectionOf(`${payload}.${transportCheck(payload)}`)).toMatchObject({
      kind: 'corrupt',
      reason: /not a Tradeoffs run/,
    });
  });

  it('a decompression bomb, quickly', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024).fill(123), { level: 9 });
    const payload = `${RUN_CODE_PREFIX}${base64urlEncode(bomb)}`;
    const t0 = performance.now();
    expect(rejectionOf(`${payload}.${transportCheck(payload)}`)).toMatchObject({
      kind: 'corrupt',
      reason: /too large/,
    });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('splitRunCodes', () => {
  it('tells apart codes pasted together, on one line or broken over lines', () => {
    const other = encodeRunCode(botRun(c, 'Grace', 'move-fast', { turns: 5 }));
    const wrapped = other.match(/.{1,50}/g)!.join('\n');
    expect(splitRunCodes(`${code} ${other}`)).toEqual([code, other]);
    expect(splitRunCodes(`\n${code}\n\n${wrapped}\n`).map((p) => p.replace(/\s+/g, ''))).toEqual([
      code,
      other,
    ]);
    expect(splitRunCodes(`${code}${other}`)).toEqual([code, other]);
    // Prose around codes is dropped (tests/replay/split.test.ts has the rest).
    expect(splitRunCodes('hello\nTRUN1.abc.1234')).toEqual(['TRUN1.abc.1234']);
    expect(splitRunCodes('  ')).toEqual([]);
    expect(splitRunCodes(encodeRunFile(run))).toEqual([encodeRunFile(run).trim()]);
  });
});
