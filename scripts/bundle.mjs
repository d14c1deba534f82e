// Bundles a TypeScript entry of this repository with esbuild into node_modules/.cache/tradeoffs/ and imports it.
// Used by the CLI (bin/tradeoffs.mjs) and the benchmarks: bundled code is what browsers and workers run.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundle(entry, name) {
  const outdir = resolve(ROOT, 'node_modules/.cache/tradeoffs');
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, `${name}.mjs`);
  await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    sourcemap: 'inline',
  });
  return outfile;
}

export async function runBundled(entry, name) {
  return import(pathToFileURL(await bundle(entry, name)).href);
}
