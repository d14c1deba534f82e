/**
 * Calibration report for scenario authors: plays each scenario with every bot (and a few bot variants) over many
 * seeds and prints, per bot, the mean score, outcomes, users, cash, debt, incidents, DORA clusters, objectives met
 * and the paired win share against every other bot (same seed = same world, so differences come from decisions).
 *
 *   npx tsx scripts/calibrate-scenarios.ts ship-it demo-day            # built-ins by id
 *   npx tsx scripts/calibrate-scenarios.ts my.yaml --seeds 100         # any scenario file
 *   npx tsx scripts/calibrate-scenarios.ts --all --bots steady,move-fast --events
 *
 * --seeds N     seeds per bot (default 50; seeds are "teach-0" … "teach-N-1", as in tests/scenario/teaching.test.ts)
 * --bots a,b    which bots (default: the four named bots); variants: see VARIANTS below
 * --events      also print how often each event fired and which options resolved it
 * --all         every built-in in scenarios/index.txt
 */
import { frugal, moveFast, playBot, randomBot, steady, type Bot } from '../src/bots/index.ts';
import {
  doraCluster,
  doraOverall,
  headcountOf,
  pipelineOf,
  runwayTurns,
  scorecard,
  type ArchAxis,
  type Decision,
  type GameState,
  type Scenario,
} from '../src/engine/index.ts';
import { formatProblem } from '../src/scenario/index.ts';
import { BUILT_IN_IDS, loadBuiltIn, loadScenarioFile } from '../src/scenario/node.ts';

/** Bots by name: the four named ones plus variants the lessons compare. */
export const VARIANTS: Record<string, () => Bot> = {
  random: randomBot,
  'move-fast': moveFast,
  steady: () => steady(),
  frugal,
  'steady-noswitch': () => steady({ switchHosting: false }),
  'move-fast-nohire': () => moveFast({ maxHeadcount: 0 }),
  'steady-ship': () => steady({ release: 'ship' }),
  'steady-ab': () => steady({ release: 'ab' }),
  'steady-canary': () => steady({ release: 'canary' }),
  'steady-agents-unguarded': () => steady({ agents: 4, agentReview: 'none', specs: false }),
  'steady-agents-reviewed': () => steady({ agents: 4, agentReview: 'all' }),
  'steady-nospecs': () => steady({ specs: false }),
  // growing-pains: steady's practices with move-fast's hiring (2 engineers every other turn up to 14)
  'steady-blitz': () => blitzHiring(steady()),
  // the-pivot: when and how the processing migration to async starts
  'steady-async-early': () => migrating(steady(), 'processing', 'async', (s) => s.turn >= 1),
  'steady-async-late': () => migrating(steady(), 'processing', 'async', (s) => s.load.utilisation >= 0.85),
  'bigbang-async': () => focused(moveFast(), 'processing', 'async', (s) => s.turn >= 1, 100),
  'steady-bigbang-async': () => focused(steady(), 'processing', 'async', (s) => s.turn >= 1, 100),
  'steady-pivot50': () => focused(steady(), 'processing', 'async', (s) => s.turn >= 1, 50),
  'steady-pivot35': () => focused(steady(), 'processing', 'async', (s) => s.turn >= 1, 35),
  'steady-pivot50-late': () =>
    focused(steady(), 'processing', 'async', (s) => s.load.utilisation >= 0.85, 50),
  'move-fast-pivot50': () => focused(moveFast(), 'processing', 'async', (s) => s.turn >= 1, 50),
  // incident-night: the same engineering as steady, with spin or silence instead of plain explanations
  'steady-spin': () => framing(steady(), 'spin'),
  'steady-silent': () => framing(steady(), 'silence'),
};

/** Replaces every stakeholder update of a bot with one framing ('silence' drops them altogether). */
export function framing(bot: Bot, f: 'spin' | 'silence'): Bot {
  return (s, sc) =>
    bot(s, sc).flatMap((d): Decision[] =>
      d.type !== 'stakeholder/communicate' ? [d] : f === 'silence' ? [] : [{ ...d, framing: f }],
    );
}

