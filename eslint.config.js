// ESLint flat config. Besides typescript-eslint's recommended rules it enforces the architecture by lint
// (see ARCHITECTURE.md, beside this repo in shared/):
//  - the dependency direction between the folders of src/ (`no-restricted-imports`, one rule set per folder);
//  - only src/ui/** and src/main.ts touch Phaser or the DOM;
//  - the pure layers never import Node builtins (except src/scenario/**/node.ts and src/cli/**);
//  - the engine's determinism contract in src/engine/** and src/lib/**: no Math.random, no inexactly specified
//    Math functions, no `**`, no clock, timers, storage, Intl or for...in.
// Rule options do not merge between config blocks (the last block that sets a rule wins), so every rule below is
// set by exactly one generated block per file.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const SEE = 'See ARCHITECTURE.md';

// ------------------------------------------------------------------ dependency direction

/**
 * Folders of src/ and what each may import (besides itself and npm packages). Mirrors ARCHITECTURE.md:
 * lib ← engine ← scenario ← {bots, replay, balance ← search} ← store ← {persistence, ui} ← main; cli uses the core.
 * balance may use bots: a Monte Carlo balance report plays games with the strategy bots.
 * search sits beside balance and may use it: the strategy search shares its statistics, report layout and
 * warnings, and its results are part of the balance report shown by the shells (store, ui, cli).
 * grading (rosters, grades, gradebooks) builds on replay's verified runs and serves ui and cli.
 * lms (course packages for learning management systems) builds on replay, guide (facilitator guides) on balance;
 * both are used by ui and cli only.
 */
const LAYERS = {
  lib: [],
  engine: ['lib'],
  scenario: ['lib', 'engine'],
  bots: ['lib', 'engine', 'scenario'],
  replay: ['lib', 'engine', 'scenario'],
  balance: ['lib', 'engine', 'scenario', 'bots'],
  search: ['lib', 'engine', 'scenario', 'bots', 'balance'],
  grading: ['lib', 'engine', 'scenario', 'replay'],
  lms: ['lib', 'engine', 'scenario', 'replay'],
  guide: ['lib', 'engine', 'scenario', 'bots', 'balance'],
  store: ['lib', 'engine', 'scenario', 'bots', 'replay', 'balance', 'search'],
  persistence: ['lib', 'engine', 'scenario', 'bots', 'replay', 'balance', 'search', 'store'],
  ui: [
    'lib',
    'engine',
    'scenario',
    'bots',
    'replay',
    'balance',
    'search',
    'grading',
    'lms',
    'guide',
    'store',
  ],
  cli: ['lib', 'engine', 'scenario', 'bots', 'replay', 'balance', 'search', 'grading', 'lms', 'guide'],
};
/** Layers that may import Node builtins (the command-line tool runs in Node only). */
const NODE_LAYERS = new Set(['cli']);
/** Layers that may import Phaser and use DOM globals. */
const BROWSER_LAYERS = new Set(['ui']);
/** Layers bound by the engine's determinism contract. */
const PURE_LAYERS = new Set(['engine', 'lib']);
/** What src/ may import from the rest of the repository (built-in scenario files, art, the version), except
 * the pure layers, which import nothing outside src/. Tests, benchmarks and scripts are never imported. */
const REPO_FILES = ['scenarios', 'assets', 'package.json'];
/** Deepest folder nesting inside a layer that gets a generated rule (src/<layer>/a/b/c/d/file.ts). */
const MAX_DEPTH = 6;

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Import restrictions for a file `depth` folders below src/ (src/engine/x.ts has depth 1). A relative import
 * climbing exactly `depth` levels lands in src/ and must name an allowed layer; climbing further leaves src/.
 */
