/**
 * Degenerate probes: one lever pushed to its extreme and held all game (max agents, the board every turn, spin
 * every turn, raising at every chance, never releasing, crunch forever, all features, never hiring). Each is
 * played alone (on the scenario's starting plan, every other lever left alone) and on top of the best strategy
 * found. A probe whose levers the scenario does not offer is "not offered". Pure.
 */
import type { LeverValue } from './lever.ts';
import type { Genome, PolicySpace } from './space.ts';

/** A lever value a probe forces; an `optional` one is skipped where the scenario does not offer the lever. */
type Setting = [id: string, value: LeverValue, optional?: 'optional'];

export interface Probe {
  id: string;
  label: string;
  /** Lever values it forces, given the space. */
  settings: (space: PolicySpace) => Setting[];
}

const perWindow = (space: PolicySpace, f: (w: number) => Setting[]): Setting[] =>
  space.ctx.windows.flatMap((_, w) => f(w));

const leverIds = (space: PolicySpace, prefix: string): string[] =>
  space.levers.filter((l) => l.id.startsWith(prefix)).map((l) => l.id);

export const PROBES: readonly Probe[] = [
  {
    id: 'max-agents',
    label: 'Most agent seats, from the start',
    settings: (space) => {
      const l = space.levers[space.index.get('agents') ?? -1];
      return l
        ? [
            ['agents', l.values.at(-1)!],
            ['agents.from', 0],
          ]
        : [];
    },
  },
  {
    id: 'board-every-turn',
    label: 'Talk to the board every turn (the fitting framing)',
    settings: () => [
      ['board.cadence', 1],
      ['board.framing', 'fitting'],
    ],
  },
  {
    id: 'spin-every-turn',
    label: 'Spin to the board every turn',
    settings: () => [
      ['board.cadence', 1],
      ['board.framing', 'spin'],
    ],
  },
  { id: 'raise-always', label: 'Raise money at every chance', settings: () => [['raise', 'always']] },
  {
    id: 'never-release',
    label: 'Never release a model',
    settings: (space) => perWindow(space, (w) => [[`release.${w}`, 'hold']]),
  },
  { id: 'crunch-forever', label: 'Crunch all game', settings: () => [['policy.crunch', 'on']] },
  {
    id: 'all-features',
    label: 'All capacity on features',
    settings: (space) =>
      perWindow(space, (w) =>
        leverIds(space, `split.${w}.`).map((id): [string, LeverValue] => [
          id,
          id.endsWith('.features') ? 4 : 0,
        ]),
      ),
  },
  {
    id: 'never-hire',
    label: 'Never hire',
    settings: (space) => [
      ...leverIds(space, 'team.')
        .filter((id) => /^team\.[a-z]+$/.test(id) && id !== 'team.letGo')
        .map((id): Setting => [id, 0]),
      ['team.letGo', 'no', 'optional'],
    ],
  },
];

/**
 * `genome` with the probe's levers forced, or null when the scenario does not offer one it needs (a probe is
 * played whole or not at all: max agents without agent seats would be another probe).
 */
export function withProbe(space: PolicySpace, genome: Genome, probe: Probe): number[] | null {
  const out = [...genome];
  const settings = probe.settings(space);
  if (!settings.some(([, , optional]) => !optional)) return null;
  for (const [id, value, optional] of settings) {
    const i = space.index.get(id);
    const v = i === undefined ? -1 : space.levers[i]!.values.indexOf(value);
    if (v >= 0) out[i!] = v;
    else if (!optional) return null;
  }
  return out;
}
