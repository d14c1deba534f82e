/**
 * The leaderboard's results once runs are verified: the ranking (with the projector, whose names can be hidden,
 * and the CSV), the teams, the rejected runs, the class charts and the grades for the LMS.
 */
import type { Ranking } from '../../replay/index.ts';
import { classStats, rankingCsv } from '../../replay/index.ts';
import { competitionTitleNodes } from '../competition/common.ts';
import { h } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { download } from '../services.ts';
import { classCharts } from './charts.ts';
import { gradesSection, type GradesSession } from './grades/section.ts';
import { openProjector } from './projector.ts';
import { rejectedList, rankingTable } from './ranking-view.ts';
import type { Chosen } from './competition-choice.ts';
import { teamsSection } from './teams-view.ts';

/** What the results keep between renders (the leaderboard's session). */
export interface ResultsState {
  hideNames: boolean;
  grades: GradesSession;
}

/** "Hide names on the projector": the class sees ranks and scores only. */
function hideNamesBox(state: ResultsState): HTMLElement {
  const box = h('input', { type: 'checkbox', id: 'hide-names', checked: state.hideNames });
  box.addEventListener('change', () => (state.hideNames = box.checked));
  return h(
    'div',
    { className: 'check' },
    box,
    h('label', { for: 'hide-names' }, 'Hide names on the projector'),
  );
}

export function resultsView(
  ranking: Ranking,
  chosen: Chosen,
  state: ResultsState,
  rerender: () => void,
): HTMLElement[] {
  const unit = turnUnit(chosen.loaded.scenario.params.weeksPerTurn);
  // Interim standings of a competition played in rounds: at the stop the runs reached.
  const stage = ranking.stop !== undefined ? `Standings at the stop after ${unit} ${ranking.stop}` : null;
  const title = [
    ...competitionTitleNodes(chosen.competition, chosen.loaded.scenario.title),
    ...(stage ? [` \u00b7 ${stage.toLowerCase()}`] : []),
  ];
  const tag = chosen.competition.id.slice(0, 6);
  const projectorButton: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      id: 'projector-open',
      disabled: ranking.ranked.length === 0,
      onclick: () =>
        openProjector(ranking, title, projectorButton, {
          hideNames: state.hideNames,
          onToggle: (hidden) => {
            state.hideNames = hidden;
            rerender();
          },
        }),
    },
    'Projector view',
  );
  const csv = (): void =>
    download(`tradeoffs-leaderboard-${tag}.csv`, rankingCsv(ranking), 'text/csv;charset=utf-8');
  const some = ranking.ranked.length > 0;
  return [
    h(
      'section',
      { className: 'ranking-section', 'aria-labelledby': 'ranking-h' },
      h(
        'div',
        { className: 'row ranking-head' },
        h('h2', { id: 'ranking-h' }, stage ?? 'Ranking'),
        projectorButton,
        hideNamesBox(state),
        h('button', { type: 'button', id: 'download-csv', onclick: csv }, 'Download CSV'),
      ),
      rankingTable(ranking),
    ),
    ...[teamsSection(ranking), rejectedList(ranking)].filter((x): x is HTMLElement => x !== null),
    ...(some ? [classCharts(classStats(ranking.ranked)), gradesSection(state.grades, ranking, tag)] : []),
  ];
}
