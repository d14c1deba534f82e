/**
 * The leaderboard: the competition (its link or short code), then many run codes pasted and many run files
 * dropped at once. Every run is re-simulated in a Web Worker (progress bar; the page stays responsive) and
 * ranked only when it reproduces; every rejection says why. Then the results (results.ts): the ranking with the
 * scorecard domains and the DORA cluster, teams, a projector view, class charts, a CSV export that spreadsheets
 * cannot run as formulas, and grades for the LMS.
 */
import type { Ranking } from '../../replay/index.ts';
import { codeSource, rankRuns, splitRunCodes } from '../../replay/index.ts';
import { bdi, fill, h } from '../dom.ts';
import { screenHead, type View } from '../view.ts';
import { hostedLink } from '../competition/common.ts';
import { chooseCompetition, competitionSummary, type Chosen } from './competition-choice.ts';
import '../competition/competition.css';
import { newGradesSession, type GradesSession } from './grades/section.ts';
import { resultsView } from './results.ts';
import { verifyBatch } from './verifier.ts';
import { instructorContext, instructorPanel } from './instructor-panel.ts';

/** Largest run file read (a 52-turn run file is about 40 kB). */
const MAX_RUN_FILE_BYTES = 2 * 1024 * 1024;

interface RunFileInput {
  name: string;
  text: string;
}

/** Kept while the app runs, so leaving the screen (or the projector) loses nothing. */
const session: {
  competitionText: string;
  chosen: Chosen | null;
  codes: string;
  files: RunFileInput[];
  ranking: Ranking | null;
  ms: number;
  /** The projector shows ranks and scores without names. */
  hideNames: boolean;
  grades: GradesSession;
} = {
  competitionText: '',
  chosen: null,
  codes: '',
  files: [],
  ranking: null,
  ms: 0,
  hideNames: false,
  grades: newGradesSession(),
};

