/**
 * What the world view draws, derived from the game: people and agents, the architecture with its load, the
 * incidents of the last turn, users and money. Pure, so it is tested without a canvas; the scene only draws it.
 */
import type { ArchAxis, IncidentKind, Phase, Role } from '../../engine/index.ts';
import { headcountOf, ROLES } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';

export interface Person {
  role: Role;
  ramping: boolean;
}

export interface WorldIncident {
  kind: IncidentKind;
  severe: boolean;
}

export interface WorldModel {
  turn: number;
  phase: Phase;
  people: Person[];
  /** People beyond the desks the office can show. */
  morePeople: number;
  agents: number;
  morale: number;
  burnout: number;
  hosting: string;
  processing: string;
  structure: string;
  placement: string;
  serving: string;
  migration: { axis: ArchAxis; target: string; progress: number } | null;
  servers: number;
  utilisation: number;
  slo: number;
  debt: number;
  incidents: WorldIncident[];
  users: number;
  gained: number;
  lost: number;
  cash: number;
  profit: number;
  failedDeploys: number;
}

export const MAX_DESKS = 24;

export function worldModel(game: Game): WorldModel {
  const s = game.state;
  const people: Person[] = [];
  for (const role of ROLES) {
    const total = headcountOf(s.team, role);
    for (let i = 0; i < total; i++) people.push({ role, ramping: i >= s.team.ramped[role] });
  }
  const last = game.history[game.history.length - 1];
  const incidents = (last?.events ?? [])
    .filter((e) => e.kind === 'incident')
    .map((e) => ({ kind: e.id as IncidentKind, severe: e.tone === 'bad' }));
  const m = s.arch.migration;
  return {
    turn: s.turn,
    phase: s.phase,
    people: people.slice(0, MAX_DESKS),
    morePeople: Math.max(0, people.length - MAX_DESKS),
    agents: s.team.agents,
    morale: s.team.morale,
    burnout: s.team.burnout,
    hosting: s.arch.hosting,
    processing: s.arch.processing,
    structure: s.arch.structure,
    placement: s.arch.placement,
    serving: s.arch.serving,
    migration: m ? { axis: m.axis, target: m.target, progress: Math.min(1, m.progress / m.effort) } : null,
    servers: s.arch.dedicatedUnits,
    utilisation: s.load.utilisation,
    slo: s.load.slo,
    debt: s.debt,
    incidents,
    users: s.market.users,
    gained: s.market.gained,
    lost: s.market.lost,
    cash: s.money.cash / 100,
    profit: (s.money.revenue - s.money.costs) / 100,
    failedDeploys: s.delivery.failures,
  };
}

/** The same picture in words, for the canvas's accessible name. */
export function describeWorld(w: WorldModel): string {
  const counts = new Map<Role, number>();
  for (const p of w.people) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  const team = [...counts.entries()]
    .map(([r, n]) => `${n} ${r === 'ml' ? 'ML' : r === 'sre' ? 'SRE' : r}`)
    .join(', ');
  const parts = [
    `Office: ${team || 'nobody'}${w.morePeople ? ` and ${w.morePeople} more` : ''}${w.agents ? `, ${w.agents} agent seats` : ''}.`,
    `System: ${w.hosting}, ${w.processing}, ${w.structure}, ${w.placement}, model ${w.serving}; load ${Math.round(w.utilisation * 100)}% of capacity.`,
    w.migration
      ? `Migrating ${w.migration.axis} to ${w.migration.target}, ${Math.round(w.migration.progress * 100)}% done.`
      : '',
    w.incidents.length
      ? `Incidents last turn: ${w.incidents.map((i) => i.kind).join(', ')}.`
      : 'No incidents last turn.',
    `${w.users} users.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** Which user dots are new this turn (indices), so the view can pop them; none when the scale changed. */
export function newDotRange(before: WorldModel, after: WorldModel): [number, number] {
  const scale = dotScale(after.users);
  if (scale !== dotScale(before.users)) return [0, 0];
  const from = Math.min(168, Math.ceil(before.users / scale));
  const to = Math.min(168, Math.ceil(after.users / scale));
  return [from, Math.max(from, to)];
}

/** Users per dot so that the market panel never holds more than 168 dots: 1, 10, 100, 1,000 … */
export function dotScale(users: number): number {
  let scale = 1;
  while (users / scale > 168) scale *= 10;
  return scale;
}
