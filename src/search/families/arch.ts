/**
 * Lever families of the architecture: a migration per axis (to which option, from when; one runs at a time, the
 * earliest due first) and the dedicated capacity kept above peak load. Axes and options come from the engine's
 * ARCH_OPTIONS, so model serving is one axis among them. Reads what a player sees: users, growth, the
 * architecture and the migration under way. Pure.
 */
import { UNIT_CAPACITY } from '../../engine/architecture.ts';
import type { ArchAxis, GameState, Scenario } from '../../engine/index.ts';
import { ARCH_AXES, ARCH_OPTIONS } from '../../engine/index.ts';
import type { Family, Getter, Lever, SpaceContext, TurnView } from '../lever.ts';
import { choiceLever, labelOf, offers, sentence, timingLever } from '../lever.ts';

const AXIS_LABEL: Record<string, string> = {
  hosting: 'hosting',
  processing: 'processing',
  structure: 'structure',
  placement: 'placement',
  serving: 'model serving',
};
const STAY = 'stay';

function targetsOf(ctx: SpaceContext, axis: ArchAxis): string[] {
  const now = ctx.scenario.initial.arch[axis] as string;
  return (ARCH_OPTIONS[axis] as readonly string[]).filter((o) => o !== now);
}

const movingAxes = (ctx: SpaceContext): ArchAxis[] => ARCH_AXES.filter((a) => targetsOf(ctx, a).length > 0);

interface Move {
  axis: ArchAxis;
  target: string;
  from: number;
}

function movesOf(get: Getter, ctx: SpaceContext): Move[] {
  return movingAxes(ctx)
    .flatMap((axis) => {
      const target = get(`arch.${axis}`);
      if (target === undefined || target === STAY) return [];
      return [{ axis, target: String(target), from: (get(`arch.${axis}.from`) as number | undefined) ?? 0 }];
    })
    .sort((a, b) => a.from - b.from || ARCH_AXES.indexOf(a.axis) - ARCH_AXES.indexOf(b.axis));
}

/** Starts the earliest due migration when none runs; notes that one runs (the capacity split makes room). */
function migrate(t: TurnView, moves: readonly Move[]): void {
  if (t.s.arch.migration) return;
  for (const mv of moves) {
    if (mv.from > t.w || t.s.arch[mv.axis] === mv.target) continue;
    const before = t.m.list.length;
    t.m.add({ type: 'arch/migrate', axis: mv.axis, target: mv.target });
    if (t.m.list.length > before) t.migrating = true;
    return;
  }
}

export const migrations: Family = {
  id: 'arch',
  uses: ['arch/migrate'],
  levers: (ctx) =>
    movingAxes(ctx).flatMap((axis): Lever[] => {
      const label = labelOf(AXIS_LABEL, axis);
      return [
        choiceLever(`arch.${axis}`, 'arch', `Migrate ${label} to`, [STAY, ...targetsOf(ctx, axis)], (v) =>
          v === STAY ? `stay ${ctx.scenario.initial.arch[axis]}` : String(v),
        ),
        {
          ...timingLever(ctx, `arch.${axis}.from`, 'arch', `When to migrate ${label}`),
          inPlay: (get) => get(`arch.${axis}`) !== undefined && get(`arch.${axis}`) !== STAY,
        },
      ];
    }),
  compile: (get, ctx) => {
    const moves = movesOf(get, ctx);
    return moves.length === 0 ? null : (t) => migrate(t, moves);
  },
  describe: (get, ctx) => {
    const moves = movesOf(get, ctx);
    if (moves.length === 0) return [];
    const parts = moves.map(
      (mv) =>
        `${labelOf(AXIS_LABEL, mv.axis)} to ${mv.target}${mv.from > 0 ? ` from ${ctx.startLabel(mv.from)}` : ''}`,
    );
    return [sentence(`Migrate ${parts.join(', then ')}`)];
  },
};

const HEADROOMS = [0, 1.1, 1.4, 2];
const headroomLabel = (h: number): string =>
  h === 0
    ? 'left as they are'
    : h === 2
      ? 'twice peak load'
      : `${Math.round((h - 1) * 100)}% above peak load`;

/** Peak load a few weeks ahead, from users and their recent growth (what the dashboard shows). */
function peakAhead(s: GameState, sc: Scenario): number {
  const lp = sc.params.load;
  const factor = s.arch.processing === 'sync' ? lp.syncPeakFactor : lp.asyncPeakFactor;
  const growth = 1 + (Math.max(0, s.market.gained - s.market.lost) / Math.max(1, s.market.users)) * 4;
  return s.market.users * lp.requestsPerUser * factor * growth;
}

function provision(t: TurnView, headroom: number): void {
  if (t.s.arch.hosting !== 'dedicated') return;
  const peak = peakAhead(t.s, t.sc);
  const want = Math.max(2, Math.ceil((peak * headroom) / UNIT_CAPACITY));
  const have = t.s.arch.dedicatedUnits;
  if (have * UNIT_CAPACITY < peak * headroom * 0.95 || have > want * 1.5)
    t.m.add({ type: 'arch/provision', units: want });
}

export const servers: Family = {
  id: 'servers',
  uses: ['arch/provision'],
  levers: (ctx) => [
    {
      ...choiceLever(
        'servers',
        'servers',
        'Dedicated capacity kept at',
        HEADROOMS,
        (v) => headroomLabel(Number(v)),
        {
          inPlay: (get) =>
            ctx.scenario.initial.arch.hosting === 'dedicated' || get('arch.hosting') === 'dedicated',
        },
      ),
      ordered: true,
    },
  ],
  compile: (get) => {
    const h = get('servers') as number | undefined;
    return h === undefined || h === 0 ? null : (t) => provision(t, h);
  },
  describe: (get, ctx) => {
    const h = get('servers') as number | undefined;
    const dedicated =
      ctx.scenario.initial.arch.hosting === 'dedicated' || get('arch.hosting') === 'dedicated';
    return h === undefined || !dedicated || !offers(ctx.scenario, 'arch/provision')
      ? []
      : [sentence(`Dedicated servers ${headroomLabel(h)}`)];
  },
};
