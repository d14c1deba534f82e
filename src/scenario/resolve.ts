/**
 * Turns a validated scenario file into the engine's fully resolved Scenario plus the metadata the shells show
 * (briefing, debrief notes…), and its hash. Money in the file is in dollars; the engine's *Cents parameters and
 * initial cash are whole cents. Everything the file leaves out comes from the engine defaults (buildScenario).
 * Pure.
 */
import { interned } from '../lib/intern.ts';
import { buildScenario, type DeepPartial } from '../engine/scenario-defaults.ts';
import { BOOLEAN_POLICIES } from '../engine/types.ts';
import type {
  AnyOf,
  ArchAxis,
  ChanceFactor,
  Condition,
  Decision,
  Domain,
  Effect,
  EventDef,
  InitialState,
  ModifierTarget,
  ObjectiveDef,
  OptionDef,
  OutcomeDef,
  Params,
  Scenario,
} from '../engine/types.ts';
import { hashValue } from '../lib/hash.ts';
import { toCondition } from './conditions.ts';
import { MONEY_KEYS, parameterPath } from './parameter-paths.ts';
import type { RequirementInput } from './schema/common.ts';
import type {
  EffectOutput,
  EventOutput,
  FactorOutput,
  FollowUpOutput,
  OptionOutput,
} from './schema/events.ts';
import type { InitialOutput } from './schema/initial.ts';
import type { Control } from './controls.ts';
import type { AppliesOutput } from './schema/teaching.ts';
import type { ParamsOutput } from './schema/params.ts';
import type { DiscussionQuestionOutput, TeachingNotesOutput } from './schema/teaching-notes.ts';
import {
  FORMAT_VERSION,
  TOPICS,
  TURN_LENGTHS,
  type ScenarioFileOutput,
  type TurnLength,
} from './schema/scenario.ts';

export interface DebriefNote {
  text: string;
  domain: Domain | null;
  /** Shown only when this holds at the end; null = always. */
  when: Condition | null;
  /** Format 2's `{anyOf: [...]}`: shown only when one of these holds at the end (absent when not used). */
  whenAny?: AnyOf;
}

/** The teaching fields of the cards (schema/teaching.ts): screens read them, the engine never does. */
export interface Teaching {
  /** Event id → the plan controls its card introduces. */
  introduces: Record<string, Control[]>;
  /** Event id → option id → the decisions that apply the settings that answer recommends. */
  applies: Record<string, Record<string, Decision[]>>;
}

export interface ScenarioMeta {
  summary: string;
  difficulty: number;
  topic: (typeof TOPICS)[number] | null;
  briefing: string;
  learningObjectives: string[];
  debrief: DebriefNote[];
  /** For instructors only (the facilitator guide); null when the file has none. Not part of the hash. */
  teachingNotes: TeachingNotesOutput | null;
  discussionQuestions: DiscussionQuestionOutput[];
  turnLength: TurnLength;
  /** The format version the file was written in (older files are migrated). */
  formatVersion: number;
  teaching: Teaching;
}

export interface LoadedScenario {
  scenario: Scenario;
  meta: ScenarioMeta;
  /** hashValue of the resolved scenario: equal hashes mean the same game. */
  hash: string;
}

const toCents = (dollars: number): number => Math.round(dollars * 100);

function centsRecord<K extends string>(
  record: Partial<Record<K, number | undefined>> | undefined,
): Partial<Record<K, number>> | undefined {
  if (!record) return undefined;
  const out: Partial<Record<K, number>> = {};
  for (const key of Object.keys(record) as K[]) {
    const v = record[key];
    if (v !== undefined) out[key] = toCents(v);
  }
  return out;
}

