/**
 * Keyboard play: single-key shortcuts to every part of the plan, End turn and Undo, with a help dialog listing
 * them. They can be turned off or remapped in Settings (WCAG 2.1.4): a player whose speech input or tremor sends
 * stray letters must not end a competition turn by accident. Ctrl+Enter (not a single key) always ends the turn.
 */
import { endTurn, rewind, store, withdraw } from '../store/index.ts';
import { h } from './dom.ts';
import { turnWords } from './format.ts';
import { showDialog } from './dialog.ts';

/** Every shortcut: its default key and what it does (in the scenario's word for a turn). */
export const SHORTCUTS = [
  { action: 'end-turn', key: 'e', does: (unit: string) => `End the ${unit}` },
  { action: 'events', key: '1', does: () => 'Decisions waiting (event cards)' },
  { action: 'capacity', key: '2', does: () => 'Capacity split' },
  { action: 'release', key: '3', does: () => 'Release' },
  { action: 'team', key: '4', does: () => 'Team' },
  { action: 'architecture', key: '5', does: () => 'Architecture' },
  { action: 'policies', key: '6', does: () => 'Policies' },
  { action: 'board', key: '7', does: () => 'Board and money' },
  { action: 'dashboard', key: 'd', does: () => 'Dashboard' },
  { action: 'log', key: 'l', does: (unit: string) => `What happened last ${unit}` },
  { action: 'undo-decision', key: 'z', does: (unit: string) => `Undo the last decision of this ${unit}` },
  { action: 'undo-turn', key: 'u', does: (unit: string) => `Undo the last ${unit} (practice only)` },
  { action: 'help', key: '?', does: () => 'This list' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** The heading each jump shortcut focuses. */
const TARGETS: Partial<Record<ShortcutAction, string>> = {
  events: 'section-events-h',
  capacity: 'section-capacity-h',
  release: 'section-release-h',
  team: 'section-team-h',
  architecture: 'section-architecture-h',
  policies: 'section-policies-h',
  board: 'section-board-h',
  dashboard: 'dashboard-h',
  log: 'log-h',
};

/** The key of `action` as the player set it (lower case), or null when single-key shortcuts are off. */
export function shortcutKey(action: ShortcutAction): string | null {
  const st = store.getState().settings;
  if (!st.shortcuts) return null;
  return st.keys[action] ?? SHORTCUTS.find((x) => x.action === action)!.key;
}

/** aria-keyshortcuts of an action: its key (End turn also Control+Enter); null when none applies. */
export function keysOf(action: ShortcutAction): string | null {
  const key = shortcutKey(action);
  const keys = [key ? keyLabel(key) : null, action === 'end-turn' ? 'Control+Enter' : null].filter(Boolean);
  return keys.length > 0 ? keys.join(' ') : null;
}

/** A key as shown: "E", "1", "?". */
export const keyLabel = (key: string): string => key.toUpperCase();

/** The shortcuts in force, in the scenario's words for a turn; empty when they are off. */
export function shortcutList(unit: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const s of SHORTCUTS) {
    const key = shortcutKey(s.action);
    if (key) rows.push([keyLabel(key), s.does(unit)]);
  }
  return [
    ...rows,
    ['Ctrl+Enter', `End the ${unit} (also with single-key shortcuts off)`],
    ['Tab / Shift+Tab', 'Move between controls; arrows change sliders and choices; Space/Enter press'],
  ];
}

/** The turn word of the game on screen ("turn" when there is none). */
function unitNow(): string {
  const game = store.getState().game;
  return game ? turnWords(game.loaded.scenario).unit : 'turn';
}

export function openShortcuts(): void {
  const off = !store.getState().settings.shortcuts;
  showDialog(
    h(
      'dialog',
      { className: 'dialog', 'aria-labelledby': 'keys-h' },
      h('h2', { id: 'keys-h' }, 'Keyboard shortcuts'),
      off
        ? h('p', {}, 'Single-key shortcuts are off. Turn them on, or change the keys, in Settings.')
        : h('p', { className: 'hint' }, 'Change the keys, or turn them off, in Settings.'),
      h(
        'dl',
        { className: 'keys' },
        ...shortcutList(unitNow()).flatMap(([k, v]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, v)]),
      ),
      h('form', { method: 'dialog' }, h('button', { className: 'primary' }, 'Close')),
    ),
  );
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return (
    (tag === 'INPUT' &&
      !['checkbox', 'radio', 'range', 'button'].includes((target as HTMLInputElement).type)) ||
    tag === 'TEXTAREA' ||
    target.isContentEditable
  );
}

/** The action a single key stands for, when shortcuts are on. */
function actionOf(key: string): ShortcutAction | null {
  for (const s of SHORTCUTS) if (shortcutKey(s.action) === key) return s.action;
  return null;
}

function run(action: ShortcutAction): void {
  const game = store.getState().game;
  if (action === 'end-turn') endTurn();
  else if (action === 'help') openShortcuts();
  else if (action === 'undo-decision') {
    if (game && game.draft.length > 0) withdraw(game.draft.length - 1);
  } else if (action === 'undo-turn') rewind();
  else document.getElementById(TARGETS[action]!)?.focus();
}

/** Installs the shortcuts for the play screen; returns the function that removes them. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.metaKey || (e.ctrlKey && e.key !== 'Enter')) return;
    if (store.getState().screen !== 'play' || document.querySelector('dialog[open]')) return;
    if (typing(e.target) && !(e.ctrlKey && e.key === 'Enter')) return;
    const action = e.ctrlKey ? 'end-turn' : actionOf(e.key.toLowerCase());
    if (!action) return;
    run(action);
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