export function leaderboardScreen(): View {
  // ------------------------------------------------------------ the competition
  const compInput = h('input', {
    id: 'leaderboard-link',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'leaderboard-link-problem',
  });
  compInput.value = session.competitionText || hostedLink();
  const compProblem = h('p', { className: 'error', id: 'leaderboard-link-problem', role: 'alert' });
  const compShown = h('div', {});
  const showCompetition = (): boolean => {
    compProblem.textContent = '';
    session.competitionText = compInput.value.trim();
    if (session.competitionText === '') {
      session.chosen = null;
      fill(compShown);
      return false;
    }
    const chosen = chooseCompetition(session.competitionText);
    if (typeof chosen === 'string') {
      session.chosen = null;
      compProblem.textContent = chosen;
      fill(compShown);
      return false;
    }
    if (session.chosen?.competition.id !== chosen.competition.id) session.ranking = null;
    session.chosen = chosen;
    fill(
      compShown,
      competitionSummary(chosen),
      instructorPanel(chosen, () => undefined),
    );
    return true;
  };
  compInput.addEventListener('change', () => {
    showCompetition();
    renderResults();
  });

  // ------------------------------------------------------------ the runs
  const codes = h('textarea', {
    id: 'leaderboard-codes',
    rows: 6,
    spellcheck: 'false',
    placeholder: 'TRUN2.\u2026  (paste all the codes at once; line breaks do not matter)',
  });
  codes.value = session.codes;
  codes.addEventListener('input', () => (session.codes = codes.value));
  const fileInput = h('input', {
    id: 'leaderboard-files',
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
  });
  const fileList = h('p', { className: 'hint', id: 'leaderboard-file-list', role: 'status' });
  const renderFiles = (): void => {
    const n = session.files.length;
    if (n === 0) return fill(fileList, 'No run files added.');
    const names = session.files.flatMap((f, i) => [i > 0 ? ', ' : '', bdi(f.name)]);
    fill(fileList, `${n} run file${n === 1 ? '' : 's'} added: `, ...names);
  };
  const addFiles = async (files: FileList | File[]): Promise<void> => {
    for (const f of Array.from(files)) {
      const text = f.size > MAX_RUN_FILE_BYTES ? '' : await f.text();
      session.files.push({ name: f.name, text: text || '(file too large to be a run)' });
    }
    renderFiles();
  };
  fileInput.addEventListener('change', () => {
    if (fileInput.files) void addFiles(fileInput.files).then(() => (fileInput.value = ''));
  });
  const drop = h(
    'div',
    { className: 'drop-zone', id: 'leaderboard-drop' },
    h('p', {}, 'Drop run files here, or '),
    h('label', { for: 'leaderboard-files', className: 'file-label' }, 'choose run files'),
    fileInput,
    fileList,
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
  });
  const clearRuns = (): void => {
    session.codes = '';
    codes.value = '';
    session.files = [];
    session.ranking = null;
    renderFiles();
    renderResults();
  };

  // ------------------------------------------------------------ verification
  const progress = h('progress', {
    id: 'verify-progress',
    max: 1,
    value: 0,
    'aria-label': 'Verification progress',
  });
  const progressText = h('p', { className: 'hint', id: 'verify-progress-text' });
  const progressBox = h('div', { className: 'verify-progress', hidden: true }, progress, progressText);
  const verdict = h('p', { id: 'verify-summary', role: 'status', 'aria-live': 'polite' });
  const verifyButton = h(
    'button',
    { type: 'submit', className: 'primary', id: 'verify-runs' },
    'Verify and rank',
  );
  const results = h('div', { className: 'leaderboard-results' });

  const verify = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!showCompetition() || !session.chosen) {
      if (!compProblem.textContent)
        compProblem.textContent = 'Paste the competition\u2019s link or short code first.';
      compInput.focus();
      return;
    }
    const chosen = session.chosen;
    const pasted = splitRunCodes(codes.value);
    const inputs = [...pasted, ...session.files.map((f) => f.text)];
    const sources = [...pasted.map((p, i) => codeSource(i + 1, p)), ...session.files.map((f) => f.name)];
    if (inputs.length === 0) {
      verdict.textContent = 'Paste run codes or add run files first.';
      return;
    }
    verifyButton.disabled = true;
    progressBox.hidden = false;
    progress.max = inputs.length;
    progress.value = 0;
    progressText.textContent = `Verifying 0 of ${inputs.length}\u2026`;
    verdict.textContent = `Verifying ${inputs.length} run${inputs.length === 1 ? '' : 's'}\u2026`;
    try {
      const batch = await verifyBatch(
        chosen.competition,
        chosen.loaded.scenario,
        inputs,
        (done, total) => {
          progress.value = done;
          progressText.textContent = `Verified ${done} of ${total}`;
        },
        instructorContext(chosen.competition),
      );
      session.ranking = rankRuns(batch.results.map((result, i) => ({ source: sources[i]!, result })));
      session.ms = batch.ms;
      const { ranked, rejected } = session.ranking;
      verdict.textContent = `${ranked.length} run${ranked.length === 1 ? '' : 's'} ranked, ${rejected.length} rejected.`;
      progressText.textContent = `Verified ${inputs.length} run${inputs.length === 1 ? '' : 's'} in ${Math.round(batch.ms)} ms`;
      progressText.dataset['ms'] = String(batch.ms);
    } catch (e) {
      verdict.textContent = `Verification failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      verifyButton.disabled = false;
    }
    renderResults();
  };

  // ------------------------------------------------------------ results
  const renderResults = (): void => {
    const { ranking, chosen } = session;
    if (!ranking || !chosen) return fill(results);
    fill(results, ...resultsView(ranking, chosen, session, renderResults));
  };

  const form = h(
    'form',
    { className: 'leaderboard-form', onsubmit: (e: Event) => void verify(e) },
    h(
      'section',
      { 'aria-labelledby': 'lb-competition-h' },
      h('h2', { id: 'lb-competition-h' }, '1. The competition'),
      h('label', { for: 'leaderboard-link' }, 'Competition link or short code'),
      compInput,
      compProblem,
      compShown,
    ),
    h(
      'section',
      { 'aria-labelledby': 'lb-runs-h' },
      h('h2', { id: 'lb-runs-h' }, '2. The runs'),
      h('label', { for: 'leaderboard-codes' }, 'Run codes'),
      codes,
      drop,
      h(
        'div',
        { className: 'row' },
        verifyButton,
        h('button', { type: 'button', onclick: clearRuns }, 'Clear the runs'),
        progressBox,
      ),
      verdict,
    ),
  );

  const el = h(
    'section',
    { className: 'screen leaderboard-screen', 'aria-labelledby': 'leaderboard-heading' },
    screenHead('leaderboard-heading', 'Leaderboard', { label: 'Back', to: 'title' }),
    h(
      'p',
      { className: 'hint' },
      'Every run is re-played from its decisions before it is ranked: a run counts only if it reproduces its score.',
    ),
    form,
    results,
  );
  renderFiles();
  if (compInput.value) showCompetition();
  renderResults();
  return { el, destroy: () => undefined };
}
