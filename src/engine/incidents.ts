/**
 * Incidents: six kinds, each with a weekly hazard built from named, additive causes (so the debrief can say
 * why), mitigated by practices; detection and recovery times; their cost in users, trust, money and people.
 * Pure over the working copy; consumes the `incidents` (slot = kind) and `incidentSeverity` streams.
 * Chapter idea: identify failure modes before they materialise; observability diagnoses before users notice.
 */
import { clamp01, saturate } from '../lib/num.ts';
import { ofPhase } from './by-name.ts';
import { detectHours, formatHours, restoreHours } from './delivery.ts';
import { roll, rollIn, Stream, streamDice } from './rng.ts';
import { headcountOf } from './state.ts';
import type { Turn } from './turn.ts';
import type { Cause, GameState, IncidentKind, Phase } from './types.ts';
import { HAZARD_KIND_NAMES, INCIDENT_KINDS } from './types.ts';
import { debtDensity } from './work.ts';

const DEBT_LABEL: Record<Phase, string> = {
  iteration: 'technical debt (iteration phase)',
  scaling: 'technical debt (scaling phase)',
  maintenance: 'technical debt (maintenance phase)',
};

interface Term {
  factor: string;
  label: string;
  value: number;
}

const KIND_TITLE: Record<IncidentKind, string> = {
  outage: 'Outage',
  latency: 'Latency spike',
  'model-regression': 'Model regression',
  'data-pipeline': 'Data pipeline break',
  security: 'Security incident',
  'cost-spike': 'Cost spike',
  overload: 'Overload',
  'failed-deploy': 'Failed deploy',
};

/** A kind's background rate, by index in HAZARD_KIND_NAMES (a read per kind, not a lookup by name). */
function baseRate(turn: Turn, k: number): number {
  const b = turn.p.hazards.base;
  switch (k) {
    case 0:
      return b.outage;
    case 1:
      return b.latency;
    case 2:
      return b['model-regression'];
    case 3:
      return b['data-pipeline'];
    case 4:
      return b.security;
    default:
      return b['cost-spike'];
  }
}

/**
 * The raw weekly hazard of a kind (by index in HAZARD_KIND_NAMES, the cases below in its order): a sum of named
 * terms. `debt` is the debt term before each kind's share of it (the same for every kind: worked out once a
 * turn). Terms are only listed (into `out`) when asked, because the causes are needed only for incidents that
 * actually happen.
 */
function hazard(s: GameState, turn: Turn, k: number, debt: number, out: Term[] | null): number {
  const u = s.load.utilisation;
  const migrating = s.arch.migration !== null;
  // The label is only needed when the terms are listed (an incident happened): skip the lookup otherwise.
  const phase = out ? DEBT_LABEL[s.phase] : '';
  let sum = term(out, 'base-rate', 'background rate', baseRate(turn, k));
  switch (k) {
    case 0: // outage
      sum += term(out, 'debt', phase, debt);
      sum += term(out, 'utilisation', 'capacity running hot', 0.5 * Math.max(0, u - 0.75));
      sum += term(out, 'migration', 'migration in progress', migrating ? 0.03 : 0);
      sum += term(out, 'services', 'many moving services', s.arch.structure === 'microservices' ? 0.01 : 0);
      return sum;
    case 1: // latency
      sum += term(out, 'utilisation', 'capacity running hot', 0.8 * Math.max(0, u - 0.6));
      sum += term(out, 'debt', phase, debt * 0.6);
      sum += term(out, 'migration', 'migration in progress', migrating ? 0.02 : 0);
      sum += term(
        out,
        'sync',
        'synchronous processing at peak',
        s.arch.processing === 'sync' ? 0.1 * Math.max(0, u - 0.5) : 0,
      );
      return sum;
    case 2: // model-regression
      sum += term(out, 'release', 'a worse model was released', 12 * turn.qualityDrop);
      sum += term(out, 'evals', 'thin eval coverage', 0.02 * (1 - s.practices.evalCoverage));
      return sum;
    case 3: // data-pipeline
      sum += term(out, 'debt', phase, debt * 0.5);
      sum += term(out, 'async', 'queues and batch jobs to babysit', s.arch.processing === 'async' ? 0.01 : 0);
      sum += term(out, 'volume', 'data volume', 0.02 * saturate(s.market.users / 50_000));
      return sum;
    case 4: {
      // security
      const surface =
        (s.arch.structure === 'microservices' ? 0.006 : 0) + (s.arch.placement === 'edge' ? 0.006 : 0);
      sum += term(out, 'debt', phase, debt * 0.4);
      sum += term(out, 'agents', 'agent code nobody reviewed', 0.03 * saturate(turn.unreviewed));
      sum += term(out, 'surface', 'attack surface (services, edge)', surface);
      return sum;
    }
    default: {
      // cost-spike
      const metered =
        (s.arch.hosting === 'serverless' ? 0.01 : 0) + (s.arch.serving === 'hosted-api' ? 0.01 : 0);
      sum += term(out, 'metered', 'metered serverless and API usage', metered);
      sum += term(
        out,
        'growth',
        'fast usage growth',
        0.05 * saturate((s.market.gained / Math.max(1, s.market.users)) * 5),
      );
      return sum;
    }
  }
}

