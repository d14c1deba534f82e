/**
 * A hash of every file the built game is made from (the page, the build configuration, the dependencies' lock
 * file, src/, scenarios/ and assets/), written by the build into build.json, so `tradeoffs package` can tell
 * whether dist/ was built from the source it runs (otherwise its scenario hashes could differ from the
 * package's and the course would not open). Reads the file system.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const TOP_FILES = ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
const FOLDERS = ['src', 'scenarios', 'assets'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The source hash of the checkout at `root` (16 hex digits). */
export function sourceHash(root: string): string {
  const files = [
    ...TOP_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)),
    ...FOLDERS.map((d) => join(root, d))
      .filter((d) => existsSync(d))
      .flatMap(filesUnder),
  ]
    .map((full) => ({ full, name: relative(root, full).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(readFileSync(f.full)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
