/**
 * The report's charts as plain SVG shape trees: html.ts serialises them to (escaped) markup for the offline page,
 * the browser screen builds them as DOM nodes. One geometry, two renderers. Okabe–Ito colours (colour-blind
 * safe, print well); every mark has a <title> with its exact number. Pure.
 */
import { DORA_CLUSTERS, OUTCOME_REASONS } from './aggregate.ts';
import { OUTCOME_LABELS, pct, signed } from './format.ts';
import type { BalanceReport } from './report.ts';
import { HISTOGRAM_BIN } from './report.ts';

export type SvgTag = 'svg' | 'g' | 'rect' | 'line' | 'text' | 'title' | 'circle';
export interface SvgNode {
  tag: SvgTag;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

export interface Chart {
  id: string;
  title: string;
  /** One sentence saying what the chart shows (its accessible description). */
  description: string;
  svg: SvgNode;
}

export type ChartSet = Chart[];

const el = (
  tag: SvgTag,
  attrs: Record<string, string | number>,
  ...children: (SvgNode | string)[]
): SvgNode => ({
  tag,
  attrs,
  children,
});
const tip = (text: string): SvgNode => el('title', {}, text);
const label = (x: number, y: number, text: string, anchor = 'start', size = 12): SvgNode =>
  el('text', { x, y, 'font-size': size, 'text-anchor': anchor, fill: '#222' }, text);

const BOT_COLOURS: Record<string, string> = {
  random: '#888888',
  'move-fast': '#E69F00',
  steady: '#0072B2',
  frugal: '#009E73',
  idle: '#882255',
};
const OUTCOME_COLOURS = ['#009E73', '#D55E00', '#CC79A7', '#E69F00', '#999999', '#DDDDDD'];
const DORA_COLOURS = ['#0072B2', '#56B4E9', '#F0E442', '#D55E00'];
const WIDTH = 640;
const LEFT = 96;

function frame(width: number, height: number, title: string, ...children: SvgNode[]): SvgNode {
  return el(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title },
    ...children,
  );
}

function histograms(r: BalanceReport): Chart {
  const rowH = 64;
  const plotW = WIDTH - LEFT - 16;
  const height = r.bots.length * rowH + 28;
  const rows = r.bots.map((b, i) => {
    const y0 = i * rowH + 8;
    const bins = b.score.histogram;
    const max = Math.max(1, ...bins);
    const bw = plotW / bins.length;
    const colour = BOT_COLOURS[b.bot] ?? '#555555';
    const bars = bins.map((c, j) => {
      const h = (c / max) * (rowH - 16);
      const from = j * HISTOGRAM_BIN;
      return el(
        'rect',
        {
          x: LEFT + j * bw + 0.5,
          y: y0 + rowH - 12 - h,
          width: Math.max(0, bw - 1),
          height: h,
          fill: colour,
        },
        tip(`${b.bot}: ${c} games scored ${from}\u2013${from + HISTOGRAM_BIN - 1}`),
      );
    });
    const marks = (['p10', 'p50', 'p90'] as const).flatMap((q) => {
      const v = b.score[q];
      if (v === null) return [];
      const x = LEFT + (v / 1000) * plotW;
      return [
        el(
          'line',
          {
            x1: x,
            x2: x,
            y1: y0 + 2,
            y2: y0 + rowH - 12,
            stroke: '#222',
            'stroke-dasharray': q === 'p50' ? '' : '3 2',
          },
          tip(`${b.bot} ${q}: ${v}`),
        ),
      ];
    });
    return el(
      'g',
      {},
      label(LEFT - 8, y0 + rowH / 2, b.bot, 'end'),
      el('line', { x1: LEFT, x2: LEFT + plotW, y1: y0 + rowH - 12, y2: y0 + rowH - 12, stroke: '#999' }),
      ...bars,
      ...marks,
    );
  });
  const axis = [0, 250, 500, 750, 1000].map((v) =>
    label(LEFT + (v / 1000) * plotW, height - 6, String(v), 'middle', 11),
  );
  return {
    id: 'scores',
    title: 'Score distribution',
    description: `Games per ${HISTOGRAM_BIN}-point score bin for each bot; dashed lines mark p10 and p90, the solid line the median.`,
    svg: frame(WIDTH, height, 'Score distribution per bot', ...rows, ...axis),
  };
}

interface Segment {
  name: string;
  share: number;
  colour: string;
}

function stackedRows(rows: { label: string; segments: Segment[] }[], legend: Segment[]): SvgNode[] {
  const plotW = WIDTH - LEFT - 16;
  const rowH = 26;
  const out: SvgNode[] = [];
  rows.forEach((row, i) => {
    const y = i * rowH + 6;
    let x = LEFT;
    out.push(label(LEFT - 8, y + 15, row.label, 'end'));
    for (const s of row.segments) {
      const w = s.share * plotW;
      if (w <= 0) continue;
      out.push(
        el(
          'rect',
          { x, y, width: w, height: rowH - 8, fill: s.colour },
          tip(`${row.label}: ${s.name} ${pct(s.share)}`),
        ),
      );
      if (w > 34) out.push(label(x + w / 2, y + 13, pct(s.share), 'middle', 10));
      x += w;
    }
  });
  let lx = LEFT;
  const ly = rows.length * rowH + 14;
  for (const s of legend) {
    out.push(el('rect', { x: lx, y: ly - 9, width: 10, height: 10, fill: s.colour }));
    out.push(label(lx + 14, ly, s.name, 'start', 11));
    lx += 28 + s.name.length * 7;
  }
  return out;
}

