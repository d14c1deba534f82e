/** The world picture in words, for the canvas's accessible name: what a sighted player reads off it. Pure. */
import { ROLES } from '../../engine/index.ts';
import { roleWord, type WorldModel } from './model.ts';

const HEAT_WORD = { cool: '', warm: ', running warm', hot: ', running hot' } as const;

export function describeWorld(w: WorldModel): string {
  return describeWorldParts(w).join(' ');
}

/** The world in sentences: the office, the system (and its migration), incidents, the users and the money. */
export function describeWorldParts(w: WorldModel): string[] {
  const t = w.team;
  const team = ROLES.filter((r) => t.roleCounts[r] > 0)
    .map((r) => `${t.roleCounts[r]} ${roleWord(r)}`)
    .join(', ');
  const onboarding = t.people.filter((p) => p.stage !== null).length;
  const sys = w.system;
  const parts = [
    `Office: ${team || 'nobody'}${onboarding ? ` (${onboarding} onboarding)` : ''}${
      t.arriving.length ? `, ${t.arriving.length} arriving` : ''
    }${t.agents ? `, ${t.agents} agent seats, ${t.labels.agents.split(' \u00b7 ')[1]}` : ''}.`,
    `System: ${sys.hosting}, ${sys.processing}, ${sys.structure}, ${sys.placement}, model ${sys.serving}; load ${sys.labels.load} of capacity${HEAT_WORD[sys.heat]}.`,
    sys.migration
      ? `Migrating to ${sys.migration.target}, ${Math.round(sys.migration.progress * 100)}% done.`
      : '',
    `${sys.labels.incidents}.`,
    `${w.market.labels.users}, ${w.market.labels.delta}.`,
    `Cash ${w.money.labels.cash}, ${w.money.labels.burn}; ${w.money.labels.runway}.`,
  ];
  return parts.filter(Boolean);
}
