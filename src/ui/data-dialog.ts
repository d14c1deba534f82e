/**
 * "Delete this browser's data": what Tradeoffs keeps in this browser, in words; a confirmation that says what
 * goes and how to keep a game or a run first; then what was removed (and anything the browser refused to
 * remove). Closing the result reloads the game, so nothing deleted lingers in the page's memory either (a
 * loaded roster, pasted run codes). The data itself is found and deleted by persistence (browser-data.ts).
 */
import { h } from './dom.ts';
import { showDialog } from './dialog.ts';
import { saveServices, type BrowserDataInfo } from './services.ts';
import { HOSTED_KEY, SEEN_KEY, SETTINGS_KEY } from './storage-keys.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What the keys and counts are, one item each, in the player's words. */
export function keptItems(d: BrowserDataInfo): string[] {
  const items: string[] = [];
  const known = new Set<string>([SETTINGS_KEY, HOSTED_KEY, SEEN_KEY]);
  const saves = d.keys.filter((k) => /^tradeoffs\.(save\.|shelf$)/.test(k));
  saves.forEach((k) => known.add(k));
  if (d.games > 0 || saves.length > 0)
    items.push(`${plural(d.games, 'saved game')} (the autosaves of this browser\u2019s games)`);
  if (d.keys.includes('tradeoffs.competitions')) {
    known.add('tradeoffs.competitions');
    items.push(
      `${plural(d.competitions, 'competition record')}, ${d.runs} with a finished run and its run code`,
    );
  }
  if (d.keys.includes(SETTINGS_KEY)) items.push('your settings');
  if (d.keys.includes(HOSTED_KEY)) items.push('the link of the competition you hosted last');
  if (d.keys.includes(SEEN_KEY)) items.push('that you have read the plan\u2019s descriptions once');
  if (d.tabKeys.length > 0) items.push('this tab\u2019s place (which game and screen it shows)');
  const other = d.keys.filter((k) => !known.has(k));
  if (other.length > 0)
    items.push(`${plural(other.length, 'other entry', 'other entries')}: ${other.join(', ')}`);
  return items;
}

const list = (items: readonly string[]): HTMLElement =>
  h('ul', { className: 'data-list' }, ...items.map((i) => h('li', {}, i)));

function resultDialog(deleted: BrowserDataInfo & { failed: string[] }): HTMLDialogElement {
  const items = keptItems(deleted);
  const dialog = h(
    'dialog',
    { className: 'dialog', 'aria-labelledby': 'data-done-h', id: 'data-deleted' },
    h(
      'h2',
      { id: 'data-done-h' },
      deleted.failed.length ? 'Some data could not be deleted' : 'This browser\u2019s data was deleted',
    ),
    items.length > 0 ? h('p', {}, 'Removed:') : h('p', {}, 'There was nothing to remove.'),
    items.length > 0 ? list(items) : null,
    deleted.failed.length > 0
      ? h(
          'div',
          { className: 'error', role: 'alert' },
          h('p', {}, 'The browser did not remove these:'),
          list(deleted.failed),
        )
      : null,
    h('p', { className: 'hint' }, 'The game reloads with nothing of yours in it.'),
    h('form', { method: 'dialog' }, h('button', { className: 'primary', id: 'data-done' }, 'Done')),
  );
  // Reload on close, whichever way it closes: the page then holds nothing that was deleted.
  dialog.addEventListener('close', () => window.location.replace(window.location.href.replace(/#.*$/, '')));
  return dialog;
}

/** The confirmation: what will go, and how to keep something first. */
export function openDeleteDialog(): void {
  const items = keptItems(saveServices().browserData());
  const remove = (): void => {
    const deleted = saveServices().deleteBrowserData();
    dialog.close();
    const result = resultDialog(deleted);
    showDialog(result, result.querySelector<HTMLElement>('#data-done'));
  };
  const dialog = h(
    'dialog',
    { className: 'dialog', 'aria-labelledby': 'data-delete-h', id: 'data-delete' },
    h('h2', { id: 'data-delete-h' }, 'Delete this browser\u2019s data?'),
    items.length > 0
      ? h('p', {}, 'This removes everything Tradeoffs keeps in this browser:')
      : h('p', {}, 'This browser keeps no Tradeoffs data now.'),
    items.length > 0 ? list(items) : null,
    h(
      'p',
      {},
      'It cannot be undone. To keep a game, download its save file first; to keep a competition run, copy its run code. Close any other Tradeoffs tab first: an open tab saves its game again when it is played.',
    ),
    h(
      'p',
      { className: 'hint' },
      'The game\u2019s own files, kept for playing offline, stay: they hold nothing of yours.',
    ),
    h(
      'div',
      { className: 'dialog-actions' },
      h(
        'button',
        {
          type: 'button',
          className: 'danger',
          id: 'data-delete-confirm',
          onclick: remove,
          disabled: items.length === 0,
        },
        'Delete everything',
      ),
      h('button', { type: 'button', id: 'data-delete-cancel', onclick: () => dialog.close() }, 'Cancel'),
    ),
  );
  showDialog(dialog, dialog.querySelector<HTMLElement>('#data-delete-cancel'));
}

/** The Settings dialog's "Your data" part. */
export function dataSection(onOpen: () => void): HTMLElement {
  return h(
    'section',
    { className: 'data-section', 'aria-labelledby': 'data-h' },
    h('h3', { id: 'data-h' }, 'Your data'),
    h(
      'p',
      { className: 'hint' },
      'Tradeoffs keeps your games, competition runs and settings in this browser only. Nothing leaves it unless you send it: a save file or a run code.',
    ),
    h(
      'button',
      { type: 'button', id: 'data-delete-open', onclick: onOpen },
      'Delete this browser\u2019s data\u2026',
    ),
  );
}
