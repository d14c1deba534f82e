/** Event cards waiting for an answer: the story, the options with the odds of each outcome, the deadline and why. */
import type { Decision, EventDef, GameEvent, OptionDef } from '../../engine/index.ts';
import { eventChance, outcomeChances } from '../../engine/event-odds.ts';
import { plannedPlan, propose, type Game } from '../../store/index.ts';
import { describeDecision } from '../describe.ts';
import { bdi, fieldOf, h, iso, listen } from '../dom.ts';
import { pct, turnWords } from '../format.ts';
import { section } from './section.ts';
import { why } from './causes.ts';

/** The outcomes of an option with their odds now (they may depend on the game), each text isolated. */
function optionText(game: Game, o: OptionDef): (string | HTMLElement)[] {
  if (o.outcomes.length === 1) return [bdi(o.outcomes[0]!.text)];
  const chances = outcomeChances(game.state, o);
  return o.outcomes.flatMap((x, i) => [`${i > 0 ? ' ' : ''}${pct(chances[i]!)}: `, bdi(x.text)]);
}

/**
 * When the chosen answer recommends settings (the scenario's `applies`), a button that applies them, while any
 * of them is not yet the plan: answering "Gate model releases on evals" then sets Release to Gate in one press.
 */
function applyButton(game: Game, def: EventDef, selected: string | null): HTMLElement | null {
  const decisions = selected ? game.loaded.meta.teaching.applies[def.id]?.[selected] : undefined;
  if (!decisions) return null;
  const missing = decisions.filter((d) => !inPlan(game, d));
  const what = decisions.map((d) => describeDecision(d, game.loaded.scenario)).join('; ');
  if (missing.length === 0) return h('p', { className: 'hint applied' }, `In your plan: ${what}.`);
  return h(
    'button',
    {
      type: 'button',
      className: 'apply-advice',
      id: `apply-${def.id}`,
      onclick: () => missing.forEach((d) => propose(d)),
    },
    `Apply: ${what}`,
  );
}

/** Whether the plan as drafted already does what `d` would. */
function inPlan(game: Game, d: Decision): boolean {
  const plan = plannedPlan(game.state, game.draft);
  switch (d.type) {
    case 'release/set':
      return plan.release === d.mode;
    case 'policy/set':
      return plan.policies[d.policy] === d.on;
    case 'policy/agent-review':
      return plan.policies.agentReview === d.level;
    default:
      return game.draft.some((x) => JSON.stringify(x) === JSON.stringify(d));
  }
}

function card(game: Game, def: EventDef, deadlineTurn: number, firing: GameEvent | undefined): HTMLElement {
  const chosen = game.draft.find((d) => d.type === 'event/choose' && d.eventId === def.id);
  const selected = chosen && chosen.type === 'event/choose' ? chosen.option : null;
  const left = deadlineTurn - game.state.turn;
  const fallback = def.options.find((o) => o.id === def.defaultOption)?.label ?? def.options[0]!.label;
  const name = `event-${def.id}`;
  const causes = firing?.causes ?? eventChance(game.state, def).causes;
  const words = turnWords(game.loaded.scenario);
  return h(
    'article',
    { className: 'event-card', 'aria-labelledby': `${name}-h` },
    h('h4', { id: `${name}-h` }, def.title),
    h('p', {}, def.text),
    h(
      'fieldset',
      { className: 'radios' },
      h('legend', {}, 'Your answer'),
      ...def.options.map((o) => {
        const id = `${name}-${o.id}`;
        const input = h('input', { type: 'radio', name, id, checked: o.id === selected });
        listen(
          input,
          'change',
          (e) => fieldOf(e).checked && propose({ type: 'event/choose', eventId: def.id, option: o.id }),
        );
        return h(
          'div',
          { className: 'radio' },
          input,
          h(
            'label',
            { for: id },
            h('span', { className: 'radio-label' }, o.label),
            h('span', { className: 'hint' }, ...optionText(game, o)),
          ),
        );
      }),
    ),
    applyButton(game, def, selected),
    h(
      'p',
      { className: 'deadline' },
      ...(left <= 1
        ? iso`Answer this ${words.unit}, or "${fallback}" happens.`
        : iso`Answer within ${words.count(left)} (default: "${fallback}").`),
    ),
    why({ kind: 'scenario', id: def.id, causes }, game.loaded.scenario, words),
  );
}

export function eventsPanel(game: Game): HTMLElement | null {
  const pending = game.state.pending;
  if (pending.length === 0) return null;
  const defs = game.loaded.scenario.events;
  const firings = game.history.flatMap((r) => r.events).filter((e) => e.kind === 'scenario');
  const cards = pending.map((p) => {
    const def = defs.find((d) => d.id === p.eventId)!;
    const firing = [...firings]
      .reverse()
      .find((e) => e.id === def.id && e.turn === p.firedTurn && e.option === undefined);
    return card(game, def, p.deadlineTurn, firing);
  });
  return section('events', `Decisions waiting (${pending.length})`, ...cards);
}
