/**
 * The strategy search laid out as report sections (the balance report's document model), so the offline HTML
 * page and the browser screen render it the same way, alone or inside the balance report. Text stays text. Pure.
 */
import type { Block, Cell, Inline, ReportDocument, Section } from '../balance/index.ts';
import { num, OUTCOME_LABELS, pct, plural, signed } from '../balance/index.ts';
import { groupThousands } from '../lib/format.ts';
import type { SearchResult } from './result.ts';
import type { SensitivityRow } from './sensitivity.ts';
import type { ProbeStats } from './verify.ts';

const t = (text: string): Inline => ({ text });
const cell = (text: string): Cell => [t(text)];
const p = (...parts: Inline[]): Block => ({ kind: 'p', parts });
const table = (caption: string, head: string[], rows: Cell[][], wrap = false): Block =>
  wrap ? { kind: 'table', caption, head, rows, wrap } : { kind: 'table', caption, head, rows };

/** How the strategy was found, in one paragraph. */
export function howFound(r: SearchResult): string {
  const stop =
    r.stopped === 'user'
      ? ' (stopped early)'
      : r.stopped === 'time'
        ? ` (its ${r.config.seconds} s budget)`
        : '';
  return `${groupThousands(r.policies)} ${r.policies === 1 ? 'policy' : 'policies'} over ${r.levers} levers, in ${plural(r.generations, 'generation')}${stop} and local improvement, each played on ${r.seeds.training} training seeds; the best ${r.config.finalists} re-played on ${r.seeds.selection} fresh seeds; the strongest measured on ${r.seeds.heldOut} held-out seeds (the balance report's own, seed \u201c${r.seed}\u201d) beside every bot. ${plural(r.games, 'game')} in all.`;
}

