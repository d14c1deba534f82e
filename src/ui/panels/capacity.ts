/** Capacity split: six sliders that always add up to 100%. */
import type { AllocationKey } from '../../engine/index.ts';
import { ALLOCATION_KEYS } from '../../engine/index.ts';
import { plannedPlan, propose, type Game } from '../../store/index.ts';
import { rebalance } from '../allocation.ts';
import { fieldOf, h, listen } from '../dom.ts';
import { section, showValue, stepButtons } from './section.ts';

const LABELS: Record<AllocationKey, [string, string]> = {
  features: ['Features', 'what users see; shipped in the next release'],
  debt: ['Debt paydown', 'refactoring and tests that make change cheap again'],
  evals: ['Evals', 'eval coverage: measured model quality you can trust'],
  reliability: ['Reliability', 'test automation, deploy pipeline, observability'],
  data: ['Data pipeline', 'feedback from users into better models'],
  migration: ['Migration', 'the architecture migration under way'],
};

export function capacityPanel(game: Game): HTMLElement {
  const plan = plannedPlan(game.state, game.draft);
  const rows = ALLOCATION_KEYS.map((key) => {
    const id = `alloc-${key}`;
    const value = plan.allocation[key];
    const out = h('output', { for: id, id: `${id}-value` }, `${value}%`);
    const input = h('input', {
      type: 'range',
      id,
      min: 0,
      max: 100,
      step: 5,
      value,
      'aria-valuetext': `${value}% ${LABELS[key][0]}`,
      'aria-describedby': `${id}-hint`,
    });
    listen(input, 'input', (e) => showValue(`${id}-value`, fieldOf(e).value));
    const set = (v: number): void => {
      propose({ type: 'plan/allocate', allocation: rebalance(plan.allocation, key, v) });
    };
    listen(input, 'change', (e) => set(Number(fieldOf(e).value)));
    return h(
      'div',
      {
        className: `slider-row stepped${key === 'migration' && !game.state.arch.migration ? ' idle' : ''}`,
      },
      h('label', { for: id }, LABELS[key][0]),
      input,
      ...stepButtons(id, LABELS[key][0], value, { min: 0, max: 100, step: 5, unit: '5%' }, set),
      out,
      h('span', { className: 'hint desc', id: `${id}-hint` }, LABELS[key][1]),
    );
  });
  const idle = !game.state.arch.migration && plan.allocation.migration > 0;
  return section(
    'capacity',
    'Capacity split',
    h('div', { className: 'sliders' }, ...rows),
    idle ? h('p', { className: 'hint' }, 'No migration is running: its share goes to features.') : null,
  );
}
