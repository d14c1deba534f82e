/** `tradeoffs validate`: OK lines, file:line:col problems, exit codes 0 / 1 / 2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerValidate, validateFiles } from '../../src/cli/validate.ts';
import { FIXTURES } from './helpers.ts';

const guide = resolve(FIXTURES, 'guide-example.yaml');
const minimalJson = resolve(FIXTURES, 'minimal.json');
const broken = resolve(FIXTURES, 'many-problems.yaml');

describe('validateFiles', () => {
  it('prints OK for each valid file and exits 0', () => {
    expect(validateFiles([guide, minimalJson])).toEqual({
      output: [`OK ${guide}`, `OK ${minimalJson}`],
      exitCode: 0,
    });
  });

  it('prints every problem of an invalid file as file:line:col: message and exits 1', () => {
    const { output, exitCode } = validateFiles([broken, guide]);
    expect(exitCode).toBe(1);
    expect(output).toEqual([
      `${broken}:1:5: id: ids use lowercase letters, digits and dashes, and start with a letter or digit`,
      `${broken}:3:8: turns: must be at least 1 (got 0)`,
      `${broken}:4:13: turnLength: expected one of week, sprint, month; got the string "weekly" (did you mean week?)`,
      `${broken}:6:9: initial.cash: must be at least 0 (got -100)`,
      `${broken}:7:3: initial.allocation: the percentages must add up to 100 (they add up to 90)`,
      `${broken}:13:13: events[0].chance: must be at most 1 (got 1.5)`,
      `${broken}:17:9: events[0].options[0].outcomes: chances must add up to 1 (they add up to 0.9)`,
      expect.stringMatching(
        /:21:62: objectives\[0\]\.metric: the string "userz" is not a metric \(did you mean users\?\); the nearest: users, /,
      ),
      `OK ${guide}`,
    ]);
  });

  it('lists the first 200 problems of a file, then how many more there are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-validate-'));
    const path = join(dir, 'keys.yaml');
    const keys = Array.from({ length: 90_000 }, (_, i) => `k${i}: 1`).join('\n');
    writeFileSync(path, `id: many\ntitle: Many\nturns: 5\n${keys}\n`);
    const { output, exitCode } = validateFiles([path, guide]);
    expect(exitCode).toBe(1);
    expect(output).toHaveLength(202);
    expect(output[0]).toBe(`${path}:4:1: k0: unknown field "k0"`);
    expect(output[199]).toBe(`${path}:203:1: k199: unknown field "k199"`);
    expect(output[200]).toBe(`${path}:204:1: … and 89,800 more problems (fix the ones above first)`);
    expect(output[201]).toBe(`OK ${guide}`);
  });

  it('reports a missing file or a wrong extension as a problem at 1:1 (exit 1), not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-validate-'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'id: a\n');
    const missing = join(dir, 'missing.yaml');
    const { output, exitCode } = validateFiles([missing, notes]);
    expect(exitCode).toBe(1);
    expect(output).toEqual([
      `${missing}:1:1: no such file`,
      `${notes}:1:1: unsupported file type; a scenario file ends in .yaml, .yml or .json`,
    ]);
  });

  it('is a usage error (exit 2) without files', () => {
    const result = validateFiles([]);
    expect(result.exitCode).toBe(2);
    expect(result.output[0]).toContain('usage: tradeoffs validate <files...>');
  });
});

describe('registerValidate', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  function program(out: string[]): Command {
    const p = new Command('tradeoffs').exitOverride();
    registerValidate(p, (line) => out.push(line));
    return p;
  }

  it('adds a validate command that prints to the given output and sets the exit code', async () => {
    const out: string[] = [];
    await program(out).parseAsync(['validate', guide], { from: 'user' });
    expect(out).toEqual([`OK ${guide}`]);
    expect(process.exitCode).toBe(0);
  });

  it('throws a usage error with exit code 2 when no file is named', async () => {
    await expect(program([]).parseAsync(['validate'], { from: 'user' })).rejects.toMatchObject({
      exitCode: 2,
    });
  });
});
