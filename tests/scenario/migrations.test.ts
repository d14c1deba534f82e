/** Files written for an older format still load; files from a newer game are refused with a clear message. */
import { describe, expect, it } from 'vitest';
import { migrate, migrationNote, originalPath, STEPS } from '../../src/scenario/migrations.ts';
import { FORMAT_VERSION } from '../../src/scenario/index.ts';
import { fixtureText, lines, loadOk } from './helpers.ts';

describe('format version 0', () => {
  it('loads through the migrations: length becomes turns, cashCents becomes dollars', () => {
    const old = loadOk(fixtureText('format-v0.yaml'), 'format-v0.yaml');
    expect(old.scenario.turns).toBe(12);
    expect(old.scenario.initial.cash).toBe(12_345_600);
    expect(old.scenario.initial.users).toBe(250);
    expect(old.meta.formatVersion).toBe(0);
  });

  it('gives the same game as the same scenario written in the current format', () => {
    const old = loadOk(fixtureText('format-v0.yaml'), 'format-v0.yaml');
    const current = loadOk(
      'formatVersion: 1\nid: old-timer\ntitle: An old scenario\nturns: 12\ninitial:\n  cash: 123456\n  users: 250\n',
    );
    expect(old.hash).toBe(current.hash);
  });

  it('reports problems in migrated fields where the file wrote them, under their old names', () => {
    const text = 'formatVersion: 0\nid: old\ntitle: Old\nlength: "12"\ninitial:\n  cashCents: -5\n';
    expect(lines(text)).toEqual([
      'test.yaml:4:9: length: expected a number, got the string "12" (remove the quotes)',
      'test.yaml:6:14: initial.cashCents: must be at least 0 (got -0.05)',
    ]);
  });

  it('leaves a file without formatVersion as the current format', () => {
    expect(lines('id: a\ntitle: A\nlength: 12\n')).toEqual([
      'test.yaml:1:1: turns: missing (this field is required)',
      'test.yaml:3:1: length: unknown field "length"',
    ]);
  });
});

describe('versions', () => {
  it('refuses a file from a newer game, asking to update', () => {
    expect(
      lines(`formatVersion: 7\nid: future\ntitle: From the future\nturns: 10\nwarpDrive: true\n`),
    ).toEqual([
      `test.yaml:1:16: formatVersion 7 is newer than this game supports (${FORMAT_VERSION}); update Tradeoffs`,
    ]);
    expect(FORMAT_VERSION).toBe(2);
  });

  it('refuses a version that is not a whole number', () => {
    expect(lines('formatVersion: "1"\nid: a\ntitle: A\nturns: 1\n')).toEqual([
      'test.yaml:1:16: formatVersion must be a whole number (the current format is 2)',
    ]);
  });

  it('has one step per version, in order, up to the current one', () => {
    expect(STEPS.map((s) => s.from)).toEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i));
  });

  it('migrates without changing its input', () => {
    const input = { formatVersion: 0, id: 'a', title: 'A', length: 3, initial: { cashCents: 100 } };
    const before = JSON.stringify(input);
    const out = migrate(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.data).toEqual({ formatVersion: 2, id: 'a', title: 'A', turns: 3, initial: { cash: 1 } });
    expect(originalPath(['initial', 'cash'], out.renames)).toEqual(['initial', 'cashCents']);
    expect(originalPath(['turns'], out.renames)).toEqual(['length']);
  });
});

describe('format version 1', () => {
  const v1 = 'formatVersion: 1\nid: v1\ntitle: Format one\nturns: 12\ninitial:\n  cash: 90000\n';

  it('loads unchanged as format 2, the same game as the file marked current', () => {
    const old = loadOk(v1);
    expect(old.meta.formatVersion).toBe(1);
    expect(old.hash).toBe(loadOk(v1.replace('formatVersion: 1', 'formatVersion: 2')).hash);
  });

  it('comes with a note saying what the migration did and how to mark the file current', () => {
    expect(migrationNote(1)).toBe(
      'written for format 1, migrated (1 → 2: nothing to change: format 2 only adds fields (anyOf conditions, objectives over time, parameter and architecture effects, outcome factors, serving differences, more starting state)); set formatVersion: 2 to mark it current',
    );
    expect(migrationNote(0)).toMatch(
      /^written for format 0, migrated \(0 → 1: `length` became `turns`.*; 1 → 2: nothing to change/,
    );
    expect(migrationNote(2)).toBeNull();
  });
});
