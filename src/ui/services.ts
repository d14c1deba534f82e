/**
 * What the UI needs from outside its layer (saving to and loading from files, remembering the text of a loaded
 * scenario file), provided once by main.ts so that ui/ does not depend on persistence/.
 */
import { isolated } from '../lib/printable.ts';
import type { LoadedScenario } from '../scenario/index.ts';

export interface SaveServices {
  appVersion: string;
  /** The current game as a save file, or null when there is no game. */
  exportSave(): { fileName: string; text: string } | null;
  /** Restores a game from a save file's text; returns why it could not. */
  importSave(text: string): Promise<string | null>;
  /** Largest save file accepted, in bytes. */
  maxSaveBytes: number;
  /** Keeps a loaded scenario file's text so autosaves can resume a custom scenario. */
  rememberSource(loaded: LoadedScenario, fileName: string, text: string): void;
  /** The other games saved in this browser (not the one in the store), most recently saved first. */
  otherGames(): SavedGameInfo[];
  /** Makes a saved game the current one (on its screen); returns why it could not. */
  continueGame(id: string): string | null;
  /** What Tradeoffs keeps in this browser (persistence/browser-data.ts). */
  browserData(): BrowserDataInfo;
  /** Deletes all of it; returns what there was and any key that could not be removed. */
  deleteBrowserData(): BrowserDataInfo & { failed: string[] };
}

/** What this browser keeps for Tradeoffs: counts, and the storage keys (browser, and this tab). */
export interface BrowserDataInfo {
  games: number;
  competitions: number;
  runs: number;
  keys: string[];
  tabKeys: string[];
}

/** Another game saved in this browser, as the title screen lists it. */
export interface SavedGameInfo {
  id: string;
  /** Its scenario's title (or file name when the scenario cannot be found). */
  title: string;
  turnsPlayed: number;
  /** Its scenario's length and turn length, for the turn words; null when the scenario cannot be found. */
  scenario: { turns: number; params: { weeksPerTurn: number } } | null;
  /** The game is over (won, lost, or played to its last turn). */
  finished: boolean;
}

let services: SaveServices | null = null;

export function provideServices(s: SaveServices): void {
  services = s;
}

export function saveServices(): SaveServices {
  if (!services) throw new Error('save services were not provided (see main.ts)');
  return services;
}

/** Offers `text` as a file download (a Blob URL; nothing leaves the page). */
export function download(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers bytes (a zip, …) as a file download. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen save file and imports it; returns a message for the player, or null on success. */
export async function importFromFile(file: File): Promise<string | null> {
  const s = saveServices();
  if (file.size > s.maxSaveBytes)
    return `${isolated(file.name)} is too large to be a save file (${Math.round(file.size / 1024)} KB).`;
  return s.importSave(await file.text());
}
