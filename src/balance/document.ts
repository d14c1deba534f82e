/**
 * The balance report laid out as a document: sections of paragraphs, tables, charts and warnings, in plain
 * data. The offline HTML page (html.ts) and the browser screen (src/ui) both render this one layout, so they
 * show the same things in the same order. Text stays text: renderers escape it or set it as textContent. Pure.
 */
import { DORA_CLUSTERS, OUTCOME_REASONS } from './aggregate.ts';
import type { Chart } from './charts.ts';
import { reportCharts } from './charts.ts';
import { botList, codeParts, num, OUTCOME_LABELS, pct, plural, signed, unchangedNote } from './format.ts';
import type { BalanceReport } from './report.ts';
import type { ReportWarning } from './warnings.ts';

/** A run of text; `code` is monospace, `muted` secondary, `flag` a small badge (a problem or a note), `br` a line break before it. */
export interface Inline {
  text: string;
  code?: boolean;
  strong?: boolean;
  muted?: boolean;
  flag?: 'problem' | 'note';
  br?: boolean;
}
export type Cell = Inline[];

export type Block =
  | { kind: 'p'; parts: Inline[] }
  /** `wrap`: the cells hold text that may wrap (else every cell stays on one line, as numbers should). */
  | { kind: 'table'; caption: string; head: string[]; rows: Cell[][]; wrap?: boolean }
  | { kind: 'chart'; chart: Chart }
  | { kind: 'warnings'; warnings: ReportWarning[]; none: string };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  intro: Inline[];
  sections: Section[];
}

const t = (text: string): Inline => ({ text });
const cell = (text: string): Cell => [t(text)];

/** Prose with `code` spans as inline runs. */
export function prose(text: string): Inline[] {
  return codeParts(text).map((p) => (p.code ? { text: p.text, code: true } : { text: p.text }));
}

function table(caption: string, head: string[], rows: Cell[][], wrap = false): Block {
  return wrap ? { kind: 'table', caption, head, rows, wrap } : { kind: 'table', caption, head, rows };
}

function botBlocks(r: BalanceReport, chart: (id: string) => Block[]): Block[] {
  const outcomeKeys = OUTCOME_REASONS.slice(0, 5);
  return [
    table(
      'Score and win rate per bot',
      ['bot', 'games', 'win', 'p10', 'median', 'p90', 'mean', 'sd', 'turns'],
      r.bots.map((b) =>
        [
          b.bot,
          num(b.games),
          pct(b.winRate),
          num(b.score.p10),
          num(b.score.p50),
          num(b.score.p90),
          num(b.score.mean),
          num(b.score.sd),
          num(b.meanTurns),
        ].map(cell),
      ),
    ),
    ...chart('scores'),
    table(
      'How games end',
      ['bot', ...outcomeKeys.map((k) => OUTCOME_LABELS[k]!)],
      r.bots.map((b) => [cell(b.bot), ...outcomeKeys.map((k) => cell(pct(b.outcomes[k])))]),
    ),
    ...chart('outcomes'),
    table(
      'DORA cluster at the end',
      ['bot', ...DORA_CLUSTERS],
      r.bots.map((b) => [cell(b.bot), ...DORA_CLUSTERS.map((k) => cell(pct(b.dora[k])))]),
    ),
    ...chart('dora'),
  ];
}

function luckBlocks(r: BalanceReport, chart: (id: string) => Block[]): Block[] {
  const out: Block[] = [];
  if (r.luck) {
    out.push({
      kind: 'p',
      parts: [
        t('Of the score variance, the seed (luck) explains '),
        { text: pct(r.luck.seed), strong: true },
        t(', the strategy (skill) '),
        { text: pct(r.luck.bot), strong: true },
        t(`, and their interaction ${pct(r.luck.interaction)}.`),
      ],
    });
    out.push(...chart('luck'));
  } else {
    out.push({
      kind: 'p',
      parts: [t('Luck and skill need at least two bots and some spread in the scores.')],
    });
  }
  if (r.bots.length > 1) {
    out.push(
      table(
        'Head to head: share of seeds on which the row bot scores more than the column bot',
        ['', ...r.bots.map((b) => b.bot), 'beats all'],
        r.bots.map((b, a) => [
          cell(b.bot),
          ...r.bots.map((_, c) => cell(a === c ? '\u2013' : pct(r.headToHead.wins[a]![c]!))),
          cell(pct(r.headToHead.beatsAll[a]!.share)),
        ]),
      ),
    );
  }
  return out;
}

