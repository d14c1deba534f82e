/**
 * Who plays a competition run: a name (names.ts says what a name may be), and optionally what kind of name it is (an alias or a student id instead
 * of the full name) or the members of the team whose name it is. Names as entered are cleaned one way
 * everywhere, and compared by one key (nameKey): one run per name on the leaderboard, and the same key when a
 * run is matched to a course roster. Pure.
 */
import { canonicalName, cleanName, nameProblem } from './names.ts';

export const MIN_TEAM_MEMBERS = 2;
export const MAX_TEAM_MEMBERS = 8;

/** What a run's name is when it is not the player's full name. */
export const NAME_KINDS = ['alias', 'student-id'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/**
 * What a run may say about its player besides the name (run format 2, added fields: a run without them is a run
 * by one player under their full name). A team run's name is the team's name; `members` lists its players in
 * role order (team-roles.ts).
 */
export interface PlayerExtras {
  nameKind?: NameKind;
  members?: string[];
}

/** The key names are compared by: one run per name on the leaderboard, and the same key against a roster. */
export function nameKey(name: string): string {
  return canonicalName(cleanName(name));
}

/** Team members as typed: one per line (or separated by commas or semicolons), cleaned, blanks dropped. */
export function membersOf(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map(cleanName)
    .filter((m) => m !== '');
}

/** Why a team's member list cannot be used, or null. */
export function membersProblem(members: readonly string[]): string | null {
  if (members.length < MIN_TEAM_MEMBERS)
    return `A team has at least ${MIN_TEAM_MEMBERS} members: list everyone who plays, one per line.`;
  if (members.length > MAX_TEAM_MEMBERS) return `A team has at most ${MAX_TEAM_MEMBERS} members.`;
  for (const m of members) {
    const problem = nameProblem(m);
    if (problem || cleanName(m) !== m) return `Member \u201c${m}\u201d: ${problem ?? 'not a clean name'}`;
  }
  const keys = members.map(nameKey);
  const twice = members.find((_, i) => keys.indexOf(keys[i]!) !== i);
  return twice ? `${twice} is listed twice.` : null;
}

type Rec = Record<string, unknown>;

/**
 * The player fields of parsed JSON (a run, a save, a competition record), copied; absent fields stay absent.
 * Null when a field is present but wrong, or when a run claims both a name kind and team members.
 */
export function asPlayerExtras(v: Rec): PlayerExtras | null {
  const out: PlayerExtras = {};
  if (v.nameKind !== undefined) {
    if (!NAME_KINDS.includes(v.nameKind as NameKind)) return null;
    out.nameKind = v.nameKind as NameKind;
  }
  if (v.members !== undefined) {
    const m = v.members;
    if (!Array.isArray(m) || !m.every((x) => typeof x === 'string') || membersProblem(m as string[]))
      return null;
    out.members = [...(m as string[])];
  }
  return out.nameKind && out.members ? null : out;
}

/** A copy of the player fields that are set (so an absent field is never written as undefined or []). */
export function playerExtras(p: PlayerExtras): PlayerExtras {
  return {
    ...(p.nameKind ? { nameKind: p.nameKind } : {}),
    ...(p.members ? { members: [...p.members] } : {}),
  };
}
