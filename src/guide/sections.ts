/**
 * The sections of the facilitator guide, as HTML fragments. Every text from the scenario file is escaped (files
 * anyone can write): markup is only ever the guide's own. Pure.
 */
import { escapeHtml as e } from '../balance/index.ts';
import type { Domain, OutcomeReason } from '../engine/index.ts';
import { DOMAINS } from '../engine/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import type { OutcomeFigures, SearchFigures } from './figures.ts';

/** The chapter's five leadership domains, as the chapter names them. */
export const DOMAIN_NAME: Record<Domain, string> = {
  architecture: 'AI system architecture',
  coordination: 'Team coordination',
  debt: 'Technical debt',
  risk: 'Risk management',
  stakeholders: 'Stakeholder communication',
};

const ENDING: Record<OutcomeReason, string> = {
  'objectives-met': 'won (objectives met)',
  bankrupt: 'bankrupt',
  'board-ousted': 'replaced by the board',
  'team-collapsed': 'the team collapsed',
  'out-of-turns': 'reached the end without winning',
  'in-progress': 'unfinished',
};

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const score = (x: number | null): string => (x === null ? '\u2013' : String(Math.round(x)));
const list = (items: readonly string[], tag: 'ul' | 'ol' = 'ul'): string =>
  `<${tag}>${items.map((i) => `<li>${e(i)}</li>`).join('')}</${tag}>`;
const section = (id: string, title: string, body: string): string =>
  `<section id="${id}"><h2>${e(title)}</h2>${body}</section>`;
const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${e(p)}</p>`)
    .join('');

export function objectivesSection(l: LoadedScenario): string {
  const notes = l.meta.teachingNotes;
  const forClass = notes ? `<h3>For the class</h3>${list(notes.objectives)}` : '';
  const inGame =
    l.meta.learningObjectives.length > 0
      ? `<h3>What the game tells students it teaches</h3>${list(l.meta.learningObjectives)}`
      : '';
  return section('objectives', 'Learning objectives', forClass + inGame);
}

export function scenarioSection(l: LoadedScenario, unit: string): string {
  const rows = l.scenario.objectives
    .map(
      (o) =>
        `<tr><th scope="row" class="l">${e(o.label)}</th><td class="l">${e(DOMAIN_NAME[o.domain])}</td><td>${o.required ? 'required' : ''}</td></tr>`,
    )
    .join('');
  const table = `<table><thead><tr><th scope="col" class="l">Objective</th><th scope="col" class="l">Domain</th><th scope="col">To win</th></tr></thead><tbody>${rows}</tbody></table>`;
  return section(
    'scenario',
    'The scenario',
    `<p class="facts">${l.scenario.turns} ${unit}s \u00b7 difficulty ${l.meta.difficulty} of 5</p>${paragraphs(l.meta.briefing)}${rows ? table : ''}`,
  );
}

function timingTable(total: number, slots: readonly { minutes: number; activity: string }[]): string {
  let at = 0;
  const clock = (m: number): string => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
  const rows = slots
    .map((s) => {
      const row = `<tr><td class="time">${clock(at)}\u2013${clock(at + s.minutes)}</td><td>${s.minutes} min</td><td class="l">${e(s.activity)}</td></tr>`;
      at += s.minutes;
      return row;
    })
    .join('');
  return `<table class="timing"><caption>${total}-minute class</caption><thead><tr><th scope="col">Time</th><th scope="col">Length</th><th scope="col" class="l">Activity</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function timingSection(l: LoadedScenario): string {
  const t = l.meta.teachingNotes?.timing;
  if (!t) return '';
  return section('timing', 'Timing plan', timingTable(50, t.fifty) + timingTable(90, t.ninety));
}

