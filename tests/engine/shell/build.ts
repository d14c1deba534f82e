/**
 * Builds the cross-engine golden bundle and runs it under Node and the Debian JS shells.
 * Node-only helper for tests/engine/cross-engine.test.ts and `npm run golden:update`.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenInput } from './games.ts';

const RUNNER = fileURLToPath(new URL('./runner.ts', import.meta.url));
export const GOLDEN_FILE = fileURLToPath(new URL('../golden.json', import.meta.url));

/** Bundles engine + bots + the resolved games into one IIFE script that any ES2020 engine can run. */
export async function buildGoldenBundle(outfile: string): Promise<string> {
  await build({
    entryPoints: [RUNNER],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    target: 'es2020',
    mainFields: ['module', 'main'],
    define: { GOLDEN_INPUT: JSON.stringify(goldenInput()) },
    logLevel: 'silent',
  });
  return outfile;
}

export interface Shell {
  /** Engine name for messages. */
  engine: string;
  command: string;
  /** The Debian package that provides the command. */
  debPackage: string;
  /** Absolute path, or null when not installed. */
  path: string | null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Finds a command on PATH, else in the usual places, else among the files its Debian package installed. */
export function findCommand(command: string, debPackage: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/bin', '/usr/bin', '/bin'];
  for (const dir of dirs) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  for (const dpkgQuery of ['dpkg-query', '/usr/bin/dpkg-query']) {
    try {
      const files = execFileSync(dpkgQuery, ['-L', debPackage], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return files.split('\n').find((file) => file.endsWith(`/${command}`) && isExecutable(file)) ?? null;
    } catch {
      // No dpkg-query here, or the package is not installed: try the next way, then give up.
    }
  }
  return null;
}

export function findShells(): Shell[] {
  return [
    { engine: 'SpiderMonkey', command: 'js102', debPackage: 'libmozjs-102-dev' },
    { engine: 'JavaScriptCore', command: 'jsc', debPackage: 'libjavascriptcoregtk-4.0-bin' },
  ].map((s) => ({ ...s, path: findCommand(s.command, s.debPackage) }));
}

/** Version of a shell for the test log: its own --version where it has one, else the Debian package version. */
export function shellVersion(shell: Shell): string {
  try {
    if (shell.command === 'js102')
      return execFileSync(shell.path!, ['--version'], { encoding: 'utf8' }).trim();
    const v = execFileSync('dpkg-query', ['-W', '-f', '${Version}', shell.debPackage], { encoding: 'utf8' });
    return `${shell.debPackage} ${v.trim()}`;
  } catch {
    return 'unknown version';
  }
}

/** Runs the bundle with an interpreter (a shell, or Node itself) and returns its output lines. */
export function runBundle(interpreter: string, bundle: string): string[] {
  const out = execFileSync(interpreter, [bundle], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out.split('\n').filter((l) => l.length > 0);
}

export interface GoldenFile {
  $comment: string;
  games: string[];
}

export function goldenFileText(games: string[]): string {
  const file: GoldenFile = {
    $comment:
      'Final state hash of each fixed game: <scenario> <seed> <bot> <stateHash>. Identical in Node, SpiderMonkey and JavaScriptCore. Regenerate with `npm run golden:update` and review the diff.',
    games,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
