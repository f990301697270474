/**
 * keyed/keyed.ts promises the mutator behind record, map and set: entries with unique keys,
 * complexity = key and value complexities + 1 bit per entry (0 when the size is fixed),
 * minComplexity pricing minItems *distinct* keys, generation that falls back to the cheapest
 * untaken keys to reach minItems, an ordered mutation walking the entries in turn, and crossover
 * replacing a value (or a Set element) keeping keys unique. This file checks each promise.
 */
import { describe, expect, it } from 'vitest';
import type { KeyedCache } from '../../../src/runtime/keyed/undo.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { integer, literals, map, record, set, string, type SubValueProvider } from '../../../src/index.js';
import { keyString, smallInt } from '../keyed-helpers.js';

describe('validateValue and complexity', () => {
  it('rejects other containers, out-of-bounds sizes, invalid keys and values', () => {
    const m = map(keyString(4), smallInt(8), { minItems: 1, maxItems: 2 });
    expect(m.validateValue(new Map([['k0', 1]]))).toBeDefined();
    expect(m.validateValue({ k0: 1 } as never)).toBeUndefined();
    expect(m.validateValue(new Map())).toBeUndefined();
    expect(m.validateValue(new Map([['k0', 1], ['k1', 1], ['k2', 1]]))).toBeUndefined();
    expect(m.validateValue(new Map([['x', 1]]))).toBeUndefined();
    expect(m.validateValue(new Map([['k0', 9]]))).toBeUndefined();
    expect(record(string(), integer()).validateValue(JSON.parse('{"__proto__": 1}'))).toBeUndefined();
  });

  it('adds one bit per entry, none when the size is fixed', () => {
    const keys = keyString(4); // 2 bits a key
    const vals = smallInt(8); // 3 bits a value
    const free = map(keys, vals);
    const fixed = map(keys, vals, { minItems: 2, maxItems: 2 });
    const v = new Map([['k0', 1], ['k1', 2]]);
    expect(free.complexity(v, free.validateValue(v)!)).toBeCloseTo(2 * (2 + 3 + 1), 9);
    expect(fixed.complexity(v, fixed.validateValue(v)!)).toBeCloseTo(2 * (2 + 3), 9);
    expect(fixed.minComplexity()).toBeCloseTo(10, 9);
    expect(fixed.maxComplexity()).toBeCloseTo(10, 9);
    expect(set(keys, { maxItems: 3 }).maxComplexity()).toBeCloseTo(3 * (1 + 2), 9);
    expect(free.maxComplexity()).toBe(Infinity);
  });

  it('prices minItems distinct keys, not minItems copies of the cheapest one', () => {
    // string keys: '' is the only 0-bit key, so two keys cost more than twice the minimum
    const r = record(string({ maxLength: 3 }), literals([true]), { minItems: 2 });
    const cheapest = r.randomArbitrary(createRng(1), 0).value;
    expect(Object.keys(cheapest)).toHaveLength(2);
    expect(r.minComplexity()).toBeGreaterThan(2 * (1 + string({ maxLength: 3 }).minComplexity()));
    expect(r.complexity(cheapest, r.validateValue(cheapest)!)).toBeCloseTo(r.minComplexity(), 6);
  });
});

describe('generation', () => {
  it('reaches minItems with distinct keys even when random keys keep colliding', () => {
    const s = set(string({ maxLength: 2 }), { minItems: 5 });
    const rng = createRng(2);
    for (let i = 0; i < 100; i++) {
      const v = s.randomArbitrary(rng, i % 2 === 0 ? 0 : 60).value;
      expect(v.size).toBeGreaterThanOrEqual(5);
      expect(s.validateValue(v)).toBeDefined();
    }
  });

  it('throws when minItems distinct keys do not exist', () => {
    expect(() => set(literals(['a', 'b']), { minItems: 3 }).randomArbitrary(createRng(3), 100)).toThrow(/could not generate 3 distinct keys/);
  });
});

describe('orderedMutate', () => {
  it('walks the values in turn (steps 0, 1, 3, 4, ...), keeping the keys', () => {
    const m = map(keyString(4), integer({ min: 0, max: 100 }));
    const v = new Map([['k0', 10], ['k1', 20], ['k2', 30]]);
    const cache = m.validateValue(v)!;
    const step = m.defaultMutationStep();
    const rng = createRng(4);
    const touched: number[] = [];
    for (let n = 0; n < 8; n++) {
      const before = [...v.values()];
      const r = m.orderedMutate(v, cache, step, rng, 1000)!;
      if (n % 3 !== 2) {
        expect([...v.keys()]).toEqual(['k0', 'k1', 'k2']);
        const after = [...v.values()];
        touched.push(after.findIndex((x, i) => x !== before[i]));
        expect(after.filter((x, i) => x !== before[i]).length).toBeLessThanOrEqual(1);
      }
      m.unmutate(v, cache, r.token);
      expect([...v.values()]).toEqual(before);
    }
    expect(touched).toEqual([0, 1, 2, 0, 1, 2]);
  });
});

describe('crossoverMutate', () => {
  it('replaces a value by a provided one, and undo puts the old one back', () => {
    const vals = smallInt(8);
    const m = map(keyString(4), vals);
    const provider: SubValueProvider = { get: (owner) => (owner === vals ? 7 : undefined) };
    const v = new Map([['k0', 1], ['k1', 2]]);
    const cache = m.validateValue(v) as KeyedCache;
    const r = m.crossoverMutate(v, cache, provider, createRng(5), 1000)!;
    expect([...v.values()].filter((x) => x === 7)).toHaveLength(1);
    expect(r.complexity).toBeCloseTo(m.complexity(v, m.validateValue(v)!), 9);
    m.unmutate(v, cache, r.token);
    expect([...v]).toEqual([['k0', 1], ['k1', 2]]);
  });

  it('replaces a Set element only by one that keeps the elements unique', () => {
    const keys = keyString(4);
    const s = set(keys);
    const taken: SubValueProvider = { get: () => 'k1' };
    const fresh: SubValueProvider = { get: () => 'k3' };
    const v = new Set(['k0', 'k1']);
    expect(s.crossoverMutate(v, s.validateValue(v)!, taken, createRng(6), 1000)).toBeUndefined();
    const cache = s.validateValue(v)!;
    const r = s.crossoverMutate(v, cache, fresh, createRng(6), 1000)!;
    expect(v.has('k3')).toBe(true);
    expect(v.size).toBe(2);
    s.unmutate(v, cache, r.token);
    expect([...v]).toEqual(['k0', 'k1']);
  });
});
