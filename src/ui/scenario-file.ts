/**
 * A scenario file the player picks (Your own scenario, Host a competition, the balance report): its size is
 * checked before any of it is read, so a 1.2 GB file never reaches memory, and its problems are listed with the
 * file name isolated from the words around it.
 */
import { formatProblem, parseScenarioBlob, type LoadedScenario } from '../scenario/index.ts';
import { bdi, h } from './dom.ts';

export type PickedScenario =
  { ok: true; loaded: LoadedScenario; text: string } | { ok: false; report: HTMLElement[] };

/**
 * "x.yaml has 3 problems:", or, when fewer are listed than found, "x.yaml has 90,000 problems; the first 200:"
 * (the loader's last entry counts the problems it left out, `omitted`).
 */
function heading(name: string, problems: number, omitted: number, shown: number): (string | HTMLElement)[] {
  const found = omitted === 0 ? problems : problems - 1 + omitted;
  const listed = Math.min(shown, omitted === 0 ? problems : problems - 1);
  const words =
    listed === found
      ? ` has ${found} problem${found === 1 ? '' : 's'}:`
      : ` has ${found.toLocaleString('en-US')} problems; the first ${listed}:`;
  return [bdi(name), words];
}

/** Reads and checks a picked file; on failure, the report to show (at most `shown` problems listed). */
export async function readPickedScenario(file: File, shown = Infinity): Promise<PickedScenario> {
  const { result: r, bytes } = await parseScenarioBlob(file);
  if (r.ok) return { ok: true, loaded: r.loaded, text: new TextDecoder().decode(bytes ?? undefined) };
  const listed = r.problems.slice(0, shown);
  const items = listed.map((p) => h('li', {}, h('code', {}, formatProblem(p))));
  return {
    ok: false,
    report: [
      h('p', {}, ...heading(file.name, r.problems.length, r.omitted ?? 0, shown)),
      h('ul', { className: 'problems' }, ...items),
    ],
  };
}
