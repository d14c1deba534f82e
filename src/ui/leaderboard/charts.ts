/**
 * The class charts for the debrief discussion, as SVG: the score distribution, and how the top half of the
 * class decided compared with the bottom half (capacity split, release modes, hires and migrations), computed
 * from the verified decision logs. Every chart has a text alternative with its numbers.
 */
import type { AllocationKey, ReleaseMode } from '../../engine/index.ts';
import { ALLOCATION_KEYS, RELEASE_MODES } from '../../engine/index.ts';
import type { ClassStats, HalfProfile } from '../../replay/index.ts';
import { h, s } from '../dom.ts';

const ALLOCATION_LABEL: Record<AllocationKey, string> = {
  features: 'Features',
  debt: 'Debt paydown',
  evals: 'Evals',
  reliability: 'Reliability',
  data: 'Data pipeline',
  migration: 'Migrations',
};

const RELEASE_LABEL: Record<ReleaseMode, string> = {
  ship: 'Ship',
  gate: 'Eval gate',
  ab: 'A/B test',
  canary: 'Canary',
  rollback: 'Roll back',
  hold: 'Hold',
};

function figure(title: string, description: string, svg: SVGSVGElement): HTMLElement {
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}. ${description}`);
  return h('figure', { className: 'class-chart' }, h('figcaption', {}, title), svg);
}

/** Runs per 100 points. */
export function histogram(bins: readonly number[]): HTMLElement {
  const W = 460;
  const H = 200;
  const pad = { l: 28, r: 8, t: 14, b: 30 };
  const max = Math.max(1, ...bins);
  const bw = (W - pad.l - pad.r) / bins.length;
  const y = (n: number): number => pad.t + (H - pad.t - pad.b) * (1 - n / max);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, className: 'chart histogram' });
  svg.append(s('line', { x1: pad.l, x2: W - pad.r, y1: y(0), y2: y(0), className: 'axis' }));
  bins.forEach((n, i) => {
    const x = pad.l + i * bw;
    if (n > 0) {
      svg.append(
        s('rect', { x: x + 3, y: y(n), width: bw - 6, height: y(0) - y(n), className: 'bar-top', rx: 2 }),
      );
      svg.append(
        s('text', { x: x + bw / 2, y: y(n) - 3, className: 'value', 'text-anchor': 'middle' }, String(n)),
      );
    }
    svg.append(
      s(
        'text',
        { x: x + bw / 2, y: H - pad.b + 14, className: 'tick', 'text-anchor': 'middle' },
        String(i * 100),
      ),
    );
  });
  svg.append(s('text', { x: W - pad.r, y: H - 4, className: 'tick', 'text-anchor': 'end' }, 'score'));
  const described = bins.map((n, i) => `${i * 100}\u2013${i === 9 ? 1000 : i * 100 + 99}: ${n}`).join(', ');
  return figure('Score distribution', `Runs per score range: ${described}.`, svg);
}

interface Row {
  label: string;
  top: number;
  bottom: number;
}

/** Paired horizontal bars: the top half (accent) above the bottom half (muted) for each row. */
function pairedBars(title: string, rows: Row[], format: (x: number) => string, max: number): HTMLElement {
  const W = 460;
  const rowH = 34;
  const labelW = 112;
  const valueW = 44;
  const H = rows.length * rowH + 8;
  const scale = (x: number): number => ((W - labelW - valueW) * x) / Math.max(max, 1e-9);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, className: 'chart paired' });
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    svg.append(s('text', { x: labelW - 8, y: y + 19, className: 'tick', 'text-anchor': 'end' }, r.label));
    svg.append(
      s('rect', { x: labelW, y, width: Math.max(0, scale(r.top)), height: 12, className: 'bar-top', rx: 2 }),
    );
    svg.append(
      s('rect', {
        x: labelW,
        y: y + 14,
        width: Math.max(0, scale(r.bottom)),
        height: 12,
        className: 'bar-bottom',
        rx: 2,
      }),
    );
    svg.append(s('text', { x: labelW + scale(r.top) + 4, y: y + 10, className: 'value' }, format(r.top)));
    svg.append(
      s('text', { x: labelW + scale(r.bottom) + 4, y: y + 24, className: 'value muted' }, format(r.bottom)),
    );
  });
  const described = rows
    .map((r) => `${r.label}: top ${format(r.top)}, bottom ${format(r.bottom)}`)
    .join('; ');
  return figure(title, `Top half compared with bottom half. ${described}.`, svg);
}

const pct = (x: number): string => `${Math.round(x)}%`;
const one = (x: number): string => (Math.round(x * 10) / 10).toString();

export function halvesCharts(top: HalfProfile, bottom: HalfProfile): HTMLElement[] {
  const allocation = ALLOCATION_KEYS.map((k) => ({
    label: ALLOCATION_LABEL[k],
    top: top.allocation[k],
    bottom: bottom.allocation[k],
  }));
  const release = RELEASE_MODES.map((m) => ({
    label: RELEASE_LABEL[m],
    top: top.release[m] * 100,
    bottom: bottom.release[m] * 100,
  }));
  const team = [
    { label: 'Hires', top: top.hires, bottom: bottom.hires },
    { label: 'Let go', top: top.letGo, bottom: bottom.letGo },
    { label: 'Migrations', top: top.migrations, bottom: bottom.migrations },
  ];
  const maxOf = (rows: Row[]): number => Math.max(...rows.flatMap((r) => [r.top, r.bottom]));
  return [
    pairedBars('Capacity split (mean % of capacity)', allocation, pct, maxOf(allocation)),
    pairedBars('Release modes (% of turns)', release, pct, maxOf(release)),
    pairedBars('Team and architecture (mean per run)', team, one, maxOf(team)),
  ];
}

export function classCharts(stats: ClassStats): HTMLElement {
  const legend = h(
    'p',
    { className: 'chart-legend' },
    h('span', { className: 'swatch swatch-top', 'aria-hidden': 'true' }),
    stats.top ? ` Top half (${stats.top.runs} runs, mean score ${Math.round(stats.top.meanScore)})  ` : '',
    h('span', { className: 'swatch swatch-bottom', 'aria-hidden': 'true' }),
    stats.bottom
      ? ` Bottom half (${stats.bottom.runs} runs, mean score ${Math.round(stats.bottom.meanScore)})`
      : '',
  );
  return h(
    'section',
    { className: 'class-charts', 'aria-labelledby': 'class-charts-h' },
    h('h2', { id: 'class-charts-h' }, 'Class charts'),
    h(
      'div',
      { className: 'chart-grid' },
      histogram(stats.bins),
      ...(stats.top && stats.bottom
        ? halvesCharts(stats.top, stats.bottom)
        : [h('p', { className: 'hint' }, 'The top and bottom half are compared once two runs are ranked.')]),
    ),
    stats.top ? legend : null,
  );
}
