/**
 * The scenario of a competition: a built-in found by id and hash, or the custom file the link carries, parsed
 * again. Apart from competition.ts so that reading a competition (as saves do at boot) does not load the
 * scenario parser. Pure.
 */
import type { LoadedScenario } from '../scenario/index.ts';
import { formatProblem, parseScenarioText } from '../scenario/index.ts';
import { stopsOf, stopsProblem, type Competition } from './competition.ts';

export type ResolvedScenario = { ok: true; loaded: LoadedScenario } | { ok: false; message: string };

/**
 * The scenario a competition is played on: a built-in found by id and hash, or the custom file carried in the
 * link, parsed again and checked against the hash; refused when the competition's stops do not fit its turns.
 */
export function competitionScenario(c: Competition, catalogue: readonly LoadedScenario[]): ResolvedScenario {
  const r = scenarioOf(c, catalogue);
  const wrongStops = r.ok ? stopsProblem(stopsOf(c), r.loaded.scenario.turns) : null;
  return wrongStops
    ? { ok: false, message: `This competition\u2019s rounds do not fit its scenario. ${wrongStops}` }
    : r;
}

function scenarioOf(c: Competition, catalogue: readonly LoadedScenario[]): ResolvedScenario {
  const source = c.scenario.source;
  if (!source) {
    const found = catalogue.find((l) => l.hash === c.scenario.hash);
    if (found) return { ok: true, loaded: found };
    const sameId = catalogue.find((l) => l.scenario.id === c.scenario.id);
    return {
      ok: false,
      message: sameId
        ? `This competition uses another version of the scenario \u201c${sameId.scenario.title}\u201d than this copy of the game has. Reload the page, or ask for a new link.`
        : `This competition uses a scenario (${c.scenario.id}) that this copy of the game does not have.`,
    };
  }
  const r = parseScenarioText(source.text, source.fileName);
  if (!r.ok)
    return {
      ok: false,
      message: `The competition's scenario file does not load here: ${r.problems.slice(0, 2).map(formatProblem).join('; ')}`,
    };
  if (r.loaded.hash !== c.scenario.hash)
    return {
      ok: false,
      message: 'The competition\u2019s scenario file gives a different game in this version of Tradeoffs.',
    };
  return { ok: true, loaded: r.loaded };
}
