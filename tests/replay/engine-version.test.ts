/**
 * ENGINE_VERSION must change whenever the rules change, or a classroom would rank runs re-simulated by rules
 * other than the ones they were played with. The golden games of the test scenarios ("plain", "eventful") change
 * exactly when the rules do, so their hashes are recorded here next to the version they belong to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { hashValue } from '../../src/lib/hash.ts';

/**
 * ENGINE_VERSION → the bots of its golden games and the hash of the test scenarios' lines for them. A bot added
 * later adds golden lines without changing a rule, so each version hashes only the bots it was recorded with.
 */
const RECORDED: Record<number, { bots: readonly string[]; hash: string }> = {
  1: { bots: ['random', 'move-fast', 'steady', 'frugal'], hash: '967039bc96a7b87a' },
  2: { bots: ['random', 'move-fast', 'steady', 'frugal', 'idle'], hash: '6c6a3585eca921dd' },
};

/** A golden line reads "<scenario> <seed> <bot> <hash>". */
function goldenRulesHash(bots: readonly string[]): string {
  const golden = JSON.parse(readFileSync('tests/engine/golden.json', 'utf8')) as { games: string[] };
  return hashValue(
    golden.games.filter((g) => {
      const [scenario, , bot] = g.split(' ');
      return (scenario === 'plain' || scenario === 'eventful') && bots.includes(bot!);
    }),
  );
}

describe('ENGINE_VERSION', () => {
  it('is bumped whenever the golden games of the test scenarios change', () => {
    const recorded = RECORDED[ENGINE_VERSION];
    const actual = goldenRulesHash(recorded?.bots ?? []);
    expect(
      recorded?.hash,
      `tests/engine/golden.json changed for the test scenarios (hash ${actual}): the rules changed, so bump ` +
        'ENGINE_VERSION in src/engine/version.ts and record the new version with this hash here.',
    ).toBe(actual);
  });
});
