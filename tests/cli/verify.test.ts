/**
 * `tradeoffs play --out` writes the run file the browser writes, and `tradeoffs verify` re-simulates run files
 * and codes: one line per run, exit 0 only when every run verifies, 2 for usage errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  competitionLink,
  decodeRun,
  encodeRunCode,
  encodeRunFile,
  hostKeyText,
  injectableEvents,
  makeAccommodation,
  releaseCode,
  sealRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { botRun, builtIn, competition } from '../replay/helpers.ts';
import { run } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-verify-'));
const file = (name: string): string => join(dir, name);

async function playTo(path: string, name: string, bot: string, extra: string[] = []): Promise<RunFile> {
  const r = await run([
    'play',
    ...(extra.includes('--competition') ? [] : ['--scenario', 'solo-founder', '--seed', 'K7M2QX']),
    '--bot',
    bot,
    '--json',
    '--out',
    path,
    '--name',
    name,
    '--started-at',
    '2025-03-03T09:00:00Z',
    ...extra,
  ]);
  expect(r.code, r.err.join('\n')).toBe(0);
  const decoded = decodeRun(readFileSync(path, 'utf8'));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.run;
}

describe('tradeoffs play --out', () => {
  it('writes a run file with the name, a competition of its own (no time limit) and the claimed result', async () => {
    const r = await playTo(file('ada.json'), 'Ada', 'steady');
    const summary = await run([
      'play',
      '--scenario',
      'solo-founder',
      '--seed',
      'K7M2QX',
      '--bot',
      'steady',
      '--json',
    ]);
    const o = JSON.parse(summary.out[0]!);
    expect(r).toMatchObject({
      name: 'Ada',
      scenarioId: 'solo-founder',
      seed: 'K7M2QX',
      timeLimitMinutes: 0,
      startedAt: Date.parse('2025-03-03T09:00:00Z'),
      claimed: { score: o.score, stateHash: o.stateHash, turns: 52 },
    });
  });

  it('is byte for byte the same for the same arguments', async () => {
    await playTo(file('x1.json'), 'X', 'frugal');
    await playTo(file('x2.json'), 'X', 'frugal');
    expect(readFileSync(file('x1.json'), 'utf8')).toBe(readFileSync(file('x2.json'), 'utf8'));
  });

  it('binds the run to a hosted competition with --competition', async () => {
    const c = competition({ minutes: 45 });
    const r = await playTo(file('hosted.json'), 'Hosted', 'steady', [
      '--competition',
      competitionLink('https://x/', c),
    ]);
    expect(r.competitionId).toBe(c.id);
    expect(r.timeLimitMinutes).toBe(45);
  });

  it('refuses a bad name or an unwritable file', async () => {
    const bad = await run([
      'play',
      '--scenario',
      'solo-founder',
      '--bot',
      'steady',
      '--out',
      file('n.json'),
      '--name',
      ' ',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err.join('')).toMatch(/--name: Enter your name/);
    const nowhere = await run([
      'play',
      '--scenario',
      'solo-founder',
      '--bot',
      'steady',
      '--out',
      join(dir, 'no/such/dir.json'),
    ]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err.join('')).toMatch(/cannot write/);
  });
});

describe('tradeoffs verify', () => {
  it('prints OK name score for every run and exits 0 when all verify (files and codes)', async () => {
    const ada = await playTo(file('v-ada.json'), 'Ada Lovelace', 'steady');
    const grace = await playTo(file('v-grace.json'), 'Grace', 'move-fast');
    const r = await run(['verify', file('v-ada.json'), encodeRunCode(grace)]);
    expect(r.out).toEqual([`OK Ada Lovelace ${ada.claimed.score}`, `OK Grace ${grace.claimed.score}`]);
    expect(r.code).toBe(0);
    expect(r.err.join('\n')).toMatch(/2 of 2 runs verified/);
  });

  it('prints REJECTED name: reason for each bad run, in order, and exits 1', async () => {
    const ada = await playTo(file('r-ada.json'), 'Ada', 'steady');
    writeFileSync(
      file('r-edited.json'),
      readFileSync(file('r-ada.json'), 'utf8').replace(/"score": \d+/, '"score": 1000'),
    );
    const cheat = sealRun({ ...ada, name: 'Mallory', claimed: { ...ada.claimed, score: 1000 } });
    writeFileSync(file('r-cut.json'), readFileSync(file('r-ada.json'), 'utf8').slice(0, 500));
    const r = await run([
      'verify',
      file('r-ada.json'),
      file('r-edited.json'),
      encodeRunCode(cheat),
      file('r-cut.json'),
      file('r-missing.json'),
      encodeRunCode(ada).slice(0, 100),
      file('r-ada.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `OK Ada ${ada.claimed.score}`,
      `REJECTED ${file('r-edited.json')}: checksum mismatch: the run was changed after the game wrote it`,
      `REJECTED Mallory: tampered: its decisions give score ${ada.claimed.score}, not the claimed 1000`,
      `REJECTED ${file('r-cut.json')}: truncated or corrupt: the code or file is incomplete (part of it was lost when it was copied)`,
      `REJECTED ${file('r-missing.json')}: truncated or corrupt: no such file, and not a run code`,
      'REJECTED code 6: truncated or corrupt: the code or file is incomplete (part of it was lost when it was copied)',
      'REJECTED Ada: duplicate name: this exact run was already added',
    ]);
  });

  it('checks runs against --competition: another competition and over-time runs are rejected', async () => {
    const c = competition({ minutes: 45 });
    const link = competitionLink('https://x/', c);
    const own = await playTo(file('c-own.json'), 'Own', 'steady');
    const hosted = await playTo(file('c-hosted.json'), 'Hosted', 'steady', ['--competition', link]);
    const late = sealRun({
      ...hosted,
      name: 'Late',
      turns: hosted.turns.map((t) => ({ ...t, at: t.at + 3_600_000 })),
    });
    const r = await run([
      'verify',
      '--competition',
      link,
      file('c-own.json'),
      file('c-hosted.json'),
      encodeRunCode(late),
    ]);
    expect(r.out).toEqual([
      `REJECTED Own: another competition: belongs to competition ${own.competitionId.slice(0, 8)}, not ${c.id.slice(0, 8)}`,
      `OK Hosted ${hosted.claimed.score}`,
      'REJECTED Late: over the time limit: the last turn ended 60:00 after Start; the limit is 45:00',
    ]);
    expect(r.code).toBe(1);
  });

  it('exits 2 for usage errors: no runs, or a competition that does not decode', async () => {
    expect((await run(['verify'])).code).toBe(2);
    const bad = await run(['verify', file('v-ada.json'), '--competition', 'TR1-0-000000-045-0000']);
    expect(bad.code).toBe(2);
    expect(bad.err.join('')).toMatch(/--competition: This code has a typo/);
  });
});

describe('tradeoffs verify --competition <scenario file>', () => {
  const scenarioFile = file('own-scenario.yaml');
  writeFileSync(
    scenarioFile,
    ['id: own-scenario', 'title: Our own', 'turns: 6', 'objectives: []'].join('\n'),
  );
  const playOwn = async (path: string, name: string, seed: string, bot: string): Promise<RunFile> => {
    const r = await run([
      'play',
      '--scenario',
      scenarioFile,
      '--seed',
      seed,
      '--bot',
      bot,
      '--out',
      path,
      '--name',
      name,
    ]);
    expect(r.code, r.err.join('\n')).toBe(0);
    const decoded = decodeRun(readFileSync(path, 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    return decoded.run;
  };

  it('checks runs of a scenario file on the seed each names, or on --seed', async () => {
    const ada = await playOwn(file('own-ada.json'), 'Ada', 'W1', 'steady');
    const bob = await playOwn(file('own-bob.json'), 'Bob', 'W2', 'move-fast');
    await playTo(file('own-builtin.json'), 'Builtin', 'steady');
    const all = await run([
      'verify',
      '--competition',
      scenarioFile,
      file('own-ada.json'),
      file('own-bob.json'),
      file('own-builtin.json'),
    ]);
    expect(all.out).toEqual([
      `OK Ada ${ada.claimed.score}`,
      `OK Bob ${bob.claimed.score}`,
      'REJECTED Builtin: another scenario: played on solo-founder, not own-scenario',
    ]);
    expect(all.code).toBe(1);
    expect(all.err.join('\n')).toMatch(
      /each run was checked on the scenario of .*own-scenario\.yaml, on the seed it names/,
    );
    const seeded = await run([
      'verify',
      '--competition',
      scenarioFile,
      '--seed',
      'W1',
      file('own-ada.json'),
      file('own-bob.json'),
    ]);
    expect(seeded.out).toEqual([
      `OK Ada ${ada.claimed.score}`,
      'REJECTED Bob: another competition: played on the world seed "W2", not "W1" (--seed)',
    ]);
  });

  it('says what --competition takes when the argument is neither a competition nor a scenario file', async () => {
    const missing = await run(['verify', file('v-ada.json'), '--competition', file('nowhere.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err.join('')).toMatch(/--competition: no such scenario file/);
    const damaged = await run(['verify', file('v-ada.json'), '--competition', 'not a link']);
    expect(damaged.code).toBe(2);
    expect(damaged.err.join('')).toMatch(
      /--competition takes a competition link \(https:\/\/…#c=…\), its short code \(TR1-…\) or a scenario file \(\.yaml, \.yml or \.json\)/,
    );
    const seedAlone = await run(['verify', file('v-ada.json'), '--seed', 'W1']);
    expect(seedAlone.code).toBe(2);
    expect(seedAlone.err.join('')).toMatch(/--seed goes with a scenario file as --competition/);
    // play takes a scenario file with --scenario, and says so.
    const play = await run(['play', '--competition', scenarioFile, '--bot', 'steady']);
    expect(play.code).toBe(2);
    expect(play.err.join('')).toContain(
      `is a scenario file; play it with --scenario ${scenarioFile} --seed <seed>`,
    );
  });
});

describe('rounds and extended time on the command line', () => {
  const c = competition({ scenario: 'ship-it', minutes: 30, stops: [8] });
  const link = competitionLink('https://x/', c);
  const shipIt = builtIn('ship-it').scenario;
  const release = releaseCode(c, shipIt, 2, injectableEvents(shipIt)[0]!.id);

  it('plays to the stop (a checkpoint) or, with --release, to the end; verify needs the releases given', async () => {
    const checkpoint = await playTo(file('cp.json'), 'Cora', 'steady', ['--competition', link]);
    expect(checkpoint).toMatchObject({ version: 3, checkpoint: 8, rounds: [] });
    expect((await run(['verify', file('cp.json'), '--competition', link])).out).toEqual([
      `OK Cora ${checkpoint.claimed.score}`,
    ]);
    const final = await playTo(file('final.json'), 'Fin', 'frugal', [
      '--competition',
      link,
      '--release',
      release,
    ]);
    expect(final.rounds).toEqual([{ release, startedAt: final.startedAt, afterTurns: 8 }]);
    const without = await run(['verify', file('final.json')]);
    expect(without.code).toBe(1);
    expect(without.out[0]).toMatch(
      /^REJECTED Fin: another release: round 2 was opened with TRR-2-.*add the release codes/,
    );
    const given = await run(['verify', file('final.json'), '--release', release.toLowerCase()]);
    expect(given.out).toEqual([`OK Fin ${final.claimed.score}`]);
  });

  it('refuses a release of the wrong round or of a competition without rounds', async () => {
    const r3 = await run(['play', '--competition', link, '--bot', 'steady', '--release', 'TRR-3-00-AAAA']);
    expect(r3.code).toBe(2);
    expect(r3.err.join('')).toMatch(/--release TRR-3-00-AAAA: This release code has a typo/);
    const plain = competitionLink('https://x/', competition({ scenario: 'ship-it', minutes: 30 }));
    const none = await run(['play', '--competition', plain, '--bot', 'steady', '--release', release]);
    expect(none.err.join('')).toMatch(/played in one sitting/);
  });

  it('counts extended time only with --key, the competition key', async () => {
    const plain = competition({ scenario: 'ship-it', minutes: 30 });
    const key = { competitionId: plain.id, key: new Uint8Array(32).fill(5) };
    const code = makeAccommodation(plain, 'Ada', 200, key);
    const slow = botRun(plain, 'Ada', 'steady', { secondsPerTurn: 120, accommodation: code });
    writeFileSync(file('slow.json'), encodeRunFile(slow));
    writeFileSync(file('key.txt'), `# key\n${hostKeyText(key)}\n`);
    const args = ['verify', file('slow.json'), '--competition', competitionLink('https://x/', plain)];
    expect((await run(args)).out[0]).toMatch(/^REJECTED Ada: over the time limit: .*add the key/);
    expect((await run([...args, '--key', file('key.txt')])).out).toEqual([`OK Ada ${slow.claimed.score}`]);
    const foreign = hostKeyText({ competitionId: c.id, key: new Uint8Array(32).fill(5) });
    const wrong = await run([...args, '--key', foreign]);
    expect(wrong.code).toBe(2);
    expect(wrong.err.join('')).toMatch(/--key: this key belongs to another competition/);
  });
});
