/**
 * The debrief's objectives: each one in words with its target, where the game ended and whether it held (with
 * how close a missed one came), the required ones marked as the briefing marks them; then what winning takes
 * and how a missed objective still counts in the score.
 */
import type { ObjectiveDef, Scorecard } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import type { TurnWords } from '../format.ts';
import { measuredOver, objectiveProgress, objectiveResultText, objectiveTarget } from '../objectives.ts';
import { debriefTable } from './table.ts';

/** The marker the briefing uses for a required objective. */
function requiredMark(required: boolean): HTMLElement | null {
  return required ? h('strong', { className: 'required' }, ' required') : null;
}

/** The result in words; for an objective measured over weeks, also what: "5 people (lowest from week 30 on)". */
function resultCell(def: ObjectiveDef, value: number, turns: number, words: TurnWords): string {
  const over = measuredOver(def, turns, words);
  const text = objectiveResultText(def, value, words);
  return over === null ? text : `${text} (${over})`;
}

function objectiveRows(game: Game, card: Scorecard, words: TurnWords): HTMLElement[] {
  const defs = game.loaded.scenario.objectives;
  return card.objectives.map((o, i) =>
    h(
      'tr',
      { className: o.met ? 'met' : 'unmet' },
      h('td', {}, o.label, requiredMark(defs[i]!.required)),
      h('td', {}, objectiveTarget(defs[i]!, words)),
      h('td', {}, resultCell(defs[i]!, o.value, game.loaded.scenario.turns, words)),
      h('td', {}, objectiveProgress(defs[i]!, o)),
    ),
  );
}

export function objectivesTable(game: Game, card: Scorecard, words: TurnWords): HTMLElement {
  const anyRequired = game.loaded.scenario.objectives.some((o) => o.required);
  const missed = card.objectives.some((o) => !o.met);
  return h(
    'section',
    { className: 'objectives-section', 'aria-labelledby': 'objectives-h' },
    h('h2', { id: 'objectives-h' }, 'Objectives'),
    debriefTable(['Objective', 'Target', 'Your result', 'Met?'], objectiveRows(game, card, words)),
    h(
      'p',
      { className: 'hint' },
      anyRequired
        ? 'To win, every objective marked required must be met: at the end, or over the weeks its label names. '
        : 'This scenario has no required objective: the score is the measure. ',
      missed
        ? 'A missed objective still earns part of its weight in the score: for a target, the share of the way from where the game started to it ("81% of the way" is 81% credit; no better than the start earns nothing); for a limit, or a target the game started past, the credit in brackets, which falls fast the further the game ended from it.'
        : 'Every objective held.',
    ),
  );
}
