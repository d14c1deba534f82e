/**
 * ENGINE_VERSION must change whenever the rules change, or a classroom would rank runs re-simulated by rules
 * other than the ones they were played with. The golden games of the test scenarios ("plain", "eventful") change
 * exactly when the rules do, so their hashes are recorded here next to the version they belong to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { hashValue } from '../../src/lib/hash.ts';

/** ENGINE_VERSION → hash of the golden lines of the test scenarios that it was released with. */
const RECORDED: Record<number, string> = {
  1: '967039bc96a7b87a',
};

function goldenRulesHash(): string {
  const golden = JSON.parse(readFileSync('tests/engine/golden.json', 'utf8')) as { games: string[] };
  return hashValue(golden.games.filter((g) => g.startsWith('plain ') || g.startsWith('eventful ')));
}

describe('ENGINE_VERSION', () => {
  it('is bumped whenever the golden games of the test scenarios change', () => {
    const actual = goldenRulesHash();
    expect(
      RECORDED[ENGINE_VERSION],
      `tests/engine/golden.json changed for the test scenarios (hash ${actual}): the rules changed, so bump ` +
        'ENGINE_VERSION in src/engine/version.ts and record the new version with this hash here.',
    ).toBe(actual);
  });
});