function importRules(layer, depth, { allowNode }) {
  const allowed = [layer, ...LAYERS[layer]];
  const up = `(?:\\./)?(?:\\.\\./){${depth}}`;
  const patterns = [
    {
      regex: `^${up}(?!(?:${allowed.map(escapeRe).join('|')})(?:/|$)|\\.\\./)`,
      message: `src/${layer} may import only ${allowed.map((l) => `src/${l}`).join(', ')} (dependency direction). ${SEE}.`,
    },
    PURE_LAYERS.has(layer)
      ? {
          regex: `^(?:\\./)?(?:\\.\\./){${depth + 1},}`,
          message: `src/${layer} may not import files outside src/. ${SEE}.`,
        }
      : {
          regex: `^(?:\\./)?(?:\\.\\./){${depth + 1}}(?!(?:${REPO_FILES.map(escapeRe).join('|')})(?:/|\\?|$))`,
          message: `src/${layer} may import from outside src/ only ${REPO_FILES.join(', ')}. ${SEE}.`,
        },
  ];
  const paths = [];
  if (!BROWSER_LAYERS.has(layer)) {
    patterns.push({
      regex: '^phaser(?:/|$)',
      message: `Only src/ui and src/main.ts may import Phaser; src/${layer} must run without a screen. ${SEE}.`,
    });
  }
  if (!allowNode) {
    patterns.push({
      regex: '^node:',
      message: `src/${layer} runs in browsers and JS shells: no Node builtins (only src/cli and src/scenario/**/node.ts). ${SEE}.`,
    });
    for (const name of builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:'))) {
      paths.push({
        name,
        message: `src/${layer} runs in browsers and JS shells: no Node builtins (only src/cli and src/scenario/**/node.ts). ${SEE}.`,
      });
    }
  }
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

function layerImportBlocks() {
  const blocks = [];
  for (const layer of Object.keys(LAYERS)) {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const dir = `src/${layer}/${'*/'.repeat(depth - 1)}`;
      blocks.push({
        name: `tradeoffs/imports/${layer}/depth-${depth}`,
        files: [`${dir}*.ts`],
        rules: importRules(layer, depth, { allowNode: NODE_LAYERS.has(layer) }),
      });
      if (layer === 'scenario') {
        // The Node-only scenario file loader; everything else in scenario/ runs in the browser too.
        blocks.push({
          name: `tradeoffs/imports/scenario-node-loader/depth-${depth}`,
          files: [`${dir}node.ts`],
          rules: importRules(layer, depth, { allowNode: true }),
        });
      }
    }
  }
  return blocks;
}

// ------------------------------------------------------------------ globals: DOM, Node, determinism

const esNames = new Set(Object.keys(globals.builtin));
const nodeNames = new Set(Object.keys(globals.node));
/** Browser-only globals (window, document, HTMLElement, alert, …) plus storage that Node also fakes. */
const DOM_GLOBALS = [
  ...Object.keys(globals.browser).filter((k) => !nodeNames.has(k) && !esNames.has(k)),
  'localStorage',
  'sessionStorage',
  'navigator',
  'Storage',
];
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
];

/** Globals that make a turn depend on something other than (state, decisions, scenario). */
const NONDETERMINISTIC_GLOBALS = {
  Date: 'the clock',
  performance: 'the clock',
  setTimeout: 'timers',
  setInterval: 'timers',
  setImmediate: 'timers',
  queueMicrotask: 'timers',
  requestAnimationFrame: 'timers',
  localStorage: 'storage',
  sessionStorage: 'storage',
  indexedDB: 'storage',
  window: 'the browser',
  document: 'the browser',
  self: 'the browser',
  globalThis: 'global state',
  global: 'global state',
  process: 'the environment',
  crypto: 'unseeded randomness',
  fetch: 'I/O',
  Intl: 'locale-dependent formatting that differs between engines',
};

