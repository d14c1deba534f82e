/** Process policies (checkboxes), the board update and fundraising, with the odds the player can know. */
import type { Framing } from '../../engine/index.ts';
import {
  BOOLEAN_POLICIES,
  cadenceTurns,
  FRAMINGS,
  fittingFraming,
  turnsToMeeting,
} from '../../engine/index.ts';
import { raiseChance } from '../../engine/money.ts';
import { plannedPlan, propose, withdraw, type Game } from '../../store/index.ts';
import { FRAMING_TEXT, POLICY_TEXT } from '../describe.ts';
import { fieldOf, h, listen } from '../dom.ts';
import { money, pct, turnWords } from '../format.ts';
import { runwayText } from '../runway.ts';
import { drafted, radios, section } from './section.ts';
import { liveParams } from '../live-params.ts';

export function policiesPanel(game: Game): HTMLElement {
  const plan = plannedPlan(game.state, game.draft);
  const boxes = BOOLEAN_POLICIES.map((policy) => {
    const id = `policy-${policy}`;
    const box = h('input', {
      type: 'checkbox',
      id,
      checked: plan.policies[policy],
      'aria-describedby': `${id}-hint`,
    });
    listen(box, 'change', (e) => propose({ type: 'policy/set', policy, on: fieldOf(e).checked }));
    return h(
      'div',
      { className: 'check' },
      box,
      h('label', { for: id }, POLICY_TEXT[policy].label),
      h('span', { className: 'hint desc', id: `${id}-hint` }, POLICY_TEXT[policy].hint),
    );
  });
  return section('policies', 'Policies', h('div', { className: 'checks' }, ...boxes));
}

function boardNews(game: Game): HTMLElement {
  const s = game.state;
  const st = s.stakeholders;
  return h(
    'p',
    { className: 'hint' },
    `Board confidence ${pct(st.board)} \u00b7 `,
    h(
      'abbr',
      { title: 'How hard investors push for growth: it rises with each round and each failed raise.' },
      'investor pressure',
    ),
    ` ${pct(st.pressure)} \u00b7 you own ${pct(s.money.ownership)} of the company`,
    '.',
  );
}

/** Why an honest framing fits now (engine fittingFraming), in words. */
const FITS: Record<Exclude<Framing, 'spin' | 'silence'>, string> = {
  risk: 'in risk terms: there are incidents it has not heard about from you',
  cost: 'in cost terms: the cash is running short',
  velocity: 'in velocity terms: technical debt is slowing every change',
};

/** When the board meets next, what is on its agenda, and which honest framing fits the news now. */
function meetingNews(game: Game): HTMLElement {
  const s = game.state;
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const cadence = cadenceTurns(sc.params.weeksPerTurn, sc.params.stakeholders.boardCadence);
  const left = turnsToMeeting(s, cadence);
  const when =
    left === 0 ? `at the end of this ${words.unit}` : `at the end of ${words.nth(s.turn + 1 + left)}`;
  const agenda = s.stakeholders.agenda;
  const fits = fittingFraming(s);
  return h(
    'p',
    { className: 'hint', id: 'board-meeting' },
    `The board meets ${when} (every ${words.count(cadence)}); it hears the last update before then${
      agenda ? ` (now: ${FRAMING_TEXT[agenda].label.toLowerCase()})` : ''
    }. What fits now: ${fits ? FITS[fits as keyof typeof FITS] : 'any honest framing'}.`,
  );
}

/** A round in progress: when investors decide, and what a closed round costs in ownership. */
function raiseNews(game: Game): string {
  const s = game.state;
  const r = s.money.raise;
  const words = turnWords(game.loaded.scenario);
  const dilution = pct(liveParams(game).money.dilution);
  if (!r)
    return `About ${pct(raiseChance(s))} chance now; traction and board confidence raise it. A round sells about ${dilution} of the company.`;
  const left = r.decidesTurn - s.turn;
  return `Investors decide at the end of ${words.nth(r.decidesTurn)} (${words.count(left)} from now), watching your user growth since it began. Chance now about ${pct(raiseChance(s))}; a closed round sells about ${dilution} of the company (less with strong growth).`;
}

/** The money line: cash and the runway (the same words as the dashboard's tile and the world's). */
function moneyNews(game: Game): HTMLElement {
  return h(
    'p',
    { className: 'hint' },
    `Cash ${money(game.state.money.cash / 100)} \u00b7 `,
    h('span', { id: 'board-runway' }, `Runway ${runwayText(game) ?? '\u2014'}`),
  );
}

/** The board update of this turn: a framing, or none. */
function framingChoice(game: Game): HTMLElement {
  const update = drafted(game, 'stakeholder/communicate');
  const current = update?.framing ?? null;
  const words = turnWords(game.loaded.scenario);
  return radios(
    'framing',
    `Update the board this ${words.unit}`,
    [
      ...FRAMINGS.filter((f) => f !== 'silence').map((f) => ({
        value: f,
        label: FRAMING_TEXT[f].label,
        hint: FRAMING_TEXT[f].hint,
      })),
      // One control for saying nothing: no update drafted (the engine's explicit "silence" is not offered twice).
      { value: 'none' as const, label: `No update this ${words.unit}`, hint: FRAMING_TEXT.silence.hint },
    ],
    current === null || current === 'silence' ? 'none' : current,
    (framing) =>
      framing === 'none'
        ? update && withdraw(game.draft.indexOf(update))
        : propose({ type: 'stakeholder/communicate', framing }),
  );
}

/** Raising a round: the button, and the odds, the round under way or when investors meet again. */
function raiseControl(game: Game): HTMLElement {
  const s = game.state;
  const raising = game.draft.some((d) => d.type === 'money/raise');
  const wait = s.money.lastRaiseTurn + liveParams(game).money.raiseCooldownTurns - s.turn;
  const words = turnWords(game.loaded.scenario);
  return h(
    'div',
    { className: 'raise' },
    h(
      'button',
      {
        type: 'button',
        id: 'raise',
        disabled: wait > 0 || raising,
        onclick: () => propose({ type: 'money/raise' }),
      },
      raising ? `Fundraising this ${words.unit}` : s.money.raise ? 'Round under way' : 'Try to raise a round',
    ),
    h(
      'span',
      { className: 'hint', id: 'raise-news' },
      s.money.raise || wait <= 0 ? raiseNews(game) : `Investors will meet again in ${words.count(wait)}.`,
    ),
  );
}

/** The board and money: its news, and the update and the round the scenario's levers offer. */
export function boardPanel(game: Game): HTMLElement {
  const levers = game.loaded.scenario.levers;
  return section(
    'board',
    'Board and money',
    boardNews(game),
    moneyNews(game),
    meetingNews(game),
    levers.includes('stakeholder/communicate') ? framingChoice(game) : null,
    levers.includes('money/raise') ? raiseControl(game) : null,
  );
}
