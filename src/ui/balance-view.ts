/**
 * The balance report as DOM: the same document (sections, tables, charts, warnings) as the offline HTML page,
 * built with h/s so every scenario text stays text. Charts sit on a light card, as they print.
 */
import type { Block, Cell, Inline, ReportDocument, SvgNode } from '../balance/index.ts';
import { prose, warningHeading } from '../balance/index.ts';
import { h, s } from './dom.ts';

function svg(node: SvgNode): SVGElement {
  const attrs: Record<string, string | number> = { ...node.attrs };
  const children = node.children.map((c) => (typeof c === 'string' ? c : svg(c)));
  return s(node.tag, attrs, ...children);
}

function inline(p: Inline): Node[] {
  let node: Node = document.createTextNode(p.text);
  if (p.code) node = h('code', {}, node);
  if (p.strong) node = h('strong', {}, node);
  if (p.muted) node = h('span', { className: 'muted' }, node);
  if (p.flag) node = h('span', { className: `flag ${p.flag}` }, node);
  const out: Node[] = [];
  if (p.br) out.push(h('br'));
  if (p.flag) out.push(document.createTextNode(' '));
  out.push(node);
  return out;
}

const inlines = (parts: Cell): Node[] => parts.flatMap(inline);

function table(b: Extract<Block, { kind: 'table' }>): HTMLElement {
  return h(
    'div',
    // A wide table scrolls sideways on narrow screens: keyboard users reach it as a labelled region.
    { className: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': b.caption },
    h(
      'table',
      b.wrap ? { className: 'wrap' } : {},
      h('caption', {}, b.caption),
      h('thead', {}, h('tr', {}, ...b.head.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...b.rows.map((r) =>
          h(
            'tr',
            {},
            ...r.map((c, i) =>
              i === 0 ? h('th', { scope: 'row' }, ...inlines(c)) : h('td', {}, ...inlines(c)),
            ),
          ),
        ),
      ),
    ),
  );
}

function block(b: Block): HTMLElement {
  switch (b.kind) {
    case 'p':
      return h('p', {}, ...inlines(b.parts));
    case 'table':
      return table(b);
    case 'chart':
      return h(
        'figure',
        { className: 'balance-chart' },
        h('figcaption', {}, h('strong', {}, `${b.chart.title}.`), ` ${b.chart.description}`),
        svg(b.chart.svg),
      );
    case 'warnings':
      if (b.warnings.length === 0) return h('p', { className: 'balance-ok' }, b.none);
      return h(
        'ul',
        { className: 'balance-warnings' },
        ...b.warnings.map((w) =>
          h(
            'li',
            { className: w.severity === 'warning' ? 'is-warning' : 'is-info' },
            h('p', {}, h('strong', {}, warningHeading(w)), ' ', ...inlines(prose(w.message))),
            h('p', { className: 'fix' }, h('strong', {}, 'Change in the file: '), ...inlines(prose(w.fix))),
          ),
        ),
      );
  }
}

/** A report document (the balance report with its strategy search) as DOM. */
export function reportView(doc: ReportDocument): HTMLElement {
  return h(
    'div',
    { className: 'balance-report' },
    h('h2', { className: 'balance-title' }, doc.title),
    h('p', { className: 'hint' }, ...inlines(doc.intro)),
    ...doc.sections.map((sec) =>
      h(
        'section',
        { 'aria-labelledby': `balance-${sec.id}` },
        h('h3', { id: `balance-${sec.id}` }, sec.title),
        ...sec.blocks.map(block),
      ),
    ),
  );
}