/** File parameters (money in dollars, short names) → a deep partial of the engine's Params. */
export function resolveParams(p: ParamsOutput | undefined, turnLength: TurnLength): DeepPartial<Params> {
  const { money, ...rest } = p ?? {};
  const out: DeepPartial<Params> = { ...rest, weeksPerTurn: TURN_LENGTHS[turnLength] };
  if (money) {
    const engine: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(money)) {
      if (value === undefined) continue;
      const cents = MONEY_KEYS[key];
      engine[cents ?? key] =
        cents === undefined ? value : typeof value === 'number' ? toCents(value) : centsRecord(value);
    }
    out.money = engine as DeepPartial<Params['money']>;
  }
  return out;
}

export function resolveInitial(i: InitialOutput | undefined): DeepPartial<InitialState> {
  if (!i) return {};
  const { cash, architecture, ...rest } = i;
  return { ...rest, cash: cash === undefined ? undefined : toCents(cash), arch: architecture };
}

function resolveEffect(e: EffectOutput): Effect {
  if (e.modifier !== undefined) {
    const m = {
      kind: 'modifier',
      target: e.modifier as ModifierTarget,
      factor: e.factor!,
      turns: e.turns!,
    } as const;
    return e.stacking === 'replace' ? { ...m, replace: true } : m;
  }
  if (e.migrate !== undefined || e.switch !== undefined) {
    const axis = (e.migrate ?? e.switch) as ArchAxis;
    return { kind: 'architecture', axis, target: e.to!, now: e.switch !== undefined };
  }
  const op = e.add !== undefined ? 'add' : e.multiply !== undefined ? 'multiply' : 'set';
  if (e.parameter !== undefined) {
    const p = parameterPath(e.parameter)!;
    // Multiplying needs no unit; adding or setting dollars does (cents in the engine).
    const value = op === 'multiply' ? e.multiply! : e[op]! * p.scale;
    return {
      kind: 'parameter',
      path: p.engine,
      op,
      value,
      min: p.min * p.scale,
      max: p.max * p.scale,
      whole: p.whole,
    };
  }
  return { kind: 'change', target: e.target!, op, value: e[op]! };
}

function resolveFactor(f: FactorOutput): ChanceFactor {
  return { metric: f.metric, label: f.label, per: f.per, from: f.from ?? 0, max: f.max ?? 1 };
}

/** A file's `when` items: the plain conditions, and the anyOf groups (absent when there are none). */
export function resolveWhen(items: readonly RequirementInput[]): { when: Condition[]; whenAny?: AnyOf[] } {
  const when: Condition[] = [];
  const groups: AnyOf[] = [];
  for (const item of items) {
    if (typeof item === 'object' && 'anyOf' in item) groups.push(item.anyOf.map(toCondition));
    else when.push(toCondition(item));
  }
  return groups.length > 0 ? { when, whenAny: groups } : { when };
}

function followUp(f: FollowUpOutput | undefined): OutcomeDef['followUp'] {
  return f ? { event: f.event, inTurns: f.inTurns ?? 1 } : null;
}

function resolveOption(o: OptionOutput): OptionDef {
  const outcomes: OutcomeDef[] = o.outcomes
    ? o.outcomes.map((x) => ({
        id: x.id,
        chance: x.chance,
        text: x.text ?? '',
        effects: (x.effects ?? []).map(resolveEffect),
        followUp: followUp(x.followUp),
        ...(x.factors ? { factors: x.factors.map(resolveFactor) } : {}),
      }))
    : [
        {
          id: o.id,
          chance: 1,
          text: o.text ?? '',
          effects: (o.effects ?? []).map(resolveEffect),
          followUp: followUp(o.followUp),
        },
      ];
  return { id: o.id, label: o.label, ...(o.stance ? { stance: o.stance } : {}), outcomes };
}

export function resolveEvent(e: EventOutput): EventDef {
  return {
    id: e.id,
    title: e.title,
    text: e.text,
    domain: e.domain,
    ...resolveWhen(e.when ?? []),
    baseChance: e.chance ?? 0,
    factors: (e.factors ?? []).map(resolveFactor),
    maxTimes: e.maxTimes ?? 1,
    deadline: e.deadline ?? 1,
    defaultOption: e.defaultOption ?? e.options[0]!.id,
    options: e.options.map(resolveOption),
    followUpOnly: e.followUpOnly ?? false,
  };
}

