/**
 * Pieces of the balance screen: labelled number fields, the strategy search's fieldset, what the progress line
 * says at each stage, and a file download. DOM only; every text is set as text.
 */
import { groupThousands } from '../lib/format.ts';
import { phaseText } from '../search/index.ts';
import type { RunProgress } from './balance-pool.ts';
import { FORM_DEFAULTS, SEARCH_LIMITS } from './balance-form.ts';
import { h, uid } from './dom.ts';

export function numberField(
  label: string,
  value: string,
  min: number,
  max: number,
  hint?: string,
): { el: HTMLElement; input: HTMLInputElement } {
  const id = uid('balance-num');
  const hintId = uid('balance-hint');
  const input = h('input', {
    id,
    type: 'number',
    min,
    max,
    step: 1,
    value,
    required: true,
    ...(hint ? { 'aria-describedby': hintId } : {}),
  });
  return {
    el: h(
      'p',
      { className: 'balance-field' },
      h('label', { for: id }, label),
      input,
      ...(hint ? [h('span', { id: hintId, className: 'hint' }, hint)] : []),
    ),
    input,
  };
}

export interface SearchFields {
  el: HTMLElement;
  on: HTMLInputElement;
  generations: HTMLInputElement;
  trainingSeeds: HTMLInputElement;
  heldOutSeeds: HTMLInputElement;
}

/** The strategy search: on by default, with its budget (the command line's --search-… options). */
export function searchFieldset(): SearchFields {
  const id = uid('balance-search');
  const on = h('input', { id, type: 'checkbox', checked: FORM_DEFAULTS.search });
  const L = SEARCH_LIMITS;
  const generations = numberField(
    'Generations',
    FORM_DEFAULTS.generations,
    L.generations.min,
    L.generations.max,
    'After the first, random one.',
  );
  const training = numberField(
    'Training seeds',
    FORM_DEFAULTS.trainingSeeds,
    L.trainingSeeds.min,
    L.trainingSeeds.max,
  );
  const heldOut = numberField(
    'Held-out seeds',
    FORM_DEFAULTS.heldOutSeeds,
    L.heldOutSeeds.min,
    L.heldOutSeeds.max,
    'The strongest strategy and every bot are measured on these.',
  );
  const budget = [generations, training, heldOut];
  const sync = (): void => budget.forEach((f) => (f.input.disabled = !on.checked));
  on.addEventListener('change', sync);
  const el = h(
    'fieldset',
    {},
    h('legend', {}, 'Strategy search'),
    h(
      'p',
      { className: 'balance-bot' },
      on,
      h(
        'label',
        { for: id },
        h('strong', {}, 'Search for the strategy that beats the bots'),
        h('span', { className: 'hint' }, 'Tries hundreds of policies over every lever the scenario offers.'),
      ),
    ),
    ...budget.map((f) => f.el),
  );
  return {
    el,
    on,
    generations: generations.input,
    trainingSeeds: training.input,
    heldOutSeeds: heldOut.input,
  };
}

/** The progress bar's value (0..1 of the stage) and what the line next to it says. */
export function progressOf(p: RunProgress): { share: number; text: string } {
  if (p.stage === 'balance') {
    const g = p.progress;
    return {
      share: g.totalGames > 0 ? g.games / g.totalGames : 1,
      text: `Bots: ${groupThousands(g.games)} of ${groupThousands(g.totalGames)} games`,
    };
  }
  const s = p.progress;
  return { share: s.fraction, text: `${phaseText(s)} (${groupThousands(s.games)} games)` };
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
