/**
 * "Why did this happen?" in the player's words: over every built-in scenario played by every bot, no cause is
 * said in the engine's internal wording, hidden state never shows a value or threshold, and the background odds
 * of an incident always say what lowers them.
 */
import { describe, expect, it } from 'vitest';
import { BOT_NAMES, BOTS, playBot } from '../../src/bots/index.ts';
import type { GameEvent } from '../../src/engine/index.ts';
import { eventChance } from '../../src/engine/event-odds.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../../src/scenario/node.ts';
import { whyParts } from '../../src/ui/cause-words.ts';
import { turnWords } from '../../src/ui/format.ts';

/** The engine's internal wording, and a hidden quantity's threshold. */
const INTERNAL = /this card needs|turns played| was -?\d|\(turns\)|true quality|modelQuality|\b0\.\d/;
const MITIGATED = ['outage', 'latency', 'model-regression', 'data-pipeline', 'security', 'cost-spike'];

describe('cause words', () => {
  it('says every cause of every event of every built-in scenario in the player’s words', () => {
    let seen = 0;
    let conditions = 0;
    for (const id of BUILT_IN_IDS) {
      const loaded = loadBuiltIn(id);
      if (!loaded.ok) throw new Error(id);
      const { scenario } = loaded.loaded;
      const words = turnWords(scenario);
      for (const bot of BOT_NAMES) {
        const events: GameEvent[] = [];
        playBot(scenario, `why-${bot}`, BOTS[bot], {
          onTurn: (state, evs) => {
            events.push(...evs.filter((e) => e.causes.length > 0));
            // A card waiting in the plan shows its odds now, from the state.
            for (const p of state.pending) {
              const def = scenario.events.find((d) => d.id === p.eventId)!;
              events.push({
                ...evs[0]!,
                kind: 'scenario',
                id: def.id,
                causes: eventChance(state, def).causes,
              });
            }
          },
        });
        for (const e of events) {
          const parts = whyParts(e, scenario, words);
          const lines = [...parts.because, ...parts.conditions, ...parts.levers, ...parts.luck];
          expect(lines.length, `${id} ${e.id}`).toBeGreaterThan(0);
          for (const l of lines) {
            expect(l.text, `${id} ${e.id}`).not.toMatch(INTERNAL);
            expect(l.lever ?? '', `${id} ${e.id}`).not.toMatch(INTERNAL);
          }
          if (e.kind === 'incident' && MITIGATED.includes(e.id))
            for (const l of parts.luck)
              expect(l.lever, `${id} ${e.id}: ${l.text}`).toMatch(/ lower these odds too$/);
          seen += 1;
          conditions += parts.conditions.length;
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(conditions).toBeGreaterThan(10);
  });

  it('says a card’s conditions as the scenario’s rule, and hidden quality without its threshold', () => {
    const words = turnWords({ turns: 12, params: { weeksPerTurn: 1 } });
    const scenario = {
      events: [
        {
          id: 'c',
          when: [
            { metric: 'turn', op: '<=', value: 2 },
            { metric: 'burnout', op: '>=', value: 0.12 },
            { metric: 'modelQuality', op: '<', value: 0.63 },
            { metric: 'dedicated', op: '==', value: 1 },
          ],
        },
      ],
    } as unknown as Parameters<typeof whyParts>[1];
    const causes = ['turn', 'burnout', 'modelQuality', 'dedicated'].map((m) => ({
      factor: `when:${m}`,
      label: `${m} was 2 (this card needs at most 2)`,
      weight: 0.125,
    }));
    causes.push({ factor: 'base-rate', label: 'background chance', weight: 0.5 });
    const parts = whyParts({ kind: 'scenario', id: 'c', causes }, scenario, words);
    expect(parts.conditions.map((c) => c.text)).toEqual([
      'the scenario’s timing: up to the end of week 2',
      'burnout at least 12%',
      'how good the model really is (hidden: evals only estimate it)',
      'you are on dedicated hosting',
    ]);
    // The odds are shares of the odds alone (the engine gives the conditions the other half).
    expect(parts.luck).toEqual([{ text: 'Background odds, whatever the plan', share: 1, lever: null }]);
    expect(parts.levers).toEqual([]);
  });

  it('separates an outage’s background odds, with what lowers them, from the debt a decision can pay down', () => {
    const words = turnWords({ turns: 12, params: { weeksPerTurn: 1 } });
    const parts = whyParts(
      {
        kind: 'incident',
        id: 'outage',
        causes: [
          { factor: 'base-rate', label: 'background rate', weight: 0.7 },
          { factor: 'debt', label: 'technical debt (scaling phase)', weight: 0.3 },
        ],
      },
      { events: [] },
      words,
    );
    expect(parts.luck).toEqual([
      {
        text: 'Background odds every system has',
        share: 0.7,
        lever:
          'Reliability work in the capacity split (test automation, observability) and postmortems lower these odds too',
      },
    ]);
    expect(parts.levers).toEqual([
      {
        text: 'Technical debt (scaling phase)',
        share: 0.3,
        lever: 'Debt paydown in the capacity split lowers it',
      },
    ]);
  });
});
