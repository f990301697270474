import { afterEach, describe, expect, it } from 'vitest';
import { addDictionaryNumber, bigint, checkMutator, clearDictionary, createRng, jsonSerializer, MutatorArgumentError } from '../../../src/index.js';

describe('bigint', () => {
  afterEach(() => clearDictionary());
  it('passes the laws with several option sets', () => {
    for (const o of [{}, { min: 0n, max: 3n }, { min: -(1n << 63n), max: (1n << 63n) - 1n }, { min: 0n, max: (1n << 64n) - 1n }, { min: 10n ** 30n }, { min: 7n, max: 7n }]) {
      const m = bigint(o);
      checkMutator(m, { runs: 80 });
      checkMutator(m, { runs: 30, seed: 5, serializer: jsonSerializer(m) });
    }
  });
  it('enumerates small ranges completely and big ones from 0 and the boundaries', () => {
    const take = (m: ReturnType<typeof bigint>, n: number): bigint[] => {
      const s = m.defaultArbitraryStep();
      const out: bigint[] = [];
      for (let i = 0; i < n; i++) {
        const g = m.orderedArbitrary(s);
        if (g === undefined) break;
        out.push(g.value);
      }
      return out;
    };
    expect(take(bigint({ min: -1n, max: 2n }), 10)).toEqual([0n, 1n, -1n, 2n]);
    expect(take(bigint(), 5)).toEqual([0n, 1n, -1n, -(1n << 64n), 1n << 64n]);
  });
  it('stays in range, is unbiased on small ranges, and mutates to a different value', () => {
    const m = bigint({ min: -5n, max: 4n });
    const rng = createRng(1);
    const counts = new Map<bigint, number>();
    for (let i = 0; i < 10000; i++) {
      const v = m.randomArbitrary(rng).value;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      const w = m.randomMutate(v, 1, rng).value;
      expect(w >= -5n && w <= 4n && w !== v).toBe(true);
    }
    const chi = [...counts.values()].reduce((s, c) => s + (c - 1000) ** 2 / 1000, 0);
    expect(counts.size).toBe(10);
    expect(chi).toBeLessThan(27.9);
  });
  it('mixes small magnitudes with huge values on the default range', () => {
    const m = bigint();
    const rng = createRng(2);
    const xs = Array.from({ length: 1000 }, () => m.randomArbitrary(rng).value);
    expect(xs.filter((x) => x >= -(1n << 20n) && x <= 1n << 20n).length).toBeGreaterThan(200);
    expect(xs.filter((x) => x > 1n << 60n || x < -(1n << 60n)).length).toBeGreaterThan(200);
    expect(m.complexity()).toBeCloseTo(65, 5);
  });
  it('uses dictionary values', () => {
    addDictionaryNumber(123456789n);
    const m = bigint({ min: 0n, max: 10n ** 12n });
    const rng = createRng(3);
    expect(Array.from({ length: 400 }, () => m.randomMutate(5n, 1, rng).value).filter((x) => x === 123456789n).length).toBeGreaterThan(10);
  });
  it('validates and rejects bad arguments', () => {
    const m = bigint({ min: 0n, max: 9n });
    expect(m.validateValue(3n)).toBeDefined();
    for (const bad of [10n, -1n, 3 as unknown as bigint]) expect(m.validateValue(bad)).toBeUndefined();
    expect(() => bigint({ min: 2n, max: 1n })).toThrow(/'min'/);
    expect(() => bigint({ min: 1 as unknown as bigint })).toThrow(MutatorArgumentError);
  });
  it('is seeded (seed 42 snapshot)', () => {
    for (const o of [{}, { min: 0n, max: 100n }]) {
      const rng = createRng(42);
      const m = bigint(o);
      expect(Array.from({ length: 10 }, () => m.randomArbitrary(rng).value)).toMatchSnapshot();
    }
  });
});
