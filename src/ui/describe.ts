/** Decisions and engine terms in plain language for the plan, the debrief and the screen reader. Pure. */
import type { BooleanPolicy, Decision, Framing, ReleaseMode, Role, Scenario } from '../engine/index.ts';
import { assertNever } from '../lib/assert.ts';

export const ROLE_NAMES: Record<Role, [string, string]> = {
  engineer: ['engineer', 'engineers'],
  ml: ['ML engineer', 'ML engineers'],
  sre: ['SRE', 'SREs'],
  product: ['product manager', 'product managers'],
};

export function roleName(role: Role, n: number): string {
  return ROLE_NAMES[role][n === 1 ? 0 : 1];
}

/** Release modes govern new model versions only (code ships through the deploy pipeline whatever the mode). */
export const RELEASE_TEXT: Record<ReleaseMode, { label: string; hint: string }> = {
  ship: { label: 'Ship', hint: 'Each new model version goes out as soon as it is ready.' },
  gate: {
    label: 'Gate on evals',
    hint: 'A new version goes out only if its eval score passes the threshold.',
  },
  ab: {
    label: 'A/B test',
    hint: 'Half your users try it for a few weeks; live traffic decides.',
  },
  canary: {
    label: 'Canary',
    hint: '5% of users try it for a week; a clear regression is caught there.',
  },
  rollback: {
    label: 'Roll back',
    hint: 'Back to the previous version; nothing new goes out while this stays on.',
  },
  hold: { label: 'Hold', hint: 'No new version goes out; the waiting one waits.' },
};

export const POLICY_TEXT: Record<BooleanPolicy, { label: string; hint: string }> = {
  crunch: { label: 'Crunch', hint: '+20% output now; burnout builds quickly.' },
  timeOff: { label: 'Time off', hint: '\u221225% output; burnout recovers.' },
  specDriven: {
    label: 'Spec-driven development',
    hint: 'Specs before code: 6% overhead, much less coordination loss in larger teams, better agent output.',
  },
  asyncDocs: {
    label: 'Async docs',
    hint: 'Write things down instead of meetings: 3% overhead, less coordination loss.',
  },
  onCall: { label: 'On-call rotation', hint: 'Problems are noticed in half the time; tiring without SREs.' },
  postmortems: {
    label: 'Postmortems',
    hint: 'Blameless reviews after incidents: some firefighting time, fewer repeats.',
  },
};

export const FRAMING_TEXT: Record<Framing, { label: string; hint: string }> = {
  cost: { label: 'In cost terms', hint: 'What it costs now and what it will cost later.' },
  risk: { label: 'In risk terms', hint: 'What can break, how likely, and what you are doing about it.' },
  velocity: { label: 'In velocity terms', hint: 'How debt slows every future feature.' },
  spin: {
    label: 'Put a positive spin on it',
    hint: 'Confidence now; credibility suffers when the truth comes out.',
  },
  silence: { label: 'Say nothing', hint: 'No update. Surprises cost more later.' },
};

export function describeDecision(d: Decision, scenario: Scenario): string {
  switch (d.type) {
    case 'plan/allocate': {
      const a = d.allocation;
      return `Split capacity: features ${a.features}%, debt ${a.debt}%, evals ${a.evals}%, reliability ${a.reliability}%, data ${a.data}%, migration ${a.migration}%`;
    }
    case 'release/set':
      return `Release: ${RELEASE_TEXT[d.mode].label}`;
    case 'policy/set':
      return `${d.on ? 'Start' : 'Stop'}: ${POLICY_TEXT[d.policy].label}`;
    case 'policy/agent-review':
      return `Agent review: ${d.level === 'all' ? 'review everything' : d.level === 'sample' ? 'review a sample' : 'no review'}`;
    case 'policy/eval-threshold':
      return `Eval gate threshold: ${Math.round(d.threshold * 100)}%`;
    case 'team/hire':
      return `Hire ${d.count} ${roleName(d.role, d.count)}`;
    case 'team/let-go':
      return `Let go of ${d.count} ${roleName(d.role, d.count)}`;
    case 'team/agents':
      return `Agent seats: ${d.seats}`;
    case 'arch/migrate':
      return `Start migration: ${d.axis} \u2192 ${d.target}`;
    case 'arch/cancel-migration':
      return 'Cancel the migration';
    case 'arch/provision':
      return `Provision ${d.units} server units`;
    case 'event/choose': {
      const ev = scenario.events.find((e) => e.id === d.eventId);
      const opt = ev?.options.find((o) => o.id === d.option);
      return `${ev?.title ?? d.eventId}: ${opt?.label ?? d.option}`;
    }
    case 'stakeholder/communicate':
      return `Board update: ${FRAMING_TEXT[d.framing].label.toLowerCase()}`;
    case 'money/raise':
      return 'Try to raise a funding round';
    default:
      return assertNever(d, 'decision');
  }
}
