/** A fan chart: the p10–p90 band and the p50 line of a forecast, after the history so far. */
import type { Band } from '../../engine/index.ts';
import { s } from '../dom.ts';

export interface FanInput {
  history: readonly number[];
  bands: readonly Band[];
  label: string;
  format: (x: number) => string;
}

export function fanChart(input: FanInput, width = 300, height = 90): SVGSVGElement {
  const { history, bands } = input;
  const all = [...history, ...bands.flatMap((b) => [b.p10, b.p90])];
  const lo = Math.min(0, ...all);
  const hi = Math.max(...all, lo + 1);
  const n = history.length + bands.length;
  const pad = 4;
  const x = (i: number): number => pad + (i / Math.max(1, n - 1)) * (width - 2 * pad);
  const y = (v: number): number => height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad - 12);
  const last = bands[bands.length - 1];
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    className: 'fan',
    role: 'img',
    'aria-label': last
      ? `${input.label}: in ${bands.length} turns, between ${input.format(last.p10)} and ${input.format(last.p90)}, most likely ${input.format(last.p50)}`
      : input.label,
  });
  if (bands.length > 0) {
    const start = history.length - 1;
    const upper = bands.map((b, i) => `${x(start + 1 + i).toFixed(1)},${y(b.p90).toFixed(1)}`);
    const lower = bands.map((b, i) => `${x(start + 1 + i).toFixed(1)},${y(b.p10).toFixed(1)}`).reverse();
    const anchor = history.length > 0 ? [`${x(start).toFixed(1)},${y(history[start]!).toFixed(1)}`] : [];
    svg.append(s('polygon', { points: [...anchor, ...upper, ...lower].join(' '), className: 'fan-band' }));
    svg.append(
      s('polyline', {
        points: [
          ...anchor,
          ...bands.map((b, i) => `${x(start + 1 + i).toFixed(1)},${y(b.p50).toFixed(1)}`),
        ].join(' '),
        className: 'fan-median',
      }),
    );
  }
  if (history.length > 1) {
    svg.append(
      s('polyline', {
        points: history.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
        className: 'fan-history',
      }),
    );
  }
  if (last) {
    svg.append(
      s(
        'text',
        { x: width - pad, y: 10, className: 'fan-label', 'text-anchor': 'end' },
        `${input.format(last.p10)} \u2013 ${input.format(last.p90)}`,
      ),
    );
  }
  return svg;
}
