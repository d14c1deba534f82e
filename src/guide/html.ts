/**
 * The facilitator guide of a scenario as one self-contained, printable HTML page (inline CSS, no script, no
 * request): objectives, the scenario, timing plans for a 50- and a 90-minute class, expected outcomes from a
 * balance run of the current rules (and the strategy search's figures, when given), common mistakes,
 * discussion questions by domain and debrief prompts. Pure.
 */
import { escapeHtml as e } from '../balance/index.ts';
import type { LoadedScenario } from '../scenario/index.ts';
import type { OutcomeFigures, SearchFigures } from './figures.ts';
import {
  debriefSection,
  mistakesSection,
  objectivesSection,
  outcomesSection,
  questionsSection,
  scenarioSection,
  timingSection,
} from './sections.ts';

export interface GuideInput {
  loaded: LoadedScenario;
  outcomes: OutcomeFigures;
  /** The strategy search's figures; null until the search exists for this scenario. */
  search: SearchFigures | null;
  /** The game's version and the engine's rules version, printed with the figures. */
  appVersion: string;
  engineVersion: number;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.7rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 0.6rem; border-bottom: 2px solid #333; padding-bottom: 0.2rem; }
h3 { font-size: 1.02rem; margin: 1.1rem 0 0.4rem; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: #555; margin: 0; }
.muted, .facts { color: #555; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; break-inside: avoid; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border-bottom: 1px solid #ccc; padding: 0.3rem 0.45rem; text-align: right; vertical-align: top; }
.l, td.l, th.l { text-align: left; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
li { margin: 0.2rem 0; }
.empty { border: 1px solid #c90; background: #fff8e6; padding: 0.6rem 0.8rem; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #555; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  #outcomes { break-before: page; }
  section > ul, section > ol { break-inside: avoid; }
}
`;

function noNotes(l: LoadedScenario): string {
  if (l.meta.teachingNotes || l.meta.discussionQuestions.length > 0) return '';
  return '<p class="empty">This scenario has no teaching notes yet: its file can add <code>teachingNotes</code> and <code>discussionQuestions</code> (see the authoring guide, scenarios/README.md). The figures below are computed all the same.</p>';
}

export function guideHtml(g: GuideInput): string {
  const l = g.loaded;
  const unit = l.meta.turnLength;
  const rules = `Tradeoffs ${g.appVersion}, rules version ${g.engineVersion}`;
  const body = [
    `<header><p class="eyebrow">Tradeoffs \u00b7 facilitator guide</p><h1>${e(l.scenario.title)}</h1><p>${e(l.meta.summary)}</p></header>`,
    noNotes(l),
    objectivesSection(l),
    scenarioSection(l, unit),
    timingSection(l),
    outcomesSection(g.outcomes, g.search, rules),
    mistakesSection(l),
    questionsSection(l),
    debriefSection(l),
    `<footer>Made by ${e(rules)} from the scenario \u201c${e(l.scenario.id)}\u201d (hash ${e(l.hash)}). The teaching notes are the scenario file\u2019s; the outcome figures are recomputed every time a guide is made.</footer>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Facilitator guide \u2014 ${e(l.scenario.title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

/** The guide's file name for a scenario. */
export function guideFileName(l: LoadedScenario): string {
  return `tradeoffs-guide-${l.scenario.id}.html`;
}