/** Adds move-fast's hiring rule to a bot: two engineers every other turn while the runway is long, up to 14. */
export function blitzHiring(bot: Bot): Bot {
  return (s, sc) => {
    const own: Decision[] = bot(s, sc).filter((d) => d.type !== 'team/hire');
    const coming = pipelineOf(s.team, 'engineer');
    if (runwayTurns(s) > 16 && headcountOf(s.team) + coming < 14 && s.turn % 2 === 0)
      own.push({ type: 'team/hire', role: 'engineer', count: 2 });
    return own;
  };
}

/** Starts one architecture migration when `when` first holds (the bot's own allocation then carries it). */
export function migrating(bot: Bot, axis: ArchAxis, target: string, when: (s: GameState) => boolean): Bot {
  return (s, sc) => {
    const own = bot(s, sc);
    const busy = s.arch.migration !== null || own.some((d) => d.type === 'arch/migrate');
    if (!busy && s.arch[axis] !== target && when(s)) own.push({ type: 'arch/migrate', axis, target });
    return own;
  };
}

/**
 * A focused migration: started when `when` first holds, then `share` percent of capacity on it until the cut-over
 * (the rest split as the bot would split it). share 100 is a big bang: every hand on the migration.
 */
export function focused(
  bot: Bot,
  axis: ArchAxis,
  target: string,
  when: (s: GameState) => boolean,
  share: number,
): Bot {
  return (s, sc) => {
    const own = bot(s, sc);
    const busy = s.arch.migration !== null || own.some((d) => d.type === 'arch/migrate');
    const start = !busy && s.arch[axis] !== target && when(s);
    if (start) own.push({ type: 'arch/migrate', axis, target });
    if (!start && s.arch.migration === null) return own;
    const mine = own.find((d) => d.type === 'plan/allocate');
    const base = { ...(mine?.type === 'plan/allocate' ? mine.allocation : s.plan.allocation), migration: 0 };
    const rest = base.features + base.debt + base.evals + base.reliability + base.data;
    const keys = ['debt', 'evals', 'reliability', 'data'] as const;
    const allocation = { ...base, migration: share };
    let used = share;
    for (const k of keys) {
      allocation[k] = rest > 0 ? Math.floor((base[k] * (100 - share)) / rest) : 0;
      used += allocation[k];
    }
    allocation.features = 100 - used;
    return [...own.filter((d) => d.type !== 'plan/allocate'), { type: 'plan/allocate', allocation }];
  };
}

