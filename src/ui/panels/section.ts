/** A titled plan section with its keyboard shortcut (when shortcuts are on) shown beside its heading. */
import type { Decision } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { fieldOf, h, listen } from '../dom.ts';
import { keyLabel, shortcutKey, type ShortcutAction } from '../shortcuts.ts';

export function section(id: ShortcutAction, title: string, ...children: (Node | null)[]): HTMLElement {
  const shortcut = shortcutKey(id);
  return h(
    'section',
    { className: 'plan-section', id: `section-${id}`, 'aria-labelledby': `section-${id}-h` },
    h(
      'h3',
      { id: `section-${id}-h`, tabindex: '-1' },
      title,
      shortcut ? h('kbd', { 'aria-hidden': 'true' }, keyLabel(shortcut)) : null,
    ),
    ...children,
  );
}

/** A radio group as a fieldset with a legend (screen readers announce the group and each choice). */
export function radios<T extends string>(
  name: string,
  legend: string,
  options: readonly { value: T; label: string; hint?: string; disabled?: boolean }[],
  selected: T | null,
  onSelect: (value: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { className: 'radios' },
    h('legend', {}, legend),
    ...options.map((o) => {
      const id = `${name}-${o.value}`;
      const input = h('input', {
        type: 'radio',
        name,
        id,
        value: o.value,
        checked: o.value === selected,
        disabled: o.disabled ?? false,
      });
      listen(input, 'change', (e) => fieldOf(e).checked && onSelect(o.value));
      return h(
        'div',
        { className: 'radio' },
        input,
        h(
          'label',
          { for: id },
          h('span', { className: 'radio-label' }, o.label),
          o.hint ? h('span', { className: 'hint desc' }, o.hint) : null,
        ),
      );
    }),
  );
}

/** A whole-number input that calls `onValue` when the player commits a valid number. */
export function wholeNumberInput(
  id: string,
  value: number,
  max: number,
  onValue: (n: number) => void,
): HTMLInputElement {
  const input = h('input', { type: 'number', id, min: 0, max, step: 1, value, inputmode: 'numeric' });
  listen(input, 'change', (e) => {
    const n = Number(fieldOf(e).value);
    if (Number.isInteger(n)) onValue(n);
  });
  return input;
}

/** The decision of a type the player has drafted this turn, if any. */
export function drafted<T extends Decision['type']>(
  game: Game,
  type: T,
): Extract<Decision, { type: T }> | undefined {
  return game.draft.find((d): d is Extract<Decision, { type: T }> => d.type === type);
}

/** A slider's value shown live while it is dragged, in its <output> (found by id: see listen() in dom.ts). */
export function showValue(outputId: string, value: string): void {
  const out = document.getElementById(outputId);
  if (out) out.textContent = `${value}%`;
}

/**
 * − and + beside a slider, a step each: the slider's value without dragging it (WCAG 2.5.7), as targets of at
 * least 24 px (2.5.8). `name` says what moves ("Features"), `unit` how a step reads ("5%").
 */
export function stepButtons(
  id: string,
  name: string,
  value: number,
  range: { min: number; max: number; step: number; unit: string },
  onValue: (v: number) => void,
): HTMLElement[] {
  const button = (sign: -1 | 1): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        // An id of its own, so focus comes back to it after the plan re-renders.
        id: `${id}-${sign < 0 ? 'less' : 'more'}`,
        className: `step ${sign < 0 ? 'step-less' : 'step-more'}`,
        'aria-label': `${sign < 0 ? 'Lower' : 'Raise'} ${name} by ${range.unit}`,
        disabled: sign < 0 ? value <= range.min : value >= range.max,
        onclick: () => onValue(Math.max(range.min, Math.min(range.max, value + sign * range.step))),
      },
      sign < 0 ? '\u2212' : '+',
    );
  return [button(-1), button(1)];
}
