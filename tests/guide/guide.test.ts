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
import { guideConfig, guideHtml, outcomeFigures, type SearchFigures } from '../../src/guide/index.ts';
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

  it('prints the strategy search\u2019s figures when it has them', () => {
    const search: SearchFigures = {
      best: { description: 'ship fast for six weeks, then pay debt down', winRate: 0.97, p50: 955 },
      degenerate: [{ description: 'all capacity to features', winRate: 0.4, p50: 880 }],
    };
    const { html } = guide(builtIn('demo-day'), search);
    expect(html).toContain('<h3>What the strategy search found</h3>');
    expect(html).toContain('ship fast for six weeks, then pay debt down (wins 97%, median 955)');
    expect(guide(builtIn('demo-day')).html).not.toContain('strategy search found');
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
      /Facilitator guide for Incident night written to .*guide\.html; outcomes from 20 games per strategy/,
    );
    expect(readFileSync(out, 'utf8')).toContain('<h1>Incident night</h1>');
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
