/**
 * The JSON Schema of scenario files, generated from the zod schema (the single source of truth) for editor
 * autocompletion and tooltips; `npm run schema` writes it to scenarios/schema.json. Draft-07, which VS Code,
 * JetBrains IDEs and yaml-language-server all understand. Pure.
 */
import { z } from './schema/zod.ts';
import { ScenarioFileSchema } from './schema/scenario.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioFileSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { ...schema, title: 'Tradeoffs scenario' };
}

/** The exact text of scenarios/schema.json (stable key order, trailing newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
