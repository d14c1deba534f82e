/** `tradeoffs play` as instructors and scripts use it: stable JSON, and one-line errors with exit code 2. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const PLAY = ['play', '--scenario', 'solo-founder', '--seed', '42', '--bot', 'steady', '--json'];

describe('tradeoffs play --json', () => {
  it('prints one JSON object with the documented fields', async () => {
    const r = await run(PLAY);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const o = JSON.parse(r.out[0]!);
    expect(o).toMatchObject({ scenario: 'solo-founder', seed: '42', bot: 'steady', turns: 52 });
    expect(typeof o.outcome).toBe('string');
    expect(typeof o.score).toBe('number');
    expect(o.stateHash).toMatch(/^[0-9a-f]{16}$/);
    for (const k of ['users', 'cash', 'techDebt', 'incidents']) expect(typeof o.metrics[k]).toBe('number');
    for (const k of ['deploysPerWeek', 'leadTimeDays', 'changeFailureRate', 'recoveryHours']) {
      expect(typeof o.metrics.dora[k]).toBe('number');
    }
  });

  it('lists the scenario events that fired, with their turn (as the game counts them) and the option chosen', async () => {
    const r = await run(['play', '--scenario', 'tutorial', '--seed', 'tour-1', '--bot', 'steady', '--json']);
    const o = JSON.parse(r.out[0]!);
    // The fields scripts already read come first, unchanged; the events come last.
    expect(Object.keys(o)).toEqual([
      'scenario',
      'seed',
      'bot',
      'turns',
      'outcome',
      'reason',
      'score',
      'stateHash',
      'metrics',
      'scorecard',
      'events',
      'followUpsDropped',
    ]);
    expect(o.events).toHaveLength(10);
    expect(o.events.map((e: { turn: number }) => e.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const e of o.events) {
      expect(Object.keys(e)).toEqual(['turn', 'id', 'option', 'outcome']);
      expect(typeof e.id).toBe('string');
      expect(typeof e.option).toBe('string');
    }
    const text = (
      await run(['play', '--scenario', 'tutorial', '--seed', 'tour-1', '--bot', 'steady'])
    ).out.join('\n');
    const first = o.events[0];
    expect(text).toContain(`events     turn 1  ${first.id} → ${first.option}`);
  });

  it('says when no event fired, and when a card was still unanswered at the end', async () => {
    const none = await run([...PLAY, '--turns', '1']);
    expect(JSON.parse(none.out[0]!).events).toEqual([]);
    const text = (await run([...PLAY.slice(0, -1), '--turns', '1'])).out.join('\n');
    expect(text).toMatch(/^events {5}none$/m);
    const tour = ['play', '--scenario', 'tutorial', '--seed', 'tour-1', '--bot', 'steady', '--turns', '1'];
    expect(JSON.parse((await run([...tour, '--json'])).out[0]!).events).toEqual([
      { turn: 1, id: 'capacity', option: null, outcome: null },
    ]);
    expect((await run(tour)).out.join('\n')).toMatch(
      /^events {5}turn 1 {2}capacity not answered by the end$/m,
    );
  });

  it('lists the follow-ups that came due but did not fire, with the conditions that failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-dropped-'));
    const file = join(dir, 'dropped.yaml');
    writeFileSync(
      file,
      `formatVersion: 2
id: dropped
title: Dropped
turns: 8
events:
  - id: ask
    title: Ask
    text: T
    domain: risk
    when: ['turn == 1']
    chance: 1
    options:
      - { id: a, label: A, stance: careful, text: Done., followUp: { event: check, inTurns: 2 } }
  - id: check
    title: Check
    text: T
    domain: risk
    followUpOnly: true
    when: ['users >= 1000000', { anyOf: ['selfHosted == 1', 'fineTuned == 1'] }]
    options:
      - { id: a, label: A, text: Done. }
`,
    );
    const r = await run(['play', '--scenario', file, '--seed', '1', '--bot', 'steady', '--json']);
    expect(JSON.parse(r.out[0]!).followUpsDropped).toEqual([
      { turn: 4, id: 'check', failed: ['users >= 1000000', 'anyOf: selfHosted == 1, fineTuned == 1'] },
    ]);
    const text = (await run(['play', '--scenario', file, '--seed', '1', '--bot', 'steady'])).out.join('\n');
    expect(text).toMatch(
      /^dropped {4}turn 4 {2}check came due, but users >= 1000000 and anyOf: selfHosted == 1, fineTuned == 1 did not hold$/m,
    );
    // Solo founder's SLA review only comes when the SLO was breached: steady's never was.
    expect(JSON.parse((await run(PLAY)).out[0]!).followUpsDropped).toEqual([
      expect.objectContaining({ id: 'sla-review', failed: ['avgSlo < 0.985'] }),
    ]);
    expect(JSON.parse((await run([...PLAY, '--turns', '3'])).out[0]!).followUpsDropped).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the same output for the same arguments, and another state for another seed', async () => {
    const a = await run(PLAY);
    const b = await run(PLAY);
    expect(a.out).toEqual(b.out);
    const c = await run(PLAY.map((x) => (x === '42' ? '43' : x)));
    expect(JSON.parse(c.out[0]!).stateHash).not.toBe(JSON.parse(a.out[0]!).stateHash);
  });

  it('stops after --turns', async () => {
    const r = await run([...PLAY, '--turns', '5']);
    expect(JSON.parse(r.out[0]!).turns).toBe(5);
  });

  it('prints a readable summary without --json', async () => {
    const r = await run(PLAY.slice(0, -1));
    expect(r.out.join('\n')).toMatch(/outcome .* after 52 turns/);
    expect(r.out.join('\n')).toMatch(/DORA .* deploys\/week/);
  });
});

describe('tradeoffs play errors', () => {
  it.each([
    [['play', '--scenario', 'nope', '--bot', 'steady'], /unknown scenario "nope"/],
    [['play', '--scenario', 'solo-founder', '--bot', 'genius'], /unknown bot "genius".*steady/],
    [
      ['play', '--scenario', 'solo-founder', '--bot', 'steady', '--turns', 'many'],
      /--turns must be a whole number/,
    ],
    [['play', '--scenario', 'solo-founder', '--bot', 'steady', '--speed', '3'], /unknown option '--speed'/],
    [['play', '--bot', 'steady'], /required option '--scenario/],
    [['fly'], /unknown command 'fly'/],
  ])('%j exits with code 2 and one line naming the problem', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toMatch(/\n\s+at /);
  });

  it('a scenario file with problems is a usage error listing file:line:col', async () => {
    const r = await run([
      'play',
      '--scenario',
      'tests/scenario/fixtures/many-problems.yaml',
      '--bot',
      'steady',
    ]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/many-problems\.yaml:\d+:\d+: /);
  });
});

describe('tradeoffs play --scenario <file> over the size limit', () => {
  it('refuses a 3 GB file before reading it: exit 2 with the size limit, like validate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-big-'));
    const path = join(dir, 'big.yaml');
    try {
      writeFileSync(path, '');
      truncateSync(path, 3 * 1024 ** 3); // sparse: takes no disk space
      const r = await run(['play', '--scenario', path, '--bot', 'steady']);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toContain(
        `${path}:1:1: the file is over 10 MB; the limit is 1000000 bytes (1 MB)`,
      );
      expect(r.err.join('\n')).not.toMatch(/2 GiB/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npx tradeoffs (the installed command)', () => {
  it('runs from a shell with the same output as in-process, and exits 2 on a bad bot', async () => {
    const out = execFileSync('node', ['bin/tradeoffs.mjs', ...PLAY], { encoding: 'utf8' }).trim();
    expect(out).toBe((await run(PLAY)).out[0]);
    const bad = spawnSync('node', ['bin/tradeoffs.mjs', 'play', '--scenario', 'solo-founder', '--bot', 'x'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
