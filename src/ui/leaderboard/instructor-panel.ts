/**
 * The leaderboard's instructor panel for the chosen competition: its rounds (release the next round, with an
 * event card for everyone if you like, and show its release code to write on the board; or add the releases
 * given on another machine) and its competition key (kept here when this browser hosted it, or pasted from the
 * Host screen's export). Verification checks every run against these releases and this key.
 */
import type { Competition, HostKey } from '../../replay/index.ts';
import {
  decodeRelease,
  injectableEvents,
  readHostKey,
  releaseCode,
  roundCount,
  stopsOf,
} from '../../replay/index.ts';
import { fill, h } from '../dom.ts';
import { turnUnit } from '../format.ts';
import { keepKey, keepReleases, storedKey, storedReleases } from '../competition/host-records.ts';
import { stopsText } from '../competition/rounds-text.ts';
import type { Chosen } from './competition-choice.ts';
import '../competition/rounds.css';

/** What verification is given besides the competition: the releases given so far and the key, if known. */
export function instructorContext(c: Competition): { releases: string[]; hostKey: HostKey | null } {
  return { releases: storedReleases(c.id), hostKey: storedKey(c.id) };
}

function releaseList(chosen: Chosen, releases: string[]): HTMLElement {
  const { competition: c, loaded } = chosen;
  const unit = turnUnit(loaded.scenario.params.weeksPerTurn);
  const stops = stopsOf(c);
  const items = [h('li', {}, `Round 1: from Start to the stop after ${unit} ${stops[0]}.`)];
  for (let r = 2; r <= roundCount(c); r++) {
    const code = releases[r - 2];
    const decoded = code ? decodeRelease(code, c, loaded.scenario) : null;
    const inject = decoded?.ok && decoded.release.inject;
    const title = inject ? loaded.scenario.events.find((e) => e.id === inject)?.title : null;
    const until = stops[r - 1] ? `to the stop after ${unit} ${stops[r - 1]}` : 'to the end';
    items.push(
      h(
        'li',
        {},
        `Round ${r} (${until}): `,
        code
          ? h(
              'span',
              {},
              'released with ',
              h('code', { className: 'release-given' }, code),
              title ? `, starting with \u201c${title}\u201d.` : ', no event.',
            )
          : 'not released yet.',
      ),
    );
  }
  return h('ol', { className: 'rounds-list', id: 'rounds-list' }, ...items);
}

function releaseForm(chosen: Chosen, releases: string[], refresh: () => void): HTMLElement {
  const { competition: c, loaded } = chosen;
  const next = releases.length + 2;
  const inject = h(
    'select',
    { id: 'release-inject' },
    h('option', { value: '' }, 'No event'),
    ...injectableEvents(loaded.scenario).map((e) => h('option', { value: e.id }, e.title)),
  );
  const problem = h('p', { className: 'error', id: 'release-make-problem', role: 'alert' });
  const make = (event: Event): void => {
    event.preventDefault();
    const code = releaseCode(c, loaded.scenario, next, inject.value === '' ? null : inject.value);
    const kept = keepReleases(c.id, [...releases, code]);
    if (kept) problem.textContent = `${code}: ${kept}.`;
    else refresh();
  };
  return h(
    'form',
    { className: 'release-make', onsubmit: make, 'aria-label': `Release round ${next}` },
    h('label', { for: 'release-inject' }, `Event for everyone at the start of round ${next} (optional)`),
    h(
      'div',
      { className: 'row' },
      inject,
      h('button', { type: 'submit', className: 'primary', id: 'release-make' }, `Release round ${next}`),
    ),
    problem,
  );
}

/** The release just made, large, to write on the board or project; and a way to take it back. */
function lastRelease(chosen: Chosen, releases: string[], refresh: () => void): HTMLElement | null {
  const code = releases.at(-1);
  if (!code) return null;
  const forget = (): void => {
    keepReleases(chosen.competition.id, releases.slice(0, -1));
    refresh();
  };
  return h(
    'div',
    { className: 'release-shown' },
    h('p', {}, `Release code of round ${releases.length + 1}, to write on the board:`),
    h('p', { className: 'release-code-shown', id: 'release-shown' }, code),
    h('button', { type: 'button', onclick: forget }, 'Take it back (only if the class has not seen it)'),
  );
}

