/**
 * Lever families of the board and money, and of the scenario's event cards: how often to talk to the board and
 * with which framing (the engine's FRAMINGS, or the one that fits what happened), when to raise money, and an
 * answer per event card. Reads what a player sees: the runway, the incidents, the debt, the board panel's "news
 * the board has not heard" and the cards waiting. Pure.
 */
import type { Framing } from '../../engine/index.ts';
import { FRAMINGS, runwayTurns } from '../../engine/index.ts';
import type { Family, Getter, Lever, TurnView } from '../lever.ts';
import { choiceLever, labelOf, offers, sentence } from '../lever.ts';

const CADENCES = ['never', 1, 2, 4, 8, 13, 'news'];
const FITTING = 'fitting';
const FRAMING_VALUES = [...FRAMINGS, FITTING];
const FRAMING_LABEL: Record<string, string> = {
  cost: 'in terms of cost',
  risk: 'in terms of risk',
  velocity: 'in terms of velocity',
  spin: 'with spin',
  silence: 'saying nothing',
  fitting: 'with the framing that fits what happened',
};
/** The board panel says "there is news the board has not heard from you yet" from this much unexplained news. */
const NEWS_SHOWN = 0.3;

function cadenceLabel(v: string | number, unit: string): string {
  if (v === 'never') return 'never';
  if (v === 'news') return 'when there is news it has not heard';
  return v === 1 ? `every ${unit}` : `every ${v} ${unit}s`;
}

/** Risk after incidents it has not heard about, velocity when debt is high, cost otherwise. */
function fitting(t: TurnView): Framing {
  if (t.s.incidents.total > (t.memory.incidentsTold ?? 0)) return 'risk';
  return t.s.debt >= 60 ? 'velocity' : 'cost';
}

function due(t: TurnView, cadence: string | number): boolean {
  if (cadence === 'news') return t.s.stakeholders.unexplained >= NEWS_SHOWN;
  return typeof cadence === 'number' && t.s.turn % cadence === 0;
}

export const board: Family = {
  id: 'board',
  uses: ['stakeholder/communicate'],
  levers: (ctx): Lever[] => [
    choiceLever('board.cadence', 'board', 'Talk to the board', CADENCES, (v) => cadenceLabel(v, ctx.unit), {
      extremes: [CADENCES.indexOf(1)],
    }),
    choiceLever(
      'board.framing',
      'board',
      'Framing for the board',
      FRAMING_VALUES,
      (v) => labelOf(FRAMING_LABEL, String(v)),
      {
        extremes: [FRAMING_VALUES.indexOf('spin')],
        inPlay: (get) => get('board.cadence') !== 'never',
      },
    ),
  ],
  compile: (get) => {
    const cadence = get('board.cadence');
    if (cadence === undefined || cadence === 'never') return null;
    const framing = String(get('board.framing') ?? FITTING);
    return (t) => {
      if (!due(t, cadence)) return;
      const chosen = framing === FITTING ? fitting(t) : (framing as Framing);
      const before = t.m.list.length;
      t.m.add({ type: 'stakeholder/communicate', framing: chosen });
      if (t.m.list.length > before) t.memory.incidentsTold = t.s.incidents.total;
    };
  },
  describe: (get, ctx) => {
    const cadence = get('board.cadence');
    if (cadence === undefined || cadence === 'never') return [];
    const framing = labelOf(FRAMING_LABEL, String(get('board.framing') ?? FITTING));
    return [sentence(`Talk to the board ${cadenceLabel(cadence, ctx.unit)}, ${framing}`)];
  },
};

const RAISES = ['never', 8, 16, 26, 'always'];
function raiseLabel(v: string | number, unit: string): string {
  if (v === 'never') return 'never';
  return v === 'always' ? 'at every chance' : `when the runway is under ${v} ${unit}s`;
}

export const raise: Family = {
  id: 'raise',
  uses: ['money/raise'],
  levers: (ctx) => [
    {
      ...choiceLever('raise', 'raise', 'Raise money', RAISES, (v) => raiseLabel(v, ctx.unit), {
        extremes: [RAISES.length - 1],
      }),
      ordered: true,
    },
  ],
  compile: (get) => {
    const when = get('raise');
    if (when === undefined || when === 'never') return null;
    return (t) => {
      if (when === 'always' || runwayTurns(t.s) < Number(when)) t.m.add({ type: 'money/raise' });
    };
  },
  describe: (get, ctx) => {
    const when = get('raise');
    return when === undefined || when === 'never'
      ? []
      : [sentence(`Raise money ${raiseLabel(when, ctx.unit)}`)];
  },
};

const answerOf = (get: Getter, id: string): string | undefined => get(`event.${id}`) as string | undefined;

export const events: Family = {
  id: 'event',
  uses: ['event/choose'],
  levers: (ctx) =>
    ctx.scenario.events.map((e) =>
      choiceLever(
        `event.${e.id}`,
        'event',
        `Answer to \u201c${e.title}\u201d`,
        e.options.map((o) => o.id),
        (v) => e.options.find((o) => o.id === v)!.label,
      ),
    ),
  compile: (get, ctx) => {
    const answers = new Map<string, string>();
    for (const e of ctx.scenario.events) {
      const a = answerOf(get, e.id);
      if (a !== undefined) answers.set(e.id, a);
    }
    if (answers.size === 0) return null;
    return (t) => {
      for (const p of t.s.pending) {
        const option = answers.get(p.eventId);
        if (option !== undefined) t.m.add({ type: 'event/choose', eventId: p.eventId, option });
      }
    };
  },
  describe: (get, ctx) => {
    if (!offers(ctx.scenario, 'event/choose')) return [];
    const parts = ctx.scenario.events.flatMap((e) => {
      const a = answerOf(get, e.id);
      const label = e.options.find((o) => o.id === a)?.label;
      return label === undefined ? [] : [`\u201c${e.title}\u201d: ${label}`];
    });
    return parts.length === 0 ? [] : [sentence(`Events: ${parts.join('; ')}`)];
  },
};
