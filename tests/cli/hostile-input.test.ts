/**
 * The command line under hostile input: one poisoned run never takes the other runs' lines with it, a
 * competition link carrying a hostile scenario is answered at once, nothing from a file reaches the terminal as
 * a control or bidi character, and a closed pipe ends the tool quietly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import {
  competitionId,
  competitionLink,
  encodeRunCode,
  encodeRunFile,
  sealRun,
  type Competition,
} from '../../src/replay/index.ts';
import { MAX_FILE_BYTES } from '../../src/scenario/text-guards.ts';
import { HangGuard } from '../hang/guard.ts';
import { botRun, competition } from '../replay/helpers.ts';
import { codeAround, HUGE_NUMBER, nested, runTextWith } from '../replay/hostile.ts';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

afterEach(() => {
  process.exitCode = undefined;
});

const dir = mkdtempSync(join(tmpdir(), 'tradeoffs-hostile-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const c = competition();
const link = competitionLink('https://x/', c);
const ada = botRun(c, 'Ada', 'steady', { turns: 5 });
const eve = botRun(c, 'Eve', 'frugal', { turns: 5 });
const DAMAGED = 'truncated or corrupt: the code or file is damaged and cannot be read';

describe('tradeoffs verify judges every run alone', () => {
  it('prints OK for the good runs and one REJECTED line for each poisoned one, in order', async () => {
    const good = file('good.json', encodeRunFile(ada));
    const huge = file('huge.json', runTextWith(eve, HUGE_NUMBER));
    const deep = codeAround(runTextWith(eve, nested(400_000)));
    const r = await run(['verify', '--competition', link, good, huge, deep, encodeRunCode(eve)]);
    expect(r.out).toEqual([
      `OK Ada ${ada.claimed.score}`,
      `REJECTED Eve: ${DAMAGED} (it holds a number out of range, such as 1e400)`,
      `REJECTED code 3: ${DAMAGED} (nested more than 32 levels deep)`,
      `OK Eve ${eve.claimed.score}`,
    ]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/2 of 4 runs verified/);
  });
});

describe('a competition link that carries a hostile scenario file', () => {
  const guard = new HangGuard(new URL('../hang/tasks.ts', import.meta.url).href);
  afterAll(() => guard.close());
  // ~1 MB of blanks in a text the error explainer quotes: about 1.5 KB once compressed into the link.
  const text = `id: evil\ntitle: Evil\nturns: 10\nsummary: @x${' '.repeat(MAX_FILE_BYTES - 200)}y\n`;
  const hash = '0123456789abcdef';
  const hostile: Competition = {
    ...c,
    id: competitionId(hash, c.seed, c.timeLimitMinutes),
    scenario: { id: 'evil', hash, source: { fileName: 'evil.yaml', text } },
  };
  const evilLink = competitionLink('https://x/', hostile);
  const problem =
    'error: --competition: The competition\'s scenario file does not load here: evil.yaml:4:10: put this text in quotes: text starting with "@" is YAML syntax';

  it('is small, as the issue found it', () => {
    expect(evilLink.length).toBeLessThan(3000);
  });

  it('verify --competition says what is wrong with the file, at once', async () => {
    const r = await guard.call<{ code: number; err: string[] }>('cli', [
      'verify',
      '--competition',
      evilLink,
      'x.json',
    ]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain(problem);
  });

  it('play --competition too', async () => {
    const r = await guard.call<{ code: number; err: string[] }>('cli', [
      'play',
      '--competition',
      evilLink,
      '--bot',
      'steady',
    ]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain(problem);
  });
});

describe('tradeoffs verify flags what the instructor should check', () => {
  it('a look-alike name and the same decisions under another name, after the score', async () => {
    const twin = sealRun({ ...ada, name: '\u0410da', startedAt: ada.startedAt + 1 });
    const r = await run([
      'verify',
      '--competition',
      link,
      encodeRunCode(ada),
      encodeRunCode(twin),
      encodeRunCode(eve),
    ]);
    expect(r.out).toEqual([
      `OK Ada ${ada.claimed.score} (check: looks like \u0410da; same decisions as \u0410da, turn by turn)`,
      `OK \u0410da ${ada.claimed.score} (check: looks like Ada (Latin and Cyrillic letters); same decisions as Ada, turn by turn)`,
      `OK Eve ${eve.claimed.score}`,
    ]);
  });
});

describe('nothing from a file reaches the terminal raw', () => {
  it('escapes a C1 control (CSI U+009B) and a bidi override (U+202E) in a run name', async () => {
    const named = sealRun({ ...ada, name: 'Eve\u009b2J\u202eevil' });
    const r = await run(['verify', '--competition', link, encodeRunCode(named)]);
    expect(r.out).toEqual([
      'REJECTED Eve\\u009B2J\\u202Eevil: truncated or corrupt: the player name is empty, too long, unreadable or without a letter',
    ]);
  });

  it('escapes format characters in an accepted name, and controls in a file name', async () => {
    const joined = sealRun({ ...ada, name: 'A\u200dda' });
    const path = file('a\u001b[31m.json', encodeRunFile(joined));
    const r = await run(['verify', '--competition', link, path, join(dir, 'gone\u0085.json')]);
    expect(r.out).toEqual([
      `OK A\\u200Dda ${ada.claimed.score}`,
      `REJECTED ${join(dir, 'gone\\u0085.json')}: truncated or corrupt: no such file, and not a run code`,
    ]);
  });

  it('escapes them in the seed of a competition that play prints', async () => {
    const seeded: Competition = {
      ...c,
      seed: 'K7\u202eM2',
      id: competitionId(c.scenario.hash, 'K7\u202eM2', 45),
    };
    const r = await run(['play', '--competition', competitionLink('https://x/', seeded), '--bot', 'idle']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('seed K7\\u202EM2 · bot idle');
    expect(r.out.join('\n')).not.toMatch(/[\u202e\u009b]/);
  });

  it('escapes them in validate output', async () => {
    const path = file('b\u202e.yaml', 'id: tiny\ntitle: Tiny\nturns: 10\n');
    const r = await run(['validate', path]);
    expect(r.out).toEqual([`OK ${join(dir, 'b\\u202E.yaml')}`]);
  });
});

describe('a closed pipe', () => {
  it('ends the tool quietly: `validate many files | head -1` prints one line and no stack trace', () => {
    const broken = file('broken.yaml', 'id: Bad Id\nturns: 0\n'.repeat(200));
    const files = Array.from({ length: 40 }, () => broken);
    const r = spawnSync('sh', ['-c', `node bin/tradeoffs.mjs validate ${files.join(' ')} | head -1`], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
