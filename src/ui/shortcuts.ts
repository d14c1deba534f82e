/** Keyboard play: shortcuts to every part of the plan, End turn and Undo, with a help dialog listing them. */
import { endTurn, rewind, store, withdraw } from '../store/index.ts';
import { h } from './dom.ts';
import { turnWords } from './format.ts';
import { showDialog } from './settings.ts';

/** The shortcuts, in the scenario's own words for a turn ("week", "sprint", "month"). */
export function shortcutList(unit: string): [string, string][] {
  return [
    ['E', `End the ${unit}`],
    ['1', 'Decisions waiting (event cards)'],
    ['2', 'Capacity split'],
    ['3', 'Release'],
    ['4', 'Team'],
    ['5', 'Architecture'],
    ['6', 'Policies'],
    ['7', 'Board and money'],
    ['D', 'Dashboard'],
    ['L', `What happened last ${unit}`],
    ['Z', `Undo the last decision of this ${unit}`],
    ['U', `Undo the last ${unit} (practice only)`],
    ['?', 'This list'],
    ['Tab / Shift+Tab', 'Move between controls; arrows change sliders and choices; Space/Enter press'],
  ];
}

const SECTIONS: Record<string, string> = {
  '1': 'section-events-h',
  '2': 'section-capacity-h',
  '3': 'section-release-h',
  '4': 'section-team-h',
  '5': 'section-architecture-h',
  '6': 'section-policies-h',
  '7': 'section-board-h',
  d: 'dashboard-h',
  l: 'log-h',
};

/** The turn word of the game on screen ("turn" when there is none). */
function unitNow(): string {
  const game = store.getState().game;
  return game ? turnWords(game.loaded.scenario).unit : 'turn';
}

export function openShortcuts(): void {
  showDialog(
    h(
      'dialog',
      { className: 'dialog', 'aria-labelledby': 'keys-h' },
      h('h2', { id: 'keys-h' }, 'Keyboard shortcuts'),
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

/** Installs the shortcuts for the play screen; returns the function that removes them. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.metaKey || (e.ctrlKey && e.key !== 'Enter')) return;
    if (store.getState().screen !== 'play' || document.querySelector('dialog[open]')) return;
    if (typing(e.target) && !(e.ctrlKey && e.key === 'Enter')) return;
    const key = e.key.toLowerCase();
    const game = store.getState().game;
    if (key === 'e' || (e.ctrlKey && e.key === 'Enter')) endTurn();
    else if (key === '?') openShortcuts();
    else if (key === 'z' && game && game.draft.length > 0) withdraw(game.draft.length - 1);
    else if (key === 'u') rewind();
    else if (SECTIONS[key]) document.getElementById(SECTIONS[key])?.focus();
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
