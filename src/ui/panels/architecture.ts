/** Architecture: the four axes and model serving, migrations with their progress, dedicated capacity. */
import type { ArchAxis } from '../../engine/index.ts';
import { ARCH_AXES, ARCH_OPTIONS, metric } from '../../engine/index.ts';
import { peakLoad, UNIT_CAPACITY, unitsFor } from '../../engine/architecture.ts';
import { newTurn } from '../../engine/turn.ts';
import { debtDensity } from '../../engine/work.ts';
import { propose, type Game } from '../../store/index.ts';
import { h } from '../dom.ts';
import { money, pct, requests } from '../format.ts';
import { drafted, section, wholeNumberInput } from './section.ts';
import { liveParams } from '../live-params.ts';
import { hostingComparison, hostingCosts } from '../hosting-costs.ts';

const AXIS_LABEL: Record<ArchAxis, string> = {
  hosting: 'Hosting',
  processing: 'Processing',
  structure: 'Structure',
  placement: 'Placement',
  serving: 'Model serving',
};

function migrationStatus(game: Game): HTMLElement | null {
  const m = game.state.arch.migration;
  if (!m) return null;
  const done = metric(game.state, 'migrationProgress');
  return h(
    'div',
    { className: 'migration' },
    h(
      'p',
      {},
      `Migrating ${AXIS_LABEL[m.axis].toLowerCase()} to ${m.target}: ${pct(done)} of ${Math.round(m.effort)} engineer-weeks.`,
    ),
    h('progress', { max: 100, value: Math.round(done * 100), 'aria-label': 'Migration progress' }),
    h(
      'button',
      { type: 'button', id: 'cancel-migration', onclick: () => propose({ type: 'arch/cancel-migration' }) },
      'Cancel migration',
    ),
  );
}

function axisRow(game: Game, axis: ArchAxis): HTMLElement {
  const s = game.state;
  const current = s.arch[axis];
  const busy = s.arch.migration !== null || game.draft.some((d) => d.type === 'arch/migrate');
  // The engine's own estimate (startMigration): debt density makes a migration bigger.
  const effort = Math.round(liveParams(game).migrations[axis] * (1 + debtDensity(s)));
  const others = (ARCH_OPTIONS[axis] as readonly string[]).filter((o) => o !== current);
  // The rows share the columns of their grid (.axes), so names, current choices and moves line up.
  return h(
    'div',
    { className: 'axis-row' },
    h('span', { className: 'axis-name' }, AXIS_LABEL[axis]),
    h('strong', { className: 'axis-current' }, current),
    h(
      'div',
      { className: 'axis-moves' },
      ...others.map((target) =>
        h(
          'button',
          {
            type: 'button',
            id: `migrate-${axis}-${target}`,
            disabled: busy,
            onclick: () => propose({ type: 'arch/migrate', axis, target }),
            'aria-label': `Migrate ${AXIS_LABEL[axis].toLowerCase()} to ${target}, about ${effort} engineer-weeks`,
          },
          `\u2192 ${target}`,
        ),
      ),
      h(
        'span',
        { className: 'hint' },
        `~${effort} `,
        h('abbr', { title: 'engineer-weeks: one engineer\u2019s work for a week' }, 'eng-weeks'),
      ),
    ),
  );
}

/**
 * What a server unit costs and carries against this week's peak load (in thousands of requests a week), and
 * what the units drafted cost a week.
 */
export function provisionHint(peakThousands: number, unitDollars: number, units: number): string {
  return `${money(unitDollars)}/week each (${money(unitDollars * units)}/week for ${units}); each serves ${requests(UNIT_CAPACITY)} requests/week; peak now ${requests(Math.round(peakThousands))} (suggested ${unitsFor(peakThousands)})`;
}

function provisioning(game: Game): HTMLElement | null {
  const s = game.state;
  if (s.arch.hosting !== 'dedicated' && s.arch.migration?.target !== 'dedicated') return null;
  const units = drafted(game, 'arch/provision')?.units ?? s.arch.dedicatedUnits;
  const peak = peakLoad(s, newTurn(game.loaded.scenario, s.key, s.turn));
  const id = 'dedicated-units';
  const input = wholeNumberInput(id, units, 100_000, (n) => propose({ type: 'arch/provision', units: n }));
  return h(
    'div',
    { className: 'slider-row' },
    h('label', { for: id }, 'Server units'),
    input,
    h(
      'span',
      { className: 'hint' },
      provisionHint(peak, liveParams(game).money.dedicatedUnitCents / 100, units),
    ),
  );
}

/** Serverless against dedicated at this week's load, so the crossover shows while there is time to move. */
function hostingHint(game: Game): HTMLElement {
  const s = game.state;
  const peak = peakLoad(s, newTurn(game.loaded.scenario, s.key, s.turn));
  const costs = hostingCosts(s, liveParams(game), peak);
  return h('p', { className: 'hint', id: 'hosting-costs' }, hostingComparison(costs, s.arch.hosting));
}

export function architecturePanel(game: Game): HTMLElement {
  const l = game.state.load;
  return section(
    'architecture',
    'Architecture',
    h(
      'p',
      { className: 'hint' },
      `Load ${pct(Math.min(l.utilisation, 9.99))} of capacity \u00b7 latency ${Math.round(l.latencyMs)} ms \u00b7 SLO ${pct(l.slo, 1)}`,
    ),
    migrationStatus(game),
    h('div', { className: 'axes' }, ...ARCH_AXES.map((a) => axisRow(game, a))),
    hostingHint(game),
    provisioning(game),
  );
}
