import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { builtInCatalogueModule, SCENARIOS_DIR } from './src/scenario/node.ts';
import { sourceHash } from './src/cli/source-hash.ts';

/**
 * The built game's Content-Security-Policy: no eval, no inline script or style, no request leaving the page.
 * Only added to the production build (the dev server needs its own websocket and inline styles for HMR).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'tradeoffs-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(full).map((f) => `${name}/${f}`)
      : [relative(dir, full).split(sep).join('/')];
  });
}

/**
 * Offline play: writes dist/sw.js from src/sw/sw.js with the list of files to precache (index.html, every
 * emitted chunk and asset including the lazily loaded Phaser chunk, and the assets/ files such as the favicon)
 * and a version that is a hash of all of them, so every build that changes a byte gets a new cache.
 * main.ts registers the worker in production builds only.
 * Also writes dist/build.json: the same version and files, and the hash of the source the build was made from
 * (src/cli/source-hash.ts). LMS packages are made from that list, by the Host screen (which fetches the
 * files) and by `tradeoffs package` (which reads them from the build folder and checks the source hash).
 */
function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'tradeoffs-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const emitted = Object.values(bundle)
        .filter((f) => !f.fileName.endsWith('.map') && f.fileName !== 'sw.js')
        .sort((a, b) => a.fileName.localeCompare(b.fileName));
      for (const f of emitted) {
        hash.update(f.fileName).update(f.type === 'chunk' ? f.code : f.source);
      }
      const publicFiles = config.publicDir ? filesUnder(config.publicDir) : [];
      for (const f of publicFiles) hash.update(f).update(readFileSync(join(config.publicDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      const built = [...new Set([...emitted.map((f) => f.fileName), 'index.html', ...publicFiles])];
      const files = ['./', 'build.json', ...built];
      this.emitFile({
        type: 'asset',
        fileName: 'build.json',
        source: `${JSON.stringify({ version, source: sourceHash(config.root), files: built }, null, 2)}\n`,
      });
      const template = readFileSync(resolve(config.root, 'src/sw/sw.js'), 'utf8');
      if (!template.includes('__TRADEOFFS_VERSION__') || !template.includes("['__TRADEOFFS_PRECACHE__']"))
        this.error('src/sw/sw.js lost its __TRADEOFFS_VERSION__ or __TRADEOFFS_PRECACHE__ placeholder');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template
          .replace('__TRADEOFFS_VERSION__', version)
          .replace("['__TRADEOFFS_PRECACHE__']", JSON.stringify(files)),
      });
    },
  };
}

/**
 * The built-in scenarios as data: `virtual:tradeoffs-builtin-scenarios` is scenarios/*.yaml parsed and resolved
 * at build time by the same parser as the command line (src/scenario/node.ts), so the game does not bundle the
 * YAML texts, yaml or zod for them. An invalid built-in fails the build. The dev server rebuilds it on a change.
 */
function builtInScenarios(): Plugin {
  const id = 'virtual:tradeoffs-builtin-scenarios';
  return {
    name: 'tradeoffs-builtin-scenarios',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      for (const f of filesUnder(SCENARIOS_DIR)) this.addWatchFile(join(SCENARIOS_DIR, f));
      return builtInCatalogueModule();
    },
  };
}

export default defineConfig({
  base: './',
  // Art, fonts and sound that are files rather than drawn in code: copied as they are, precached for offline play.
  publicDir: 'assets',
  plugins: [builtInScenarios(), contentSecurityPolicy(), serviceWorker()],
  // The game runs under a CSP without 'unsafe-eval': libraries that can skip eval are told so (src/scenario/schema/zod.ts).
  define: { __TRADEOFFS_NO_EVAL__: 'true' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
