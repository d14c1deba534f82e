/**
 * "The game in charts": every chart of the debrief (the charts of every game, then those the objectives add),
 * each a figure with its caption and legend, the turning points marked by their number in the list below.
 */
import type { Scorecard } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { legend, lineChart, type Mark } from '../charts/line.ts';
import { h } from '../dom.ts';
import type { TurnWords } from '../format.ts';
import type { TurningPoint } from '../turning-points/turning-points.ts';
import { gameCharts, type ChartSpec } from './chart-specs.ts';
import { objectiveCharts } from './objective-charts.ts';

function chartFigure(spec: ChartSpec, words: TurnWords, marks: readonly Mark[]): HTMLElement {
  const guides = spec.guides ?? [];
  return h(
    'figure',
    {},
    lineChart(spec.title, spec.series, spec.format, { unit: words.unit, guides, marks }),
    h(
      'figcaption',
      {},
      h('strong', {}, spec.title),
      spec.note ? ` \u2014 ${spec.note}` : null,
      legend(spec.series.length > 1 ? spec.series : [], guides),
    ),
  );
}

export function chartsSection(
  game: Game,
  card: Scorecard,
  points: readonly TurningPoint[],
  words: TurnWords,
): HTMLElement {
  const specs = [...gameCharts(game, card.cluster, words), ...objectiveCharts(game, words)];
  const marks: Mark[] = points.map((p, i) => ({ index: p.turn - 1, label: String(i + 1) }));
  return h(
    'section',
    { className: 'charts', 'aria-labelledby': 'charts-h' },
    h('h2', { id: 'charts-h' }, 'The game in charts'),
    h(
      'p',
      { className: 'hint' },
      'Dashed lines are targets and limits: an objective\u2019s target, where the board acts, and the thresholds of the DORA clusters.',
      marks.length ? ' Numbered marks are the turning points listed below.' : null,
    ),
    h('div', { className: 'chart-grid' }, ...specs.map((spec) => chartFigure(spec, words, marks))),
  );
}
