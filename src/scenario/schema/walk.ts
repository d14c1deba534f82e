/**
 * Looks inside the zod schema: the field names allowed at a path of the data (for "did you mean …?" hints on
 * unknown fields). Pure; reads zod's public `_zod.def` structure.
 */
import type { z } from 'zod';
import type { Path } from '../problems.ts';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schemas a value at `path` may be checked against (several when the path passes through a union). */
function schemasAt(schema: z.ZodType, path: Path): z.ZodType[] {
  let current: z.ZodType[] = [schema];
  for (const part of path) {
    const next: z.ZodType[] = [];
    for (const s of current.flatMap(unwrap)) {
      const def = defOf(s);
      if (def.type === 'object' && typeof part === 'string' && def.shape && Object.hasOwn(def.shape, part))
        next.push(def.shape[part]!);
      if (def.type === 'array' && typeof part === 'number' && def.element) next.push(def.element);
    }
    current = next;
  }
  return current.flatMap(unwrap);
}

/** Strips optional/default/pipe wrappers and expands unions. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

export function keysAt(schema: z.ZodType, path: Path): string[] {
  const keys: string[] = [];
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def.type === 'object' && def.shape) keys.push(...Object.keys(def.shape));
  }
  return keys;
}
