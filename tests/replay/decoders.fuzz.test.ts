/**
 * Fuzzing the two decoders that read what strangers paste: the run decoder (codes and files) and the
 * competition decoder (links and short codes). Thousands of inputs (random text, blank runs, long strings,
 * numbers beyond a double, nesting hundreds of thousands deep, runs and competitions with any field made of
 * anything): neither decoder throws or hangs, and each input is either accepted unchanged (it decodes to exactly
 * what was encoded) or rejected with a reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/lib/hash.ts';
import { packText, transportCheck } from '../../src/replay/codec.ts';
import {
  competitionFragment,
  competitionId,
  decodeCompetition,
  decodeRun,
  encodeRunCode,
  encodeRunFile,
  sealRun,
  type Competition,
  type DecodedCompetition,
  type DecodedRun,
  type RunFile,
} from '../../src/replay/index.ts';
import { botRun, competition, refs } from './helpers.ts';
import { codeAround, runTextWith } from './hostile.ts';

const SEED = 20260412;
const c = competition();
const run = botRun(c, 'Ada', 'steady', { turns: 4 });
const builtIns = refs();

// ---------------------------------------------------------------- what inputs are made of

/** Numbers as JSON text, many beyond what a double holds (JSON.parse reads them as Infinity or 0). */
const numberText = fc.oneof(
  fc.constantFrom('1e400', '-1e400', '1e309', '1e-400', '9007199254740993', '-0', '1.7976931348623157e308'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);

/** Blank runs of every kind, up to 100,000 characters. */
const blanks = fc
  .tuple(
    fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000'),
    fc.integer({ min: 1, max: 100_000 }),
  )
  .map(([b, n]) => b.repeat(n));

/** Long strings: one character repeated, or random text, up to 200,000 characters. */
const longText = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('a', 'A', '.', '-', '"', '\\', '{', '[', 'TRUN2.', '\u202e', '😀'),
      fc.integer({ min: 1, max: 200_000 }),
    )
    .map(([ch, n]) => ch.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 2000 }),
);

/** Nested lists or mappings, `depth` deep, as JSON text. */
const nestedText = fc
  .tuple(fc.integer({ min: 1, max: 300_000 }), fc.boolean())
  .map(([depth, lists]) =>
    lists ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Text of up to 5,000 characters, for fields of runs and competitions that are sealed or packed each case. */
const mediumText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 5000 }),
  blanks.map((b) => b.slice(0, 5000)),
);

/** Any JSON value as text: small random values, long strings, numbers beyond a double, deep nesting. */
const jsonText = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: numberText },
  { weight: 1, arbitrary: longText.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: nestedText },
);

// ---------------------------------------------------------------- the contract

const RUN_REASON =
  /^(the code or file is (incomplete|damaged)|the run was changed|a newer version|an earlier version|too large|not a Tradeoffs run)/;

function decodedRun(input: string): DecodedRun {
  let r: DecodedRun;
  try {
    r = decodeRun(input);
  } catch (e) {
    throw new Error(`decodeRun threw on ${JSON.stringify(input.slice(0, 120))}: ${String(e)}`, { cause: e });
  }
  if (!r.ok) expect(r.message).toMatch(RUN_REASON);
  return r;
}

/** A run that decodes is exactly the run that was sealed, and encodes back to a code that decodes the same. */
function expectUnchanged(r: DecodedRun, sealed: RunFile | null): void {
  if (!r.ok) return;
  if (sealed) expect(r.run).toEqual(sealed);
  expect(decodeRun(encodeRunCode(r.run))).toEqual({ ok: true, run: r.run });
}

const COMPETITION_REASON = /^This (competition|code|is not a competition code)/;

function decodedCompetition(input: string): DecodedCompetition {
  let r: DecodedCompetition;
  try {
    r = decodeCompetition(input, builtIns);
  } catch (e) {
    throw new Error(`decodeCompetition threw on ${JSON.stringify(input.slice(0, 120))}: ${String(e)}`, {
      cause: e,
    });
  }
  if (!r.ok) expect(r.message).toMatch(COMPETITION_REASON);
  else {
    // Unchanged in canonical form (what a link carries: -0 and 0 are one number there).
    const again = decodeCompetition(competitionFragment(r.competition), builtIns);
    expect(again.ok && canonicalJson(again.competition)).toBe(canonicalJson(r.competition));
  }
  return r;
}

