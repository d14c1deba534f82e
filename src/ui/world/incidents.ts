/**
 * The incidents of the turn just played, as the world shows them: where each one hits, how long the engine says
 * it took to detect and to restore, and when, on the turn's clock, it breaks out, is detected and is fixed. The
 * hours and severity are the engine's (the facts on its incident events); only the start is the view's choice, spread so incidents do not pile up, since the engine does not place them in the week.
 * Pure.
 */
import type { GameEvent, IncidentKind } from '../../engine/index.ts';
import { describeSeverity } from '../../engine/incidents.ts';
import type { Spot } from './layout.ts';

export type Severity = 'minor' | 'moderate' | 'severe';

export interface WorldIncident {
  kind: IncidentKind;
  /** What the incident is called in the canvas ("Outage"). */
  name: string;
  spot: Spot;
  severity: Severity;
  /** The engine's hours, or null when its event did not say (an older save's wording). */
  detectHours: number | null;
  restoreHours: number | null;
  /** On the turn's clock, 0 (start of the turn) to 1 (its end); `fixed` > 1 when it outlasted the turn. */
  start: number;
  detected: number;
  fixed: number;
  /** Not fixed by the end of the turn: the engine's hours are longer than the turn. */
  ongoing: boolean;
  /**
   * The same moments for the animation, stretched so that each phase stays visible (a 2-hour blip would last a
   * frame) while a longer incident still stays longer: monotone in the engine's hours.
   */
  shown: { start: number; detected: number; fixed: number };
}

const NAME: Record<IncidentKind, string> = {
  outage: 'Outage',
  latency: 'Latency spike',
  'model-regression': 'Model regression',
  'data-pipeline': 'Data pipeline break',
  security: 'Security incident',
  'cost-spike': 'Cost spike',
  overload: 'Overload',
  'failed-deploy': 'Failed deploy',
};

export const SPOT_OF: Record<IncidentKind, Spot> = {
  outage: 'app',
  latency: 'load',
  'model-regression': 'model',
  'data-pipeline': 'data',
  security: 'edge',
  'cost-spike': 'money',
  overload: 'load',
  'failed-deploy': 'app',
};

/** Shortest share of the animation the detection and the restore each take. */
const MIN_DETECT = 0.08;
const MIN_RESTORE = 0.14;

/** The detection and restore hours of an incident event, as the engine computed them. */
export function incidentHours(e: GameEvent): { detect: number | null; restore: number | null } {
  return e.incident
    ? { detect: e.incident.detectHours, restore: e.incident.restoreHours }
    : { detect: null, restore: null };
}

/** How bad, in the engine's own words for its severity. */
function severityOf(e: GameEvent): Severity {
  return e.incident ? describeSeverity(e.incident.severity) : e.tone === 'bad' ? 'severe' : 'minor';
}

/** The incidents among `events`, placed on a turn of `turnHours` hours. */
export function incidentsOf(events: readonly GameEvent[], turnHours: number): WorldIncident[] {
  const found = events.filter((e) => e.kind === 'incident');
  const n = found.length;
  return found.map((e, i) => {
    const kind = e.id as IncidentKind;
    const { detect, restore } = incidentHours(e);
    const d = (detect ?? 0) / turnHours;
    const r = (restore ?? 0) / turnHours;
    const ongoing = d + r > 1;
    // Spread the starts over the turn; a long incident starts early enough to end inside it when it can.
    const slot = 0.06 + (0.6 * i) / Math.max(1, n);
    const start = ongoing ? 0 : Math.max(0.02, Math.min(slot, 0.96 - d - r));
    const shownDetect = Math.max(MIN_DETECT, d);
    const shownRestore = Math.max(MIN_RESTORE, r);
    const shownStart = ongoing ? 0 : Math.max(0.02, Math.min(start, 0.96 - shownDetect - shownRestore));
    const incident: WorldIncident = {
      kind,
      name: NAME[kind] ?? e.title,
      spot: SPOT_OF[kind] ?? 'app',
      severity: severityOf(e),
      detectHours: detect,
      restoreHours: restore,
      start,
      detected: start + d,
      fixed: start + d + r,
      ongoing,
      shown: {
        start: shownStart,
        detected: shownStart + shownDetect,
        fixed: shownStart + shownDetect + shownRestore,
      },
    };
    if (ongoing && d < 1) {
      // The ring reaches, at the end of the turn, the share of the restore the engine's hours allow.
      const detected = Math.min(0.9, shownDetect);
      incident.shown = {
        start: 0,
        detected,
        fixed: detected + (1 - detected) / Math.max(0.01, restoredShare(incident)),
      };
    }
    return incident;
  });
}

/** How far the fix of an ongoing incident got by the end of the turn (0..1), from the engine's hours. */
export function restoredShare(i: WorldIncident): number {
  if (!i.ongoing) return 1;
  const restore = i.fixed - i.detected;
  return restore > 0 ? Math.max(0, Math.min(1, (1 - i.detected) / restore)) : 0;
}

function hoursText(h: number): string {
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${Math.round(h)} h`;
  return `${Math.round(h / 24)} days`;
}

/** The line under the system diagram about the turn's incidents. */
export function incidentsLine(list: readonly WorldIncident[], unit: string): string {
  if (list.length === 0) return `No incidents this ${unit}`;
  const open = list.filter((i) => i.ongoing);
  if (list.length === 1) {
    const i = list[0]!;
    const total = (i.detectHours ?? 0) + (i.restoreHours ?? 0);
    if (i.ongoing) return `${i.name} still being fixed`;
    return i.detectHours === null ? `${i.name}, fixed` : `${i.name} fixed in ${hoursText(total)}`;
  }
  if (open.length > 0) return `${list.length} incidents, ${open.length} still open`;
  const longest = Math.max(...list.map((i) => (i.detectHours ?? 0) + (i.restoreHours ?? 0)));
  return `${list.length} incidents, all fixed (longest ${hoursText(longest)})`;
}
