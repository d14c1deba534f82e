/** Developer tool: one game turn by turn with the numbers that drive it (not shipped, not tested). */
import { BOTS, type BotName } from '../src/bots/index.ts';
import { PROBES } from './probe.ts';
import type { Scenario } from '../src/engine/index.ts';
import { plainScenario, scalingScenario, sprintScenario } from '../tests/fixtures/scenarios.ts';
import { advance, createInitialState, doraOverall, metric, runwayTurns, scorecard } from '../src/engine/index.ts';
import { debtDensity } from '../src/engine/work.ts';
import { loadBuiltIn } from '../src/scenario/node.ts';

const [id = 'solo-founder', botName = 'steady', seed = 'trace-1', every = '4'] = process.argv.slice(2);
const fixtures: Record<string, () => Scenario> = { plain: () => plainScenario(), sprint: sprintScenario, scaling: scalingScenario };
const parsed = fixtures[id] ? null : loadBuiltIn(id);
if (parsed && !parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const sc = parsed ? parsed.loaded.scenario : fixtures[id]!();
const bot = BOTS[botName as BotName] ?? PROBES[botName];
let s = createInitialState(sc, seed);
const f = (x: number, d = 0): string => x.toFixed(d);
console.log('wk users  +gain -lost sat  qual feat  board press cred  cash$k burn$k debt dens dep lead fail inc  burn morale cap  slo  util  auto  obs  evc');
while (s.status === 'playing') {
  const d = bot(s, sc);
  const r = advance(s, d, sc);
  if (!r.ok) throw new Error(r.rejection.reason);
  s = r.state;
  const dora = doraOverall(s);
  if (s.turn % Number(every) === 0 || s.status !== 'playing') {
    console.log(
      [
        f(s.turn).padStart(2),
        f(s.market.users).padStart(6),
        f(s.market.gained).padStart(5),
        f(s.market.lost).padStart(5),
        f(s.market.satisfaction, 2),
        f(s.model.quality, 2),
        f(s.market.featureLevel).padStart(4),
        f(s.stakeholders.board, 2),
        f(s.stakeholders.pressure, 2),
        f(s.stakeholders.credibility, 2),
        f(s.money.cash / 100000).padStart(6),
        f((s.money.costs - s.money.revenue) / 100000, 1).padStart(6),
        f(s.debt).padStart(4),
        f(debtDensity(s), 2),
        f(s.delivery.deploys).padStart(3),
        f(dora.leadTimeDays, 1).padStart(4),
        f(dora.changeFailureRate, 2),
        f(s.incidents.total).padStart(3),
        f(s.team.burnout, 2),
        f(s.team.morale, 2),
        f(s.team.coordinationLoss, 2),
        f(s.load.slo, 2),
        f(s.load.utilisation, 2),
        f(s.practices.testAutomation, 2),
        f(s.practices.observability, 2),
        f(s.practices.evalCoverage, 2),
      ].join(' '),
    );
  }
  for (const e of r.events) if (['money', 'stakeholder', 'migration', 'phase'].includes(e.kind)) console.log('   ', e.title);
}
const card = scorecard(s, sc);
console.log(s.status, s.reason, 'score', card.score, 'cluster', card.cluster, JSON.stringify(card.dora), 'runway', runwayTurns(s), 'hc', metric(s, 'headcount'));
for (const o of card.objectives) console.log('  ', o.label, o.value.toFixed(2), o.met, o.attainment.toFixed(2));
