/** Tiny pure helpers shared by every layer. Imports nothing of ours. */

/** Exhaustiveness check for discriminated unions: a new case that is not handled fails to compile. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
