/**
 * Hostile runs for the tests: a real run's file text with something injected into its first turn's decisions,
 * as a file's text or as a run code. The checksum is left as it was (a run holding 1e400 or 400,000 nested
 * lists cannot be sealed: the checksum itself is what such a run used to crash).
 */
import { encodeRunFile, type RunFile } from '../../src/replay/index.ts';
import { packText, transportCheck } from '../../src/replay/codec.ts';

/** The run file's text with `decision` (JSON text) first in its first turn. */
export function runTextWith(run: RunFile, decision: string): string {
  const text = encodeRunFile(run);
  const at = text.indexOf('"decisions": [') + '"decisions": ['.length;
  const rest = text.slice(at);
  return `${text.slice(0, at)}${decision}${rest.trimStart().startsWith(']') ? '' : ','}${rest}`;
}

/** A run code around any JSON text (with a correct transport check, so only its content is wrong). */
export function codeAround(json: string): string {
  const payload = `TRUN2.${packText(json)}`;
  return `${payload}.${transportCheck(payload)}`;
}

/** A decision holding a number JSON cannot hold in a double (JSON.parse reads it as Infinity). */
export const HUGE_NUMBER = '{"type":"plan/allocate","allocation":{"features":1e400}}';

/** A decision holding lists nested `depth` deep. */
export const nested = (depth: number): string =>
  `{"type":"plan/allocate","extra":${'['.repeat(depth)}${']'.repeat(depth)}}`;
