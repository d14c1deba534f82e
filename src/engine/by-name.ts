/**
 * Reads (and writes) of records keyed by a role, a policy, a phase or a serving mode, written as switches of named
 * accesses on purpose: an access by a name that changes from call to call (`r[role]` in a loop over roles,
 * `interest[s.phase]` as the phase moves on) is a megamorphic lookup in V8, and those lookups were the largest
 * builtin cost of a turn (measured with perf, bench/). Pure.
 */
import type { ArchChoice, BooleanPolicy, Phase, Policies, Role } from './types.ts';

/** A role's number in a by-role record (people, salaries), by index in ROLES. */
export function ofRole(r: Readonly<Record<Role, number>>, i: number): number {
  switch (i) {
    case 0:
      return r.engineer;
    case 1:
      return r.ml;
    case 2:
      return r.sre;
    default:
      return r.product;
  }
}

/** Sets a role's number in a by-role record, by index in ROLES (see `ofRole`). */
export function setRole(r: Record<Role, number>, i: number, n: number): void {
  switch (i) {
    case 0:
      r.engineer = n;
      return;
    case 1:
      r.ml = n;
      return;
    case 2:
      r.sre = n;
      return;
    default:
      r.product = n;
  }
}

export function policyOn(p: Readonly<Policies>, policy: BooleanPolicy): boolean {
  switch (policy) {
    case 'crunch':
      return p.crunch;
    case 'timeOff':
      return p.timeOff;
    case 'specDriven':
      return p.specDriven;
    case 'asyncDocs':
      return p.asyncDocs;
    case 'onCall':
      return p.onCall;
    case 'postmortems':
      return p.postmortems;
  }
}

export function ofPhase(r: Readonly<Record<Phase, number>>, phase: Phase): number {
  switch (phase) {
    case 'iteration':
      return r.iteration;
    case 'scaling':
      return r.scaling;
    case 'maintenance':
      return r.maintenance;
  }
}

export function ofServing(
  r: Readonly<Record<ArchChoice<'serving'>, number>>,
  mode: ArchChoice<'serving'>,
): number {
  switch (mode) {
    case 'hosted-api':
      return r['hosted-api'];
    case 'self-hosted':
      return r['self-hosted'];
    case 'fine-tuned':
      return r['fine-tuned'];
  }
}
