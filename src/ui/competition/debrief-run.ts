/**
 * What the debrief of a competition game adds: the run code and file again (the run is never lost to the
 * debrief: a practice replay leaves it in this browser), the way back to the run screen, and, when the time
 * ran out, how many turns the company ran on with the player's last plan (the charts and turning points cover
 * them: the game is judged at its end).
 */
import { goTo, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { runCodeBlock } from './run-code.ts';
import { teamDebrief } from './team-debrief.ts';
import './competition.css';

export function competitionDebrief(game: Game): HTMLElement | null {
  const run = game.run;
  if (!game.competition || !run) return null;
  const unit = turnUnit(game.loaded.scenario.params.weeksPerTurn);
  const rest = run.claimed.autopilotTurns;
  return h(
    'section',
    { className: 'debrief-run', 'aria-labelledby': 'debrief-run-h' },
    h('h2', { id: 'debrief-run-h' }, 'Your competition run'),
    rest > 0
      ? h(
          'p',
          { id: 'debrief-autopilot' },
          `You ended ${run.claimed.turns} ${unit}${run.claimed.turns === 1 ? '' : 's'}; ${run.stops ? 'when a round\u2019s time was up,' : 'then the time was up and'} your company ran on with your last plan for ${run.stops ? '' : 'the remaining '}${rest} ${unit}${rest === 1 ? '' : 's'}. The charts below cover the whole game, as the leaderboard scores it.`,
        )
      : null,
    h(
      'p',
      {},
      h('label', { for: 'debrief-run-code' }, 'Your run code'),
      ' \u2014 send it to your instructor. This browser keeps it: the competition link shows it again, even after you practise with the same seed below.',
    ),
    ...runCodeBlock(run, 'debrief-run-code'),
    h(
      'div',
      { className: 'row' },
      h('button', { type: 'button', onclick: () => goTo('run') }, 'Back to the run code'),
    ),
    run.members ? teamDebrief(game, run.members) : null,
  );
}
