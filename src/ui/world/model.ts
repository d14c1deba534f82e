/**
 * What the world view draws, derived from the game: the team at its desks and the agent seats, the system with
 * its load, the incidents of the turn just played, the users and the money, with every line of text the canvas
 * shows and the rates of its motion. Pure, so it is tested without a canvas; the scene only draws it. Nothing is
 * re-derived: every number is the engine's (state, events) or the store's (history).
 */
import type { ArchAxis, Phase, Role } from '../../engine/index.ts';
import type { Game } from '../../store/index.ts';
import { groupThousands, pct, turnWords } from '../format.ts';
import { incidentsLine, incidentsOf, type WorldIncident } from './incidents.ts';
import { sloMissed, sloTarget } from '../thresholds.ts';
import { SYSTEM } from './layout.ts';
import { marketView, moneyView, type MarketView, type MoneyView } from './model-economy.ts';
import { teamView, type TeamView } from './model-team.ts';
import { liveParams } from '../live-params.ts';

export {
  cashText,
  dotScale,
  runwayLabel,
  splitRate,
  usersText,
  type MarketView,
  type MoneyView,
} from './model-economy.ts';
export { joinFitting, type Person, type TeamView } from './model-team.ts';

export type Heat = 'cool' | 'warm' | 'hot';

export interface SystemView {
  hosting: string;
  processing: string;
  structure: string;
  placement: string;
  serving: string;
  racks: number;
  migration: { axis: ArchAxis; target: string; progress: number } | null;
  utilisation: number;
  heat: Heat;
  cracks: number;
  /** Requests in flight on the diagram, their travel time (latency) and the share failing (SLO missed). */
  flow: { particles: number; travelMs: number; failing: number };
  labels: {
    tag: string;
    /** The names beside the diagram's pictures. */
    nodes: { users: string; placement: string; app: string; queue: string; model: string; data: string };
    load: string;
    incidents: string;
    migration: string;
    slo: string;
    debt: string;
    hosting: string;
  };
}

export interface WorldModel {
  /** Turns played. */
  turn: number;
  unit: string;
  Unit: string;
  turnHours: number;
  phase: Phase;
  status: Game['state']['status'];
  team: TeamView;
  system: SystemView;
  market: MarketView;
  money: MoneyView;
  incidents: WorldIncident[];
  /** The week just played missed the scenario's SLO target: what the headline says of it ("SLO 90.8%, target 95%"). */
  sloMiss: string | null;
}

const ROLE_WORD: Record<Role, string> = { engineer: 'engineer', ml: 'ML', sre: 'SRE', product: 'product' };
export const roleWord = (r: Role): string => ROLE_WORD[r];

export function worldModel(game: Game): WorldModel {
  const s = game.state;
  const sc = game.loaded.scenario;
  const words = turnWords(sc);
  const turnHours = 168 * sc.params.weeksPerTurn;
  const last = game.history[game.history.length - 1];
  const incidents = incidentsOf(last?.events ?? [], turnHours);
  return {
    turn: s.turn,
    unit: words.unit,
    Unit: words.Unit,
    turnHours,
    phase: s.phase,
    status: s.status,
    team: teamView(game),
    system: systemView(game, incidentsLine(incidents, words.unit), words.unit),
    market: marketView(game),
    money: moneyView(game),
    incidents,
    sloMiss: sloMissed(s, sloTarget(sc)) ? `SLO ${pct(s.load.slo, 1)}, target ${pct(sloTarget(sc))}` : null,
  };
}

function systemView(game: Game, incidents: string, unit: string): SystemView {
  const s = game.state;
  const a = s.arch;
  const u = s.load.utilisation;
  const m = a.migration;
  const sloMs = liveParams(game).load.sloLatencyMs;
  const latencyRatio = Math.min(2, s.load.latencyMs / Math.max(1, sloMs));
  return {
    hosting: a.hosting,
    processing: a.processing,
    structure: a.structure,
    placement: a.placement,
    serving: a.serving,
    racks:
      a.hosting === 'dedicated'
        ? Math.min(SYSTEM.racks.max, Math.max(1, Math.ceil(a.dedicatedUnits / 10)))
        : 0,
    migration: m
      ? { axis: m.axis, target: m.target, progress: Math.min(1, m.progress / Math.max(1e-9, m.effort)) }
      : null,
    utilisation: u,
    heat: u > 0.9 ? 'hot' : u > 0.7 ? 'warm' : 'cool',
    cracks: Math.min(12, Math.floor(s.debt / 15)),
    flow: {
      particles: Math.max(3, Math.min(20, Math.round(3 + 15 * u))),
      travelMs: Math.round(1400 * (0.7 + 0.6 * latencyRatio)),
      failing: Math.max(0, Math.min(0.5, 1 - s.load.slo)),
    },
    labels: {
      tag: `${a.hosting} \u00b7 ${a.processing}`,
      nodes: {
        users: 'users',
        placement: a.placement,
        app: a.structure === 'microservices' ? 'services' : 'monolith',
        queue: 'queue',
        model: a.serving,
        data: 'data',
      },
      load: pct(u),
      incidents,
      migration: m
        ? `\u2192 ${m.target} ${pct(Math.min(1, m.progress / Math.max(1e-9, m.effort)))}${
            s.plan.allocation.migration === 0 ? ', unstaffed' : ''
          }`
        : '',
      slo:
        s.turn === 0
          ? `SLO after ${unit} 1`
          : `SLO ${(s.load.slo * 100).toFixed(1)}% \u00b7 ${groupThousands(s.load.latencyMs)} ms`,
      debt: `debt ${Math.round(s.debt)}`,
      hosting:
        a.hosting === 'dedicated'
          ? `${groupThousands(a.dedicatedUnits)} server units`
          : 'serverless: pay per request',
    },
  };
}
