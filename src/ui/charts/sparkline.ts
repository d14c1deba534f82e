/** A sparkline: the trend of one number over the turns so far, as an SVG path. */
import { s } from '../dom.ts';

export function sparkline(values: readonly number[], width = 96, height = 24, label = ''): SVGSVGElement {
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    className: 'sparkline',
    role: 'img',
    'aria-label': label || 'trend',
  });
  if (values.length < 2) return svg;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const pts = values.map(
    (v, i) =>
      `${((i / (values.length - 1)) * (width - 2) + 1).toFixed(1)},${(height - 2 - ((v - lo) / span) * (height - 4)).toFixed(1)}`,
  );
  svg.append(s('polyline', { points: pts.join(' '), className: 'spark-line' }));
  const last = pts[pts.length - 1]!.split(',');
  svg.append(s('circle', { cx: last[0]!, cy: last[1]!, r: 2, className: 'spark-dot' }));
  return svg;
}
