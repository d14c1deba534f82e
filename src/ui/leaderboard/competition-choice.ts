/**
 * The leaderboard's competition: read from a pasted link or short code (with its scenario), and said in one line.
 */
import type { Competition } from '../../replay/index.ts';
import { competitionScenario, decodeCompetition } from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { store } from '../../store/index.ts';
import { bdi, h, iso } from '../dom.ts';
import { minutesText } from '../competition/common.ts';

export interface Chosen {
  competition: Competition;
  loaded: LoadedScenario;
}

export function chooseCompetition(text: string): Chosen | string {
  const catalogue = store.getState().catalogue;
  const decoded = decodeCompetition(
    text,
    catalogue.map((l) => ({ id: l.scenario.id, hash: l.hash })),
  );
  if (!decoded.ok) return decoded.message;
  const scenario = competitionScenario(decoded.competition, catalogue);
  if (!scenario.ok) return scenario.message;
  return { competition: decoded.competition, loaded: scenario.loaded };
}

/**
 * The competition in one line: its title (or the scenario's), then the scenario, seed, time limit and id. The
 * title, scenario title and seed come from the link: each is isolated, so none can reorder the others.
 */
export function competitionSummary(c: Chosen): HTMLElement {
  const { competition: comp, loaded } = c;
  const limit = `${minutesText(comp.timeLimitMinutes)}${comp.stops && comp.timeLimitMinutes > 0 ? ' per round' : ''}`;
  return h(
    'p',
    { className: 'competition-summary', id: 'leaderboard-competition' },
    h('strong', {}, bdi(comp.title !== '' ? comp.title : loaded.scenario.title)),
    ...(comp.title !== '' ? iso` \u00b7 ${loaded.scenario.title}` : []),
    ...iso` \u00b7 seed ${comp.seed}`,
    ` \u00b7 ${limit} \u00b7 id ${comp.id.slice(0, 8)}`,
  );
}
