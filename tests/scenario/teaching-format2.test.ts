/**
 * The two scenarios written in format 2 teach what they claim, like the others (teaching.test.ts): played by
 * strategy bots over 50 seeds (common random numbers: the same seed is the same world), the play the scenario
 * rewards beats the play it punishes, by a margin, on most seeds. Bots that isolate one answer are the steady bot
 * answering one card otherwise.
 */
import { describe, expect, it } from 'vitest';
import { BOTS, playBot, steady, type Bot } from '../../src/bots/index.ts';
import {
  outcomeChances,
  scorecard,
  type Decision,
  type GameEvent,
  type GameState,
  type Scenario,
} from '../../src/engine/index.ts';
import { formatProblem } from '../../src/scenario/index.ts';
import { loadBuiltIn } from '../../src/scenario/node.ts';

const SEEDS = Array.from({ length: 50 }, (_, i) => `teach2-${i}`);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function scenario(id: string): Scenario {
  const r = loadBuiltIn(id);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.loaded.scenario;
}

/** Steady, answering the cards named here with the option given (event id → option id). */
function steadyAnswering(answers: Record<string, string>): Bot {
  const base = steady();
  return (s, sc) =>
    base(s, sc).map((d): Decision =>
      d.type === 'event/choose' && answers[d.eventId] ? { ...d, option: answers[d.eventId]! } : d,
    );
}

interface Game {
  state: GameState;
  score: number;
  events: GameEvent[];
}

const cache = new Map<string, Game[]>();
function games(id: string, name: string, bot: () => Bot): Game[] {
  const key = `${id}/${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const sc = scenario(id);
  const gs = SEEDS.map((seed) => {
    const g = playBot(sc, seed, bot(), { keepEvents: true });
    return { state: g.state, score: scorecard(g.state, sc).score, events: g.events.flat() };
  });
  cache.set(key, gs);
  return gs;
}
const meanScore = (gs: Game[]): number => mean(gs.map((g) => g.score));
/** Share of seeds on which `a` scores higher than `b`. */
const winShare = (a: Game[], b: Game[]): number =>
  a.filter((g, i) => g.score > b[i]!.score).length / a.length;
const share = (gs: Game[], f: (g: Game) => boolean): number => gs.filter(f).length / gs.length;
const outcome = (g: Game, id: string): string | undefined =>
  g.events.find((e) => e.id === id && e.outcome)?.outcome;

describe('the inference bill', () => {
  const id = 'inference-bill';
  const selfHost = () => games(id, 'self-host', () => steady());
  const absorb = () => games(id, 'absorb', () => steadyAnswering({ 'price-notice': 'absorb' }));
  const fineTune = () => games(id, 'fine-tune', () => steadyAnswering({ 'price-notice': 'fine-tune' }));
  const fineTuneNoData = () =>
    games(id, 'fine-tune-no-data', () =>
      steadyAnswering({ 'price-notice': 'fine-tune', 'rare-questions': 'live-with-it' }),
    );

  it('serving your own model beats absorbing the tripled price: the same careful play, one answer apart', () => {
    expect(meanScore(selfHost()) - meanScore(absorb())).toBeGreaterThan(250);
    expect(winShare(selfHost(), absorb())).toBeGreaterThanOrEqual(0.9);
    // Absorbing never pays its own way over the last three months.
    expect(share(absorb(), (g) => g.state.status === 'won')).toBe(0);
  });

  it('fine-tuning is the cheapest serving, and pays when the model is fed your data', () => {
    expect(meanScore(fineTune()) - meanScore(selfHost())).toBeGreaterThan(50);
    // Living with the rare-question failures costs users (and Northwind's renewal).
    const users = (gs: Game[]): number => mean(gs.map((g) => g.state.market.users));
    expect(users(fineTune()) - users(fineTuneNoData())).toBeGreaterThan(1500);
    expect(meanScore(fineTune())).toBeGreaterThan(meanScore(fineTuneNoData()));
  });

  it('Northwind renews on answers it likes: a worse model makes the renewal less likely', () => {
    const sc = scenario(id);
    const renewal = sc.events.find((e) => e.id === 'renewal')!.options.find((o) => o.id === 'pitch')!;
    /** The chance the renewal card shows when it arrives, averaged over the seeds. */
    const chance = (answers: Record<string, string>): number =>
      mean(
        SEEDS.map((seed) => {
          let shown = 0;
          playBot(sc, seed, steadyAnswering(answers), {
            onTurn: (s) => {
              if (s.pending.some((p) => p.eventId === 'renewal')) shown = outcomeChances(s, renewal)[0]!;
            },
          });
          return shown;
        }),
      );
    const fed = chance({ 'price-notice': 'fine-tune' });
    const unfed = chance({ 'price-notice': 'fine-tune', 'rare-questions': 'live-with-it' });
    expect(fed - unfed).toBeGreaterThan(0.08);
    const renewed = (gs: Game[]): number => share(gs, (g) => outcome(g, 'renewal') === 'renews');
    expect(renewed(fineTune())).toBeGreaterThan(renewed(fineTuneNoData()));
  });

  it('doing nothing scores far below careful play', () => {
    const idle = games(id, 'idle', () => BOTS.idle);
    expect(meanScore(fineTune()) - meanScore(idle)).toBeGreaterThan(300);
  });
});

describe('ignore previous instructions', () => {
  const id = 'prompt-injection';
  const careful = () => games(id, 'careful', () => steady());
  const quiet = () => games(id, 'quiet', () => steadyAnswering({ injection: 'quiet' }));
  const patch = () =>
    games(id, 'patch', () => steadyAnswering({ injection: 'patch-prompt', 'who-was-hit': 'disclose' }));
  const lawyers = () => games(id, 'lawyers', () => steadyAnswering({ audit: 'lawyers' }));

  it('containing and telling the shops beats a quiet fix that comes out later', () => {
    expect(meanScore(careful()) - meanScore(quiet())).toBeGreaterThan(150);
    expect(winShare(careful(), quiet())).toBeGreaterThanOrEqual(0.6);
    const minTrust = (gs: Game[]): number =>
      mean(gs.map((g) => scorecard(g.state, scenario(id)).objectives[0]!.value));
    expect(minTrust(careful()) - minTrust(quiet())).toBeGreaterThan(0.1);
  });

  it('patching the prompt is not containing the agent: the trick spreads and trust falls', () => {
    expect(meanScore(careful()) - meanScore(patch())).toBeGreaterThan(80);
    expect(share(patch(), (g) => outcome(g, 'injection') === 'bypassed')).toBeGreaterThan(0.5);
  });

  it('the audit judges what you can show: open books with logs and evals beat the lawyers', () => {
    expect(meanScore(careful()) - meanScore(lawyers())).toBeGreaterThan(80);
    const closed = share(careful(), (g) => outcome(g, 'audit') === 'closed');
    const settled = share(lawyers(), (g) => outcome(g, 'audit') === 'settled');
    expect(closed).toBeGreaterThan(0.4);
    expect(closed - settled).toBeGreaterThan(0.2);
  });

  it('doing nothing scores far below careful play', () => {
    const idle = games(id, 'idle', () => BOTS.idle);
    expect(meanScore(careful()) - meanScore(idle)).toBeGreaterThan(300);
  });
});
