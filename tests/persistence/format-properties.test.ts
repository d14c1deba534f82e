/**
 * Damage never passes for a different game: any single-character change or any truncation of an encoded save
 * is refused (damaged, incomplete, checksum) or reads back as the very same save.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSave, encodeSave, type Save } from '../../src/persistence/save-format.ts';
import { sampleSave } from './helpers.ts';

const REFUSALS = ['corrupt', 'truncated', 'checksum', 'not-a-save', 'newer-version'];

const saves: Save[] = [
  sampleSave(),
  sampleSave({
    scenario: { id: 'solo-founder', hash: 'fedcba9876543210', source: null },
    mode: 'competition',
    draft: [],
    sequence: 1234,
  }),
  sampleSave({
    log: [[{ type: 'team/hire', role: 'sre', count: 1 }], [{ type: 'money/raise' }], []],
    turn: 3,
    seed: 'é ünïcode 🚀',
  }),
];

/** Characters likely to keep JSON valid (digits, quotes, letters of the field names) plus anything at all. */
const replacement = fc.oneof(
  fc.constantFrom(...'0123456789"{}[],:.-etrufalsnpcdi \\'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

function refusedOrSame(text: string, original: Save): void {
  const r = decodeSave(text);
  if (r.ok) expect(r.save).toEqual(original);
  else expect(REFUSALS).toContain(r.reason);
}

describe('damaged saves', () => {
  it('a single changed character is refused or changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...saves), fc.nat(), replacement, (save, at, ch) => {
        const text = encodeSave(save);
        const i = at % text.length;
        refusedOrSame(text.slice(0, i) + ch + text.slice(i + 1), save);
      }),
      { numRuns: 3000 },
    );
  });

  it('every truncation is refused', () => {
    for (const save of saves) {
      const text = encodeSave(save);
      for (let n = 0; n < text.length; n++) expect(decodeSave(text.slice(0, n)).ok).toBe(false);
    }
  });

  it('a changed digit in the turn count, sequence or seed is caught by the checksum', () => {
    const save = saves[1]!;
    const text = encodeSave(save).replace('"sequence":1234', '"sequence":1235');
    expect(decodeSave(text)).toMatchObject({ ok: false, reason: 'checksum' });
  });
});
