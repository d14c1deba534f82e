/**
 * Public API of persistence: autosave into two slots, resume at boot, two-tab detection, export/import of save
 * files. The UI calls these with window.localStorage (through storageFrom), Date.now and window's 'storage'
 * events; nothing here touches the DOM itself.
 */
export {
  startAutosave,
  resumeLatest,
  resumeSave,
  type PersistenceDeps,
  type ResumeResult,
} from './autosave.ts';
export { savedGames, savedGame, tabGame, TAB_GAME_KEY } from './games.ts';
export { SHELF_KEY, MAX_SHELVED, shelvedSaves } from './shelf.ts';
export {
  exportSaveFile,
  importSaveFile,
  saveToFile,
  saveFileName,
  MAX_SAVE_FILE_BYTES,
  type SaveFile,
  type ImportResult,
} from './file.ts';
export { findScenario, type ParseScenario } from './restore.ts';
export { parseScenarioFile } from './parse-file.ts';
export { rememberScenarioSource, scenarioSourceOf } from './sources.ts';
export { storageFrom, type StorageLike } from './storage.ts';
export {
  KEY_PREFIX,
  browserData,
  deleteBrowserData,
  type BrowserData,
  type Deleted,
  type SweepableStorage,
} from './browser-data.ts';
export { SLOT_KEYS, loadLatest, writeSave, type LoadResult, type WriteResult } from './slots.ts';
export {
  guardAgainstOtherTabs,
  type StorageEventLike,
  type SubscribeStorageEvents,
  type TabGuard,
} from './tabs.ts';
export {
  decodeSave,
  encodeSave,
  sealSave,
  SAVE_FORMAT,
  SAVE_FORMAT_VERSION,
  type Save,
  type ScenarioSource,
  type DecodeResult,
} from './save-format.ts';
export type { PersistenceNotice, NoticeKind } from './notices.ts';
