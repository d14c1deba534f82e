import { BOTS, playBot } from '../src/bots/index.ts';
import { resolveScenario } from '../src/cli/scenarios.ts';
const sc = resolveScenario('solo-founder').scenario;
const bot = BOTS[(process.argv[2] ?? 'steady') as 'steady'];
for (let i = 0; i < 3000; i++) playBot(sc, `w-${i}`, bot);
const t = performance.now();
for (let i = 0; i < 10000; i++) playBot(sc, `b-${i}`, bot);
console.log('ms/10k', (performance.now() - t).toFixed(0));