function stacked(
  id: string,
  title: string,
  description: string,
  rows: { label: string; segments: Segment[] }[],
): Chart {
  const legend = rows[0]?.segments ?? [];
  const height = rows.length * 26 + 24;
  return { id, title, description, svg: frame(WIDTH, height, title, ...stackedRows(rows, legend)) };
}

function outcomes(r: BalanceReport): Chart {
  const keys = OUTCOME_REASONS.filter((k) => k !== 'in-progress' || r.bots.some((b) => b.outcomes[k] > 0));
  return stacked(
    'outcomes',
    'How games end',
    'Share of each bot\u2019s games by how they ended.',
    r.bots.map((b) => ({
      label: b.bot,
      segments: keys.map((k) => ({
        name: OUTCOME_LABELS[k]!,
        share: b.outcomes[k],
        colour: OUTCOME_COLOURS[OUTCOME_REASONS.indexOf(k)]!,
      })),
    })),
  );
}

function dora(r: BalanceReport): Chart {
  return stacked(
    'dora',
    'DORA cluster at the end',
    'Share of each bot\u2019s games ending in each DORA performance cluster.',
    r.bots.map((b) => ({
      label: b.bot,
      segments: DORA_CLUSTERS.map((k, i) => ({ name: k, share: b.dora[k], colour: DORA_COLOURS[i]! })),
    })),
  );
}

function luck(r: BalanceReport): Chart | null {
  if (!r.luck) return null;
  return stacked(
    'luck',
    'Luck vs skill',
    'Share of score variance explained by the seed, the strategy, and their interaction.',
    [
      {
        label: 'variance',
        segments: [
          { name: 'seed (luck)', share: r.luck.seed, colour: '#E69F00' },
          { name: 'strategy (skill)', share: r.luck.bot, colour: '#0072B2' },
          { name: 'interaction', share: r.luck.interaction, colour: '#BBBBBB' },
        ],
      },
    ],
  );
}

function decisions(r: BalanceReport): Chart | null {
  if (r.decisions.length === 0) return null;
  const width = 760;
  const left = 330;
  const plotW = width - left - 24;
  const rowH = 22;
  const height = r.decisions.length * rowH + 30;
  const extent = Math.max(5, ...r.decisions.map((d) => Math.max(Math.abs(d.low), Math.abs(d.high))));
  const xOf = (v: number): number => left + ((v + extent) / (2 * extent)) * plotW;
  const rows = r.decisions.map((d, i) => {
    const y = i * rowH + 14;
    const colour = d.meanDiff > 0 ? '#009E73' : d.meanDiff < 0 ? '#D55E00' : '#888888';
    return el(
      'g',
      {},
      label(left - 10, y + 4, d.label, 'end', 11),
      el('line', { x1: xOf(d.low), x2: xOf(d.high), y1: y, y2: y, stroke: colour, 'stroke-width': 3 }),
      el(
        'circle',
        { cx: xOf(d.meanDiff), cy: y, r: 4.5, fill: colour },
        tip(`${d.label}: ${signed(d.meanDiff)} points (95% interval ${signed(d.low)} to ${signed(d.high)})`),
      ),
    );
  });
  const axisY = height - 8;
  return {
    id: 'decisions',
    title: 'Decisions that matter',
    description: `Mean change of the ${r.baseBot} bot\u2019s score when one decision changes, with its 95% interval, on the same seeds.`,
    svg: frame(
      width,
      height,
      'Decisions that matter',
      el('line', {
        x1: xOf(0),
        x2: xOf(0),
        y1: 2,
        y2: height - 20,
        stroke: '#444',
        'stroke-dasharray': '2 2',
      }),
      ...rows,
      label(xOf(-extent), axisY, signed(-Math.round(extent)), 'start', 11),
      label(xOf(0), axisY, '0', 'middle', 11),
      label(xOf(extent), axisY, signed(Math.round(extent)), 'end', 11),
    ),
  };
}

function events(r: BalanceReport): Chart | null {
  if (r.events.length === 0) return null;
  const left = 180;
  const plotW = WIDTH - left - 60;
  const rowH = 20;
  const height = r.events.length * rowH + 10;
  const rows = r.events.map((e, i) => {
    const y = i * rowH + 4;
    const colour =
      e.status === 'never' ? '#D55E00' : e.status === 'always' && !e.scheduled ? '#CC79A7' : '#56B4E9';
    return el(
      'g',
      {},
      label(left - 8, y + 12, e.id, 'end', 11),
      el('rect', { x: left, y, width: plotW, height: rowH - 6, fill: '#F2F2F2' }),
      el(
        'rect',
        { x: left, y, width: e.share * plotW, height: rowH - 6, fill: colour },
        tip(`${e.id}: fired in ${pct(e.share)} of games`),
      ),
      label(left + plotW + 6, y + 12, e.status === 'never' ? 'never' : pct(e.share), 'start', 11),
    );
  });
  return {
    id: 'events',
    title: 'Events',
    description:
      'Share of all games in which each event fired at least once (red: never, pink: in almost every game).',
    svg: frame(WIDTH, height, 'Events: share of games in which each fired', ...rows),
  };
}

/** Every chart of the report, in reading order. */
export function reportCharts(r: BalanceReport): ChartSet {
  return [histograms(r), outcomes(r), dora(r), luck(r), events(r), decisions(r)].filter(
    (c): c is Chart => c !== null,
  );
}
