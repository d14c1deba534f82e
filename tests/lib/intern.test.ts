/** Interned copies: the same data, so a scenario plays the same game whether or not its strings were interned. */
import { describe, expect, it } from 'vitest';
import { BOTS, playBot } from '../../src/bots/index.ts';
import { stateHash } from '../../src/engine/index.ts';
import { interned } from '../../src/lib/intern.ts';
import { loadBuiltIn } from '../../src/scenario/node.ts';

describe('interned', () => {
  it('copies plain data exactly, without sharing objects with the original', () => {
    const data = { id: 'a', list: [1, 'two', { three: [true, null] }], nested: { 'odd key': -0, n: 1.5 } };
    const copy = interned(data);
    expect(copy).toStrictEqual(data);
    expect(Object.is(copy.nested['odd key'], -0)).toBe(true);
    expect(copy.list).not.toBe(data.list);
    copy.list.push(4);
    expect(data.list).toHaveLength(3);
  });

  it('keeps an own "__proto__" key as data, never as the copy\'s prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "x": "y"}') as Record<string, unknown>;
    const copy = interned(data);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(['__proto__', 'x']);
  });

  it('keeps what is not plain data as it is', () => {
    const map = new Map([['k', 1]]);
    const bytes = new Uint8Array([1, 2]);
    const copy = interned({ map, bytes });
    expect(copy.map).toBe(map);
    expect(copy.bytes).toBe(bytes);
  });

  it('leaves every game of a built-in scenario the same', () => {
    const load = loadBuiltIn('solo-founder');
    if (!load.ok) throw new Error('solo-founder did not load');
    const { scenario } = load.loaded;
    // A copy made through JSON has fresh strings; the loader's scenario is interned.
    const fresh = JSON.parse(JSON.stringify(scenario)) as typeof scenario;
    for (const seed of ['a', 'b', 'c']) {
      const once = playBot(scenario, seed, BOTS.steady).state;
      expect(stateHash(playBot(interned(fresh), seed, BOTS.steady).state)).toBe(stateHash(once));
      expect(stateHash(playBot(fresh, seed, BOTS.steady).state)).toBe(stateHash(once));
    }
  });
});