function strategyTable(f: OutcomeFigures): string {
  const rows = f.strategies
    .map(
      (s) =>
        `<tr><th scope="row" class="l">${e(s.bot)}<br><span class="muted">${e(s.summary)}</span></th><td>${pct(s.winRate)}</td><td>${score(s.p10)}</td><td><strong>${score(s.p50)}</strong></td><td>${score(s.p90)}</td><td class="l">${e(ENDING[s.usualEnding])} (${pct(s.usualEndingShare)})</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th scope="col" class="l">Strategy</th><th scope="col">Wins</th><th scope="col">Score p10</th><th scope="col">Median</th><th scope="col">p90</th><th scope="col" class="l">Most games end</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function objectiveTable(f: OutcomeFigures): string {
  if (f.objectives.length === 0) return '';
  const head = f.strategies.map((s) => `<th scope="col">${e(s.bot)}</th>`).join('');
  const rows = f.objectives
    .map(
      (o) =>
        `<tr><th scope="row" class="l">${e(o.label)}${o.required ? ' <span class="muted">(required)</span>' : ''}</th>${o.metShare.map((m) => `<td>${pct(m)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<h3>How often each objective is met</h3><table><thead><tr><th scope="col" class="l">Objective</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** What the figures mean for a class, in one paragraph computed from them. */
function reading(f: OutcomeFigures): string {
  const idle = f.strategies.find((s) => s.bot === 'idle');
  const best = [...f.strategies].sort((a, b) => (b.p50 ?? 0) - (a.p50 ?? 0))[0];
  if (!idle || !best) return '';
  return `<p>A student who changes nothing scores about <strong>${score(idle.p50)}</strong> and wins ${pct(idle.winRate)} of the time; the best of these strategies (${e(best.bot)}: ${e(best.summary)}) has a median of <strong>${score(best.p50)}</strong> and wins ${pct(best.winRate)} of its games. A class result well below the doing-nothing median is worth discussing first.</p>`;
}

function searchPart(s: SearchFigures): string {
  const rows = s.degenerate
    .map(
      (d) =>
        `<tr><th scope="row" class="l">${e(d.description)}</th><td>${pct(d.winRate)}</td><td>${score(d.p50)}</td></tr>`,
    )
    .join('');
  return `<h3>What the strategy search found</h3><p>Strongest strategy found: ${e(s.best.description)} (wins ${pct(s.best.winRate)}, median ${score(s.best.p50)}).</p><table><thead><tr><th scope="col" class="l">One lever held at an extreme</th><th scope="col">Wins</th><th scope="col">Median</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function outcomesSection(f: OutcomeFigures, search: SearchFigures | null, rules: string): string {
  const source = `<p class="muted">From ${f.runs} games per strategy on the current rules (${e(rules)}, balance seed \u201c${e(f.seed)}\u201d), computed when this guide was made. Scores run from 0 to 1000.</p>`;
  return section(
    'outcomes',
    'Expected outcomes',
    source + strategyTable(f) + reading(f) + objectiveTable(f) + (search ? searchPart(search) : ''),
  );
}

export function mistakesSection(l: LoadedScenario): string {
  const m = l.meta.teachingNotes?.commonMistakes;
  return m ? section('mistakes', 'Common mistakes', list(m)) : '';
}

export function questionsSection(l: LoadedScenario): string {
  const qs = l.meta.discussionQuestions;
  if (qs.length === 0) return '';
  const byDomain = DOMAINS.map((d) => {
    const mine = qs.filter((q) => q.domain === d).map((q) => q.question);
    return `<h3>${e(DOMAIN_NAME[d])}</h3>${mine.length > 0 ? list(mine) : '<p class="muted">No question for this domain in this scenario.</p>'}`;
  }).join('');
  return section('questions', 'Discussion questions, by the chapter\u2019s five domains', byDomain);
}

export function debriefSection(l: LoadedScenario): string {
  const p = l.meta.teachingNotes?.debriefPrompts;
  return p ? section('debrief', 'Debrief prompts', list(p, 'ol')) : '';
}
