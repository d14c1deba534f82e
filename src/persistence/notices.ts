/**
 * Every message persistence shows a player, in one place, each with a kind the UI can act on (e.g. disable
 * End turn on 'other-tab'). A PersistenceNotice is a store Notice, so it can go straight to notify(). Pure.
 */
import { isolated } from '../lib/printable.ts';
import type { Notice } from '../store/index.ts';

export type NoticeKind =
  | 'storage-off'
  | 'quota'
  | 'save-failed'
  | 'damaged-fallback'
  | 'damaged'
  | 'newer-version'
  | 'other-rules'
  | 'newer-blocks-saving'
  | 'other-tab'
  | 'scenario-changed'
  | 'scenario-missing'
  | 'scenario-unreadable'
  | 'replay-failed'
  | 'file-too-large'
  | 'competition-rewind'
  | 'competition-file';

export interface PersistenceNotice extends Notice {
  kind: NoticeKind;
}

const notice = (kind: NoticeKind, tone: Notice['tone'], text: string): PersistenceNotice => ({
  kind,
  tone,
  text,
});

export const storageOff = (): PersistenceNotice =>
  notice(
    'storage-off',
    'warning',
    'Saving is off in this browser (private mode or storage disabled). Your game keeps running; export it to keep a copy.',
  );

export const quotaExceeded = (): PersistenceNotice =>
  notice(
    'quota',
    'warning',
    "The browser's storage is full, so your latest move was not saved. Export your game to keep it.",
  );

export const saveFailed = (why: string): PersistenceNotice =>
  notice(
    'save-failed',
    'warning',
    `Your latest move could not be saved (${why}). Your game keeps running; export it to keep a copy.`,
  );

export const damagedFallback = (turn: number): PersistenceNotice =>
  notice(
    'damaged-fallback',
    'info',
    `The latest autosave was damaged; resumed from the one before it (turn ${turn}).`,
  );

export const damaged = (detail: string): PersistenceNotice =>
  notice('damaged', 'error', `Your autosave could not be resumed. ${detail}`);

export const newerKept = (formatVersion: number): PersistenceNotice =>
  notice(
    'newer-version',
    'warning',
    `A save written by a newer version of Tradeoffs (format ${formatVersion}) is stored in this browser; it is left untouched. Update the game to continue it.`,
  );

export const newerOnly = (message: string): PersistenceNotice => notice('newer-version', 'warning', message);

/**
 * A game played under other rules: replaying its decisions under these would make another game, so it is not
 * resumed. It stays in this browser as it was.
 */
export const otherRules = (played: number, current: number): PersistenceNotice =>
  notice(
    'other-rules',
    'warning',
    played < current
      ? `This game was played under the game's earlier rules (rules ${played}); this version plays rules ${current}, which would turn the same decisions into a different game. It is kept untouched in this browser: download it with Save file to keep a copy, or start a new game.`
      : `This game was played under newer rules (rules ${played}) than this version of Tradeoffs plays (rules ${current}). It is kept untouched in this browser. Update the game to continue it.`,
  );

export const newerBlocksSaving = (): PersistenceNotice =>
  notice(
    'newer-blocks-saving',
    'warning',
    'Both save slots in this browser hold saves from a newer version of Tradeoffs, so this game is not autosaved (they are left untouched). Export your game to keep it.',
  );

export const otherTab = (): PersistenceNotice =>
  notice(
    'other-tab',
    'warning',
    'This game is being played on in another tab, so this tab is now read-only: nothing done here is saved. Save file keeps this tab\u2019s game as it is; reload to continue from the other tab\u2019s.',
  );

export const scenarioChanged = (title: string): PersistenceNotice =>
  notice(
    'scenario-changed',
    'warning',
    `This save was made with an earlier version of the scenario "${isolated(title)}"; it cannot be resumed exactly.`,
  );

export const scenarioMissing = (id: string): PersistenceNotice =>
  notice(
    'scenario-missing',
    'error',
    `The scenario "${isolated(id)}" of this saved game is not available here, so it cannot be resumed.`,
  );

export const scenarioUnreadable = (fileName: string, why: string): PersistenceNotice =>
  notice(
    'scenario-unreadable',
    'error',
    `The scenario file "${isolated(fileName)}" stored with this saved game no longer loads (${isolated(why)}), so it cannot be resumed.`,
  );

export const replayFailed = (why: string): PersistenceNotice =>
  notice('replay-failed', 'error', `This saved game could not be resumed: ${why}.`);

export const fileTooLarge = (maxBytes: number): PersistenceNotice =>
  notice(
    'file-too-large',
    'error',
    `This file is too large to be a Tradeoffs save (more than ${maxBytes / (1024 * 1024)} MB).`,
  );

export const competitionRewind = (savedTurn: number, reachedTurn: number): PersistenceNotice =>
  notice(
    'competition-rewind',
    'warning',
    `The saved game was at turn ${savedTurn} of your competition, but this browser had already played to turn ${reachedTurn}. A competition game cannot be taken back, so it continues from turn ${reachedTurn}.`,
  );

export const competitionFile = (): PersistenceNotice =>
  notice(
    'competition-file',
    'error',
    'This file is a saved classroom competition game. A competition game cannot be loaded from a file (that would take turns back): open the competition link again in the browser where you started it to continue.',
  );
