/**
 * Checks that parsed JSON has the shape of a current-format save (Save), field by field, so nothing
 * downstream meets a wrong type. It does not judge whether decisions are legal: replaying them does. Pure.
 */
import type { Decision } from '../engine/index.ts';
import { asCompetition, asPlayerExtras } from '../replay/index.ts';
import type { CompetitionSession } from '../store/index.ts';
import { roundsFields } from './rounds-shape.ts';
import type { Save, ScenarioSource } from './save-format.ts';

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function isDecision(v: unknown): v is Decision {
  return isRecord(v) && isString(v.type);
}

function isDecisionList(v: unknown): v is Decision[] {
  return Array.isArray(v) && v.every(isDecision);
}

function isSource(v: unknown): v is ScenarioSource | null {
  return v === null || (isRecord(v) && isString(v.fileName) && isString(v.text));
}

function isScenarioRef(v: unknown): v is Save['scenario'] {
  return isRecord(v) && isString(v.id) && isString(v.hash) && isSource(v.source);
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** A competition session with exactly its fields, one turn time per logged turn; undefined when it is wrong. */
function asSession(v: unknown, turns: number): CompetitionSession | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || !isString(v.name) || !isTime(v.startedAt)) return undefined;
  const competition = asCompetition(v.competition);
  const player = asPlayerExtras(v);
  const times = v.times;
  if (!competition || !player || !Array.isArray(times) || times.length !== turns || !times.every(isTime))
    return undefined;
  const rounds = roundsFields(v, turns);
  if (!rounds) return undefined;
  return { name: v.name, ...player, competition, startedAt: v.startedAt, times: [...times], ...rounds };
}

/** The save with exactly the fields of Save (unknown extra fields dropped), or null when a field is wrong. */
export function asSave(v: Rec): Save | null {
  const ok =
    v.formatVersion === 4 &&
    isCount(v.engineVersion) &&
    (v.engineVersion as number) >= 1 &&
    isString(v.game) &&
    v.game !== '' &&
    isString(v.appVersion) &&
    typeof v.savedAt === 'number' &&
    Number.isFinite(v.savedAt) &&
    isCount(v.sequence) &&
    isScenarioRef(v.scenario) &&
    isString(v.seed) &&
    (v.mode === 'practice' || v.mode === 'competition') &&
    Array.isArray(v.log) &&
    v.log.every(isDecisionList) &&
    isDecisionList(v.draft) &&
    isCount(v.turn) &&
    v.turn === v.log.length &&
    isString(v.checksum);
  if (!ok) return null;
  const competition = asSession(v.competition, (v.log as unknown[]).length);
  if (competition === undefined) return null;
  const s = v as unknown as Save;
  const { id, hash, source } = s.scenario;
  return {
    format: 'tradeoffs-save',
    formatVersion: 4,
    engineVersion: s.engineVersion,
    appVersion: s.appVersion,
    savedAt: s.savedAt,
    sequence: s.sequence,
    game: s.game,
    scenario: { id, hash, source: source === null ? null : { fileName: source.fileName, text: source.text } },
    seed: s.seed,
    mode: s.mode,
    log: s.log,
    draft: s.draft,
    turn: s.turn,
    competition,
    checksum: s.checksum,
  };
}
