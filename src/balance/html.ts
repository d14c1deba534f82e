/**
 * The balance report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no request, so it
 * opens offline and prints. Every text and attribute value is escaped: scenario titles, ids and labels come from
 * files anyone can write. Pure.
 */
import { DORA_CLUSTERS, OUTCOME_REASONS } from './aggregate.ts';
import type { Chart, SvgNode } from './charts.ts';
import { reportCharts } from './charts.ts';
import { codeParts, num, OUTCOME_LABELS, pct, plural, signed } from './format.ts';
import type { BalanceReport } from './report.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ATTR_NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => ATTR_NAME.test(k))
    .map(([k, v]) => ` ${k}="${escapeHtml(typeof v === 'number' ? String(Math.round(v * 100) / 100) : v)}"`)
    .join('');
  const xmlns = node.tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const inner = node.children.map((c) => (typeof c === 'string' ? escapeHtml(c) : svgMarkup(c))).join('');
  return `<${node.tag}${xmlns}${attrs}>${inner}</${node.tag}>`;
}

/** Prose with `code` spans, escaped. */
function prose(text: string): string {
  return codeParts(text)
    .map((p) => (p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text)))
    .join('');
}

function tableHtml(caption: string, head: string[], rows: string[][]): string {
  const th = head
    .map((h, i) => `<th scope="col"${i === 0 ? ' class="l"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row" class="l">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function figure(c: Chart): string {
  return `<figure id="chart-${escapeHtml(c.id)}"><figcaption><h3>${escapeHtml(c.title)}</h3><p>${escapeHtml(c.description)}</p></figcaption>${svgMarkup(c.svg)}</figure>`;
}

const e = escapeHtml;

function warningsHtml(r: BalanceReport): string {
  if (r.warnings.length === 0)
    return '<p class="ok">No warnings: no dominant strategy, luck does not swamp skill, every event fires sometimes and every objective is reachable.</p>';
  const items = r.warnings
    .map(
      (w) =>
        `<li class="${w.severity}"><p><strong>${e(w.severity === 'warning' ? 'Warning' : 'Note')}: ${e(w.kind.replace(/-/g, ' '))}.</strong> ${prose(w.message)}</p><p class="fix"><strong>Change in the file:</strong> ${prose(w.fix)}</p></li>`,
    )
    .join('\n');
  return `<ul class="warnings">\n${items}\n</ul>`;
}

function botTables(r: BalanceReport): string {
  const summary = tableHtml(
    'Score and win rate per bot',
    ['bot', 'games', 'win', 'p10', 'median', 'p90', 'mean', 'sd', 'turns'],
    r.bots.map((b) =>
      [
        e(b.bot),
        num(b.games),
        pct(b.winRate),
        num(b.score.p10),
        num(b.score.p50),
        num(b.score.p90),
        num(b.score.mean),
        num(b.score.sd),
        num(b.meanTurns),
      ].map(String),
    ),
  );
  const outcomes = tableHtml(
    'How games end',
    ['bot', ...OUTCOME_REASONS.slice(0, 5).map((k) => OUTCOME_LABELS[k]!)],
    r.bots.map((b) => [e(b.bot), ...OUTCOME_REASONS.slice(0, 5).map((k) => pct(b.outcomes[k]))]),
  );
  const dora = tableHtml(
    'DORA cluster at the end',
    ['bot', ...DORA_CLUSTERS],
    r.bots.map((b) => [e(b.bot), ...DORA_CLUSTERS.map((k) => pct(b.dora[k]))]),
  );
  return `${summary}\n${outcomes}\n${dora}`;
}

function headToHead(r: BalanceReport): string {
  if (r.bots.length < 2) return '';
  return tableHtml(
    'Head to head: share of seeds on which the row bot scores more than the column bot',
    ['', ...r.bots.map((b) => b.bot), 'beats all'],
    r.bots.map((b, a) => [
      e(b.bot),
      ...r.bots.map((_, c) => (a === c ? '\u2013' : pct(r.headToHead.wins[a]![c]!))),
      pct(r.headToHead.beatsAll[a]!.share),
    ]),
  );
}

function eventsTable(r: BalanceReport): string {
  if (r.events.length === 0) return '<p>This scenario has no events.</p>';
  return tableHtml(
    'Events: share of games in which each fired, and how often its conditions held',
    ['event', ...r.bots.map((b) => b.bot), 'all', 'conditions (share of games each held)', 'answers'],
    r.events.map((ev) => [
      `${e(ev.id)}<br><span class="muted">${e(ev.title)}</span>${ev.status === 'sometimes' ? '' : ` <span class="flag">${e(ev.status)}</span>`}`,
      ...ev.perBot.map((p) => pct(p.share)),
      pct(ev.share),
      ev.conditions.length === 0
        ? 'none'
        : ev.conditions.map((c) => `<code>${e(c.text)}</code> ${pct(c.heldShare)}`).join('<br>'),
      ev.options.map((o) => `${e(o.id)} ${num(o.chosen)}`).join('<br>'),
    ]),
  );
}

function objectivesTable(r: BalanceReport): string {
  if (r.objectives.length === 0) return '<p>This scenario has no objectives.</p>';
  return tableHtml(
    'Objectives: share of games that met each at the end (* required to win)',
    ['objective', 'condition', ...r.bots.map((b) => b.bot), 'best game'],
    r.objectives.map((o) => [
      `${e(o.id)}${o.required ? '*' : ''}<br><span class="muted">${e(o.label)}</span>`,
      `<code>${e(o.text)}</code>`,
      ...o.perBot.map((p) => pct(p.metShare)),
      num(o.best),
    ]),
  );
}

function decisionsTable(r: BalanceReport): string {
  if (r.decisions.length === 0) return '<p>No decision variants were played.</p>';
  const table = tableHtml(
    `Decisions that matter: ${r.baseBot} with one change, on ${plural(r.variantRuns, 'paired seed')}`,
    ['change', 'mean score change', '95% interval', 'seeds better / worse', 'win rate'],
    r.decisions.map((d) => [
      e(d.label),
      signed(d.meanDiff),
      `${signed(d.low)} to ${signed(d.high)}`,
      `${pct(d.better)} / ${pct(d.worse)}`,
      `${pct(d.baseWinRate)} \u2192 ${pct(d.winRate)}`,
    ]),
  );
  const missing =
    r.unavailableDecisions.length === 0
      ? ''
      : `<p class="muted">Not offered by this scenario: ${r.unavailableDecisions.map((d) => e(d.label)).join('; ')}.</p>`;
  return table + missing;
}

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 0; } .sub, .muted { color: #555; } .muted { font-size: 0.85em; }
table { border-collapse: collapse; margin: 10px 0 18px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e4e4e4; text-align: right; vertical-align: top; }
.l { text-align: left; } thead th { border-bottom: 2px solid #bbb; font-weight: 600; }
code { font: 0.9em ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 3px; border-radius: 3px; }
figure { margin: 14px 0 22px; break-inside: avoid; } figcaption p { margin: 2px 0 6px; color: #555; font-size: 0.9em; }
svg { max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
.warnings { list-style: none; padding: 0; } .warnings li { border-left: 5px solid #D55E00; background: #fdf3ec; padding: 8px 12px; margin: 8px 0; break-inside: avoid; }
.warnings li.info { border-color: #0072B2; background: #eef5fb; } .warnings p { margin: 2px 0; } .fix { font-size: 0.95em; }
.ok { border-left: 5px solid #009E73; background: #eef8f4; padding: 8px 12px; }
.flag { font-size: 0.75em; text-transform: uppercase; background: #D55E00; color: #fff; padding: 1px 5px; border-radius: 3px; }
footer { margin-top: 32px; color: #555; font-size: 0.85em; }
@media print { body { font-size: 11pt; } main { padding: 0; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
`;

export function renderHtml(r: BalanceReport): string {
  const charts = reportCharts(r);
  const chart = (id: string): string => {
    const c = charts.find((x) => x.id === id);
    return c ? figure(c) : '';
  };
  const luck = r.luck
    ? `<p>Of the score variance, the seed (luck) explains <strong>${pct(r.luck.seed)}</strong>, the strategy (skill) <strong>${pct(r.luck.bot)}</strong>, and their interaction ${pct(r.luck.interaction)}.</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Balance report: ${e(r.scenario.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Balance report: ${e(r.scenario.title)}</h1>
<p class="sub">Scenario <code>${e(r.scenario.id)}</code>, ${r.scenario.turns} turns. ${e(plural(r.runs, 'seed'))} per bot from seed &ldquo;${e(r.seed)}&rdquo;, shared by every bot; bots: ${r.bots.map((b) => e(b.bot)).join(', ')}.</p>
<section aria-labelledby="h-warnings"><h2 id="h-warnings">Warnings</h2>
${warningsHtml(r)}
</section>
<section aria-labelledby="h-bots"><h2 id="h-bots">Bots</h2>
${botTables(r)}
${chart('scores')}
${chart('outcomes')}
${chart('dora')}
</section>
<section aria-labelledby="h-luck"><h2 id="h-luck">Luck, skill and dominance</h2>
${luck}
${chart('luck')}
${headToHead(r)}
</section>
<section aria-labelledby="h-events"><h2 id="h-events">Events</h2>
${chart('events')}
${eventsTable(r)}
</section>
<section aria-labelledby="h-objectives"><h2 id="h-objectives">Objectives</h2>
${objectivesTable(r)}
</section>
<section aria-labelledby="h-decisions"><h2 id="h-decisions">Decisions that matter</h2>
${chart('decisions')}
${decisionsTable(r)}
</section>
<footer>Made by <code>npx tradeoffs balance &lt;scenario&gt; --runs ${r.runs} --seed ${e(JSON.stringify(r.seed))} --bots ${r.bots.map((b) => e(b.bot)).join(',')}</code>. The same command gives the same report.</footer>
</main>
</body>
</html>
`;
}
