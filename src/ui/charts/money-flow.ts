/**
 * Money in and out per turn as chart series, for the dashboard's money charts and the debrief's: where the cost
 * crossovers of the chapter show, while playing and after. Two charts, each on its own scale: revenue against
 * salaries (the people), and revenue against infrastructure and inference (running the service), since salaries
 * are tens of times the hosting bill early on and would flatten it against $0. Pure.
 */
import type { TurnSnapshot } from '../../replay/index.ts';
import type { Series } from './line.ts';

export interface MoneyChart {
  title: string;
  series: Series[];
}

export function moneyFlowCharts(sn: readonly TurnSnapshot[]): MoneyChart[] {
  const revenue: Series = { name: 'revenue', values: sn.map((x) => x.revenue), className: 's-good' };
  return [
    {
      title: 'People',
      series: [
        revenue,
        { name: 'salaries', values: sn.map((x) => x.salaries), className: 's-users', dash: 'dotted' },
      ],
    },
    {
      title: 'Running the service',
      series: [
        revenue,
        { name: 'infrastructure', values: sn.map((x) => x.infra), className: 's-warn', dash: 'dashed' },
        { name: 'inference', values: sn.map((x) => x.inference), className: 's-bad', dash: 'dashdot' },
      ],
    },
  ];
}