function eventBlocks(r: BalanceReport, chart: (id: string) => Block[]): Block[] {
  if (r.events.length === 0) return [{ kind: 'p', parts: [t('This scenario has no events.')] }];
  // Two tables of the same rows, so that each fits a tablet's width: where it fired, then why and how answered.
  return [
    ...chart('events'),
    table(
      'Events: share of games in which each fired',
      ['event', ...r.bots.map((b) => b.bot), 'all'],
      r.events.map((ev) => [
        [
          t(ev.id),
          ...(ev.scheduled
            ? [{ text: 'scheduled', flag: 'note' as const }]
            : ev.status === 'sometimes'
              ? []
              : [{ text: ev.status, flag: 'problem' as const }]),
          { text: ev.title, muted: true, br: true },
        ],
        ...ev.perBot.map((p) => cell(pct(p.share))),
        cell(pct(ev.share)),
      ]),
    ),
    table(
      'Events: how often each condition held (share of games), and how each was answered (times chosen)',
      ['event', 'conditions', 'answers'],
      r.events.map((ev) => [
        cell(ev.id),
        ev.conditions.length === 0
          ? cell('none')
          : ev.conditions.flatMap((c, i) => [
              { text: c.text, code: true, br: i > 0 },
              t(`\u00a0${pct(c.heldShare)}`),
            ]),
        ev.options.map((o, i) => ({ text: `${o.id}\u00a0${num(o.chosen)}`, br: i > 0 })),
      ]),
      true,
    ),
  ];
}

function objectiveBlocks(r: BalanceReport): Block[] {
  if (r.objectives.length === 0) return [{ kind: 'p', parts: [t('This scenario has no objectives.')] }];
  return [
    table(
      'Objectives: share of games that met each at the end (* required to win)',
      ['objective', 'condition', ...r.bots.map((b) => b.bot), 'best game'],
      r.objectives.map((o) => [
        [t(`${o.id}${o.required ? '*' : ''}`), { text: o.label, muted: true, br: true }],
        [{ text: o.text, code: true }],
        ...o.perBot.map((p) => cell(pct(p.metShare))),
        cell(num(o.best)),
      ]),
    ),
  ];
}

function decisionBlocks(r: BalanceReport, chart: (id: string) => Block[]): Block[] {
  const out: Block[] = [];
  if (r.decisions.length === 0 && r.unchangedDecisions.length === 0)
    out.push({ kind: 'p', parts: [t('No decision variants were played.')] });
  if (r.decisions.length > 0) {
    out.push(
      ...chart('decisions'),
      table(
        `${r.baseBot} with one change, on ${plural(r.variantRuns, 'paired seed')}: mean score change and 95% interval`,
        ['change', 'mean change', '95% interval', 'seeds better / worse', 'win rate'],
        r.decisions.map((d) =>
          [
            d.label,
            signed(d.meanDiff),
            `${signed(d.low)} to ${signed(d.high)}`,
            `${pct(d.better)} / ${pct(d.worse)}`,
            `${pct(d.baseWinRate)} \u2192 ${pct(d.winRate)}`,
          ].map(cell),
        ),
      ),
    );
  }
  if (r.unchangedDecisions.length > 0) {
    const note = unchangedNote(r);
    out.push({ kind: 'p', parts: [{ text: note.heading, strong: true }, t(note.detail)] });
  }
  if (r.unavailableDecisions.length > 0) {
    out.push({
      kind: 'p',
      parts: [
        {
          text: `Not offered by this scenario: ${r.unavailableDecisions.map((d) => d.label).join('; ')}.`,
          muted: true,
        },
      ],
    });
  }
  return out;
}

export function reportDocument(r: BalanceReport): ReportDocument {
  const charts = reportCharts(r);
  const chart = (id: string): Block[] => {
    const c = charts.find((x) => x.id === id);
    return c ? [{ kind: 'chart', chart: c }] : [];
  };
  return {
    title: `Balance report: ${r.scenario.title}`,
    intro: [
      t('Scenario '),
      { text: r.scenario.id, code: true },
      t(
        `, ${r.scenario.turns} turns. ${plural(r.runs, 'seed')} per bot from seed \u201c${r.seed}\u201d, shared by every bot; bots: ${botList(r.bots)}.`,
      ),
    ],
    sections: [
      {
        id: 'warnings',
        title: 'Warnings',
        blocks: [
          {
            kind: 'warnings',
            warnings: r.warnings,
            none: 'No warnings: no dominant strategy, luck does not swamp skill, every event fires sometimes and every objective is reachable.',
          },
        ],
      },
      { id: 'bots', title: 'Bots', blocks: botBlocks(r, chart) },
      { id: 'luck', title: 'Luck, skill and dominance', blocks: luckBlocks(r, chart) },
      { id: 'events', title: 'Events', blocks: eventBlocks(r, chart) },
      { id: 'objectives', title: 'Objectives', blocks: objectiveBlocks(r) },
      { id: 'decisions', title: 'Decisions that matter', blocks: decisionBlocks(r, chart) },
    ],
  };
}

/** The heading of a warning: "Warning: dominant strategy." */
export function warningHeading(w: ReportWarning): string {
  return `${w.severity === 'warning' ? 'Warning' : 'Note'}: ${w.kind.replace(/-/g, ' ')}.`;
}
