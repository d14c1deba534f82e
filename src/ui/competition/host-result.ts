/**
 * What the Host screen shows once a competition is made: its facts, the link and the short code to share (a
 * competition played in rounds travels in the link only), the way to the leaderboard, and the extended-time
 * panel. Coming back to the Host screen shows the last competition made in this browser again, so its
 * extended-time codes and key stay at hand.
 */
import type { Competition } from '../../replay/index.ts';
import { competitionScenario, decodeCompetition, shortCodeFor } from '../../replay/index.ts';
import type { LoadedScenario } from '../../scenario/index.ts';
import { goTo, store } from '../../store/index.ts';
import { bdi, h, iso } from '../dom.ts';
import { turnUnit } from '../format.ts';
import {
  competitionTitleNodes,
  copyButton,
  hostedLink,
  linkOf,
  minutesText,
  rememberHosted,
} from './common.ts';
import { extendedTimePanel } from './extended-time.ts';
import { lmsPackageBlock } from './host-lms.ts';
import { roundsText } from './rounds-text.ts';

export function hostResult(c: Competition, loaded: LoadedScenario, custom: boolean): HTMLElement {
  const scenarioTitle = loaded.scenario.title;
  const link = linkOf(c);
  rememberHosted(link);
  const linkBox = h('textarea', {
    id: 'host-link',
    readonly: true,
    rows: custom ? 5 : 3,
    spellcheck: 'false',
  });
  linkBox.value = link;
  const linkStatus = h('p', { className: 'hint', role: 'status' });
  const builtIns = store.getState().catalogue.map((l) => ({ id: l.scenario.id, hash: l.hash }));
  const short = c.stops
    ? {
        ok: false as const,
        reason: 'A competition played in rounds travels only in the link: share the link.',
      }
    : shortCodeFor(c.scenario.hash, c.seed, c.timeLimitMinutes, builtIns, custom);
  const unit = turnUnit(loaded.scenario.params.weeksPerTurn);
  const codeStatus = h('p', { className: 'hint', role: 'status' });
  const codeBox = h('input', {
    id: 'host-code',
    readonly: true,
    className: 'short-code',
    'aria-label': 'Short code',
  });
  if (short.ok) codeBox.value = short.code;
  return h(
    'section',
    { className: 'host-result', 'aria-labelledby': 'host-result-h' },
    h('h2', { id: 'host-result-h', tabindex: '-1' }, 'Share with your class'),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Competition'),
      h('dd', {}, ...competitionTitleNodes(c, scenarioTitle)),
      h('dt', {}, 'Scenario'),
      h('dd', {}, bdi(scenarioTitle)),
      h('dt', {}, 'Seed'),
      h('dd', {}, h('code', {}, bdi(c.seed))),
      h('dt', {}, 'Time limit'),
      h(
        'dd',
        {},
        `${minutesText(c.timeLimitMinutes)}${c.stops && c.timeLimitMinutes > 0 ? ' per round' : ''}`,
      ),
      ...(c.stops ? [h('dt', {}, 'Rounds'), h('dd', { id: 'host-rounds' }, roundsText(c, unit))] : []),
      h('dt', {}, 'Competition id'),
      h('dd', {}, h('code', { id: 'host-id' }, c.id)),
    ),
    h('h3', {}, h('label', { for: 'host-link' }, 'Link')),
    linkBox,
    h('div', { className: 'row' }, copyButton('Copy the link', linkBox, linkStatus, 'copy-link'), linkStatus),
    h('h3', {}, 'Short code'),
    short.ok
      ? h(
          'div',
          {},
          codeBox,
          h('div', { className: 'row' }, copyButton('Copy the code', codeBox, codeStatus), codeStatus),
          h(
            'p',
            { className: 'hint' },
            'Students type it on the title screen under \u201cJoin a competition\u201d. Case, spaces and hyphens do not matter.',
          ),
          c.title
            ? h(
                'p',
                { className: 'hint host-code-title', id: 'host-code-title' },
                ...iso`The short code does not carry the title \u201c${c.title}\u201d: students who join with it see \u201c${scenarioTitle} \u00b7 seed ${c.seed}\u201d. The link carries everything.`,
              )
            : null,
        )
      : h('p', { className: 'hint', id: 'host-no-code' }, short.reason),
    h(
      'div',
      { className: 'row' },
      h(
        'button',
        { type: 'button', className: 'primary', onclick: () => goTo('leaderboard') },
        'Open the leaderboard',
      ),
      h('a', { href: link, target: '_blank', rel: 'noopener' }, 'Try it as a student (new tab)'),
    ),
    lmsPackageBlock(c, scenarioTitle),
    h(
      'p',
      { className: 'hint' },
      c.stops
        ? 'Everything is in the link: no server, no accounts. At each stop, students send you a checkpoint code: paste them into the leaderboard for the standings and class charts, then release the next round there (with an event for everyone, if you like) and give the class its release code.'
        : 'Everything is in the link: no server, no accounts. Students send you a run code or a run file at the end; the leaderboard re-plays every run before ranking it.',
    ),
    extendedTimePanel(c),
  );
}

/** The competition made last in this browser, shown again when the Host screen opens; null when there is none. */
export function lastHosted(): HTMLElement | null {
  const link = hostedLink();
  if (link === '') return null;
  const { catalogue } = store.getState();
  const decoded = decodeCompetition(
    link,
    catalogue.map((l) => ({ id: l.scenario.id, hash: l.hash })),
  );
  if (!decoded.ok) return null;
  const scenario = competitionScenario(decoded.competition, catalogue);
  if (!scenario.ok) return null;
  return h(
    'div',
    {},
    h('p', { className: 'hint', id: 'host-last' }, 'The last competition you made in this browser:'),
    hostResult(decoded.competition, scenario.loaded, decoded.competition.scenario.source !== undefined),
  );
}
