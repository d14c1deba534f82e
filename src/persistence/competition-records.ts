/**
 * The competitions played in this browser (store CompetitionRecord), kept in storage under their own key, apart
 * from the two save slots: a practice game, a loaded save or a damaged slot never overwrites them. They make a
 * competition playable once per browser with no rewind (restore.ts resumes the furthest of save and record),
 * and keep a finished run reachable after other games. Never throws; a damaged entry is dropped on its own.
 */
import type { Decision } from '../engine/index.ts';
import { asPlayerExtras, asRunFile } from '../replay/index.ts';
import type { CompetitionRecord } from '../store/index.ts';
import { roundsFields } from './rounds-shape.ts';
import { readItem, writeItem, type StorageFailure, type StorageLike } from './storage.ts';

export const RECORDS_KEY = 'tradeoffs.competitions';
export const RECORDS_FORMAT = 'tradeoffs-competitions';
export const RECORDS_VERSION = 1;
/** The most recently started competitions kept (a record is a few kilobytes). */
export const MAX_RECORDS = 30;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDecisionList = (v: unknown): v is Decision[] =>
  Array.isArray(v) && v.every((d) => isRecord(d) && isString(d.type));

function asRecord(v: unknown): CompetitionRecord | null {
  if (!isRecord(v) || !isString(v.competitionId) || !isString(v.name) || !isTime(v.startedAt)) return null;
  const { log, times } = v;
  if (!Array.isArray(log) || !log.every(isDecisionList)) return null;
  if (!Array.isArray(times) || times.length !== log.length || !times.every(isTime)) return null;
  const run = v.run === null ? null : isRecord(v.run) ? asRunFile(v.run) : null;
  if (v.run !== null && run === null) return null;
  const player = asPlayerExtras(v);
  if (!player) return null;
  const rounds = roundsFields(v, log.length);
  if (!rounds) return null;
  return {
    ...rounds,
    competitionId: v.competitionId,
    name: v.name,
    ...player,
    startedAt: v.startedAt,
    log: log.map((d) => [...d]),
    times: [...times],
    run,
  };
}

export function encodeRecords(records: Record<string, CompetitionRecord>): string {
  const kept = Object.values(records)
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, MAX_RECORDS);
  return JSON.stringify({ format: RECORDS_FORMAT, version: RECORDS_VERSION, records: kept });
}

/** The records in stored text; unreadable text or entries are left out. */
export function decodeRecords(text: string | null): Record<string, CompetitionRecord> {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(value) || value.format !== RECORDS_FORMAT || !Array.isArray(value.records)) return {};
  const out: Record<string, CompetitionRecord> = {};
  for (const entry of value.records) {
    const r = asRecord(entry);
    if (r) out[r.competitionId] = r;
  }
  return out;
}

export function loadRecords(storage: StorageLike | null): Record<string, CompetitionRecord> {
  const r = readItem(storage, RECORDS_KEY);
  return r.ok ? decodeRecords(r.value) : {};
}

/** Writes the records unless storage already holds exactly them; returns the failure, or null. */
export function storeRecords(
  storage: StorageLike | null,
  records: Record<string, CompetitionRecord>,
): StorageFailure | null {
  const text = encodeRecords(records);
  const stored = readItem(storage, RECORDS_KEY);
  if (stored.ok && (stored.value === text || (stored.value === null && Object.keys(records).length === 0)))
    return null;
  const w = writeItem(storage, RECORDS_KEY, text);
  return w.ok ? null : w.failure;
}
