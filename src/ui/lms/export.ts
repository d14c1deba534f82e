/**
 * The Host screen's course packages, made in the browser: the files of the game this page was loaded from
 * (the build's list, build.json, the same files the offline worker precaches, so it also works offline) are
 * fetched from the game's own address and zipped with the competition by the same code as
 * `tradeoffs package`. Loaded only when a package is asked for.
 */
import type { LmsStandard } from '../../lms/index.ts';
import { BUILD_LIST, buildPackage } from '../../lms/index.ts';
import type { Competition } from '../../replay/index.ts';
import { downloadBytes } from '../services.ts';

async function fetchBytes(path: string): Promise<Uint8Array> {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path} could not be read (${r.status})`);
  return new Uint8Array(await r.arrayBuffer());
}

async function gameFiles(
  onProgress: (done: number, total: number) => void,
): Promise<Map<string, Uint8Array>> {
  let files: unknown;
  try {
    files = ((await (await fetch(BUILD_LIST)).json()) as { files?: unknown }).files;
  } catch {
    files = null;
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string'))
    throw new Error(
      'This copy of the game has no list of its files (build.json): packages are made from the built game (npm run build), not the development server.',
    );
  const game = new Map<string, Uint8Array>();
  for (const f of files as string[]) {
    game.set(f, await fetchBytes(f));
    onProgress(game.size, files.length);
  }
  return game;
}

/** Makes the package and offers it as a download; resolves to its file name and size. */
export async function exportPackage(
  standard: LmsStandard,
  competition: Competition,
  scenarioTitle: string,
  passScore: number | null,
  onProgress: (done: number, total: number) => void,
): Promise<{ fileName: string; bytes: number }> {
  const game = await gameFiles(onProgress);
  const pack = buildPackage({ standard, competition, scenarioTitle, passScore, game });
  downloadBytes(pack.fileName, pack.zip, 'application/zip');
  return { fileName: pack.fileName, bytes: pack.zip.length };
}
