/**
 * The Host screen's facilitator guide: the chosen scenario's teaching notes with expected outcomes from a
 * balance run of the current rules, played now in Web Workers, offered as a printable HTML file.
 */
import { ENGINE_VERSION } from '../../engine/index.ts';
import { guideConfig, guideFileName, guideHtml, outcomeFigures } from '../../guide/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { startBalance } from '../balance-pool.ts';
import { h } from '../dom.ts';
import { download, saveServices } from '../services.ts';

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
    status.textContent = 'Playing the strategies to measure expected outcomes\u2026';
    const run = startBalance(loaded.scenario, guideConfig(), (p) => {
      status.textContent = `Playing the strategies to measure expected outcomes\u2026 ${Math.round((100 * p.games) / p.totalGames)}%`;
    });
    run.report
      .then((report) => {
        const html = guideHtml({
          loaded,
          outcomes: outcomeFigures(report),
          search: null,
          appVersion: saveServices().appVersion,
          engineVersion: ENGINE_VERSION,
        });
        download(guideFileName(loaded), html, 'text/html');
        status.textContent = `Downloaded ${guideFileName(loaded)}: open it and print it (A4 or Letter).`;
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
