/** Competition links and short codes: round trips, copy-paste tolerance, and every way a bad one is refused. */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  competitionLink,
  competitionScenario,
  createCompetition,
  decodeCompetition,
  normaliseShortCode,
  shortCodeFor,
} from '../../src/replay/index.ts';
import { base64urlEncode, transportCheck } from '../../src/replay/codec.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { readFileSync } from 'node:fs';
import { T0, builtIn, catalogue, competition, refs } from './helpers.ts';

const BASE = 'https://teach.example/tradeoffs/index.html';

describe('competition links', () => {
  it('carry a built-in competition and give it back unchanged, from the link, the fragment or the value', () => {
    const c = competition();
    const link = competitionLink(BASE, c);
    expect(link).toMatch(
      /^https:\/\/teach\.example\/tradeoffs\/index\.html#c=1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/,
    );
    const fragment = link.slice(link.indexOf('#'));
    for (const text of [link, fragment, fragment.slice(1), fragment.slice(3)]) {
      const r = decodeCompetition(text, refs());
      expect(r).toEqual({ ok: true, competition: c, via: 'link' });
    }
  });

  it('replace an older fragment of the base address', () => {
    const c = competition();
    expect(competitionLink(`${BASE}#c=old`, c)).toBe(competitionLink(BASE, c));
  });

  it('carry a custom scenario inside, compressed, and it parses back to the same game', () => {
    const text = readFileSync('scenarios/solo-founder.yaml', 'utf8').replace(
      /^title: .*$/m,
      'title: Our own scenario',
    );
    const parsed = parseScenarioText(text, 'ours.yaml');
    if (!parsed.ok) throw new Error('fixture does not parse');
    const c = createCompetition({
      loaded: parsed.loaded,
      source: { fileName: 'ours.yaml', text },
      seed: 'any text seed',
      timeLimitMinutes: 30,
      createdAt: T0,
    });
    const link = competitionLink(BASE, c);
    expect(link.length).toBeLessThan(text.length / 2);
    const r = decodeCompetition(link, refs());
    if (!r.ok) throw new Error(r.message);
    expect(r.competition).toEqual(c);
    const resolved = competitionScenario(r.competition, catalogue());
    expect(resolved.ok && resolved.loaded.hash).toBe(parsed.loaded.hash);
    expect(resolved.ok && resolved.loaded.scenario.title).toBe('Our own scenario');
  });

  it('still work with spaces and line breaks from copy-paste', () => {
    const c = competition();
    const link = competitionLink(BASE, c);
    const wrapped = `  ${link.slice(0, 40)}\n${link.slice(40, 90)}\r\n\t${link.slice(90)}  `;
    expect(decodeCompetition(wrapped, refs())).toMatchObject({ ok: true, competition: c });
  });

  it('refuse a truncated, edited, newer or empty link with a message saying which', () => {
    const link = competitionLink(BASE, competition());
    const cut = link.slice(0, link.lastIndexOf('.'));
    expect(decodeCompetition(cut, refs())).toMatchObject({ ok: false, problem: 'truncated' });
    expect(decodeCompetition(link.slice(0, -3), refs())).toMatchObject({ ok: false, problem: 'truncated' });
    const at = link.indexOf('#c=1.') + 12;
    const edited = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    expect(decodeCompetition(edited, refs())).toMatchObject({ ok: false, problem: 'checksum' });
    const newer = link.replace('#c=1.', '#c=3.');
    expect(decodeCompetition(newer, refs())).toMatchObject({ ok: false, problem: 'version' });
    expect(decodeCompetition('   ', refs())).toMatchObject({ ok: false, problem: 'truncated' });
    expect(decodeCompetition('hello', refs())).toMatchObject({ ok: false, problem: 'corrupt' });
    for (const problem of ['truncated', 'checksum', 'version', 'corrupt'] as const) {
      const r = decodeCompetition(
        problem === 'truncated' ? cut : problem === 'checksum' ? edited : 'x',
        refs(),
      );
      if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
    }
  });

  it('refuse a competition whose id does not match its scenario, seed and time limit', () => {
    const c = { ...competition(), timeLimitMinutes: 0 };
    const payload = `1.${base64urlEncode(deflateSync(new TextEncoder().encode(JSON.stringify(c))))}`;
    const r = decodeCompetition(`#c=${payload}.${transportCheck(payload)}`, refs());
    expect(r).toMatchObject({ ok: false, problem: 'checksum' });
  });

  it('stop inflating a decompression bomb at the cap', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    const payload = `1.${base64urlEncode(bomb)}`;
    const t0 = performance.now();
    const r = decodeCompetition(`#c=${payload}.${transportCheck(payload)}`, refs());
    expect(r).toMatchObject({ ok: false, problem: 'too-large' });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('name a built-in scenario this copy of the game does not have, or has in another version', () => {
    const c = competition();
    const other = { ...c, scenario: { id: 'solo-founder', hash: '0000000000000000' } };
    expect(competitionScenario(other, catalogue())).toMatchObject({ ok: false });
    const r = competitionScenario(other, catalogue());
    expect(!r.ok && r.message).toMatch(/another version/);
    const gone = { ...c, scenario: { id: 'no-such', hash: '0000000000000000' } };
    expect(!competitionScenario(gone, catalogue()).ok).toBe(true);
  });
});

describe('short codes', () => {
  const c = competition({ seed: 'K7M2QX', minutes: 45 });
  const made = shortCodeFor(c.scenario.hash, c.seed, c.timeLimitMinutes, refs(), false);
  const code = made.ok ? made.code : '';

  it('name a built-in scenario, a drawn seed and the time limit, and give the same competition id as the link', () => {
    expect(code).toMatch(/^TR1-[0-9A-Z]-K7M2QX-045-[0-9A-HJKMNP-TV-Z]{4}$/);
    const r = decodeCompetition(code, refs());
    if (!r.ok) throw new Error(r.message);
    expect(r.via).toBe('code');
    expect(r.competition.id).toBe(c.id);
    expect(r.competition.seed).toBe('K7M2QX');
    expect(r.competition.timeLimitMinutes).toBe(45);
    expect(r.competition.scenario).toEqual({ id: c.scenario.id, hash: c.scenario.hash });
  });

  it('ignore case, spaces, hyphens and line breaks, and read O as 0 and I or L as 1', () => {
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')}\n`;
    expect(decodeCompetition(sloppy, refs())).toMatchObject({ ok: true, competition: { id: c.id } });
    expect(normaliseShortCode('tr1-i-l')).toBe('TR111');
  });

  it('refuse every single-character typo and every truncation', () => {
    const compact = normaliseShortCode(code);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 3; i < compact.length; i++) {
      for (const ch of alphabet) {
        if (ch === compact[i]) continue;
        const typo = compact.slice(0, i) + ch + compact.slice(i + 1);
        const r = decodeCompetition(typo, refs());
        // A typo either fails or (never, with a 20-bit check over 14 characters) opens the same competition.
        if (r.ok) expect(r.competition.id).toBe(c.id);
        else expect(['checksum', 'corrupt']).toContain(r.problem);
      }
    }
    for (let n = 1; n < compact.length; n++) {
      expect(decodeCompetition(compact.slice(0, n), refs()).ok).toBe(false);
    }
    expect(decodeCompetition(`${compact}7`, refs())).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(decodeCompetition(compact.replace('TR1', 'TR2'), refs())).toMatchObject({
      ok: false,
      problem: 'version',
    });
  });

  it('are refused when the list of built-ins changed (another version of the game)', () => {
    const shuffled = [...refs()].reverse();
    if (shuffled.length > 1) expect(decodeCompetition(code, shuffled).ok).toBe(false);
    const changed = refs().map((r) => ({ ...r, hash: `${r.hash.slice(0, 15)}0` }));
    expect(decodeCompetition(code, changed)).toMatchObject({ ok: false, problem: 'checksum' });
  });

  it('are not made for custom scenarios, free-text seeds or unknown scenarios, and say why', () => {
    expect(shortCodeFor(c.scenario.hash, c.seed, 45, refs(), true)).toMatchObject({
      ok: false,
      reason: /link/,
    });
    expect(shortCodeFor(c.scenario.hash, 'amber-otter-42', 45, refs(), false)).toMatchObject({
      ok: false,
      reason: /seed/,
    });
    expect(shortCodeFor('ffffffffffffffff', c.seed, 45, refs(), false).ok).toBe(false);
    expect(shortCodeFor(builtIn('solo-founder').hash, 'K7M2QX', 0, refs(), false)).toMatchObject({
      ok: true,
      code: expect.stringMatching(/-000-/),
    });
  });
});
