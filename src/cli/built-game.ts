/**
 * The built game that `tradeoffs package` puts into a course package: a build folder with build.json (written
 * by the build, vite.config.ts) listing its files and the hash of the source it was made from. By default
 * dist/ when it was built from this checkout; otherwise the game is built into dist/ first (the `vite build`
 * step of `npm run build`), saying so. A build from other source is refused: its scenarios could differ from
 * the package's course file and the course would not open.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { BUILD_LIST } from '../lms/index.ts';
import { UsageError } from './errors.ts';
import { SCENARIO_DIR } from './scenarios.ts';
import { sourceHash } from './source-hash.ts';

/** The checkout's root folder (where scenarios/, src/ and dist/ are). */
export const REPO_ROOT = dirname(SCENARIO_DIR);

interface BuildList {
  source: string;
  files: string[];
}

function readList(dir: string): BuildList | null {
  const path = join(dir, BUILD_LIST);
  if (!existsSync(path)) return null;
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<BuildList>;
    if (
      typeof v.source !== 'string' ||
      !Array.isArray(v.files) ||
      !v.files.every((f) => typeof f === 'string')
    )
      return null;
    return { source: v.source, files: v.files };
  } catch {
    return null;
  }
}

function viteBuild(outDir: string, log: (text: string) => void): void {
  log(`Building the game into ${outDir} (vite build, as npm run build does; this takes a minute)\u2026`);
  const vite = resolve(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`the game did not build:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
}

/**
 * The folder of a build of this source: `dir` as given (refused when it is not one), or dist/, built first
 * when it is missing or from other source. `log` says which.
 */
export function builtGameDir(dir: string | undefined, log: (text: string) => void): string {
  const source = sourceHash(REPO_ROOT);
  if (dir !== undefined) {
    const list = readList(dir);
    if (!list)
      throw new UsageError(
        `--game: ${dir} is not a built game (it has no readable ${BUILD_LIST}; run npm run build)`,
      );
    if (list.source !== source)
      throw new UsageError(
        `--game: ${dir} was built from other source than this checkout: build it again (npm run build) or leave out --game`,
      );
    log(`Using the game built in ${dir}.`);
    return dir;
  }
  const dist = join(REPO_ROOT, 'dist');
  const list = readList(dist);
  if (list?.source === source) {
    log(`Using the game built in ${dist} (built from this checkout).`);
    return dist;
  }
  log(list ? `${dist} was built from other source.` : `There is no built game in ${dist}.`);
  viteBuild(dist, log);
  if (readList(dist)?.source !== source) throw new Error(`the build in ${dist} does not match this checkout`);
  return dist;
}

/** Every file the build lists, by its path in the build. */
export function readBuiltGame(dir: string): Map<string, Uint8Array> {
  const list = readList(dir);
  if (!list) throw new UsageError(`${dir} has no readable ${BUILD_LIST}`);
  const game = new Map<string, Uint8Array>();
  for (const f of list.files) {
    const path = join(dir, f);
    if (!existsSync(path))
      throw new UsageError(`${dir} lists ${f} in ${BUILD_LIST}, but the file is missing: build it again`);
    game.set(f, new Uint8Array(readFileSync(path)));
  }
  return game;
}
