/** Settings dialog: animation speed, reduced motion, sound, colour-blind-safe palette; remembered in this browser. */
import { stateHash } from '../engine/index.ts';
import { store, updateSettings, type Game, type Settings } from '../store/index.ts';
import { h } from './dom.ts';
import { turnWords } from './format.ts';
import { radios } from './panels/section.ts';

const KEY = 'tradeoffs.settings';

/** Reads remembered settings; the OS's reduced-motion preference is the default. */
export function loadSettings(): Partial<Settings> {
  const prefersReduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  try {
    const raw = localStorage.getItem(KEY);
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
  return out;
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
      localStorage.setItem(KEY, JSON.stringify(s.settings));
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
    gameInfo(store.getState().game),
    h('form', { method: 'dialog' }, h('button', { className: 'primary', id: 'settings-close' }, 'Done')),
  );
  // Start on the choice that is in effect, not on the first (unchecked) radio of the group.
  showDialog(dialog, dialog.querySelector<HTMLElement>('input[name="anim-speed"]:checked'));
}

/**
 * Shows a modal dialog and removes it when closed, returning focus to where it was. Focus starts on `initial`
 * when given (else the browser's choice: the first focusable control).
 */
export function showDialog(dialog: HTMLDialogElement, initial: HTMLElement | null = null): void {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    back?.focus();
  });
  dialog.showModal();
  initial?.focus();
}
