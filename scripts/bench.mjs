// Runs a benchmark file bundled (as the game ships), passing the remaining arguments through.
import { bundle } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
const file = await bundle(entry, `bench-${basename(entry, '.ts')}`);
const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
