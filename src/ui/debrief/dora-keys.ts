/**
 * The DORA section of the debrief: the cluster the whole game matched, what that cluster means, and the four
 * keys as the engine measured them.
 */
import type { GameState, Scorecard } from '../../engine/index.ts';
import { doraHasData, DORA_MIN_DEPLOYS } from '../../engine/index.ts';
import { h } from '../dom.ts';
import { days, hours, pct } from '../format.ts';

const CLUSTER_WORDS: Record<Scorecard['cluster'], string> = {
  elite: 'deploys on demand, changes live within a day, few failures, recovered within the hour',
  high: 'deploys about weekly or more, changes live within a week, recovered within a day',
  medium: 'deploys about monthly, changes live within a month, recovered within a week',
  low: 'rare, slow or fragile releases',
};

export function doraKeys(card: Scorecard, state: GameState): HTMLElement {
  const d = card.dora;
  const enough = doraHasData(state);
  return h(
    'section',
    { 'aria-labelledby': 'dora-h' },
    h(
      'h2',
      { id: 'dora-h' },
      'Delivery: the DORA four keys ',
      enough
        ? h('span', { className: `badge cluster-${card.cluster}` }, card.cluster)
        : h('span', { className: 'badge' }, 'not enough data'),
    ),
    h(
      'p',
      {},
      enough
        ? `Over the whole game you matched the ${card.cluster} cluster of the DORA 2024 report: ${CLUSTER_WORDS[card.cluster]}. `
        : `The game had ${Math.floor(state.totals.deploys)} deploys, fewer than the ${DORA_MIN_DEPLOYS} a cluster needs to mean anything. `,
      'Throughput and stability go together: small batches, automation and observability drive both. The charts below show each key over the game.',
    ),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Deploy frequency'),
      h('dd', {}, `${d.deploysPerWeek.toFixed(2)} per week`),
      h('dt', {}, 'Lead time for changes'),
      h('dd', {}, days(d.leadTimeDays)),
      h('dt', {}, 'Change failure rate'),
      h('dd', {}, pct(d.changeFailureRate)),
      h('dt', {}, 'Failed-deployment recovery'),
      h('dd', {}, hours(d.recoveryHours)),
    ),
  );
}
