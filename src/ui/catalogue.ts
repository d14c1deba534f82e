/**
 * The built-in scenarios, bundled as text at build time (no request at run time) and parsed with the same
 * validator as the command line, in the order of scenarios/index.txt.
 */
import type { LoadedScenario } from '../scenario/index.ts';
import { formatProblem, parseScenarioText } from '../scenario/index.ts';
import orderText from '../../scenarios/index.txt?raw';

const files = import.meta.glob('../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function builtInScenarios(): LoadedScenario[] {
  const order = orderText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const out: LoadedScenario[] = [];
  for (const id of order) {
    const text = files[`../../scenarios/${id}.yaml`];
    if (text === undefined) throw new Error(`built-in scenario ${id} is listed in index.txt but has no file`);
    const r = parseScenarioText(text, `${id}.yaml`);
    if (!r.ok)
      throw new Error(`built-in scenario ${id} is invalid:\n${r.problems.map(formatProblem).join('\n')}`);
    out.push(r.loaded);
  }
  return out;
}
