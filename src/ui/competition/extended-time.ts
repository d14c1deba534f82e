/**
 * The Host screen's extended-time panel: codes that give one student 1.5× or 2× the time limit, signed with the
 * competition's key (kept in this browser: host-records.ts), and the key itself to copy or download for grading
 * on another machine. Folded away by default: the host screen is often on the projector, and the codes and
 * the key are not for the class to see.
 */
import type { Competition } from '../../replay/index.ts';
import { TIME_FACTORS, cleanName, factorText, hostKeyText, makeAccommodation } from '../../replay/index.ts';
import { fill, h } from '../dom.ts';
import { download } from '../services.ts';
import { copyButton } from './common.ts';
import { givenExtensions, keepExtension, keyFor, type GivenExtension } from './host-records.ts';
import { limitText } from './join-extended.ts';
import './rounds.css';

function givenItem(g: GivenExtension, c: Competition): HTMLElement {
  const box = h('textarea', {
    readonly: true,
    rows: 2,
    spellcheck: 'false',
    'aria-label': `Code for ${g.name}`,
  });
  box.value = g.code;
  const status = h('span', { className: 'hint', role: 'status' });
  return h(
    'li',
    {},
    h('strong', {}, g.name),
    ` \u2014 ${factorText(g.factor)}: ${limitText(c, g.factor)}`,
    box,
    h('div', { className: 'row' }, copyButton(`Copy the code for ${g.name}`, box, status), status),
  );
}

function keyBlock(c: Competition, text: string): HTMLElement {
  const box = h('textarea', { id: 'host-key', readonly: true, rows: 2, spellcheck: 'false' });
  box.value = text;
  const status = h('span', { className: 'hint', role: 'status' });
  const file = `# Tradeoffs competition key for ${c.id} (secret: keep it to yourself)\n${text}\n`;
  return h(
    'details',
    { className: 'host-key' },
    h('summary', {}, 'Competition key (to grade on another machine)'),
    h(
      'p',
      { className: 'hint' },
      'Extended-time codes are signed with this key, which only this browser has. On another machine, add it under \u201cExtended time\u201d on the leaderboard; without it, that leaderboard judges everyone by the normal limit (and says so).',
    ),
    h('label', { for: 'host-key' }, 'Key'),
    box,
    h(
      'div',
      { className: 'row' },
      copyButton('Copy the key', box, status, 'copy-key'),
      h(
        'button',
        { type: 'button', onclick: () => download(`tradeoffs-key-${c.id.slice(0, 6)}.txt`, file) },
        'Download the key',
      ),
      status,
    ),
  );
}

export function extendedTimePanel(c: Competition): HTMLElement {
  const panel = h('details', { className: 'accommodation-panel', id: 'extended-time' });
  const summary = h('summary', {}, h('h3', {}, 'Extended time (individual codes, not for the projector)'));
  if (c.timeLimitMinutes === 0) {
    fill(
      panel,
      summary,
      h('p', { className: 'hint' }, 'This competition has no time limit: nobody needs extended time.'),
    );
    return panel;
  }
  const { key, problem: keyProblem } = keyFor(c);
  const name = h('input', { id: 'extended-name', type: 'text', autocomplete: 'off', maxlength: 40 });
  const factor = h(
    'select',
    { id: 'extended-factor' },
    ...TIME_FACTORS.map((f) => h('option', { value: String(f) }, `${factorText(f)} (${limitText(c, f)})`)),
  );
  const problem = h('p', { className: 'error', id: 'extended-problem', role: 'alert' }, keyProblem ?? '');
  const list = h('ul', { className: 'accommodation-list', id: 'extended-list' });
  const render = (): void => fill(list, ...givenExtensions(c.id).map((g) => givenItem(g, c)));
  const make = (event: Event): void => {
    event.preventDefault();
    problem.textContent = '';
    try {
      const code = makeAccommodation(c, name.value, Number(factor.value), key);
      const kept = keepExtension(c.id, {
        name: cleanName(name.value),
        factor: Number(factor.value),
        code,
      });
      if (kept) problem.textContent = `The code was made, but ${kept}.`;
      name.value = '';
      render();
    } catch (e) {
      problem.textContent = e instanceof Error ? e.message : String(e);
    }
  };
  render();
  fill(
    panel,
    summary,
    h(
      'p',
      { className: 'hint' },
      'A code gives one student more time in every round, shown to them as their own limit. It holds their name (they must join under it) and is signed with this competition\u2019s key, so a student cannot make or change one; the leaderboard checks it.',
    ),
    h(
      'form',
      { className: 'row extended-form', onsubmit: make, 'aria-label': 'Make an extended-time code' },
      h(
        'div',
        { className: 'extended-field' },
        h('label', { for: 'extended-name' }, 'Student\u2019s name'),
        name,
      ),
      h('div', { className: 'extended-field' }, h('label', { for: 'extended-factor' }, 'Time'), factor),
      h('button', { type: 'submit', id: 'extended-make' }, 'Make the code'),
    ),
    problem,
    list,
    keyBlock(c, hostKeyText(key)),
  );
  return panel;
}
