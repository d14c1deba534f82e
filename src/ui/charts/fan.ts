/**
 * A fan chart: the history so far, then the forecast's p10–p90 band (edges drawn) and its median (dashed), with
 * labelled axes. The labels are HTML around a stretchable SVG (preserveAspectRatio none, strokes that do not
 * scale), so they keep the stylesheet's text size at any width instead of shrinking with the drawing.
 */
import type { Band } from '../../engine/index.ts';
import { h, s } from '../dom.ts';

export interface FanInput {
  /** Values of the turns played so far, the current one last. */
  history: readonly number[];
  /** The forecast of the turns ahead, in order. */
  bands: readonly Band[];
  /** The forecast before the plan changed, drawn faintly behind (null or absent: none). */
  ghost?: readonly Band[] | null;
  /**
   * How many turns ahead the chart leaves room for: the forecast's length, given while its bands are still
   * being computed (none yet), so the past sits where it will sit beside them. Default: the bands'.
   */
  ahead?: number;
  /** What is charted, e.g. "Users". */
  label: string;
  format: (x: number) => string;
  /** X-axis labels: the first charted turn, now, and the last forecast turn ("week 2", "now", "week 12"). */
  start: string;
  end: string;
  /** The sentence read out for the whole chart (defaults to the range at the end). */
  summary?: string;
}

const W = 300;
const H = 100;

/** The value range shown: always including zero, with a little room above the highest value. */
export function fanRange(values: readonly number[]): { lo: number; hi: number } {
  const lo = Math.min(0, ...values);
  const top = Math.max(...values, lo + 1);
  return { lo, hi: top + (top - lo) * 0.08 };
}

function points(xs: number[], ys: number[]): string {
  return xs.map((x, i) => `${x.toFixed(1)},${ys[i]!.toFixed(1)}`).join(' ');
}

/** Turns charted: the past and the room ahead. */
function turnsCharted(input: FanInput): number {
  return input.history.length + Math.max(input.bands.length, input.ahead ?? 0);
}

function drawing(input: FanInput, lo: number, hi: number): SVGSVGElement {
  const { history, bands } = input;
  const n = turnsCharted(input);
  const x = (i: number): number => (i / Math.max(1, n - 1)) * W;
  const y = (v: number): number => H - ((v - lo) / (hi - lo)) * H;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    preserveAspectRatio: 'none',
    className: 'fan',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  for (const v of [0.5, 1].map((f) => lo + (hi - lo) * f))
    svg.append(s('line', { x1: 0, x2: W, y1: y(v), y2: y(v), className: 'fan-grid' }));
  if (lo < 0) svg.append(s('line', { x1: 0, x2: W, y1: y(0), y2: y(0), className: 'fan-zero' }));
  const now = Math.max(0, history.length - 1);
  svg.append(s('line', { x1: x(now), x2: x(now), y1: 0, y2: H, className: 'fan-now' }));
  const anchorX = history.length > 0 ? [x(now)] : [];
  const anchorY = history.length > 0 ? [y(history[now]!)] : [];
  const area = (of: readonly Band[], className: string): SVGElement => {
    const xs = of.map((_, i) => x(now + 1 + i));
    const top = of.map((b) => y(b.p90));
    const bottom = of.map((b) => y(b.p10));
    return s('polygon', {
      points: points([...anchorX, ...xs, ...[...xs].reverse()], [...anchorY, ...top, ...bottom.reverse()]),
      className,
    });
  };
  if (input.ghost && input.ghost.length > 0) svg.append(area(input.ghost, 'fan-ghost'));
  if (bands.length > 0) {
    const xs = bands.map((_, i) => x(now + 1 + i));
    const p90 = bands.map((b) => y(b.p90));
    const p10 = bands.map((b) => y(b.p10));
    svg.append(area(bands, 'fan-band'));
    svg.append(
      s('polyline', { points: points([...anchorX, ...xs], [...anchorY, ...p90]), className: 'fan-edge' }),
    );
    svg.append(
      s('polyline', { points: points([...anchorX, ...xs], [...anchorY, ...p10]), className: 'fan-edge' }),
    );
    const p50 = bands.map((b) => y(b.p50));
    svg.append(
      s('polyline', { points: points([...anchorX, ...xs], [...anchorY, ...p50]), className: 'fan-median' }),
    );
  }
  if (history.length > 1) {
    const xs = history.map((_, i) => x(i));
    svg.append(s('polyline', { points: points(xs, history.map(y)), className: 'fan-history' }));
  }
  return svg;
}

export function fanChart(input: FanInput): HTMLElement {
  const { history, bands, format } = input;
  const ghost = input.ghost ?? [];
  const { lo, hi } = fanRange([...history, ...[...bands, ...ghost].flatMap((b) => [b.p10, b.p90])]);
  const last = bands[bands.length - 1];
  const range = last ? `${format(last.p10)} \u2013 ${format(last.p90)}` : '';
  const summary =
    input.summary ??
    (last
      ? `${input.label} by ${input.end}: between ${format(last.p10)} and ${format(last.p90)}, most likely ${format(last.p50)}`
      : input.label);
  const nowAt = Math.max(0, history.length - 1) / Math.max(1, turnsCharted(input) - 1);
  // "now" sits under its line; the start label only where the two do not collide.
  // Near the end of a game the forecast is short: "now" would run into the last week's label ("noweek 12").
  const nowLabel = h('span', { className: 'fan-x-now' }, nowAt > 0.8 ? '' : 'now');
  // Placed with the CSSOM (allowed under the strict style-src), at the "now" line's share of the width.
  nowLabel.style.left = `${(nowAt * 100).toFixed(1)}%`;
  if (nowAt < 0.05) nowLabel.classList.add('at-start');
  return h(
    'figure',
    { className: 'fan-figure', role: 'img', 'aria-label': summary },
    h(
      'figcaption',
      { 'aria-hidden': 'true' },
      h('span', { className: 'fan-title' }, input.label),
      last ? h('span', { className: 'fan-range' }, ` ${input.end}: ${range}`) : null,
    ),
    h(
      'div',
      { className: 'fan-plot', 'aria-hidden': 'true' },
      h(
        'div',
        { className: 'fan-y' },
        h('span', { className: 'y-hi' }, format(hi)),
        h('span', { className: 'y-mid' }, format(lo + (hi - lo) / 2)),
        h('span', { className: 'y-lo' }, format(lo)),
      ),
      drawing(input, lo, hi),
    ),
    h(
      'div',
      { className: 'fan-x', 'aria-hidden': 'true' },
      h('span', { className: 'fan-x-start' }, nowAt >= 0.2 ? input.start : ''),
      nowLabel,
      h('span', { className: 'fan-x-end' }, input.end),
    ),
  );
}
