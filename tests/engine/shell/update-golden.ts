/**
 * `npm run golden:update`: rebuilds the cross-engine bundle, runs it under Node and rewrites
 * tests/engine/golden.json, printing which games changed. Commit the new file only when the change is intended
 * (a rule or balance change), never to silence a cross-engine difference.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildGoldenBundle, GOLDEN_FILE, goldenFileText, runBundle, type GoldenFile } from './build.ts';

/** "<scenario> <seed> <bot>" identifies a game; the rest of the line is its result. */
const gameOf = (line: string): string => line.split(' ').slice(0, 3).join(' ');
const resultOf = (line: string): string => line.split(' ').slice(3).join(' ');

const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-golden-'));
try {
  const bundle = await buildGoldenBundle(join(dir, 'golden.js'));
  const games = runBundle(process.execPath, bundle);
  const old = existsSync(GOLDEN_FILE)
    ? (JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenFile).games
    : [];
  const before = new Map(old.map((l) => [gameOf(l), l]));
  const after = new Set(games.map(gameOf));
  const added = games.filter((l) => !before.has(gameOf(l)));
  const removed = old.filter((l) => !after.has(gameOf(l)));
  const changed = games.filter((l) => before.has(gameOf(l)) && before.get(gameOf(l)) !== l);
  writeFileSync(GOLDEN_FILE, goldenFileText(games));

  console.log(
    `${relative(process.cwd(), GOLDEN_FILE)}: ${games.length} games; ${changed.length} changed, ` +
      `${added.length} added, ${removed.length} removed, ${games.length - changed.length - added.length} unchanged`,
  );
  for (const l of changed)
    console.log(`  changed  ${gameOf(l)}: ${resultOf(before.get(gameOf(l))!)} -> ${resultOf(l)}`);
  for (const l of added) console.log(`  added    ${l}`);
  for (const l of removed) console.log(`  removed  ${l}`);
  const errors = games.filter((l) => resultOf(l).startsWith('ERROR'));
  if (errors.length > 0) {
    console.warn(`\nWARNING: ${errors.length} game(s) ended in an error; recorded as such, but fix them:`);
    for (const l of errors) console.warn(`  ${l}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
