/**
 * `tradeoffs verify … --roster --grades`: the runs verified, matched to a real-looking LMS roster and written as
 * that LMS's gradebook; what to check and who has no run on stderr; open questions settled with --assign; every
 * usage mistake one line with exit code 2 and no file written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { run } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-grades-'));
const file = (name: string): string => join(dir, name);
const roster = (name: string): string => new URL(`../fixtures/rosters/${name}`, import.meta.url).pathname;
const runs: string[] = [];

async function play(name: string, bot: string, extra: string[] = []): Promise<void> {
  const path = file(`${runs.length}.json`);
  const r = await run([
    'play',
    ...['--scenario', 'solo-founder', '--seed', 'K7M2QX', '--bot', bot, '--json'],
    ...['--out', path, '--name', name, '--started-at', '2025-03-03T09:00:00Z', ...extra],
  ]);
  expect(r.code, r.err.join('\n')).toBe(0);
  runs.push(path);
}

function rows(path: string): string[][] {
  const parsed = parseCsv(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows;
}

beforeAll(async () => {
  await play('Ada Lovelace', 'steady');
  await play('Jose Garcia Marquez', 'frugal');
  await play('s1000003', 'move-fast', ['--name-kind', 'student-id']);
  await play('Blue Falcon', 'frugal', ['--turns', '12', '--name-kind', 'alias']);
  await play('Wei Zhang', 'steady', ['--turns', '20']);
  await play('The Optimists', 'steady', ['--turns', '30', '--members', "Søren Øyelaran, Siobhan O'Brien"]);
}, 60_000);

describe('verify --roster --grades', () => {
  it('writes the Canvas gradebook and reports what to check and who has no run', async () => {
    const out = file('canvas.csv');
    const r = await run(['verify', ...runs, '--roster', roster('canvas-gradebook.csv'), '--grades', out]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(6);
    const t = rows(out);
    expect(t[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Tradeoffs']);
    const grade = (sortable: string): string => t.find((row) => row[0] === sortable)![5]!;
    const score = (name: string): number =>
      Number(
        r.out
          .find((l) => l.startsWith(`OK ${name} `))!
          .split(' ')
          .at(-1),
      );
    expect(grade('Lovelace, Ada')).toBe(String(score('Ada Lovelace') / 10));
    expect(grade('Hopper, Grace')).toBe(String(score('s1000003') / 10));
    expect(grade("O'Brien, Siobhán")).toBe(String(score('The Optimists') / 10));
    expect(grade('Zhang, Wei')).toBe('');
    const err = r.err.join('\n');
    expect(err).toContain('Jose Garcia Marquez: close match: José García Márquez (row 4, s1000002)');
    expect(err).toContain(
      'Blue Falcon: an alias: not graded until it is given to a student — settle with --assign "Blue Falcon=<student id or e-mail>" (or =none)',
    );
    expect(err).toMatch(/no run \(5\):\n {2}Wei Zhang \(row 6, s1000004\): no run/);
    expect(err).toContain(`wrote ${out}: Canvas gradebook (score, linear:0-1000, 100 points, no run: blank)`);
  });

  it('settles open matches with --assign, and grades as the flags say', async () => {
    const out = file('moodle.csv');
    const r = await run([
      'verify',
      ...runs,
      ...['--roster', roster('canvas-gradebook.csv'), '--grades', out, '--format', 'moodle'],
      ...['--assign', 'Wei Zhang=s1000005', '--assign', 'Blue Falcon=mallory'],
      ...['--map', 'thresholds:800=A,600=B,0=C', '--missing', 'zero', '--column', 'Simulation'],
    ]);
    expect(r.code, r.err.join('\n')).toBe(0);
    const t = rows(out);
    expect(t[0]).toEqual(['First name', 'Last name', 'ID number', 'Username', 'Simulation']);
    const byId = new Map(t.slice(1).map((row) => [row[2], row[4]]));
    expect(byId.get('s1000005')).toMatch(/^[ABC]$/);
    expect(byId.get('s1000010')).toMatch(/^[ABC]$/);
    expect(byId.get('s1000004')).toBe('C');
  });

  it('needs --format for a roster no LMS wrote, and reads it (Windows-1252) with one', async () => {
    const out = file('other.csv');
    const args = ['verify', ...runs, '--roster', roster('excel-windows-1252.csv'), '--grades', out];
    const r = await run(args);
    expect([r.code, r.err.at(-1)]).toEqual([
      2,
      'error: --format canvas|moodle|blackboard is needed: the roster does not say which LMS wrote it',
    ]);
    expect(existsSync(out)).toBe(false);
    const ok = await run([...args, '--format', 'moodle']);
    expect(ok.code).toBe(0);
    expect(rows(out)[3]!.slice(0, 2)).toEqual(['José', 'García Márquez']);
  });

  it('refuses mistakes with one line and exit code 2, writing nothing', async () => {
    const out = file('never.csv');
    const base = ['verify', runs[0]!, '--roster', roster('moodle-participants.csv'), '--grades', out];
    const cases: [string[], string][] = [
      [
        ['--assign', 'Nobody=s1000001'],
        'error: --assign "Nobody=s1000001": no verified run is named "Nobody" (a team member is "Team / Member")',
      ],
      [
        ['--assign', 'Ada Lovelace=Wei Zhang'],
        expect.stringMatching(
          /^error: --assign "Ada Lovelace=Wei Zhang": "Wei Zhang" could be Wei Zhang \(row 9/,
        ) as unknown as string,
      ],
      [
        ['--map', 'bell'],
        expect.stringMatching(/^error: --map: unknown mapping “bell”/) as unknown as string,
      ],
      [['--weights', 'risk=0'], 'error: --weights: give at least one domain a weight above 0'],
      [
        ['--format', 'blackboard'],
        expect.stringMatching(/^error: Blackboard finds students by Username/) as unknown as string,
      ],
      [['--missing', 'fail'], 'error: --missing must be blank or zero (got "fail")'],
    ];
    for (const [extra, message] of cases) {
      const r = await run([...base, ...extra]);
      expect([r.code, r.err.at(-1)], extra.join(' ')).toEqual([2, message]);
    }
    const alone = await run(['verify', runs[0]!, '--roster', roster('moodle-participants.csv')]);
    expect([alone.code, alone.err.at(-1)]).toEqual([
      2,
      'error: --roster and --grades go together: the roster to match, the file to write',
    ]);
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
