/** Formatting for people: request counts carry their own unit, and every screen names turns the same way. */
import { describe, expect, it } from 'vitest';
import { count, paragraphTexts, requests, turnWords } from '../../src/ui/format.ts';
import { provisionHint } from '../../src/ui/panels/architecture.ts';

describe('requests', () => {
  it('formats thousands of requests with one unit suffix', () => {
    expect(requests(0.5)).toBe('500');
    expect(requests(34)).toBe('34k');
    expect(requests(1000)).toBe('1.0M');
    expect(requests(34_000)).toBe('34.0M');
    expect(requests(12)).toBe(count(12_000));
  });

  it("gives the server units' price and never doubles a suffix in their hint", () => {
    const hint = provisionHint(34, 35, 3);
    expect(hint).toBe(
      '$35/week each ($105/week for 3); each serves 1.0M requests/week; peak now 34k (suggested 2)',
    );
    expect(hint).not.toMatch(/kk|Mk|,\d{3}k/);
    expect(provisionHint(34_123, 35, 0)).toContain('peak now 34.1M');
  });
});

describe('turnWords', () => {
  const scenario = (weeksPerTurn: number, turns = 12) => ({ turns, params: { weeksPerTurn } });

  it('uses the scenario turn length word', () => {
    expect(turnWords(scenario(1)).unit).toBe('week');
    expect(turnWords(scenario(2)).unit).toBe('sprint');
    expect(turnWords(scenario(4)).unit).toBe('month');
    expect(turnWords(scenario(2)).Unit).toBe('Sprint');
  });

  it('counts and numbers turns', () => {
    const w = turnWords(scenario(1, 12));
    expect(w.count(1)).toBe('1 week');
    expect(w.count(4)).toBe('4 weeks');
    expect(w.nth(3)).toBe('week 3');
    expect(w.nth(3, true)).toBe('Week 3');
    expect(w.of(3)).toBe('Week 3 of 12');
  });

  it('numbers the turn being planned as turns played + 1, and the last turn once over', () => {
    const w = turnWords(scenario(1, 12));
    expect(w.planning(0)).toBe(1);
    expect(w.planning(2)).toBe(3);
    expect(w.planning(12)).toBe(12);
  });
});

describe('paragraphTexts (a briefing as paragraphs)', () => {
  it('splits at blank lines and reads a single line break as a space', () => {
    expect(paragraphTexts('One\ntwo  \n  three.\n \t\nFour.\n\n\n')).toEqual(['One two three.', 'Four.']);
  });

  it('reads the longest briefing of blanks (20,000 characters) in one pass', () => {
    // A pattern like /\s*\n\s*/g retries every run of blanks from each of its characters: quadratic.
    const blanks = ' '.repeat(19_990);
    expect(paragraphTexts(`a${blanks}b\n${blanks}c`)).toEqual([`a${blanks}b c`]);
    expect(paragraphTexts(`${blanks}x`)).toEqual(['x']);
  });
});
