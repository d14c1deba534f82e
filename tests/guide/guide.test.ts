/**
 * The facilitator guide: its sections in order, outcome figures that are the balance report's of the current
 * rules (computed, never typed in), the strategy search's figures printed when given, hostile scenario text
 * escaped, and `tradeoffs guide` writing it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { balanceReport } from '../../src/balance/index.ts';
import { main } from '../../src/cli/main.ts';
import {
  guideConfig,
  guideHtml,
  outcomeFigures,
  searchFigures,
  type SearchFigures,
} from '../../src/guide/index.ts';
import { escapeMarkup } from '../../src/lib/markup.ts';
import { inThreadRunner, runSearch } from '../../src/search/index.ts';
import { tinySearch } from '../search/fixtures.ts';
import type { LoadedScenario } from '../../src/scenario/index.ts';
import { builtIn } from '../replay/helpers.ts';
import { loadOk, MINIMAL } from '../scenario/helpers.ts';

const RUNS = 40;

function guide(loaded: LoadedScenario, search: SearchFigures | null = null) {
  const report = balanceReport(loaded.scenario, guideConfig(RUNS));
  return {
    report,
    html: guideHtml({
      loaded,
      outcomes: outcomeFigures(report),
      search,
      appVersion: '9.9.9',
      engineVersion: 7,
    }),
  };
}

const headings = (html: string): string[] => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]!);

afterEach(() => {
  process.exitCode = undefined;
});

describe('facilitator guide', () => {
  it('prints the kit of a built-in scenario in class order', () => {
    const { html } = guide(builtIn('demo-day'));
    expect(headings(html)).toEqual([
      'Learning objectives',
      'The scenario',
      'Timing plan',
      'Expected outcomes',
      'Common mistakes',
      'Discussion questions, by the chapter\u2019s five domains',
      'Debrief prompts',
    ]);
    expect(html).toContain('<caption>50-minute class</caption>');
    expect(html).toContain('<caption>90-minute class</caption>');
    // The 50-minute plan's clock ends at 0:50.
    expect(html).toMatch(/\u20130:50<\/td>/);
    for (const domain of [
      'AI system architecture',
      'Team coordination',
      'Technical debt',
      'Risk management',
      'Stakeholder communication',
    ])
      expect(html).toContain(`<h3>${domain}</h3>`);
  });

  it('takes its outcome figures from a balance run of the current rules', () => {
    const { report, html } = guide(builtIn('demo-day'));
    expect(html).toContain(
      `From ${RUNS} games per strategy on the current rules (Tradeoffs 9.9.9, rules version 7`,
    );
    for (const bot of report.bots) {
      const row = new RegExp(
        `${bot.bot}<br>.*?</th><td>${Math.round(bot.winRate * 100)}%</td><td>${bot.score.p10}</td><td><strong>${bot.score.p50}</strong></td><td>${bot.score.p90}</td>`,
      );
      expect(html).toMatch(row);
    }
  });

  it('prints the strategy search\u2019s figures: the strongest strategy found and each trick it probed', async () => {
    const loaded = builtIn('demo-day');
    const result = await runSearch({ scenario: loaded.scenario, config: tinySearch('guide') }, [
      inThreadRunner(loaded.scenario),
    ]);
    const search = searchFigures(result);
    expect(search.best.description).toEqual(result.best.description);
    expect(search.degenerate.map((d) => d.description)).toEqual(
      result.probes.filter((p) => p.alone).map((p) => p.label),
    );
    const { html } = guide(loaded, search);
    expect(html).toContain('<h3>What the strategy search found</h3>');
    expect(html).toContain(
      `(wins ${Math.round(result.best.winRate * 100)}%, mean ${Math.round(result.best.meanScore)},`,
    );
    for (const d of search.degenerate) expect(html).toContain(d.description);
    for (const line of search.best.description) expect(html).toContain(`<li>${escapeMarkup(line)}</li>`);
    expect(guide(loaded).html).not.toContain('strategy search found');
  });

  it('escapes every text of a scenario file, and says when a scenario has no notes', () => {
    const hostile = loadOk(MINIMAL.replace(/title: .*/, 'title: \'<script>alert(1)</script> & "co"\''));
    const { html } = guide(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
    expect(html).toContain('This scenario has no teaching notes yet');
    expect(headings(html)).toContain('Expected outcomes');
  });
});

describe('tradeoffs guide', () => {
  it('writes the guide and says where', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tradeoffs-guide-')), 'guide.html');
    const lines: string[] = [];
    const code = await main(['guide', 'incident-night', '--out', out, '--runs', '20'], {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
    });
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(
      /Facilitator guide for Incident night written to .*guide\.html; outcomes from 20 games per strategy and a strategy search/,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Incident night</h1>');
    expect(html).toContain('<h3>What the strategy search found</h3>');
  });

  it('refuses an unknown scenario with one line', async () => {
    const err: string[] = [];
    const code = await main(['guide', 'nope', '--out', '/tmp/x.html'], {
      out: () => undefined,
      err: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/unknown scenario "nope"/);
  });
});
