/**
 * Export and import of a save as a file the player keeps: the same envelope, checksum and decoder as autosaves,
 * and the same messages. Export is pure (the clock is injected); import replaces the game in the store only when
 * the file is a readable save whose scenario is available, and then autosave stores it. Classroom competition
 * games never go through files, either way: a file kept at week 4 and loaded at week 8 would be a rewind.
 */
import type { LoadedScenario } from '../scenario/index.ts';
import type { Game } from '../store/index.ts';
import { saveBodyOf } from './game-save.ts';
import { competitionFile, fileTooLarge } from './notices.ts';
import { restoreSave, type ParseScenario } from './restore.ts';
import { decodeSave, encodeSave, sealSave, type Save } from './save-format.ts';

export const MAX_SAVE_FILE_BYTES = 2 * 1024 * 1024;

export interface SaveFile {
  fileName: string;
  text: string;
}

export type ImportResult = { ok: true } | { ok: false; message: string };

/** A file-name-safe form of a scenario id. */
function slug(id: string): string {
  const s = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'scenario' : s.slice(0, 60);
}

export function saveFileName(save: Pick<Save, 'scenario' | 'turn'>): string {
  return `tradeoffs-${slug(save.scenario.id)}-turn-${save.turn}.json`;
}

/** A stored save as a file (e.g. to keep a save the game cannot resume). */
export function saveToFile(save: Save): SaveFile {
  return { fileName: saveFileName(save), text: encodeSave(save) };
}

/** The game as a save file; null for a competition game (no rewind: it is not saved to files). */
export function exportSaveFile(game: Game, appVersion: string, clock: () => number): SaveFile | null {
  if (game.mode === 'competition') return null;
  return saveToFile(sealSave({ ...saveBodyOf(game, appVersion, clock), sequence: 0 }));
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function importSaveFile(
  text: string,
  catalogue: readonly LoadedScenario[],
  parse: ParseScenario,
): ImportResult {
  if (text.length > MAX_SAVE_FILE_BYTES || utf8Length(text) > MAX_SAVE_FILE_BYTES) {
    return { ok: false, message: fileTooLarge(MAX_SAVE_FILE_BYTES).text };
  }
  const decoded = decodeSave(text);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  if (decoded.save.mode === 'competition') return { ok: false, message: competitionFile().text };
  const restored = restoreSave(decoded.save, catalogue, parse);
  return restored.ok ? { ok: true } : { ok: false, message: restored.notice.text };
}
