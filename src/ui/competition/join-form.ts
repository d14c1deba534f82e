/**
 * Who plays, on the Join screen: one student under their full name, an alias or their student id, or a team at
 * one computer (its name, and its members in role order, with the roles shown as they are typed). What the
 * leaderboard will show, and what the instructor needs to grade the run, is said next to each choice.
 */
import type { Domain } from '../../engine/index.ts';
import type { NameKind, PlayerExtras } from '../../replay/index.ts';
import {
  MAX_NAME_CHARS,
  MAX_TEAM_MEMBERS,
  cleanName,
  membersOf,
  membersProblem,
  nameProblem,
  teamRoles,
} from '../../replay/index.ts';
import { DOMAIN_NAME } from '../debrief/score.ts';
import { fill, h } from '../dom.ts';
import { radios } from '../panels/section.ts';
import type { ExtendedTimeField } from './join-extended.ts';
import type { Accommodation } from '../../store/index.ts';

type Kind = 'name' | NameKind | 'team';

const LABEL: Record<Kind, string> = {
  name: 'Your name',
  alias: 'Your alias',
  'student-id': 'Your student ID',
  team: 'Team name',
};

const HINT: Record<Kind, string> = {
  name: `Your full name, as your instructor will see it on the leaderboard. Names must be unique in your class: two runs under one name count as one (at most ${MAX_NAME_CHARS} characters).`,
  alias:
    'A name of your choice, shown on the leaderboard instead of yours. Your instructor can grade the run only if you tell them your alias when you send them the run code.',
  'student-id':
    'Your student ID as your school writes it: the leaderboard shows it instead of your name, and your instructor\u2019s roster finds you by it.',
  team: 'Your team\u2019s name, as the leaderboard will show it. One computer plays for the whole team.',
};

export const rolesText = (domains: readonly Domain[]): string =>
  domains.length === 0 ? 'reviews every decision' : domains.map((d) => DOMAIN_NAME[d]).join(', ');

/** The roles the members would have, as a list (empty until two members are typed). */
function rolesList(members: readonly string[]): HTMLElement | null {
  if (members.length < 2) return null;
  return h(
    'div',
    {},
    h('p', { className: 'roles-head' }, 'Roles in this game:'),
    h(
      'ul',
      { className: 'team-roles' },
      ...teamRoles(members).map((r) => h('li', {}, h('strong', {}, r.member), `: ${rolesText(r.domains)}`)),
    ),
  );
}

/** The team's members box, with the roles shown as they are typed. */
function teamPart(): { el: HTMLElement; members: HTMLTextAreaElement } {
  const members = h('textarea', {
    id: 'join-members',
    rows: 4,
    spellcheck: 'false',
    'aria-describedby': 'join-members-hint join-name-problem',
  });
  const roles = h('div', { id: 'join-roles', 'aria-live': 'polite' });
  members.addEventListener('input', () => fill(roles, rolesList(membersOf(members.value))));
  const el = h(
    'div',
    { className: 'join-team', hidden: true },
    h('label', { for: 'join-members' }, 'Members, one per line'),
    members,
    h(
      'p',
      { className: 'hint', id: 'join-members-hint' },
      `Everyone who plays (2 to ${MAX_TEAM_MEMBERS}), in role order: each member owns part of the company, and the debrief suggests how to rotate the roles for the next round.`,
    ),
    roles,
  );
  return { el, members };
}

/** The name and what else the run says, or the problem and the field to fix. */
function playerOf(
  kind: Kind,
  nameText: string,
  membersText: string,
): { name: string; extras: PlayerExtras } | { problem: string; field: 'name' | 'members' } {
  const name = cleanName(nameText);
  const wrong = name === '' && kind !== 'name' ? `Enter ${LABEL[kind].toLowerCase()}.` : nameProblem(name);
  if (wrong) return { problem: wrong, field: 'name' };
  if (kind !== 'team') return { name, extras: kind === 'name' ? {} : { nameKind: kind } };
  const members = membersOf(membersText);
  const badTeam = membersProblem(members);
  return badTeam ? { problem: badTeam, field: 'members' } : { name, extras: { members } };
}

const WHO = [
  { value: 'name', label: 'Me, under my name' },
  { value: 'alias', label: 'Me, under an alias' },
  { value: 'student-id', label: 'Me, under my student ID' },
  { value: 'team', label: 'A team, at this computer' },
] as const;

/**
 * The form; `start` gets the cleaned name, what else the run says and the extended time (from the field made by
 * `extendedTime`, which reads the name box), and returns why it refused, or null.
 */
export function playerForm(
  start: (name: string, extras: PlayerExtras, accommodation: Accommodation | null) => string | null,
  warning: HTMLElement | null,
  extendedTime?: (nameInput: HTMLInputElement) => ExtendedTimeField | null,
): HTMLFormElement {
  let kind: Kind = 'name';
  const name = h('input', {
    id: 'join-name',
    type: 'text',
    maxlength: MAX_NAME_CHARS,
    autocomplete: 'name',
    'aria-required': 'true',
    'aria-describedby': 'join-name-hint join-name-problem',
  });
  const label = h('label', { for: 'join-name' }, LABEL.name);
  const hint = h('p', { className: 'hint', id: 'join-name-hint' }, HINT.name);
  const problem = h('p', { className: 'error', id: 'join-name-problem', role: 'alert' });
  const team = teamPart();
  const extended = extendedTime?.(name) ?? null;
  // A problem is about what was typed: it goes as soon as that changes.
  for (const field of [name, team.members]) field.addEventListener('input', () => (problem.textContent = ''));
  const choose = (next: Kind): void => {
    kind = next;
    label.textContent = LABEL[kind];
    hint.textContent = HINT[kind];
    name.autocomplete = kind === 'name' ? 'name' : 'off';
    team.el.hidden = kind !== 'team';
    problem.textContent = '';
  };
  const submit = (event: Event): void => {
    event.preventDefault();
    const player = playerOf(kind, name.value, team.members.value);
    if ('problem' in player) {
      problem.textContent = player.problem;
      return (player.field === 'name' ? name : team.members).focus();
    }
    const time = extended ? extended.read(player.name) : { ok: true as const, accommodation: null };
    if (!time.ok) {
      problem.textContent = time.message;
      return;
    }
    problem.textContent = start(player.name, player.extras, time.accommodation) ?? '';
  };
  return h(
    'form',
    { className: 'join-form', onsubmit: submit, 'aria-label': 'Join' },
    warning,
    radios('join-as', 'Who plays', WHO, 'name', choose),
    label,
    name,
    hint,
    team.el,
    extended?.el ?? null,
    problem,
    h('button', { type: 'submit', className: 'primary', id: 'join-start' }, 'Start'),
  );
}
