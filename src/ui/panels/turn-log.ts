/** What happened last turn: every event with its tone and, where the engine gave them, its causes. */
import type { GameEvent, Scenario } from '../../engine/index.ts';
import type { TurnRecord } from '../../replay/index.ts';
import { store, type Game } from '../../store/index.ts';
import { advancedText } from '../advance.ts';
import { h } from '../dom.ts';
import { groupThousands, money, pct, turnWords, type TurnWords } from '../format.ts';
import { keyLabel, shortcutKey } from '../shortcuts.ts';
import { sloMissed, sloTarget } from '../thresholds.ts';
import { why } from './causes.ts';
import { liveParams } from '../live-params.ts';

const TONE_MARK: Record<GameEvent['tone'], string> = {
  good: '\u25B2',
  info: '\u25CF',
  warning: '\u25C6',
  bad: '\u25BC',
};
const TONE_NAME: Record<GameEvent['tone'], string> = {
  good: 'good news',
  info: 'news',
  warning: 'warning',
  bad: 'bad news',
};

export function eventItem(e: GameEvent, scenario: Scenario, words: TurnWords): HTMLElement {
  return h(
    'li',
    { className: `log-item tone-${e.tone}` },
    h('span', { className: 'tone-mark', 'aria-label': TONE_NAME[e.tone], role: 'img' }, TONE_MARK[e.tone]),
    h('div', {}, h('strong', {}, e.title), e.detail ? h('p', {}, e.detail) : null, why(e, scenario, words)),
  );
}

/** A card that arrived last turn and waits for an answer: its text is in the plan, not said twice. */
const waitingCard = (game: Game, e: GameEvent): boolean =>
  e.kind === 'scenario' && e.option === undefined && game.state.pending.some((p) => p.eventId === e.id);

function cardItem(e: GameEvent): HTMLElement {
  return h(
    'li',
    { className: 'log-item tone-info' },
    h('span', { className: 'tone-mark', 'aria-label': TONE_NAME.info, role: 'img' }, TONE_MARK.info),
    h(
      'div',
      {},
      h('strong', {}, e.title),
      h(
        'p',
        {},
        'A new card, waiting for your answer under Decisions waiting. ',
        h(
          'button',
          {
            type: 'button',
            className: 'link',
            onclick: () => document.getElementById('section-events-h')?.focus(),
          },
          'Go to the card',
        ),
      ),
    ),
  );
}

/**
 * Where last turn's money went: revenue in, and costs out by kind, with the one-off costs named (recruiting
 * fees for the offers made, whether or not they were accepted).
 */
function moneyLine(game: Game, last: TurnRecord): HTMLElement {
  const sn = last.snapshot;
  const offers = last.decisions.reduce((n, d) => n + (d.type === 'team/hire' ? d.count : 0), 0);
  const fees = (offers * liveParams(game).money.hireCostCents) / 100;
  const oneOff = sn.costs - sn.salaries - sn.infra - sn.inference;
  const other = oneOff - fees;
  const parts = [
    `salaries ${money(sn.salaries)}`,
    `infrastructure ${money(sn.infra)}`,
    `inference ${money(sn.inference)}`,
    fees > 0 ? `recruiting fees ${money(fees)} (${offers} offer${offers === 1 ? '' : 's'})` : '',
    other >= 1 ? `other one-off costs ${money(other)}` : '',
  ].filter(Boolean);
  return h(
    'p',
    { className: 'money-line', id: 'turn-money' },
    h('strong', {}, 'Money: '),
    `in ${money(sn.revenue)}, out ${money(sn.costs)}: ${parts.join(', ')}.`,
  );
}

/**
 * A week below the SLO target, said in the log whatever else happened: the share of the week within the SLO and
 * what took it there (the week's incidents, or responses slower than the latency objective).
 */
function sloLine(game: Game, last: TurnRecord): HTMLElement | null {
  const s = game.state;
  const sc = game.loaded.scenario;
  const target = sloTarget(sc);
  if (!sloMissed(s, target)) return null;
  const felt = last.events.filter((e) => e.kind === 'incident').length;
  const objective = sc.params.load.sloLatencyMs;
  const why =
    felt > 0
      ? `users felt the ${felt === 1 ? 'incident' : `${felt} incidents`} below`
      : s.load.latencyMs > objective
        ? `responses took ${groupThousands(s.load.latencyMs)} ms against a ${groupThousands(objective)} ms objective`
        : 'requests failed or crawled for part of it';
  return h(
    'p',
    { className: 'slo-line warning', id: 'turn-slo' },
    h('strong', {}, 'Reliability: '),
    `SLO ${pct(s.load.slo, 1)} this ${turnWords(sc).unit}, below the ${pct(target)} target: ${why}.`,
  );
}

/** After "Advance until something needs me": how far it went and why it stopped. */
function advancedNote(game: Game): HTMLElement | null {
  const a = store.getState().advanced;
  if (!a) return null;
  return h('p', { className: 'advanced-note', id: 'advanced-note' }, advancedText(game, a.played, a.reason));
}

export function turnLog(game: Game): HTMLElement {
  const last = game.history[game.history.length - 1];
  const words = turnWords(game.loaded.scenario);
  const logKey = shortcutKey('log');
  return h(
    'section',
    { className: 'turn-log', id: 'section-log', 'aria-labelledby': 'log-h' },
    h(
      'h3',
      { id: 'log-h', tabindex: '-1' },
      last ? `What happened in ${words.nth(last.snapshot.turn)}` : `Your first ${words.unit}`,
      logKey ? h('kbd', { 'aria-hidden': 'true' }, keyLabel(logKey)) : null,
    ),
    advancedNote(game),
    last ? moneyLine(game, last) : null,
    last ? sloLine(game, last) : null,
    !last
      ? h(
          'p',
          { className: 'hint' },
          // The plan sits beside the dashboard on a wide screen and below it on a narrow one: no "on the right".
          `Set your plan in the Plan panel and end the ${words.unit}. Events will appear here with the reasons behind them.`,
        )
      : last.events.length === 0
        ? h(
            'p',
            { className: 'hint' },
            sloMissed(game.state, sloTarget(game.loaded.scenario))
              ? 'No other news.'
              : `A quiet ${words.unit}.`,
          )
        : h(
            'ul',
            { className: 'log' },
            ...last.events.map((e) =>
              waitingCard(game, e) ? cardItem(e) : eventItem(e, game.loaded.scenario, words),
            ),
          ),
  );
}
