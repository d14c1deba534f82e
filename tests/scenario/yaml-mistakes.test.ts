/**
 * The YAML mistakes authors make, explained in plain words at the place where the fix goes, instead of the
 * parser's jargon ("Nested mappings are not allowed in compact mappings"); and text that a ` #` comment
 * silently cuts short.
 */
import { describe, expect, it } from 'vitest';
import { fixtureText, lines, loadOk, MINIMAL } from './helpers.ts';

/** The problems of MINIMAL plus some lines (MINIMAL is three lines, so the first added line is line 4). */
const after = (extra: string): string[] => lines(`${MINIMAL}${extra}\n`);

describe('text that YAML reads as syntax', () => {
  it('a text with ": " in it: put it in quotes', () => {
    expect(after('summary: Warning: it breaks')).toEqual([
      `test.yaml:4:10: put this text in quotes: it contains ": ", which YAML reads as the start of another field (write 'Warning: it breaks')`,
    ]);
    expect(after('debrief:\n  - { text: Note: this, domain: risk }')).toEqual([
      `test.yaml:5:13: put this text in quotes: it contains ": ", which YAML reads as the start of another field (write 'Note: this')`,
    ]);
  });

  it('an operator starting with >: put it in quotes, pointing at the >', () => {
    const objective =
      'objectives:\n  - id: a\n    label: A\n    domain: risk\n    metric: users\n    op: >=\n    target: 5';
    expect(after(objective)).toEqual([
      `test.yaml:9:9: put this value in quotes: '>=' (unquoted, text starting with ">" begins a block of text in YAML)`,
    ]);
    expect(after('summary: | pipes')).toEqual([
      `test.yaml:4:10: put this value in quotes: '| pipes' (unquoted, text starting with "|" begins a block of text in YAML)`,
    ]);
  });

  it('text starting with another YAML character: put it in quotes', () => {
    expect(after('summary: @mention')).toEqual([
      `test.yaml:4:10: put this text in quotes: text starting with "@" is YAML syntax (write '@mention')`,
    ]);
    expect(after('summary: [draft] the thing')).toEqual([
      `test.yaml:4:10: put this text in quotes: text starting with "[" is YAML syntax (write '[draft] the thing')`,
    ]);
    expect(after('summary: - item')).toEqual([
      `test.yaml:4:10: put this text in quotes: text starting with "- " is read as a list (write '- item')`,
    ]);
  });

  it('an apostrophe inside single quotes ends the text: say how to write it', () => {
    expect(after("summary: 'it's broken'")).toEqual([
      `test.yaml:4:13: the text in '…' ends at this ', so the rest of the line is left over; write an apostrophe inside '…' twice ('it''s broken'), or put the whole text in "…"`,
    ]);
  });

  it('a field without ": " after its name', () => {
    expect(after('difficulty:3')).toEqual([
      'test.yaml:4:11: put a space after the colon: a field is written "name: value"',
    ]);
    expect(after('initial:\n  cash: 5\n  debt 15')).toEqual([
      'test.yaml:6:3: a field needs ": " after its name: write "debt: 15"',
    ]);
  });

  it('a line indented differently from the fields around it', () => {
    expect(after('initial:\n  cash: 1\n   users: 3')).toEqual([
      'test.yaml:6:4: this line is indented more than the field above it, so YAML reads it as part of that value; line it up with the field above',
    ]);
    expect(after('initial:\n   cash: 1\n  users: 3')).toEqual([
      'test.yaml:6:3: this line is indented differently from the fields above it; the fields of one mapping start in the same column',
    ]);
  });

  it('a { … } or [ … ] that is never closed, at its opening bracket', () => {
    expect(after('objectives:\n  - { id: a, label: b\n  - { id: c }')).toEqual([
      'test.yaml:5:5: this { is never closed; add the } that ends it',
    ]);
    expect(after('levers: [team/hire, plan/allocate\nsummary: x')).toEqual([
      'test.yaml:4:9: this [ is never closed; add the ] that ends it',
    ]);
  });
});

describe('an unclosed quote', () => {
  it('is reported where the quote opens, not at the end of the file', () => {
    const text = 'id: tiny\ntitle: "Tiny\nturns: 10\nsummary: a\n\n\n';
    expect(lines(text)).toEqual([
      'test.yaml:2:8: this " opens a text that is never closed; add the closing " where the text ends',
    ]);
    const single = `${MINIMAL}summary: 'A summary\nbriefing: B\n`;
    expect(lines(single)).toEqual([
      "test.yaml:4:10: this ' opens a text that is never closed; add the closing ' where the text ends (an apostrophe inside '…' is written '')",
    ]);
  });

  it('is found in a whole scenario: the quote on line 4, not the end of the file', () => {
    // The guide's file has no double quote: one opened on line 4 runs to the end of the file.
    const guide = fixtureText('guide-example.yaml');
    const broken = guide.replace("title: 'The first big customer'", 'title: "x');
    expect(broken).not.toBe(guide);
    expect(lines(broken, 'd4.yaml')).toEqual([
      'd4.yaml:4:8: this " opens a text that is never closed; add the closing " where the text ends',
    ]);
  });
});

describe('a comment that cuts a text short', () => {
  it('is a problem at the #, saying what the text became', () => {
    expect(after('summary: Decline #politely')).toEqual([
      `test.yaml:4:18: summary: " #" starts a comment in YAML, so this text stops at "Decline"; put the whole text in quotes ('Decline #politely'), or move the comment to a line of its own`,
    ]);
  });

  it('is a problem when a text is only a comment', () => {
    expect(after('summary: #hashtag')).toEqual([
      `test.yaml:4:10: summary: "#" starts a comment in YAML, so this text is empty; put it in quotes ('#hashtag')`,
    ]);
  });

  it('is fine after numbers, names and quoted text, and on a line of its own', () => {
    const ok = `${MINIMAL}summary: 'Decline' # a note\ndifficulty: 2 # gentle\ntopic: debt # the chapter\n# a comment\nbriefing: |\n  A line # with a hash kept\n`;
    expect(loadOk(ok).meta.summary).toBe('Decline');
    expect(loadOk(ok).meta.briefing).toBe('A line # with a hash kept\n');
  });
});
