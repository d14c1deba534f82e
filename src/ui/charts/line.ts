/** A line chart over the turns of a game, with a y-axis range and an accessible summary. SVG, printable. */
import { s } from '../dom.ts';

export interface Series {
  name: string;
  values: readonly number[];
  className: string;
}

export function lineChart(
  title: string,
  series: readonly Series[],
  format: (x: number) => string,
  width = 420,
  height = 170,
): SVGSVGElement {
  const all = series.flatMap((x) => x.values);
  const lo = Math.min(0, ...all);
  const hi = Math.max(lo + 1e-9, ...all);
  const n = Math.max(...series.map((x) => x.values.length), 2);
  const left = 52;
  const bottom = 20;
  const x = (i: number): number => left + (i / (n - 1)) * (width - left - 8);
  const y = (v: number): number => 8 + (1 - (v - lo) / (hi - lo)) * (height - bottom - 16);
  const first = series[0]?.values ?? [];
  const summary = `${title}: from ${format(first[0] ?? 0)} to ${format(first[first.length - 1] ?? 0)}, peak ${format(hi)}.`;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    className: 'line-chart',
    role: 'img',
    'aria-label': summary,
  });
  svg.append(
    s('line', { x1: left, y1: y(lo), x2: width - 8, y2: y(lo), className: 'axis' }),
    s('text', { x: left - 6, y: y(hi) + 4, 'text-anchor': 'end', className: 'tick' }, format(hi)),
    s('text', { x: left - 6, y: y(lo), 'text-anchor': 'end', className: 'tick' }, format(lo)),
    s('text', { x: left, y: height - 4, className: 'tick' }, 'turn 1'),
    s('text', { x: width - 8, y: height - 4, 'text-anchor': 'end', className: 'tick' }, `turn ${n}`),
  );
  for (const ser of series) {
    if (ser.values.length < 2) continue;
    svg.append(
      s('polyline', {
        points: ser.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
        className: `series ${ser.className}`,
      }),
    );
  }
  return svg;
}
