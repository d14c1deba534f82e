/**
 * The balance report as one self-contained HTML page: inline CSS, inline SVG charts, no script, no request, so it
 * opens offline and prints. It renders the same document as the browser screen (document.ts). Every text and
 * attribute value is escaped: scenario titles, ids and labels come from files anyone can write. Pure.
 */
import { escapeMarkup } from '../lib/markup.ts';
import type { SvgNode } from './charts.ts';
import type { Block, Cell, Inline, ReportDocument } from './document.ts';
import { prose, reportDocument, warningHeading } from './document.ts';
import type { BalanceReport } from './report.ts';

export { escapeMarkup as escapeHtml } from '../lib/markup.ts';

const e = escapeMarkup;
const ATTR_NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => ATTR_NAME.test(k))
    .map(([k, v]) => ` ${k}="${e(typeof v === 'number' ? String(Math.round(v * 100) / 100) : v)}"`)
    .join('');
  const xmlns = node.tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const inner = node.children.map((c) => (typeof c === 'string' ? e(c) : svgMarkup(c))).join('');
  return `<${node.tag}${xmlns}${attrs}>${inner}</${node.tag}>`;
}

function inline(p: Inline): string {
  let html = e(p.text);
  if (p.code) html = `<code>${html}</code>`;
  if (p.strong) html = `<strong>${html}</strong>`;
  if (p.muted) html = `<span class="muted">${html}</span>`;
  if (p.flag) html = ` <span class="flag ${p.flag}">${html}</span>`;
  return p.br ? `<br>${html}` : html;
}

const inlines = (parts: Cell): string => parts.map(inline).join('');

function block(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p>${inlines(b.parts)}</p>`;
    case 'chart':
      return `<figure id="chart-${e(b.chart.id)}"><figcaption><strong>${e(b.chart.title)}.</strong> ${e(b.chart.description)}</figcaption>${svgMarkup(b.chart.svg)}</figure>`;
    case 'table': {
      const head = b.head
        .map((h, i) => `<th scope="col"${i === 0 ? ' class="l"' : ''}>${e(h)}</th>`)
        .join('');
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row" class="l">${inlines(c)}</th>` : `<td>${inlines(c)}</td>`)).join('')}</tr>`,
        )
        .join('\n');
      // A table too wide for a phone scrolls inside its box (a labelled region keyboard users can reach).
      const table = `<table${b.wrap ? ' class="wrap"' : ''}><caption>${e(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
      return `<div class="table-scroll" tabindex="0" role="region" aria-label="${e(b.caption)}">${table}</div>`;
    }
    case 'warnings': {
      if (b.warnings.length === 0) return `<p class="ok">${e(b.none)}</p>`;
      const items = b.warnings.map(
        (w) =>
          `<li class="${w.severity === 'warning' ? 'warning' : 'info'}"><p><strong>${e(warningHeading(w))}</strong> ${inlines(prose(w.message))}</p><p class="fix"><strong>Change in the file:</strong> ${inlines(prose(w.fix))}</p></li>`,
      );
      return `<ul class="warnings">\n${items.join('\n')}\n</ul>`;
    }
  }
}

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 0; } .sub, .muted { color: #555; } .muted { font-size: 0.85em; font-weight: normal; }
table { border-collapse: collapse; margin: 10px 0 18px; font-variant-numeric: tabular-nums; }
.table-scroll { overflow-x: auto; max-width: 100%; } .table-scroll:focus-visible { outline: 2px solid #0072B2; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e4e4e4; text-align: right; vertical-align: top; }
td { white-space: nowrap; } table.wrap td, table.wrap thead th { white-space: normal; text-align: left; } table.wrap code { white-space: nowrap; }
.l { text-align: left; } thead th { border-bottom: 2px solid #bbb; font-weight: 600; }
code { font: 0.9em ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 3px; border-radius: 3px; }
figure { margin: 14px 0 22px; break-inside: avoid; } figcaption { margin: 2px 0 6px; color: #555; font-size: 0.9em; } figcaption strong { color: #1b1b1b; }
svg { max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
.warnings { list-style: none; padding: 0; } .warnings li { border-left: 5px solid #D55E00; background: #fdf3ec; padding: 8px 12px; margin: 8px 0; break-inside: avoid; }
.warnings li.info { border-color: #0072B2; background: #eef5fb; } .warnings p { margin: 2px 0; } .fix { font-size: 0.95em; }
.ok { border-left: 5px solid #009E73; background: #eef8f4; padding: 8px 12px; }
.flag { font-size: 0.75em; text-transform: uppercase; background: #D55E00; color: #fff; padding: 1px 5px; border-radius: 3px; } .flag.note { background: #0072B2; }
footer { margin-top: 32px; color: #555; font-size: 0.85em; }
@media (max-width: 820px) { main { padding: 16px; } th, td { padding: 4px 6px; } }
@media print { .table-scroll { overflow: visible; } body { font-size: 11pt; } main { padding: 0; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
`;

/** The balance report's page, made by `command`. */
export function renderHtml(r: BalanceReport): string {
  return renderDocumentHtml(reportDocument(r), balanceCommand(r));
}

/** The command line that makes this balance report (the page's footer). */
export function balanceCommand(r: BalanceReport): string {
  return `npx tradeoffs balance <scenario> --runs ${r.runs} --seed ${JSON.stringify(r.seed)} --bots ${r.bots.map((b) => b.bot).join(',')} --variant-runs ${r.variantRuns}`;
}

/** Any report document (the balance report, the strategy search, or both) as one page, made by `command`. */
export function renderDocumentHtml(doc: ReportDocument, command: string): string {
  const sections = doc.sections
    .map(
      (s) =>
        `<section aria-labelledby="h-${e(s.id)}"><h2 id="h-${e(s.id)}">${e(s.title)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(doc.title)}</h1>
<p class="sub">${inlines(doc.intro)}</p>
${sections}
<footer>Made by <code>${e(command)}</code>. The same command gives the same report.</footer>
</main>
</body>
</html>
`;
}