interface Game {
  state: GameState;
  score: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const fmt = (x: number, d = 0): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/**
 * A bot by name: a variant, optionally with fixed answers to some events, written
 * "steady@rewrite-proposal=rewrite+other-event=option" (the rest of the events answered as the bot would).
 */
export function botByName(name: string): Bot {
  const [base, overrides] = name.split('@') as [string, string | undefined];
  const make = VARIANTS[base];
  if (!make) throw new Error(`unknown bot ${base} (known: ${Object.keys(VARIANTS).join(', ')})`);
  const bot = make();
  if (!overrides) return bot;
  const fixed = new Map(overrides.split('+').map((kv) => kv.split('=') as [string, string]));
  return (s, sc) => {
    const own: Decision[] = bot(s, sc).filter((d) => !(d.type === 'event/choose' && fixed.has(d.eventId)));
    for (const p of s.pending) {
      const option = fixed.get(p.eventId);
      if (option) own.push({ type: 'event/choose', eventId: p.eventId, option });
    }
    return own;
  };
}

function load(arg: string): Scenario {
  const r = /\.(ya?ml|json)$/.test(arg) ? loadScenarioFile(arg) : loadBuiltIn(arg);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.loaded.scenario;
}

function report(sc: Scenario, bots: string[], seeds: string[], events: boolean): void {
  const t0 = Date.now();
  const results: Record<string, Game[]> = {};
  const eventStats: Record<string, Record<string, number>> = {};
  for (const name of bots) {
    const bot = botByName(name);
    results[name] = seeds.map((seed) => {
      const { state, events: evs } = playBot(sc, seed, bot, { keepEvents: events });
      if (events) {
        for (const turn of evs)
          for (const e of turn) {
            if (e.kind !== 'scenario') continue;
            const k = e.option ? `${e.id} → ${e.option}/${e.outcome}` : `${e.id} (fired)`;
            const row = (eventStats[k] ??= {});
            row[name] = (row[name] ?? 0) + 1;
          }
      }
      return { state, score: scorecard(state, sc).score };
    });
  }
  const ms = Date.now() - t0;
  console.log(`\n=== ${sc.id} (${sc.turns} turns, ${seeds.length} seeds, ${ms} ms) ===`);
  const w = Math.max(...bots.map((b) => b.length)) + 1;
  console.log(
    `${'bot'.padEnd(w)} score   sd   won lost ended | users     cash$k   debt  inc  board  slo   | DORA e/h/m/l | outcomes`,
  );
  for (const name of bots) {
    const gs = results[name]!;
    const st = gs.map((g) => g.state);
    const won = st.filter((s) => s.status === 'won').length;
    const lost = st.filter((s) => s.status === 'lost').length;
    const reasons: Record<string, number> = {};
    for (const s of st) if (s.status === 'lost') reasons[s.reason] = (reasons[s.reason] ?? 0) + 1;
    const clusters = { elite: 0, high: 0, medium: 0, low: 0 };
    for (const s of st) clusters[doraCluster(doraOverall(s))] += 1;
    console.log(
      `${name.padEnd(w)} ${fmt(mean(gs.map((g) => g.score))).padStart(5)} ${fmt(sd(gs.map((g) => g.score))).padStart(4)}  ` +
        `${String(won).padStart(3)} ${String(lost).padStart(4)} ${String(st.length - won - lost).padStart(5)} | ` +
        `${fmt(mean(st.map((s) => s.market.users))).padStart(8)} ${fmt(mean(st.map((s) => s.money.cash / 100_000))).padStart(8)} ` +
        `${fmt(mean(st.map((s) => s.debt))).padStart(5)} ${fmt(mean(st.map((s) => s.incidents.total)), 1).padStart(4)} ` +
        `${fmt(mean(st.map((s) => s.stakeholders.board)), 2).padStart(5)} ${fmt(mean(st.map((s) => s.sloSum / Math.max(1, s.turn))), 3)} | ` +
        `${clusters.elite}/${clusters.high}/${clusters.medium}/${clusters.low}`.padEnd(12) +
        ` | ${Object.entries(reasons)
          .map(([r, n]) => `${r} ${n}`)
          .join(', ')}`,
    );
  }
  console.log('objectives met (share of seeds):');
  for (const name of bots) {
    const gs = results[name]!;
    const cards = gs.map((g) => scorecard(g.state, sc));
    const parts = sc.objectives.map((o, i) => {
      const met = cards.filter((c) => c.objectives[i]!.met).length / cards.length;
      const v = mean(cards.map((c) => c.objectives[i]!.value));
      return `${o.id} ${fmt(met * 100)}% (${fmt(v, v < 10 ? 2 : 0)})`;
    });
    console.log(`  ${name.padEnd(w)} ${parts.join('  ')}`);
  }
  console.log('paired win share (row beats column on the same seed):');
  console.log(`  ${''.padEnd(w)} ${bots.map((b) => b.slice(0, 8).padStart(8)).join(' ')}`);
  for (const a of bots) {
    const cells = bots.map((b) => {
      if (a === b) return '-'.padStart(8);
      const ga = results[a]!;
      const gb = results[b]!;
      return fmt(ga.filter((g, i) => g.score > gb[i]!.score).length / ga.length, 2).padStart(8);
    });
    console.log(`  ${a.padEnd(w)} ${cells.join(' ')}`);
  }
  if (events) {
    console.log('events (times over all seeds):');
    for (const k of Object.keys(eventStats).sort()) {
      const row = eventStats[k]!;
      console.log(`  ${k.padEnd(60)} ${bots.map((b) => `${b}:${row[b] ?? 0}`).join(' ')}`);
    }
  }
}

function main(argv: string[]): void {
  let n = 50;
  let bots = ['random', 'move-fast', 'steady', 'frugal'];
  let events = false;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seeds') n = Number(argv[++i]);
    else if (a === '--bots') bots = argv[++i]!.split(',');
    else if (a === '--events') events = true;
    else if (a === '--all') targets.push(...BUILT_IN_IDS);
    else targets.push(a);
  }
  const seeds = Array.from({ length: n }, (_, i) => `teach-${i}`);
  for (const t of targets) report(load(t), bots, seeds, events);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
