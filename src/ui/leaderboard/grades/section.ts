/**
 * The leaderboard's Grades section: load the course roster (a CSV the LMS exports), look at the matches of runs
 * to students and settle the open ones, choose the grade scheme, preview every student's grade and download the
 * gradebook in the LMS's import format. The roster is read in this page only; nothing is sent anywhere. What the
 * instructor chose is kept while the app runs (GradesSession), so verifying more runs keeps it.
 */
import type { GradebookFormat, Matching, Roster } from '../../../grading/index.ts';
import {
  GRADEBOOK_FORMATS,
  LMS_NAMES,
  decodeText,
  gradeRows,
  gradebookCsv,
  matchRoster,
  parseRoster,
  rosterSummary,
} from '../../../grading/index.ts';
import type { Ranking } from '../../../replay/index.ts';
import { fill, h } from '../../dom.ts';
import { download } from '../../services.ts';
import { matchesView } from './matches-view.ts';
import { previewTable } from './preview.ts';
import { defaultInputs, schemeForm, schemeOf, type SchemeInputs } from './scheme-form.ts';
import './grades.css';

/** Largest roster file read (a class of thousands is a few hundred kilobytes). */
const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

export interface GradesSession {
  roster: { fileName: string; roster: Roster } | null;
  rosterProblem: string;
  choices: Record<string, number | 'none'>;
  inputs: SchemeInputs;
  format: GradebookFormat | null;
  column: string;
}

export function newGradesSession(): GradesSession {
  return {
    roster: null,
    rosterProblem: '',
    choices: {},
    inputs: defaultInputs(),
    format: null,
    column: 'Tradeoffs',
  };
}

async function readRoster(
  file: File,
): Promise<{ ok: true; roster: Roster } | { ok: false; message: string }> {
  if (file.size > MAX_ROSTER_BYTES)
    return { ok: false, message: `${file.name} is larger than 5 MB: not a class roster.` };
  const r = parseRoster(decodeText(new Uint8Array(await file.arrayBuffer())).text);
  return r.ok ? r : { ok: false, message: `${file.name}: ${r.message}` };
}

const HOW_TO = [
  ['Canvas', 'Grades \u2192 Export \u2192 Export entire gradebook (CSV).'],
  [
    'Moodle',
    'Participants \u2192 Select all \u2192 With selected users: Download table data as Comma separated values (.csv); or Grades \u2192 Export \u2192 Plain text file.',
  ],
  ['Blackboard', 'Grade Center \u2192 Work Offline \u2192 Download (comma or tab delimited).'],
] as const;

function rosterLoader(session: GradesSession, loaded: () => void): HTMLElement {
  const input = h('input', { id: 'roster-file', type: 'file', accept: '.csv,.txt,.xls,text/csv' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void readRoster(file).then((r) => {
      session.roster = r.ok ? { fileName: file.name, roster: r.roster } : session.roster;
      session.rosterProblem = r.ok ? '' : r.message;
      if (r.ok) {
        session.choices = {};
        session.format = r.roster.lms === 'other' ? (session.format ?? 'canvas') : r.roster.lms;
      }
      input.value = '';
      loaded();
    });
  });
  return h(
    'div',
    { className: 'roster-load' },
    h('label', { for: 'roster-file' }, 'Course roster: the CSV your LMS exports'),
    input,
    h(
      'details',
      {},
      h('summary', {}, 'Where do I get it?'),
      h('ul', {}, ...HOW_TO.map(([lms, how]) => h('li', {}, h('strong', {}, `${lms}: `), how))),
    ),
  );
}

function rosterInfo(session: GradesSession): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (session.rosterProblem)
    out.push(h('p', { className: 'error', id: 'roster-problem', role: 'alert' }, session.rosterProblem));
  const r = session.roster;
  if (r) {
    out.push(
      h('p', { id: 'roster-summary' }, h('strong', {}, rosterSummary(r.roster)), ` \u00b7 ${r.fileName}`),
    );
    if (r.roster.notes.length > 0)
      out.push(h('ul', { className: 'roster-notes' }, ...r.roster.notes.map((n) => h('li', {}, n))));
  }
  return out;
}

