/** "Decisions that matter": a variant that never changes the base bot's game is not ranked among them. */
import { describe, expect, it } from 'vitest';
import { balanceReport, defaultConfig, formatReport, renderHtml } from '../../src/balance/index.ts';
import { buildScenario } from '../../src/engine/index.ts';
import { objective } from './fixtures.ts';

// Six weeks: the steady bot never grows past 4 people, so neither cap (4 or 20) ever comes into play.
const short = buildScenario({
  id: 'short',
  title: 'Six weeks',
  turns: 6,
  objectives: [objective('users', { required: true })],
});
const report = balanceReport(short, defaultConfig({ runs: 12, bots: ['steady', 'frugal'], variantRuns: 12 }));

describe('decision variants that made no difference', () => {
  it('are listed apart from the ranked decisions, with the seeds they were played on', () => {
    const ranked = report.decisions.map((d) => d.id);
    const same = report.unchangedDecisions.map((d) => d.id);
    expect(same).toContain('big-team');
    expect(same).toContain('small-team');
    expect(ranked).not.toContain('big-team');
    expect(ranked).not.toContain('small-team');
    for (const d of report.unchangedDecisions) expect(d.runs).toBe(12);
    // A change that does change the games (no eval gate) stays ranked, even where its mean is small.
    expect(ranked).toContain('release-ship');
    expect(ranked.some((id) => same.includes(id))).toBe(false);
  });

  it('are named as such in the text and the HTML report, not as a ±0.0 effect', () => {
    const text = formatReport(report).replace(/ *\n */g, ' ');
    expect(text).toMatch(/Made no difference in this scenario \(steady [^)]*\): [^.]*Hire up to 20 people/);
    expect(text).not.toMatch(/Hire up to 20 people\s+±0\.0/);
    const html = renderHtml(report);
    expect(html).toMatch(/Made no difference in this scenario[^<]*<\/strong>[^<]*Hire up to 20 people/);
    const table = html.slice(html.indexOf('<table><caption>steady with one change'));
    expect(table.slice(0, table.indexOf('</table>'))).not.toContain('Hire up to 20 people');
  });
});