// ---------------------------------------------------------------- runs

describe('the run decoder', () => {
  it('takes any text: random, blank, long, code-shaped or JSON-shaped', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      blanks,
      longText,
      longText.map((s) => `TRUN2.${s}`),
      jsonText,
      jsonText.map((j) => `{"format":"tradeoffs-run","version":2,"name":${j}}`),
    );
    fc.assert(
      fc.property(input, (text) => expectUnchanged(decodedRun(text), null)),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('takes a real run with any JSON put into its decisions, as a file and as a code', () => {
    fc.assert(
      fc.property(jsonText, fc.boolean(), (j, asCode) => {
        const text = runTextWith(run, `{"type":"plan/allocate","x":${j}}`);
        expectUnchanged(decodedRun(asCode ? codeAround(text) : text), null);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('accepts a sealed run with any name, seed or decisions unchanged, or says why not', () => {
    // Fields up to 5,000 characters (sealing and encoding each case costs time; the decoder's own limits are
    // fuzzed with longer text above).
    const field = mediumText;
    const value = fc.jsonValue({ maxDepth: 6 });
    fc.assert(
      fc.property(field, field, fc.array(value, { maxLength: 4 }), (name, seed, extra) => {
        const turns = run.turns.map((t, i) => ({
          ...t,
          decisions: i === 0 ? [...t.decisions, { type: 'x', extra }] : t.decisions,
        }));
        const sealed = sealRun({ ...run, name, seed, turns: turns as RunFile['turns'] });
        for (const text of [encodeRunFile(sealed), encodeRunCode(sealed)])
          expectUnchanged(decodedRun(text), sealed);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('reads a real code with blank runs anywhere in it as the same run', () => {
    const code = encodeRunCode(run);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: code.length }), blanks), { maxLength: 6 }), (cuts) => {
        let text = code;
        for (const [at, blank] of cuts.sort((a, b) => b[0] - a[0]))
          text = text.slice(0, at) + blank + text.slice(at);
        expect(decodedRun(text)).toEqual({ ok: true, run });
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

// ---------------------------------------------------------------- competitions

/** A link whose competition JSON is `json` (with a correct transport check: only the content is at fault). */
function linkAround(json: string): string {
  const payload = `1.${packText(json)}`;
  return `https://x/#c=${payload}.${transportCheck(payload)}`;
}

describe('the competition decoder', () => {
  it('takes any text: random, blank, long, link-shaped, code-shaped', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      blanks,
      longText,
      longText.map((s) => `https://x/#c=1.${s}`),
      fc
        .string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ-iloIL '), maxLength: 40 })
        .map((s) => `TR1-${s}`),
      jsonText.map(linkAround),
    );
    fc.assert(
      fc.property(input, (text) => void decodedCompetition(text)),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('accepts a competition with any title, seed, time limit or scenario file unchanged, or says why not', () => {
    const text = mediumText;
    fc.assert(
      fc.property(
        text,
        text,
        fc.integer({ min: -5, max: 1200 }),
        fc.option(text),
        numberText,
        (title, seed, minutes, file, created) => {
          const shape = {
            ...c,
            title,
            seed,
            timeLimitMinutes: minutes,
            id: competitionId(c.scenario.hash, seed, minutes),
            scenario:
              file === null ? c.scenario : { ...c.scenario, source: { fileName: 'x.yaml', text: file } },
          } satisfies Competition;
          const json = canonicalJson(shape).replace(/"createdAt":[^,}]*/, `"createdAt":${created}`);
          const r = decodedCompetition(linkAround(json));
          if (r.ok)
            expect(canonicalJson(r.competition)).toBe(
              canonicalJson({ ...shape, createdAt: JSON.parse(created) }),
            );
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });

  it('ignores unknown fields holding anything, nesting and huge numbers included', () => {
    fc.assert(
      fc.property(jsonText, (j) => {
        const json = canonicalJson(c).replace(/^\{/, `{"zz":${j},`);
        const r = decodedCompetition(linkAround(json));
        if (r.ok) expect(r.competition).toEqual(c);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
