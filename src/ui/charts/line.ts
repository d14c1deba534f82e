/**
 * A line chart over the turns of a game, printable SVG: series told apart by dash and marker shape as well as
 * colour (so the colour-blind palette and a grey printer keep them apart), target and threshold lines, numbered
 * marks at the turning points, axes counted in the scenario's turns, and an accessible summary. `legend` draws
 * the matching key in HTML for the figure's caption.
 */
import { h, s } from '../dom.ts';

export type Marker = 'circle' | 'square' | 'triangle' | 'none';

export interface Series {
  /** What the line means, for the legend and the summary: "incidents so far". */
  name: string;
  /** One value per turn; null where there is nothing to show (no deploys yet, so no failure rate). */
  values: readonly (number | null)[];
  /** The colour class (s-users, s-cash, s-debt, s-bad, s-warn, s-good). */
  className: string;
  dash?: 'solid' | 'dashed' | 'dotted' | 'dashdot';
  /** A shape at every point, or only where the value changed (a running count shows when things happened). */
  marker?: Marker;
  markAt?: 'all' | 'changes';
}

/** A horizontal line: an objective's target, a limit the game enforces, a DORA cluster's threshold. */
export interface Guide {
  value: number;
  label: string;
  kind: 'target' | 'limit' | 'threshold';
}

/** A numbered mark above one turn (0-based index), for the turning points. */
export interface Mark {
  index: number;
  label: string;
}

export interface ChartOptions {
  /** What a turn is called on the x-axis: "week". */
  unit?: string;
  guides?: readonly Guide[];
  marks?: readonly Mark[];
  width?: number;
  height?: number;
}

const DASH: Record<NonNullable<Series['dash']>, string | null> = {
  solid: null,
  dashed: '6 3',
  dotted: '2 3',
  dashdot: '8 3 2 3',
};

function shape(marker: Marker, cx: number, cy: number, className: string): SVGElement | null {
  const r = 2.6;
  const cls = `marker ${className}`;
  switch (marker) {
    case 'circle':
      return s('circle', { cx: cx.toFixed(1), cy: cy.toFixed(1), r, className: cls });
    case 'square':
      return s('rect', {
        x: (cx - r).toFixed(1),
        y: (cy - r).toFixed(1),
        width: 2 * r,
        height: 2 * r,
        className: cls,
      });
    case 'triangle':
      return s('polygon', {
        points: `${cx.toFixed(1)},${(cy - r - 0.6).toFixed(1)} ${(cx - r).toFixed(1)},${(cy + r).toFixed(1)} ${(cx + r).toFixed(1)},${(cy + r).toFixed(1)}`,
        className: cls,
      });
    case 'none':
      return null;
  }
}