function addRelease(chosen: Chosen, releases: string[], refresh: () => void): HTMLElement {
  const input = h('input', {
    id: 'release-add',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'TRR-\u2026',
  });
  const problem = h('p', { className: 'error', role: 'alert' });
  const add = (event: Event): void => {
    event.preventDefault();
    const d = decodeRelease(input.value, chosen.competition, chosen.loaded.scenario);
    const next = releases.length + 2;
    if (!d.ok) problem.textContent = d.message;
    else if (d.release.round !== next)
      problem.textContent = `That is the release of round ${d.release.round}; add round ${next}\u2019s first.`;
    else {
      problem.textContent = keepReleases(chosen.competition.id, [...releases, d.release.code]) ?? '';
      refresh();
    }
  };
  return h(
    'details',
    {},
    h('summary', {}, 'Add a release code given on another machine'),
    h(
      'form',
      { className: 'row', onsubmit: add },
      h('label', { for: 'release-add' }, 'Release code'),
      input,
      h('button', { type: 'submit' }, 'Add'),
    ),
    problem,
  );
}

function roundsSection(chosen: Chosen, refresh: () => void): HTMLElement {
  const releases = storedReleases(chosen.competition.id);
  const unit = turnUnit(chosen.loaded.scenario.params.weeksPerTurn);
  const done = releases.length >= stopsOf(chosen.competition).length;
  return h(
    'section',
    { className: 'rounds-panel', 'aria-labelledby': 'rounds-h' },
    h('h3', { id: 'rounds-h' }, 'Rounds'),
    h(
      'p',
      { className: 'hint' },
      `Every game pauses after ${stopsText(chosen.competition, unit)}. At a stop, paste the checkpoint codes under \u201c2. The runs\u201d for the standings and class charts, then release the next round.`,
    ),
    releaseList(chosen, releases),
    lastRelease(chosen, releases, refresh),
    done ? null : releaseForm(chosen, releases, refresh),
    done ? null : addRelease(chosen, releases, refresh),
  );
}

function keySection(chosen: Chosen, refresh: () => void): HTMLElement | null {
  const c = chosen.competition;
  if (c.timeLimitMinutes === 0) return null;
  if (storedKey(c.id))
    return h(
      'p',
      { className: 'hint', id: 'key-status' },
      'Extended time: this browser has the competition key, so extended-time codes are checked.',
    );
  const input = h('input', {
    id: 'key-add',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'TRK1.\u2026',
  });
  const problem = h('p', { className: 'error', role: 'alert' });
  const add = (event: Event): void => {
    event.preventDefault();
    const r = readHostKey(input.value);
    if (!r.ok) problem.textContent = r.message;
    else if (r.value.competitionId !== c.id) problem.textContent = 'This key belongs to another competition.';
    else {
      problem.textContent = keepKey(r.value) ?? '';
      refresh();
    }
  };
  return h(
    'div',
    { className: 'accommodation-panel' },
    h(
      'p',
      { className: 'hint', id: 'key-status' },
      'Extended time: this browser does not have the competition key, so runs are judged by the normal limit. To accept extended-time codes, add the key from the Host screen of the browser that made the competition.',
    ),
    h(
      'form',
      { className: 'row', onsubmit: add },
      h('label', { for: 'key-add' }, 'Competition key'),
      input,
      h('button', { type: 'submit' }, 'Add the key'),
    ),
    problem,
  );
}

/** The panel for the chosen competition; `onChange` runs after a release or a key is added. */
export function instructorPanel(chosen: Chosen, onChange: () => void): HTMLElement {
  const el = h('div', { className: 'instructor-panel' });
  const render = (): void => {
    fill(
      el,
      stopsOf(chosen.competition).length > 0 ? roundsSection(chosen, refresh) : null,
      keySection(chosen, refresh),
    );
  };
  const refresh = (): void => {
    render();
    onChange();
  };
  render();
  return el;
}