function term(out: Term[] | null, factor: string, label: string, value: number): number {
  if (value <= 0) return 0;
  if (out) out.push({ factor, label, value });
  return value;
}

/** Share of hazard that practices remove (automation and learning for failures, evals for models…). */
function mitigation(s: GameState, k: number): number {
  const pr = s.practices;
  const learn = 1 - 0.4 * s.incidents.learning;
  switch (k) {
    case 0: // outage
    case 1: // latency
      return (1 - 0.5 * pr.testAutomation) * (1 - 0.2 * pr.observability) * learn;
    case 2: // model-regression
      return (1 - 0.3 * pr.evalCoverage) * learn;
    case 3: // data-pipeline
      return (1 - 0.6 * pr.dataPipeline) * learn;
    case 4: // security
      return (1 - 0.3 * pr.testAutomation) * learn;
    default: // cost-spike
      return (1 - 0.5 * pr.observability) * learn;
  }
}

export function incidents(s: GameState, turn: Turn): void {
  const pr = s.practices;
  const onCall = s.plan.policies.onCall;
  const sres = headcountOf(s.team, 'sre');
  const density = debtDensity(s);
  const h = turn.p.hazards;
  const debt = h.perDebt * density * ofPhase(h.debtPhaseFactor, s.phase);
  const dice = streamDice(turn.dice, Stream.incidents);
  for (let k = 0; k < HAZARD_KIND_NAMES.length; k++) {
    const raw = hazard(s, turn, k, debt, null);
    const chance = clamp01(raw * mitigation(s, k) * turn.mods.incidentRate * turn.weeks);
    if (rollIn(dice, k) >= chance) continue;

    const kind = HAZARD_KIND_NAMES[k]!;
    const u = roll(turn.dice, Stream.incidentSeverity, k);
    const severity = 0.2 + 0.8 * u * u;
    const detect = detectHours(pr.observability, onCall) * (kind === 'cost-spike' ? 6 : 1);
    const sreHelp = 1 / (1 + 0.25 * sres);
    const restore = incidentRestore(pr.testAutomation, density) * (0.5 + severity) * sreHelp;
    const hours = detect + restore;
    record(s, turn, kind, severity, detect, restore);
    if (!turn.events) continue;
    const terms: Term[] = [];
    hazard(s, turn, k, debt, terms);
    turn.events.push({
      turn: turn.t,
      kind: 'incident',
      id: kind,
      title: `${KIND_TITLE[kind]}: ${describeSeverity(severity)}, ${formatHours(hours)} to resolve`,
      detail: `Detected after ${formatHours(detect)}, restored after ${formatHours(restore)} more.`,
      tone: severity > 0.5 ? 'bad' : 'warning',
      causes: causesOf(terms, raw),
      incident: { severity, detectHours: detect, restoreHours: restore },
    });
  }
}

/** Hours to restore after an incident (not a bad deploy): runbooks and automation help, debt hides the cause. */
function incidentRestore(testAutomation: number, density: number): number {
  return 0.5 + restoreHours(testAutomation, density) * 0.4;
}

export function record(
  s: GameState,
  turn: Turn,
  kind: IncidentKind,
  severity: number,
  detect: number,
  restore: number,
): void {
  const inc = s.incidents;
  const k = INCIDENT_KINDS.indexOf(kind);
  inc.total += 1;
  inc.byKind[k] = inc.byKind[k]! + 1;
  turn.pages += severity;
  inc.detectHoursSum += detect;
  inc.restoreHoursSum += restore;
  const hours = detect + restore;
  // Users only feel what happens before it is fixed; good observability catches things before they notice.
  const felt = kind === 'cost-spike' ? 0.1 : 1;
  turn.incidentImpact += severity * felt * saturate(hours / 12);
  if (kind === 'outage') {
    inc.downtimeHours += hours * severity;
    turn.downtimeHours += hours * severity;
  }
  if (kind === 'cost-spike') turn.costSpike += severity * 0.5;
  if (kind === 'security') s.market.trust = clamp01(s.market.trust - 0.1 * severity);
  if (kind === 'data-pipeline')
    s.practices.dataPipeline = clamp01(s.practices.dataPipeline - 0.03 * severity);
  if (kind === 'model-regression') s.market.satisfaction = clamp01(s.market.satisfaction - 0.05 * severity);
  // Firefighting eats next turn's capacity; postmortems cost a little more now and teach the team.
  const postmortem = s.plan.policies.postmortems;
  inc.firefighting += (restore / 40) * (postmortem ? 1.3 : 1);
  if (postmortem) inc.learning = clamp01(inc.learning + 0.12 * (1 - inc.learning));
  s.stakeholders.unexplained += severity;
}

function causesOf(terms: Term[], raw: number): Cause[] {
  return terms.map((t) => ({ factor: t.factor, label: t.label, weight: raw > 0 ? t.value / raw : 0 }));
}

export function describeSeverity(severity: number): 'severe' | 'moderate' | 'minor' {
  return severity > 0.7 ? 'severe' : severity > 0.4 ? 'moderate' : 'minor';
}

export { formatHours };
