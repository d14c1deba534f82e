/**
 * The team as the world shows it: a person per desk (ramped, or onboarding at a stage, with a mentor), the
 * accepted offers on their way, the agent seats and how their work is reviewed, morale, burnout and the lines of
 * text of the team panel. Pure.
 */
import type { ReviewLevel, Role } from '../../engine/index.ts';
import { headcountOf, ROLES } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { pct } from '../format.ts';
import { AGENTS, estimateWidth, MAX_DESKS, MIN_FONT, TEXT } from './layout.ts';
import { liveParams } from '../live-params.ts';

export interface Person {
  role: Role;
  /** Onboarding stage 0..3 (0: joined this turn), or null when fully ramped. */
  stage: number | null;
  /** Desk index of the colleague mentoring this new hire. */
  mentor: number | null;
  /** Busy with last turn's incidents (the engine's firefighting carried into this turn). */
  firefighting: boolean;
}

export interface TeamView {
  people: Person[];
  roleCounts: Record<Role, number>;
  headcount: number;
  /** Accepted offers, drawn as reserved desks (as many as there are free desks). */
  arriving: Role[];
  agents: number;
  agentsShown: number;
  review: ReviewLevel;
  morale: number;
  burnout: number;
  /** One keystroke, in ms: faster in a crunch, slower on time off. */
  typingMs: number;
  labels: { count: string; agents: string; morale: string; burnout: string; status: string; note: string };
}

export function teamView(game: Game): TeamView {
  const t = game.state.team;
  const pol = game.state.plan.policies;
  const all: Person[] = [];
  const roleCounts = { engineer: 0, ml: 0, sre: 0, product: 0 } as Record<Role, number>;
  const arrivingAll: Role[] = [];
  const ramp = Math.max(1, liveParams(game).team.rampWeeks);
  ROLES.forEach((role, r) => {
    roleCounts[role] = headcountOf(t, role);
    for (let i = 0; i < t.ramped[role]; i++)
      all.push({ role, stage: null, mentor: null, firefighting: false });
    // Cohorts are oldest first; each shows as one of four onboarding stages by how far it has ramped.
    for (let c = 0; c < t.onboarding.length; c += 3) {
      if (t.onboarding[c] !== r) continue;
      const stage = Math.min(3, Math.floor((4 * t.onboarding[c + 2]!) / ramp));
      for (let i = 0; i < t.onboarding[c + 1]!; i++)
        all.push({ role, stage, mentor: null, firefighting: false });
    }
    for (let c = 0; c < t.pipeline.length; c += 3)
      if (t.pipeline[c] === r) for (let i = 0; i < t.pipeline[c + 1]!; i++) arrivingAll.push(role);
  });
  const people = all.slice(0, MAX_DESKS);
  assignDuties(people, game.state.incidents.firefighting);
  const headcount = all.length;
  const onboarding = all.filter((p) => p.stage !== null).length;
  const ff = game.state.incidents.firefighting;
  const status = joinFitting(
    [
      pol.crunch ? 'Crunch' : '',
      pol.timeOff ? 'Time off' : '',
      ff > 0.05 ? `Firefighting ${ff.toFixed(1)} eng-weeks` : '',
      onboarding ? `${onboarding} onboarding` : '',
    ],
    TEXT.teamStatus.w,
  );
  const shownNote = headcount > MAX_DESKS ? ` (${MAX_DESKS} shown)` : '';
  const arrivingNote = arrivingAll.length ? ` \u00b7 ${arrivingAll.length} arriving` : '';
  const review = pol.agentReview;
  const reviewWord = reviewWords(review, t.agentOutput, t.agentReviewed);
  return {
    people,
    roleCounts,
    headcount,
    arriving: arrivingAll.slice(0, Math.max(0, MAX_DESKS - people.length)),
    agents: t.agents,
    agentsShown: Math.min(t.agents, AGENTS.max),
    review,
    morale: t.morale,
    burnout: t.burnout,
    typingMs: pol.crunch ? 170 : pol.timeOff ? 360 : 240,
    labels: {
      count: `${headcount} ${headcount === 1 ? 'person' : 'people'}${shownNote}${arrivingNote}`,
      agents: t.agents
        ? `${t.agents} agent seat${t.agents === 1 ? '' : 's'} \u00b7 ${reviewWord}${t.agents > AGENTS.max ? ` (${AGENTS.max} shown)` : ''}`
        : '',
      morale: `Morale ${pct(t.morale)}`,
      burnout: `Burnout ${pct(t.burnout)}`,
      status: status || (headcount ? 'Everyone at full speed' : 'Nobody is left'),
      note: t.coordinationLoss >= 0.01 ? `Coordination takes ${pct(t.coordinationLoss)} of the time` : '',
    },
  };
}

/**
 * How the agents' work was reviewed last week: review is a capacity, so "all" can mean only part of it when the
 * engineers cannot keep up. Before any week was played, what the policy asks for.
 */
function reviewWords(review: ReviewLevel, output: number, reviewed: number): string {
  if (review === 'none') return 'unreviewed';
  if (output <= 0) return review === 'all' ? 'all reviewed' : 'spot-checked';
  const share = reviewed / output;
  if (share >= 0.995) return 'all reviewed';
  if (review === 'sample' && share >= 0.34) return 'spot-checked';
  return `${pct(share)} reviewed`;
}

/** The parts that fit one line of `width`, in order of importance, joined with middle dots. */
export function joinFitting(parts: readonly string[], width: number, size = MIN_FONT): string {
  let line = '';
  for (const part of parts) {
    if (!part) continue;
    const next = line ? `${line} \u00b7 ${part}` : part;
    if (estimateWidth(next, size) <= width) line = next;
  }
  return line;
}

/** New hires get a ramped mentor (Brooks's law made visible); firefighters are ramped SREs, then engineers. */
function assignDuties(people: Person[], firefighting: number): void {
  const ramped = people.map((p, i) => (p.stage === null ? i : -1)).filter((i) => i >= 0);
  let k = 0;
  for (const p of people) {
    if (p.stage !== null && ramped.length) p.mentor = ramped[k++ % ramped.length]!;
  }
  let fighters = firefighting > 0.05 ? Math.ceil(firefighting) : 0;
  for (const role of ['sre', 'engineer'] as const) {
    for (const p of people) {
      if (fighters > 0 && p.role === role && p.stage === null) {
        p.firefighting = true;
        fighters--;
      }
    }
  }
}
