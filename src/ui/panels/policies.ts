/** Process policies (checkboxes), the board update and fundraising, with the odds the player can know. */
import { BOOLEAN_POLICIES, FRAMINGS } from '../../engine/index.ts';
import { raiseChance } from '../../engine/money.ts';
import { plannedPlan, propose, withdraw, type Game } from '../../store/index.ts';
import { FRAMING_TEXT, POLICY_TEXT } from '../describe.ts';
import { h } from '../dom.ts';
import { money, pct, turnWords } from '../format.ts';
import { runwayText } from '../runway.ts';
import { drafted, radios, section } from './section.ts';

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
    box.addEventListener('change', () => propose({ type: 'policy/set', policy, on: box.checked }));
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

function boardNews(game: Game): string {
  const st = game.state.stakeholders;
  const parts = [`Board confidence ${pct(st.board)}`, `investor pressure ${pct(st.pressure)}`];
  if (st.unexplained >= 0.3) parts.push('there is news the board has not heard from you yet');
  return `${parts.join(' \u00b7 ')}.`;
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

/** Raising a round, with the odds the player can know. */
function raiseControl(game: Game): HTMLElement {
  const s = game.state;
  const raising = game.draft.some((d) => d.type === 'money/raise');
  const wait = s.money.lastRaiseTurn + game.loaded.scenario.params.money.raiseCooldownTurns - s.turn;
  const chance = raiseChance(s);
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
      raising ? `Fundraising this ${words.unit}` : 'Try to raise a round',
    ),
    h(
      'span',
      { className: 'hint' },
      wait > 0
        ? `Investors will meet again in ${words.count(wait)}.`
        : `About ${pct(chance)} chance now; traction and board confidence raise it.`,
    ),
  );
}

/** The board and money: its news, and the update and the round the scenario's levers offer. */
export function boardPanel(game: Game): HTMLElement {
  const levers = game.loaded.scenario.levers;
  return section(
    'board',
    'Board and money',
    h('p', { className: 'hint' }, boardNews(game)),
    moneyNews(game),
    levers.includes('stakeholder/communicate') ? framingChoice(game) : null,
    levers.includes('money/raise') ? raiseControl(game) : null,
  );
}
