/**
 * Money in and out per turn as chart series (revenue against salaries, infrastructure and inference), for the
 * dashboard's money chart and the debrief's: where the cost crossovers of the chapter show, while playing and
 * after. Pure.
 */
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Series } from './line.ts';

export function moneyFlowSeries(sn: readonly TurnSnapshot[]): Series[] {
  return [
    { name: 'revenue', values: sn.map((x) => x.revenue), className: 's-good' },
    { name: 'salaries', values: sn.map((x) => x.salaries), className: 's-users', dash: 'dotted' },
    { name: 'infrastructure', values: sn.map((x) => x.infra), className: 's-warn', dash: 'dashed' },
    { name: 'inference', values: sn.map((x) => x.inference), className: 's-bad', dash: 'dashdot' },
  ];
}
