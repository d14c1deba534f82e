/**
 * The Host screen's facilitator guide: the chosen scenario's teaching notes with expected outcomes from a
 * balance run of the current rules, played now in Web Workers, offered as a printable HTML file.
 */
import { ENGINE_VERSION } from '../../engine/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { startBalance } from '../balance-pool.ts';
import { h } from '../dom.ts';
import { download, saveServices } from '../services.ts';

/** The guide's renderer loads only when a guide is asked for (it is not part of a student's visit). */
const guideModule = () => import('../../guide/index.ts');

/** Plays the strategies in Web Workers, renders the guide and offers it; resolves to its file name. */
async function makeGuide(loaded: LoadedScenario, say: (text: string) => void): Promise<string> {
  const playing = 'Playing the strategies to measure expected outcomes\u2026';
  say(playing);
  const guide = await guideModule();
  // The guide reports the bots' outcomes; the strategy search is the balance report's (it takes minutes).
  const run = startBalance(loaded.scenario, guide.guideConfig(), null, (p) => {
    if (p.stage === 'balance')
      say(`${playing} ${Math.round((100 * p.progress.games) / p.progress.totalGames)}%`);
  });
  const outcomes = guide.outcomeFigures(await run.report);
  const { appVersion } = saveServices();
  const html = guide.guideHtml({ loaded, outcomes, search: null, appVersion, engineVersion: ENGINE_VERSION });
  const fileName = guide.guideFileName(loaded);
  download(fileName, html, 'text/html');
  return fileName;
}

/** The guide block; `chosen` gives the scenario picked in the form (null while a file is not loaded). */
export function guideBlock(chosen: () => LoadedScenario | null): HTMLElement {
  const status = h('p', { className: 'hint', role: 'status', id: 'host-guide-status' });
  const button = h('button', { type: 'button', id: 'host-guide' }, 'Download the facilitator guide');
  button.addEventListener('click', () => {
    const loaded = chosen();
    if (!loaded) {
      status.textContent = 'Load a scenario file that has no problems first.';
      return;
    }
    button.disabled = true;
    makeGuide(loaded, (text) => (status.textContent = text))
      .then((fileName) => {
        status.textContent = `Downloaded ${fileName}: open it and print it (A4 or Letter).`;
      })
      .catch((e: unknown) => {
        status.textContent = `The guide could not be made: ${e instanceof Error ? e.message : String(e)}`;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return h(
    'div',
    { className: 'host-field host-guide' },
    h('div', { className: 'row' }, button),
    h(
      'p',
      { className: 'hint' },
      'For you, not the students: objectives, a 50- and a 90-minute class plan, expected scores of simple strategies, common mistakes, discussion questions by domain and debrief prompts.',
    ),
    status,
  );
}
