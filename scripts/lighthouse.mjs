// npm run bench:lighthouse — Lighthouse's performance score of the title screen, as a student's first visit
// sees it: the production build served gzipped on 127.0.0.1, audited by the `lighthouse` package in Debian's
// Chromium, with Lighthouse's mobile preset (a mid-range phone on a slow 4G network, simulated) and its desktop
// preset. Several runs each, medians printed beside the targets of issue 16. A benchmark: asserts nothing.
//
//   node scripts/lighthouse.mjs [--runs 5] [--dist dir (an existing build instead of a fresh one)]
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import {
  buildWeb,
  chromiumMissing,
  CHROMIUM,
  privateBuildDir,
  removeBuild,
  serveDist,
} from './web-harness.mjs';

const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(argValue('--runs') ?? 5);
const GIVEN_DIST = argValue('--dist');

if (chromiumMissing()) {
  console.error(
    `No Chromium at ${CHROMIUM}: install the Debian package \`chromium\` (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One Lighthouse performance audit; returns the score (0–100) and the metrics that make it. */
async function audit(url, config) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      config,
    );
    const lhr = result.lhr;
    const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      si: value('speed-index'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

const dist = GIVEN_DIST ?? buildWeb({ outDir: privateBuildDir('lighthouse') });
const server = await serveDist(dist, 0, { gzip: true });
const presets = [
  { name: 'mobile', config: undefined, target: 90 },
  { name: 'desktop', config: desktopConfig, target: 95 },
];
const results = {};
try {
  for (const preset of presets) {
    results[preset.name] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await audit(server.url, preset.config);
      results[preset.name].push(r);
      console.log(
        `${preset.name} run ${i + 1}/${RUNS}: score ${r.score}, FCP ${(r.fcp / 1000).toFixed(2)} s, LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${r.tbt.toFixed(0)} ms`,
      );
    }
  }
} finally {
  await server.close();
  if (!GIVEN_DIST) removeBuild(dist);
}

console.log(`\nLighthouse ${RUNS} runs per preset, medians (title screen, served gzipped from 127.0.0.1):`);
for (const preset of presets) {
  const rs = results[preset.name];
  const m = (k) => median(rs.map((r) => r[k]));
  console.log(
    `${preset.name.padEnd(8)} score ${String(m('score')).padStart(3)} (target ≥ ${preset.target}: ${m('score') >= preset.target ? 'ok' : 'UNDER'})  FCP ${(m('fcp') / 1000).toFixed(2)} s  LCP ${(m('lcp') / 1000).toFixed(2)} s  TBT ${m('tbt').toFixed(0)} ms  SI ${(m('si') / 1000).toFixed(2)} s  CLS ${m('cls').toFixed(3)}`,
  );
}
