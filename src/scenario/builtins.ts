/**
 * The list of built-in scenarios lives in scenarios/index.txt (one id per line, in the order the game lists
 * them; `#` starts a comment). This reads that text; node.ts reads the file, the browser imports it raw. Pure.
 */
import { ID_PATTERN } from './schema/common.ts';

export function parseBuiltInIndex(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => ID_PATTERN.test(line));
}
