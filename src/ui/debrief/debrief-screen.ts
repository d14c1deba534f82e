/**
 * The debrief: it explains the game just finished. The outcome, the ways to play again, the score by domain and
 * the DORA keys, objectives in words, the scenario's learning notes, charts over the whole game (with objective
 * targets, cluster thresholds and the turning points marked), the turning points with their causes, how three
 * simple strategies did on the same world, and the last turn's events. Prints on A4/Letter.
 */
import { scorecard } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { competitionDebrief } from '../competition/debrief-run.ts';
import { bdi, h } from '../dom.ts';
import { turnWords, type TurnWords } from '../format.ts';
import { turningPoints } from '../turning-points/turning-points.ts';
import type { View } from '../view.ts';
import { botsComparison } from './bots-comparison.ts';
import { chartsSection } from './charts-section.ts';
import { doraKeys } from './dora-keys.ts';
import { debriefItem } from './event-item.ts';
import { finishedGameScreen, seedLine } from './finished-game.ts';
import { learningNotes, storySection } from './learning-notes.ts';
import { modelVersionsSection } from './model-versions.ts';
import { objectivesTable } from './objectives-table.ts';
import { replayActions } from './replay-actions.ts';
import { domainScores, outcome } from './score.ts';
import { turningSection } from './turning-section.ts';

/** The events of the last turn, the moment the game ended; nothing when it had none. */
function lastTurn(game: Game, words: TurnWords): HTMLElement | null {
  const last = game.history[game.history.length - 1];
  if (!last || last.events.length === 0) return null;
  return h(
    'section',
    { className: 'last-turn', 'aria-labelledby': 'final-h' },
    h('h2', { id: 'final-h' }, `The last ${words.unit} (${words.nth(last.snapshot.turn)})`),
    h('ul', { className: 'log' }, ...last.events.map((e) => debriefItem(e, game.loaded.scenario, words))),
  );
}

function debriefView(game: Game): HTMLElement {
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const card = scorecard(game.state, sc);
  const points = turningPoints(game.history, sc);
  return h(
    'section',
    { className: 'screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    h('h1', { id: 'debrief-heading', tabindex: '-1' }, 'Debrief: ', bdi(sc.title)),
    seedLine(game, words),
    outcome(game, card, words),
    competitionDebrief(game),
    replayActions(game),
    h('div', { className: 'debrief-grid' }, domainScores(card), doraKeys(card, game.state)),
    objectivesTable(game, card, words),
    storySection(game),
    modelVersionsSection(game, words),
    learningNotes(game),
    chartsSection(game, card, points, words),
    turningSection(points, sc, words),
    botsComparison(game, card),
    lastTurn(game, words),
  );
}

export function debriefScreen(): View {
  return finishedGameScreen(debriefView);
}