/** The LMS and the column to fill; `sync` shows the session's values again after a roster loads. */
function gradebookControls(
  session: GradesSession,
  changed: () => void,
): { el: HTMLElement; sync: () => void } {
  const format = h(
    'select',
    { id: 'gradebook-format' },
    ...GRADEBOOK_FORMATS.map((f) => h('option', { value: f }, LMS_NAMES[f])),
  );
  format.addEventListener('change', () => {
    session.format = format.value as GradebookFormat;
    changed();
  });
  const column = h('input', {
    id: 'gradebook-column',
    type: 'text',
    list: 'gradebook-columns',
    autocomplete: 'off',
  });
  column.addEventListener('input', () => {
    session.column = column.value;
    changed();
  });
  const list = h('datalist', { id: 'gradebook-columns' });
  const hint = h('p', { className: 'hint', id: 'gradebook-column-hint' });
  column.setAttribute('aria-describedby', 'gradebook-column-hint');
  const sync = (): void => {
    format.value = session.format ?? 'canvas';
    column.value = session.column;
    const items = session.roster?.roster.items ?? [];
    fill(list, ...items.map((i) => h('option', { value: i })));
    hint.textContent =
      items.length > 0
        ? `A new name makes a new column; or fill one of the roster\u2019s: ${items.join('; ')}.`
        : 'A new name makes a new column in the LMS.';
  };
  const el = h(
    'div',
    { className: 'gradebook-controls' },
    h('div', { className: 'grade-field' }, h('label', { for: 'gradebook-format' }, 'LMS'), format),
    h(
      'div',
      { className: 'grade-field wide' },
      h('label', { for: 'gradebook-column' }, 'Gradebook column'),
      column,
      list,
      hint,
    ),
  );
  return { el, sync };
}

/** The gradebook's notes (or what is wrong), its download button and the preview of every student's grade. */
function gradebookView(
  session: GradesSession,
  roster: Roster,
  matching: Matching,
  ranking: Ranking,
  fileTag: string,
): HTMLElement[] {
  const scheme = schemeOf(session.inputs);
  if (!scheme.ok) return [h('p', { className: 'error', id: 'grade-problem', role: 'alert' }, scheme.message)];
  const rows = gradeRows(matching, ranking, scheme.scheme);
  const format = session.format ?? 'canvas';
  const book = gradebookCsv(format, roster, rows, scheme.scheme, session.column);
  const save = (): void => {
    if (book.ok)
      download(`tradeoffs-${format}-gradebook-${fileTag}.csv`, book.text, 'text/csv;charset=utf-8');
  };
  return [
    book.ok
      ? h(
          'ul',
          { className: 'gradebook-notes', id: 'gradebook-notes' },
          ...book.notes.map((n) => h('li', {}, n)),
        )
      : h('p', { className: 'error', id: 'grade-problem', role: 'alert' }, book.message),
    h(
      'button',
      { type: 'button', className: 'primary', id: 'download-gradebook', disabled: !book.ok, onclick: save },
      `Download the ${LMS_NAMES[format]} gradebook`,
    ),
    previewTable(rows),
  ];
}

export function gradesSection(session: GradesSession, ranking: Ranking, fileTag: string): HTMLElement {
  const info = h('div', {});
  const matches = h('div', {});
  const result = h('div', {});
  let matching: Matching | null = null;
  const regrade = (): void => {
    const r = session.roster;
    fill(result, ...(r && matching ? gradebookView(session, r.roster, matching, ranking, fileTag) : []));
  };
  const controls = gradebookControls(session, regrade);
  const grading = h(
    'div',
    { className: 'grading' },
    h('h3', {}, 'Grading'),
    schemeForm(session.inputs, regrade),
    h('h3', {}, 'Gradebook'),
    controls.el,
    result,
  );
  /** Matches again (a roster loaded, a choice made), then grades. */
  const rematch = (): void => {
    fill(info, ...rosterInfo(session));
    const r = session.roster;
    grading.hidden = !r;
    matching = r ? matchRoster(r.roster, ranking, session.choices) : null;
    const choose = (key: string, v: number | 'none' | null): void => {
      if (v === null) delete session.choices[key];
      else session.choices[key] = v;
      rematch();
      matches.querySelector<HTMLElement>(`[data-claim="${CSS.escape(key)}"]`)?.focus();
    };
    fill(matches, ...(r && matching ? [matchesView(r.roster, matching, session.choices, choose)] : []));
    regrade();
  };
  const loaded = (): void => {
    controls.sync();
    rematch();
  };
  const el = h(
    'section',
    { className: 'grades', 'aria-labelledby': 'grades-h' },
    h('h2', { id: 'grades-h' }, 'Grades'),
    h(
      'p',
      { className: 'hint' },
      'Match the ranked runs to your course roster and download a gradebook to import into Canvas, Moodle or Blackboard. The roster is read in this page only: nothing is sent anywhere.',
    ),
    rosterLoader(session, loaded),
    info,
    matches,
    grading,
  );
  loaded();
  return el;
}