const outcomeMix = (o: Record<string, number>): string =>
  Object.entries(o)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${OUTCOME_LABELS[k] ?? k} ${pct(v)}`)
    .join(', ');

function bestBlocks(r: SearchResult): Block[] {
  const b = r.best;
  const rows = [{ who: 'strongest strategy', s: b }, ...r.bots.map((x) => ({ who: x.bot, s: x }))].map(
    ({ who, s }) => [
      cell(who),
      cell(num(s.meanScore)),
      cell(`${num(s.low)} to ${num(s.high)}`),
      cell(pct(s.winRate)),
      cell(outcomeMix(s.outcomes)),
    ],
  );
  return [
    p(t(howFound(r))),
    ...b.description.map((line) => p(t(line))),
    table(
      `Score on ${plural(r.seeds.heldOut, 'held-out seed')}, shared by every player`,
      ['player', 'mean', '95% interval', 'win', 'how games end'],
      rows,
    ),
    p(
      t('It scores more than '),
      { text: `${r.bestBot} (the best bot) on ${pct(b.beatsBestBotShare)} of seeds`, strong: true },
      t(
        `, by ${signed(b.marginOverBestBot.mean)} points on average (95% interval ${signed(b.marginOverBestBot.low)} to ${signed(b.marginOverBestBot.high)}), and more than every bot on `,
      ),
      { text: pct(b.beatsEveryBotShare), strong: true },
      t(` of seeds. Against each bot: ${b.beatsBot.map((x) => `${x.bot} ${pct(x.share)}`).join(', ')}.`),
    ),
    p(
      t(
        b.keyLevers.length > 0
          ? `What it leans on most (the largest loss when moved): ${b.keyLevers.join('; ')}.`
          : 'No single lever of it costs points clearly when moved alone.',
      ),
    ),
    p(
      t(
        b.extremes.length > 0
          ? `Held at an extreme: ${b.extremes.map((e) => e.text).join('; ')}.`
          : 'None of its levers sits at a degenerate extreme.',
      ),
    ),
  ];
}

const probeCells = (s: ProbeStats | null): Cell[] =>
  s
    ? [cell(num(s.meanScore)), cell(pct(s.winRate)), cell(pct(s.beatsBestBotShare))]
    : [cell('not offered'), cell(''), cell('')];

function probeBlocks(r: SearchResult): Block[] {
  return [
    p(
      t(
        'One lever pushed to its extreme and held all game: alone (every other lever as the scenario starts) and on top of the strongest strategy.',
      ),
    ),
    table(
      `Probes on ${plural(r.seeds.heldOut, 'held-out seed')} (best bot: ${r.bestBot})`,
      ['probe', 'alone: mean', 'win', `beats ${r.bestBot}`, 'on the strongest: mean', 'win', 'change'],
      r.probes.map((x) => [
        cell(x.label),
        ...probeCells(x.alone),
        ...(x.onBest
          ? [cell(num(x.onBest.meanScore)), cell(pct(x.onBest.winRate)), cell(signed(x.onBest.change.mean))]
          : [cell('not offered'), cell(''), cell('')]),
      ]),
    ),
  ];
}

const VERDICT: Record<SensitivityRow['verdict'], string> = {
  matters: 'matters',
  'changes-nothing': 'changes nothing',
  'never-came-up': 'never came up',
};

function moveText(row: SensitivityRow, pick: 'drop' | 'gain'): Cell {
  const m = [...row.moves].sort((a, b) =>
    pick === 'drop' ? a.meanDiff - b.meanDiff : b.meanDiff - a.meanDiff,
  )[0];
  if (!m || (pick === 'drop' ? m.meanDiff >= 0 : m.meanDiff <= 0)) return cell('\u2013');
  return [
    t(`${signed(m.meanDiff)} `),
    { text: `(${signed(m.low)} to ${signed(m.high)}) to ${m.to}`, muted: true },
  ];
}

function sensitivityBlocks(r: SearchResult): Block[] {
  const s = r.sensitivity;
  const rows = s.rows.map((row) => [
    [
      t(row.label),
      ...(row.verdict === 'matters'
        ? []
        : [
            {
              text: VERDICT[row.verdict],
              flag: row.verdict === 'changes-nothing' ? ('problem' as const) : ('note' as const),
            },
          ]),
    ],
    cell(row.value),
    moveText(row, 'drop'),
    moveText(row, 'gain'),
  ]);
  return [
    p(
      t(
        `Each lever of the strongest strategy moved alone (to both ends and one step either way, or to each other choice), on the first ${plural(r.seeds.sensitivity, 'held-out seed')}: the mean score change with its 95% interval, largest first. A lever that changes the decisions but not the score is marked; one that never changed a decision never came up (an event that did not fire).`,
      ),
    ),
    table(
      'Lever sensitivity: score change when one lever moves',
      ['lever', 'strongest', 'largest fall', 'largest rise'],
      rows,
      true,
    ),
    ...(s.notInPlay.length > 0
      ? [
          p({
            text: `Not in play in this strategy: ${s.notInPlay.map((x) => x.label).join('; ')}.`,
            muted: true,
          }),
        ]
      : []),
  ];
}

export function searchSections(r: SearchResult): Section[] {
  return [
    { id: 'search-best', title: 'Strongest strategy found', blocks: bestBlocks(r) },
    { id: 'search-probes', title: 'Degenerate probes', blocks: probeBlocks(r) },
    { id: 'search-sensitivity', title: 'Lever sensitivity', blocks: sensitivityBlocks(r) },
  ];
}

export const SEARCH_NO_WARNINGS =
  'No warnings: no strategy found beats every bot on most seeds, no lever held at its extreme wins, and every lever in play moves the score.';

/** The search alone as a document (`tradeoffs search --html`). */
export function searchDocument(r: SearchResult): ReportDocument {
  return {
    title: `Strategy search: ${r.scenario.title}`,
    intro: [
      t('Scenario '),
      { text: r.scenario.id, code: true },
      t(`, ${r.scenario.turns} turns. ${howFound(r)}`),
    ],
    sections: [
      {
        id: 'search-warnings',
        title: 'Warnings',
        blocks: [{ kind: 'warnings', warnings: r.warnings, none: SEARCH_NO_WARNINGS }],
      },
      ...searchSections(r),
    ],
  };
}
