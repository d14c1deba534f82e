/** Developer tool: simple fixed policies and degenerate probes on built-in scenarios (not shipped, not tested). */
import { BOTS, moveFast, playBot, type Bot } from '../src/bots/index.ts';
import { plainScenario, scalingScenario, sprintScenario } from '../tests/fixtures/scenarios.ts';
import { Moves, provision } from '../src/bots/common.ts';
import { doraCluster, doraOverall, scorecard, type Framing, type ReleaseMode, type Scenario } from '../src/engine/index.ts';
import { BUILT_IN_IDS, loadBuiltIn } from '../src/scenario/node.ts';

interface P {
  f?: number; debt?: number; evals?: number; rel?: number; data?: number;
  agents?: number; review?: 'all' | 'sample' | 'none'; board?: Framing; boardEvery?: number;
  release?: ReleaseMode; hireTo?: number; crunch?: boolean; timeOff?: boolean; raise?: boolean;
  dedicatedAt?: number; specs?: boolean; onCall?: boolean; stance?: 'bold' | 'careful' | 'frugal';
}

export function policy(p: P): Bot {
  return (s, sc) => {
    const m = new Moves(s, sc);
    const mig = s.arch.migration ? 30 : 0;
    const f = p.f ?? 60, d = p.debt ?? 10, e = p.evals ?? 5, r = p.rel ?? 20, da = p.data ?? 5;
    const sum = f + d + e + r + da;
    const scale = (100 - mig) / sum;
    const parts = [f, d, e, r, da].map((x) => Math.floor(x * scale));
    parts[0]! += 100 - mig - parts.reduce((a, b) => a + b, 0);
    m.allocate({ features: parts[0]!, debt: parts[1]!, evals: parts[2]!, reliability: parts[3]!, data: parts[4]!, migration: mig });
    if (p.release) m.release(p.release);
    if (p.agents !== undefined && s.team.agents !== p.agents) m.add({ type: 'team/agents', seats: p.agents });
    if (p.review && s.plan.policies.agentReview !== p.review) m.add({ type: 'policy/agent-review', level: p.review });
    if (p.crunch !== undefined) m.policy('crunch', p.crunch);
    if (p.timeOff !== undefined) m.policy('timeOff', p.timeOff);
    if (p.specs !== undefined) m.policy('specDriven', p.specs);
    if (p.onCall !== undefined) m.policy('onCall', p.onCall);
    if (p.board && s.turn % (p.boardEvery ?? 1) === (p.boardEvery ?? 1) - 1) m.add({ type: 'stakeholder/communicate', framing: p.board });
    if (p.raise) m.add({ type: 'money/raise' });
    if (p.hireTo !== undefined) {
      const n = s.team.ramped.engineer + s.team.onboarding.length / 3 + s.team.pipeline.length / 3;
      if (n < p.hireTo) m.add({ type: 'team/hire', role: 'engineer', count: Math.min(2, p.hireTo - Math.round(n)) });
    }
    if (p.dedicatedAt !== undefined && s.market.users >= p.dedicatedAt && s.arch.hosting === 'serverless' && !s.arch.migration)
      m.add({ type: 'arch/migrate', axis: 'hosting', target: 'dedicated' });
    provision(m, s, sc);
    for (const pe of s.pending) {
      const def = sc.events.find((x) => x.id === pe.eventId)!;
      const o = def.options.find((x) => x.stance === (p.stance ?? 'careful')) ?? def.options[0]!;
      m.add({ type: 'event/choose', eventId: def.id, option: o.id });
    }
    return m.list;
  };
}

export const PROBES: Record<string, Bot> = {
  idle: BOTS.idle,
  steady: BOTS.steady,
  'move-fast': BOTS['move-fast'],
  'move-fast-nohire': moveFast({ maxHeadcount: 0 }),
  frugal: BOTS.frugal,
  'feat0': policy({ f: 0, rel: 60, debt: 20, evals: 10, data: 10 }),
  'feat30': policy({ f: 30, rel: 40 }),
  'feat60': policy({ f: 60, rel: 20 }),
  'feat80': policy({ f: 80, rel: 10, debt: 5, evals: 2, data: 3 }),
  'feat100': policy({ f: 100, rel: 0, debt: 0, evals: 0, data: 0 }),
  'agents50-all': policy({ agents: 50, review: 'all' }),
  'agents5-none': policy({ agents: 5, review: 'none' }),
  'board-every': policy({ board: 'risk' }),
  'spin-every': policy({ board: 'spin' }),
  'idle+spin': (s, sc) => new Moves(s, sc).add({ type: 'stakeholder/communicate', framing: 'spin' }).list,
  'raise-always': policy({ raise: true }),
  'never-release': policy({ release: 'hold' }),
  'crunch': policy({ crunch: true }),
  'hire12': policy({ hireTo: 12 }),
};

function run(sc: Scenario, name: string, bot: Bot, seeds: number): string {
  let score = 0, won = 0, lost = 0, users = 0;
  const clusters = { elite: 0, high: 0, medium: 0, low: 0 };
  let lead = 0, cfr = 0, rec = 0, dep = 0, burn = 0, board = 0, debt = 0;
  for (let i = 0; i < seeds; i++) {
    const { state } = playBot(sc, `probe-${i}`, bot);
    const card = scorecard(state, sc);
    score += card.score; users += state.market.users;
    if (state.status === 'won') won++;
    if (state.status === 'lost') lost++;
    const d = doraOverall(state);
    clusters[doraCluster(d)]++;
    lead += d.leadTimeDays; cfr += d.changeFailureRate; rec += d.recoveryHours; dep += d.deploysPerWeek;
    burn += state.team.burnout; board += state.stakeholders.board; debt += state.debt;
  }
  const n = seeds;
  return `${name.padEnd(14)} ${(score / n).toFixed(0).padStart(4)} won ${String(won).padStart(3)} lost ${String(lost).padStart(3)} users ${(users / n).toFixed(0).padStart(7)} dep ${(dep / n).toFixed(1)} lead ${(lead / n).toFixed(1)}d cfr ${(cfr / n).toFixed(2)} rec ${(rec / n).toFixed(0)}h E/H/M/L ${clusters.elite}/${clusters.high}/${clusters.medium}/${clusters.low} burn ${(burn / n).toFixed(2)} board ${(board / n).toFixed(2)} debt ${(debt / n).toFixed(0)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
function main(): void {
const args = process.argv.slice(2);
const seeds = Number(args.find((a) => a.startsWith('--seeds='))?.slice(8) ?? 30);
const only = args.find((a) => a.startsWith('--probes='))?.slice(9).split(',');
const ids = args.filter((a) => !a.startsWith('--'));
for (const id of ids.length ? ids : BUILT_IN_IDS) {
  let sc: Scenario;
  if (id === 'plain') sc = plainScenario();
  else if (id === 'sprint') sc = sprintScenario();
  else if (id === 'scaling') sc = scalingScenario();
  else {
    const parsed = loadBuiltIn(id);
    if (!parsed.ok) throw new Error(id);
    sc = parsed.loaded.scenario;
  }
  console.log(`=== ${id}`);
  for (const [name, bot] of Object.entries(PROBES)) if (!only || only.includes(name)) console.log(run(sc, name, bot, seeds));
}
}
