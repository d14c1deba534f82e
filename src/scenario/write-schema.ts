/**
 * `npm run schema`: writes scenarios/schema.json and the generated reference tables of scenarios/README.md
 * from the zod schema. Run it after changing the schema or the engine defaults and commit both files (a test
 * fails when they are stale). The writing itself is in node.ts (the only Node-facing file of this module).
 */
import { writeGeneratedFiles } from './node.ts';

for (const path of writeGeneratedFiles()) console.log(`wrote ${path}`);
