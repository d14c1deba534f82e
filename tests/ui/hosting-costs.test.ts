/**
 * The architecture panel compares serverless with dedicated servers at this week's load: the figures are the
 * ones the engine bills, and the verdict turns where the costs cross (a careful player who moved at a hundred
 * users lost to doing nothing in a playtest, with nothing on the play screen to say it was early).
 */
import { describe, expect, it } from 'vitest';
import { peakLoad, unitsFor } from '../../src/engine/architecture.ts';
import { createInitialState, type GameState } from '../../src/engine/index.ts';
import { opsWeeks, runningCosts } from '../../src/engine/money.ts';
import { newTurn } from '../../src/engine/turn.ts';
import { hostingComparison, hostingCosts } from '../../src/ui/hosting-costs.ts';
import { builtIn } from '../replay/helpers.ts';

const { scenario } = builtIn('solo-founder');

function at(users: number, hosting: 'serverless' | 'dedicated' = 'serverless'): GameState {
  const s = createInitialState(scenario, 'hosting');
  s.market.users = users;
  s.arch.hosting = hosting;
  return s;
}

function compare(s: GameState) {
  const turn = newTurn(scenario, s.key, s.turn);
  return { turn, costs: hostingCosts(s, scenario.params, peakLoad(s, turn)) };
}

describe('serverless against dedicated at this week’s load', () => {
  it('shows what the engine would bill for each, servers and the time to run them', () => {
    const { turn, costs } = compare(at(20_000));
    expect(costs.serverless).toBeCloseTo(runningCosts(at(20_000), turn).infra / 100, 6);
    const moved = at(20_000, 'dedicated');
    moved.arch.dedicatedUnits = unitsFor(peakLoad(moved, turn));
    expect(costs.units).toBe(moved.arch.dedicatedUnits);
    expect(costs.dedicated).toBeCloseTo(runningCosts(moved, turn).infra / 100, 6);
    expect(costs.opsWeeks).toBeCloseTo(opsWeeks(moved, turn), 9);
  });

  it('says serverless is cheaper at a hundred users, and dedicated once the bill has crossed', () => {
    const small = compare(at(100)).costs;
    expect(hostingComparison(small, 'serverless')).toMatch(/Serverless is the cheaper of the two now\.$/);
    const large = compare(at(200_000)).costs;
    expect(large.dedicated + large.opsDollars).toBeLessThan(large.serverless);
    expect(hostingComparison(large, 'serverless')).toMatch(/Dedicated would be cheaper now\.$/);
    expect(hostingComparison(large, 'dedicated')).toMatch(
      /^Hosting at this week's load: dedicated servers \$[\d,.]+k? a week \(\d+ units\) plus [\d.]+ engineer-weeks .*Dedicated is the cheaper of the two now\.$/,
    );
  });
});