export function lineChart(
  title: string,
  series: readonly Series[],
  format: (x: number) => string,
  options: ChartOptions = {},
): SVGSVGElement {
  const width = options.width ?? 420;
  const height = options.height ?? 180;
  const unit = options.unit ?? 'turn';
  const guides = options.guides ?? [];
  const marks = options.marks ?? [];
  const all = series.flatMap((x) => x.values.filter((v): v is number => v !== null));
  const levels = [...all, ...guides.map((g) => g.value)];
  const lo = Math.min(0, ...levels);
  const hi = Math.max(lo + 1e-9, ...levels);
  const n = Math.max(...series.map((x) => x.values.length), 2);
  // Room for the longer of the two value labels ("$6,400" lost its "$" in 52 units): ~9 units a character.
  const left = Math.max(52, 12 + 9 * Math.max(format(hi).length, format(lo).length));
  const right = 8;
  const top = marks.length ? 18 : 8;
  const bottom = 20;
  const x = (i: number): number => left + (i / (n - 1)) * (width - left - right);
  const y = (v: number): number => top + (1 - (v - lo) / (hi - lo)) * (height - bottom - top - 6);
  const first = series[0]?.values.filter((v): v is number => v !== null) ?? [];
  const peak = first.length ? Math.max(...first) : 0;
  const parts = [
    first.length
      ? `${title}: ${series[0]!.name} from ${format(first[0]!)} to ${format(first[first.length - 1]!)}, peak ${format(peak)}`
      : `${title}: nothing to show yet`,
    ...series.slice(1).map((ser) => {
      const vs = ser.values.filter((v): v is number => v !== null);
      return vs.length ? `${ser.name} ends at ${format(vs[vs.length - 1]!)}` : `no ${ser.name}`;
    }),
    ...guides.map((g) => `${g.label} at ${format(g.value)}`),
  ];
  if (marks.length) parts.push(`turning points in ${unit}s ${marks.map((m) => m.index + 1).join(', ')}`);
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    className: 'line-chart',
    role: 'img',
    'aria-label': `${parts.join('; ')}.`,
  });
  const baseline = y(Math.max(lo, Math.min(0, hi)));
  svg.append(
    s('line', { x1: left, y1: baseline, x2: width - right, y2: baseline, className: 'axis' }),
    s('text', { x: left - 6, y: y(hi) + 4, 'text-anchor': 'end', className: 'tick' }, format(hi)),
    s('text', { x: left - 6, y: y(lo), 'text-anchor': 'end', className: 'tick' }, format(lo)),
    s('text', { x: left, y: height - 4, className: 'tick' }, `${unit} 1`),
    s('text', { x: width - right, y: height - 4, 'text-anchor': 'end', className: 'tick' }, `${unit} ${n}`),
  );
  for (const g of guides) {
    const gy = y(g.value);
    svg.append(
      s('line', { x1: left, y1: gy, x2: width - right, y2: gy, className: `guide guide-${g.kind}` }),
      s(
        'text',
        { x: width - right - 2, y: gy - 3, 'text-anchor': 'end', className: `guide-label guide-${g.kind}` },
        g.label,
      ),
    );
  }
  for (const m of marks) {
    const mx = x(m.index);
    svg.append(
      s('line', { x1: mx, y1: top - 2, x2: mx, y2: baseline, className: 'tp-line' }),
      s('circle', { cx: mx, cy: 8, r: 7, className: 'tp-dot' }),
      s('text', { x: mx, y: 11, 'text-anchor': 'middle', className: 'tp-num' }, m.label),
    );
  }
  for (const ser of series) {
    const dash = DASH[ser.dash ?? 'solid'];
    // A null splits the line: nothing is drawn across a turn without a value.
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1)
        svg.append(
          s('polyline', {
            points: run.join(' '),
            className: `series ${ser.className}`,
            'stroke-dasharray': dash,
          }),
        );
      run = [];
    };
    ser.values.forEach((v, i) => {
      if (v === null) flush();
      else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    flush();
    const marker = ser.marker ?? 'none';
    if (marker === 'none') continue;
    ser.values.forEach((v, i) => {
      if (v === null) return;
      const prev = i > 0 ? ser.values[i - 1] : null;
      if (ser.markAt === 'changes' && (prev === null || prev === undefined ? v === 0 : v === prev)) return;
      const el = shape(marker, x(i), y(v), ser.className);
      if (el) svg.append(el);
    });
  }
  return svg;
}

/** The key of a chart, in HTML: each series' line and marker as drawn, then the guide lines, by meaning. */
export function legend(series: readonly Series[], guides: readonly Guide[] = []): HTMLElement {
  const swatch = (ser: Series): SVGSVGElement => {
    const svg = s('svg', { viewBox: '0 0 28 10', className: 'swatch', 'aria-hidden': 'true' });
    svg.append(
      s('line', {
        x1: 1,
        y1: 5,
        x2: 27,
        y2: 5,
        className: `series ${ser.className}`,
        'stroke-dasharray': DASH[ser.dash ?? 'solid'],
      }),
    );
    const m = shape(ser.marker ?? 'none', 14, 5, ser.className);
    if (m) svg.append(m);
    return svg;
  };
  const guideSwatch = (g: Guide): SVGSVGElement => {
    const svg = s('svg', { viewBox: '0 0 28 10', className: 'swatch', 'aria-hidden': 'true' });
    svg.append(s('line', { x1: 1, y1: 5, x2: 27, y2: 5, className: `guide guide-${g.kind}` }));
    return svg;
  };
  return h(
    'ul',
    { className: 'legend' },
    ...series.map((ser) => h('li', {}, swatch(ser), ser.name)),
    ...guides.map((g) => h('li', {}, guideSwatch(g), g.label)),
  );
}