/** The decisions that apply an answer's recommended settings. */
function appliedDecisions(a: AppliesOutput): Decision[] {
  const out: Decision[] = [];
  if (a.release) out.push({ type: 'release/set', mode: a.release });
  for (const policy of BOOLEAN_POLICIES) {
    const on = a.policies?.[policy];
    if (on !== undefined) out.push({ type: 'policy/set', policy, on });
  }
  if (a.review) out.push({ type: 'policy/agent-review', level: a.review });
  if (a.framing) out.push({ type: 'stakeholder/communicate', framing: a.framing });
  return out;
}

function resolveTeaching(events: readonly EventOutput[]): Teaching {
  const teaching: Teaching = { introduces: {}, applies: {} };
  for (const e of events) {
    if (e.introduces) teaching.introduces[e.id] = [...e.introduces];
    for (const o of e.options) {
      if (o.applies) (teaching.applies[e.id] ??= {})[o.id] = appliedDecisions(o.applies);
    }
  }
  return teaching;
}

function resolveNote(d: NonNullable<ScenarioFileOutput['debrief']>[number]): DebriefNote {
  const note = { text: d.text, domain: d.domain ?? null };
  if (d.when === undefined) return { ...note, when: null };
  const w = resolveWhen([d.when]);
  return w.whenAny ? { ...note, when: null, whenAny: w.whenAny[0]! } : { ...note, when: w.when[0]! };
}

type ObjectiveOutput = NonNullable<ScenarioFileOutput['objectives']>[number];

/** An objective; measured over time (format 2), with its window (`by: N` is the best value of turns 1 to N). */
function resolveObjective(o: ObjectiveOutput, turns: number): ObjectiveDef {
  const { measure, from, to, by, ...rest } = o;
  const def: ObjectiveDef = { ...rest, weight: o.weight ?? 1, required: o.required ?? false };
  if (by !== undefined)
    return { ...def, over: { measure: o.op === '>=' ? 'max' : 'min', from: 1, to: by, by: true } };
  if (measure === undefined || measure === 'final') return def;
  return { ...def, over: { measure, from: from ?? 1, to: to ?? turns, by: false } };
}

export function resolveScenario(file: ScenarioFileOutput, fromVersion: number): LoadedScenario {
  const turnLength = file.turnLength ?? 'week';
  const objectives: ObjectiveDef[] = (file.objectives ?? []).map((o) => resolveObjective(o, file.turns));
  // Interned: the engine compares these strings every turn (src/lib/intern.ts says why).
  const scenario = interned(
    buildScenario({
      id: file.id,
      title: file.title,
      turns: file.turns,
      initial: resolveInitial(file.initial),
      params: resolveParams(file.parameters, turnLength),
      ...(file.levers ? { levers: [...file.levers] } : {}),
      events: (file.events ?? []).map(resolveEvent),
      objectives,
      objectiveShare: file.scoring?.objectiveShare ?? 0.7,
      winEarly: file.scoring?.winEarly ?? false,
    }),
  );
  const meta: ScenarioMeta = {
    summary: file.summary ?? '',
    difficulty: file.difficulty ?? 3,
    topic: file.topic ?? null,
    briefing: file.briefing ?? '',
    learningObjectives: file.learningObjectives ?? [],
    debrief: (file.debrief ?? []).map(resolveNote),
    teachingNotes: file.teachingNotes ?? null,
    discussionQuestions: file.discussionQuestions ?? [],
    turnLength,
    formatVersion: Math.min(fromVersion, FORMAT_VERSION),
    teaching: resolveTeaching(file.events ?? []),
  };
  return { scenario, meta, hash: hashValue(scenario) };
}
