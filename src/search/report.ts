/**
 * The balance report with its strategy search: the JSON of `tradeoffs balance` (the balance report plus a
 * `search` field, null when skipped), and its document, page and text, where the search's warnings join the
 * report's own and its sections follow "Luck, skill and dominance". Pure.
 */
import type { BalanceReport, ReportDocument } from '../balance/index.ts';
import { balanceCommand, formatReport, renderDocumentHtml, reportDocument } from '../balance/index.ts';
import { searchSections } from './document.ts';
import type { SearchResult } from './result.ts';
import { formatSearch } from './text.ts';

export interface FullReport extends BalanceReport {
  /** The strategy search on the same seeds (null when it was skipped). */
  search: SearchResult | null;
}

export function fullDocument(r: FullReport): ReportDocument {
  const doc = reportDocument(r);
  const s = r.search;
  if (!s) return doc;
  const sections = doc.sections.map((sec) => ({
    ...sec,
    blocks: sec.blocks.map((b) =>
      b.kind === 'warnings'
        ? {
            ...b,
            warnings: [...b.warnings, ...s.warnings],
            none: `${b.none.replace(/\.$/, '')}; and the strategy search found no strategy, extreme or dead lever to warn about.`,
          }
        : b,
    ),
  }));
  const at = sections.findIndex((sec) => sec.id === 'luck');
  sections.splice(at < 0 ? sections.length : at + 1, 0, ...searchSections(s));
  return {
    ...doc,
    intro: [
      ...doc.intro,
      {
        text: ` A strategy search then looked for the strategy that beats them: ${s.policies} policies over ${s.levers} levers.`,
      },
    ],
    sections,
  };
}

export function fullHtml(r: FullReport): string {
  return renderDocumentHtml(fullDocument(r), `${balanceCommand(r)}${r.search ? '' : ' --no-search'}`);
}

export function formatFull(r: FullReport): string {
  return r.search ? `${formatReport(r)}\n\n${formatSearch(r.search)}` : formatReport(r);
}
