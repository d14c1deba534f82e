/**
 * Settings dialog: animation speed, reduced motion, sound, colour-blind-safe palette, keyboard shortcuts (on or
 * off, and their keys); remembered in this browser.
 */
import { stateHash } from '../engine/index.ts';
import { store, updateSettings, type Game, type Settings } from '../store/index.ts';
import { fill, h } from './dom.ts';
import { turnWords } from './format.ts';
import { radios } from './panels/section.ts';
import { keyLabel, SHORTCUTS, type ShortcutAction } from './shortcuts.ts';
import { dataSection, openDeleteDialog } from './data-dialog.ts';
import { showDialog } from './dialog.ts';
import { SETTINGS_KEY } from './storage-keys.ts';

/** Reads remembered settings; the OS's reduced-motion preference is the default. */
export function loadSettings(): Partial<Settings> {
  const prefersReduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    const saved = raw ? (JSON.parse(raw) as Partial<Settings>) : {};
    return { reducedMotion: prefersReduced, ...pickValid(saved) };
  } catch {
    return { reducedMotion: prefersReduced };
  }
}

function pickValid(x: Partial<Settings>): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (x.animationSpeed === 'slow' || x.animationSpeed === 'normal' || x.animationSpeed === 'fast')
    out.animationSpeed = x.animationSpeed;
  if (typeof x.reducedMotion === 'boolean') out.reducedMotion = x.reducedMotion;
  if (typeof x.sound === 'boolean') out.sound = x.sound;
  if (x.palette === 'standard' || x.palette === 'colour-blind') out.palette = x.palette;
  if (typeof x.shortcuts === 'boolean') out.shortcuts = x.shortcuts;
  if (typeof x.keys === 'object' && x.keys !== null) out.keys = validKeys(x.keys);
  return out;
}

/** Remembered keys that are still a known action's, one character each and not shared. */
function validKeys(keys: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { action } of SHORTCUTS) {
    const key = keys[action];
    if (typeof key === 'string' && keyProblem(key, action, out) === null) out[action] = key;
  }
  return out;
}

/** Why `key` cannot be the shortcut of `action` (null: it can). */
function keyProblem(key: string, action: ShortcutAction, keys: Record<string, string>): string | null {
  if ([...key].length !== 1 || key.trim() === '') return 'Type one character (a letter, a digit or a sign).';
  const taken = SHORTCUTS.find((x) => x.action !== action && (keys[x.action] ?? x.key) === key.toLowerCase());
  return taken ? `${keyLabel(key)} already does \u201c${taken.does('turn')}\u201d.` : null;
}

/** One action's key, in a text field that takes a new key when it is free. */
function keyRow(action: ShortcutAction, does: string, problem: HTMLElement): HTMLElement {
  const id = `key-${action}`;
  const input = h('input', {
    type: 'text',
    id,
    className: 'key-input',
    maxlength: 1,
    autocomplete: 'off',
    spellcheck: 'false',
    value: keyLabel(shortcutKeyOf(action)),
    'aria-describedby': 'keys-problem',
  });
  input.addEventListener('change', () => {
    const keys = store.getState().settings.keys;
    const why = keyProblem(input.value, action, keys);
    problem.textContent = why ?? '';
    if (why === null) updateSettings({ keys: { ...keys, [action]: input.value.toLowerCase() } });
  });
  return h('div', { className: 'key-row' }, h('label', { for: id }, does), input);
}

/** An action's key as set (also while single-key shortcuts are off). */
function shortcutKeyOf(action: ShortcutAction): string {
  return store.getState().settings.keys[action] ?? SHORTCUTS.find((x) => x.action === action)!.key;
}

