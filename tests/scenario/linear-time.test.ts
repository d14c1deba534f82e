/**
 * Hostile files at the largest size the loader accepts (just under 1 MB): each gets its problems at once. These
 * inputs once made the YAML error explainer backtrack for minutes or hours (a comment-stripping pattern on a line
 * of blanks, the whole syntax tree read again for every line with an error). Each file is read in a worker that
 * is stopped after 60 s (tests/hang/guard.ts), so a hang fails its test instead of holding the run;
 * `npm run bench:hostile` prints how long each one takes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/scenario/text-guards.ts';
import { HangGuard } from '../hang/guard.ts';
import { MINIMAL } from './helpers.ts';

const guard = new HangGuard(new URL('../hang/tasks.ts', import.meta.url).href);
afterAll(() => guard.close());

/** `head` + `unit` repeated to fill the file to just under the size limit + `tail`. */
function filled(head: string, unit: string, tail = '\n'): string {
  const room = MAX_FILE_BYTES - 100 - head.length - tail.length;
  return head + unit.repeat(Math.floor(room / unit.length)) + tail;
}

async function problems(text: string): Promise<string[]> {
  const found = await guard.call<string[] | null>('scenarioProblems', text, 'evil.yaml');
  if (!found) expect.fail('expected the file to be refused');
  return found;
}

describe('a line of ~1 MB of blanks in a text the explainer quotes', () => {
  const blanks = (value: string, tail = 'y\n'): string => filled(`${MINIMAL}summary: ${value}`, ' ', tail);

  it('text starting with @ (reserved)', async () => {
    expect(await problems(blanks('@x'))).toEqual([
      `evil.yaml:4:10: put this text in quotes: text starting with "@" is YAML syntax (write '@x${' '.repeat(38)}…')`,
    ]);
  });

  it('text with ": " inside', async () => {
    expect((await problems(blanks('a: b')))[0]).toMatch(
      /^evil\.yaml:4:10: put this text in quotes: it contains ": "/,
    );
  });

  it('text starting with "- "', async () => {
    expect((await problems(blanks('- a')))[0]).toMatch(
      /^evil\.yaml:4:10: put this text in quotes: text starting with "- "/,
    );
  });

  it('an unquoted >= (block header)', async () => {
    expect((await problems(blanks('>=')))[0]).toMatch(/^evil\.yaml:4:10: put this value in quotes: '>=/);
  });

  it("text left over after a closing quote ('a'b)", async () => {
    expect((await problems(blanks("'a'b")))[0]).toMatch(/^evil\.yaml:4:12: the text in '…' ends at this '/);
  });

  it('a field without ": " whose line holds a line separator', async () => {
    const text = filled(`${MINIMAL}debt`, ' ', 'b\u2028c\n');
    expect(await problems(text)).toEqual([
      'evil.yaml:4:1: a field needs ": " after its name: write "debt: b\\u2028c"',
    ]);
  });
});

describe('~1 MB of lines that each have a syntax error', () => {
  it('quotes never closed on every line (the syntax tree is read once, not once per line)', async () => {
    const found = await problems(filled(MINIMAL, 'a: "x\n'));
    expect(found[0]).toBe(
      'evil.yaml:4:4: this " opens a text that is never closed; add the closing " where the text ends',
    );
  });

  it('a { never closed, then thousands of lines', async () => {
    const found = await problems(filled(`${MINIMAL}summary: { a: b`, ', a: b\n'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith('evil.yaml:'))).toBe(true);
  });

  it('a reserved character on every line: at most 200 problems and a count of the rest', async () => {
    const found = await problems(filled(MINIMAL, 'a: @\n'));
    expect(found).toHaveLength(201);
    expect(found[0]).toBe(
      `evil.yaml:4:4: put this text in quotes: text starting with "@" is YAML syntax (write '@')`,
    );
    expect(found[200]).toMatch(/^evil\.yaml:204:4: … and [\d,]+ more problems \(fix the ones above first\)$/);
  });
});

describe('~1 MB lists in brackets (the YAML parser takes ~20 s on one)', () => {
  const crowded = 'a [ … ] or { … } with more than 10,000 entries; a scenario never needs more than 500';

  it('are refused before parsing, in YAML', async () => {
    expect(await problems(filled(`${MINIMAL}summary: [`, '1, ', '1]\n'))).toEqual([
      `evil.yaml:4:10: ${crowded}`,
    ]);
    expect(await problems(filled(`${MINIMAL}initial: {`, 'a: 1, ', 'b: 2}\n'))).toEqual([
      `evil.yaml:4:10: ${crowded}`,
    ]);
  });

  it('and in JSON', async () => {
    const found = await guard.call<string[] | null>('scenarioProblems', filled('[', '1,', '1]'), 'evil.json');
    expect(found).toEqual([`evil.json:1:1: JSON syntax: ${crowded}`]);
  });
});
