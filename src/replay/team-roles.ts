/**
 * The roles of a team game: the scorecard's five domains dealt out to the members in the order they are listed
 * (the first member owns the first domain, the second the second, …, round again when there are fewer than
 * five; members past the fifth own none and review). Rotating the list by one for the next round hands every
 * domain to the next member, so each student owns each part of the company in turn. Pure.
 */
import type { Domain } from '../engine/index.ts';
import { DOMAINS } from '../engine/index.ts';

export interface TeamRole {
  member: string;
  domains: Domain[];
}

export function teamRoles(members: readonly string[]): TeamRole[] {
  return members.map((member, i) => ({
    member,
    domains: DOMAINS.filter((_, d) => d % members.length === i),
  }));
}

/** The member list for the next round: the first member moves to the end, so every domain passes on. */
export function rotatedMembers(members: readonly string[]): string[] {
  return members.length < 2 ? [...members] : [...members.slice(1), members[0]!];
}
