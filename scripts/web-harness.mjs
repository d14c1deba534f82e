// Shared by the e2e tests, bench:web and the screenshots: build the game, serve dist/, launch headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export { serveDist } from './serve-dist.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = resolve(ROOT, 'dist');
/** Debian's Chromium (package `chromium`); Playwright cannot download its own browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumMissing() {
  return !existsSync(CHROMIUM);
}

export const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
};

/**
 * Runs `vite build` (the production build, with its CSP and service worker) into `outDir`: dist/ by default,
 * or a private folder so that a build someone else starts in this checkout cannot change the files under test.
 */
export function buildWeb({ quiet = true, outDir = DIST } = {}) {
  const vite = resolve(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', ...(quiet ? ['--logLevel', 'warn'] : [])],
    {
      cwd: ROOT,
      // Under vitest NODE_ENV is 'test', which would make Vite build a non-production bundle.
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
      stdio: quiet ? 'pipe' : 'inherit',
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return outDir;
}

/** A fresh private build folder under the OS temp dir (removed by the caller with removeBuild). */
export function privateBuildDir(label) {
  return mkdtempSync(join(tmpdir(), `tradeoffs-${label}-`));
}

export function removeBuild(dir) {
  rmSync(dir, { recursive: true, force: true });
}