/** The shortcuts part of Settings: on or off, and each action's key. */
function shortcutSettings(s: Settings): HTMLElement {
  const problem = h('p', { className: 'error', role: 'alert', id: 'keys-problem' });
  const rows = h('div', { className: 'key-rows' });
  const fillRows = (): void =>
    fill(rows, ...SHORTCUTS.map(({ action, does }) => keyRow(action, does('turn'), problem)));
  fillRows();
  const reset = (): void => {
    updateSettings({ keys: {} });
    problem.textContent = '';
    fillRows();
  };
  return h(
    'fieldset',
    { className: 'shortcut-settings' },
    h('legend', {}, 'Keyboard shortcuts'),
    checkbox(
      'set-shortcuts',
      'Single-key shortcuts (E ends the turn, 1\u20137 jump to the plan)',
      s.shortcuts,
      (v) => updateSettings({ shortcuts: v }),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Change the keys'),
      rows,
      problem,
      h('button', { type: 'button', id: 'keys-reset', onclick: reset }, 'Reset the keys'),
    ),
  );
}

/** The settings the stylesheet reads: <html data-palette data-motion>. */
function applyToPage(settings: Settings): void {
  document.documentElement.dataset['palette'] = settings.palette;
  document.documentElement.dataset['motion'] = settings.reducedMotion ? 'reduced' : 'full';
}

/**
 * Applies the store's settings to the page now (at start-up, after loadSettings) and on every change, and
 * remembers each change in this browser.
 */
export function rememberSettings(): () => void {
  applyToPage(store.getState().settings);
  return store.subscribe((s, prev) => {
    if (s.settings === prev.settings) return;
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(s.settings));
    } catch {
      // Storage off (private mode): settings still apply for this visit.
    }
    applyToPage(s.settings);
  });
}

function checkbox(id: string, label: string, checked: boolean, onChange: (v: boolean) => void): HTMLElement {
  const box = h('input', { type: 'checkbox', id, checked });
  box.addEventListener('change', () => onChange(box.checked));
  return h('div', { className: 'check' }, box, h('label', { for: id }, label));
}

/** The game's identity for instructors and bug reports: the seed and the hash of the current state. */
function gameInfo(game: Game | null): HTMLElement | null {
  if (!game) return null;
  return h(
    'p',
    { className: 'game-info hint' },
    'Game info: seed ',
    h('code', { id: 'game-seed' }, game.seed),
    ` \u00b7 ${turnWords(game.loaded.scenario).count(game.state.turn)} played \u00b7 state hash `,
    h('code', { id: 'state-hash' }, stateHash(game.state)),
  );
}

export function openSettings(): void {
  const s = store.getState().settings;
  const dialog = h(
    'dialog',
    { className: 'dialog', 'aria-labelledby': 'settings-h' },
    h('h2', { id: 'settings-h' }, 'Settings'),
    radios(
      'anim-speed',
      'Animation speed',
      [
        { value: 'slow', label: 'Slow' },
        { value: 'normal', label: 'Normal' },
        { value: 'fast', label: 'Fast' },
      ] as const,
      s.animationSpeed,
      (v) => updateSettings({ animationSpeed: v }),
    ),
    checkbox('set-reduced-motion', 'Reduced motion (no animations)', s.reducedMotion, (v) =>
      updateSettings({ reducedMotion: v }),
    ),
    checkbox('set-sound', 'Sound effects', s.sound, (v) => updateSettings({ sound: v })),
    checkbox('set-palette', 'Colour-blind-safe palette', s.palette === 'colour-blind', (v) =>
      updateSettings({ palette: v ? 'colour-blind' : 'standard' }),
    ),
    shortcutSettings(s),
    gameInfo(store.getState().game),
    dataSection(() => {
      dialog.close();
      openDeleteDialog();
    }),
    h('form', { method: 'dialog' }, h('button', { className: 'primary', id: 'settings-close' }, 'Done')),
  );
  // Start on the choice that is in effect, not on the first (unchecked) radio of the group.
  showDialog(dialog, dialog.querySelector<HTMLElement>('input[name="anim-speed"]:checked'));
}