function globalRules(layer, { allowNode }) {
  const restricted = new Map();
  if (!BROWSER_LAYERS.has(layer)) {
    for (const name of DOM_GLOBALS) {
      restricted.set(name, `Only src/ui and src/main.ts may use DOM globals such as ${name}. ${SEE}.`);
    }
  }
  if (!allowNode) {
    for (const name of NODE_GLOBALS) {
      restricted.set(name, `src/${layer} runs in browsers and JS shells: no Node global ${name}. ${SEE}.`);
    }
  }
  if (PURE_LAYERS.has(layer)) {
    for (const [name, what] of Object.entries(NONDETERMINISTIC_GLOBALS)) {
      restricted.set(
        name,
        `${name} brings ${what} into the pure engine; a turn must depend only on (state, decisions, scenario). ${SEE}, "The engine's contract".`,
      );
    }
  }
  return {
    'no-restricted-globals': ['error', ...[...restricted].map(([name, message]) => ({ name, message }))],
  };
}

// ------------------------------------------------------------------ exact arithmetic (engine and lib)

const INEXACT_MATH = [
  'pow',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'cbrt',
  'hypot',
];
const EXACT_ONLY = `gives different bits in V8, SpiderMonkey and JavaScriptCore, and one bit breaks a replay. Use + - * /, Math.sqrt, floor/ceil/round/trunc/abs/min/max/sign, fround, imul or bit operations (compound growth is a multiplication loop; lib/num.ts has helpers). ${SEE}, "The engine's contract".`;

const pureRules = {
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: `Math.random is unseeded: draw from the common-random-number streams (engine/rng.ts). ${SEE}, "The engine's contract".`,
    },
    ...INEXACT_MATH.map((property) => ({
      object: 'Math',
      property,
      message: `Math.${property} ${EXACT_ONLY}`,
    })),
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "BinaryExpression[operator='**']", message: `The ** operator ${EXACT_ONLY}` },
    { selector: "AssignmentExpression[operator='**=']", message: `The **= operator ${EXACT_ONLY}` },
    {
      selector: 'ForInStatement',
      message: `for...in walks inherited keys in an order that is easy to get wrong; iterate Object.keys() or a fixed list. ${SEE}, "The engine's contract".`,
    },
    {
      selector: 'MemberExpression[property.name=/^(toLocale\\w*String|localeCompare)$/]',
      message: `Locale-dependent formatting and comparison differ between engines and machines. ${SEE}, "The engine's contract".`,
    },
    {
      selector: "Identifier[name='Math']:not(MemberExpression[computed=false] > Identifier.object)",
      message: `Use Math only as Math.<name> so the exact-arithmetic rule can see every call. ${SEE}, "The engine's contract".`,
    },
    {
      selector: 'ImportExpression',
      message: `The engine is pure: no dynamic import. ${SEE}, "The engine's contract".`,
    },
  ],
};

function layerGlobalBlocks() {
  const blocks = [];
  for (const layer of Object.keys(LAYERS)) {
    const allowNode = NODE_LAYERS.has(layer);
    blocks.push({
      name: `tradeoffs/globals/${layer}`,
      files: [`src/${layer}/**/*.ts`],
      languageOptions: {
        globals: BROWSER_LAYERS.has(layer)
          ? globals.browser
          : allowNode
            ? globals.node
            : globals['shared-node-browser'],
      },
      rules: { ...globalRules(layer, { allowNode }), ...(PURE_LAYERS.has(layer) ? pureRules : {}) },
    });
    if (layer === 'scenario') {
      blocks.push({
        name: 'tradeoffs/globals/scenario-node-loader',
        files: ['src/scenario/**/node.ts'],
        languageOptions: { globals: globals.node },
        rules: globalRules(layer, { allowNode: true }),
      });
    }
  }
  return blocks;
}

export default defineConfig(
  {
    name: 'tradeoffs/ignores',
    ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'scenarios/schema.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'tradeoffs/defaults',
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerImportBlocks(),
  ...layerGlobalBlocks(),
  {
    name: 'tradeoffs/main',
    files: ['src/main.ts'],
    languageOptions: { globals: globals.browser },
  },
);
