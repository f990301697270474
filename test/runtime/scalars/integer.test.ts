import { afterEach, describe, expect, it } from 'vitest';
import { addDictionaryNumber, checkMutator, clearDictionary, createRng, integer, jsonSerializer, MutatorArgumentError } from '../../../src/index.js';

function ordered(m: ReturnType<typeof integer>, n: number): number[] {
  const s = m.defaultArbitraryStep();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = m.orderedArbitrary(s);
    if (g === undefined) break;
    out.push(g.value);
  }
  return out;
}

describe('integer', () => {
  afterEach(() => clearDictionary());
  it('passes the laws with several option sets', () => {
    const sets = [{}, { min: 0, max: 3 }, { min: -(2 ** 31), max: 2 ** 31 - 1 }, { min: 0, max: 2 ** 32 - 1 }, { min: -100, max: 100, multipleOf: 7 }, { min: 5, max: 5 }, { multipleOf: 1000 }];
    for (const o of sets) {
      const m = integer(o);
      checkMutator(m, { runs: 100 });
      checkMutator(m, { runs: 40, serializer: jsonSerializer(m), seed: 7 });
    }
  });
  it('enumerates a small range completely, then is exhausted', () => {
    expect(ordered(integer({ min: 0, max: 3 }), 10)).toEqual([0, 1, 2, 3]);
    expect(ordered(integer({ min: -2, max: 2 }), 10)).toEqual([0, 1, -1, 2, -2]);
    expect(ordered(integer({ min: 1, max: 9, multipleOf: 3 }), 10)).toEqual([3, 6, 9]);
  });
  it('starts a big range with 0, 1, -1 and the boundaries', () => {
    const xs = ordered(integer(), 9);
    expect(xs.slice(0, 7)).toEqual([0, 1, -1, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER + 1, Number.MAX_SAFE_INTEGER - 1]);
    expect(xs.slice(7)).toEqual([2, -2]);
    expect(ordered(integer({ min: 0, max: 2 ** 32 - 1 }), 5)).toEqual([0, 1, 2 ** 32 - 1, 2 ** 32 - 2, 2]);
  });
  it('keeps bounds and multiples over thousands of draws and mutations', () => {
    const m = integer({ min: -1000, max: 123456, multipleOf: 3 });
    const rng = createRng(1);
    for (let i = 0; i < 3000; i++) {
      const v = m.randomArbitrary(rng).value;
      const w = m.randomMutate(v, 1, rng).value;
      for (const x of [v, w]) {
        expect(x >= -1000 && x <= 123456 && x % 3 === 0).toBe(true);
      }
      expect(w).not.toBe(v);
    }
  });
  it('is unbiased on a small range (chi-square)', () => {
    const m = integer({ min: 10, max: 19 });
    const rng = createRng(3);
    const counts = new Array<number>(10).fill(0);
    const N = 20000;
    for (let i = 0; i < N; i++) counts[m.randomArbitrary(rng).value - 10]!++;
    const e = N / 10;
    const chi = counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
    expect(chi).toBeLessThan(27.9); // p = 0.001 for 9 degrees of freedom
  });
  it('is uniform and in bounds on ranges wider than 2^53', () => {
    for (const m of [integer(), integer({ min: -(2 ** 53) + 1, max: 2 ** 52 })]) {
      const rng = createRng(8);
      const q = new Array<number>(4).fill(0);
      const width = m.kmax - m.kmin;
      let inBounds = true;
      for (let i = 0; i < 8000; i++) {
        const k = m.uniformK(rng);
        inBounds &&= Number.isSafeInteger(k) && k >= m.kmin && k <= m.kmax;
        q[Math.min(3, Math.floor(((k - m.kmin) / width) * 4))]!++;
      }
      expect(inBounds).toBe(true);
      const chi = q.reduce((s, c) => s + (c - 2000) ** 2 / 2000, 0);
      expect(chi).toBeLessThan(16.3); // p = 0.001, 3 degrees of freedom
    }
  });
  it('prefers small magnitudes and boundaries on the full range', () => {
    const m = integer();
    const rng = createRng(4);
    const xs = Array.from({ length: 2000 }, () => m.randomArbitrary(rng).value);
    expect(xs.filter((x) => Math.abs(x) <= 2 ** 20).length).toBeGreaterThan(600);
    expect(xs).toContain(Number.MAX_SAFE_INTEGER);
    expect(xs).toContain(Number.MIN_SAFE_INTEGER);
    expect(xs.filter((x) => Math.abs(x) > 2 ** 40).length).toBeGreaterThan(600);
  });
  it('has complexity log2(range size)', () => {
    expect(integer({ min: 0, max: 255 }).complexity()).toBe(8);
    expect(integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).complexity()).toBe(32);
    expect(integer({ min: 7, max: 7 }).complexity()).toBe(0);
  });
  it('validates type, range and multiple', () => {
    const m = integer({ min: 0, max: 10, multipleOf: 2 });
    expect(m.validateValue(4)).toBeDefined();
    for (const bad of [3, 12, -2, 4.5, NaN, Infinity, '4' as unknown as number]) expect(m.validateValue(bad)).toBeUndefined();
  });
  it('orderedMutate tries boundaries and neighbours first and runs out', () => {
    const m = integer({ min: 0, max: 100 });
    const step = m.defaultMutationStep();
    const rng = createRng(5);
    const out: number[] = [];
    for (let i = 0; i < 200; i++) {
      const r = m.orderedMutate(50, 1, step);
      if (r === undefined) break;
      out.push(r.value);
    }
    expect(out.slice(0, 4)).toEqual([0, 100, 51, 49]);
    expect(new Set(out).size).toBe(out.length);
    expect(out).not.toContain(50);
    void rng;
  });
  it('draws dictionary values that fit', () => {
    addDictionaryNumber(4242);
    addDictionaryNumber(-5); // out of range: never used
    const m = integer({ min: 0, max: 100000 });
    const rng = createRng(6);
    const xs = Array.from({ length: 400 }, () => m.randomMutate(7, 1, rng).value);
    expect(xs.filter((x) => x === 4242).length).toBeGreaterThan(10);
    expect(xs).not.toContain(-5);
  });
  it('rejects bad arguments naming them', () => {
    expect(() => integer({ min: 5, max: 1 })).toThrow(/'min'/);
    expect(() => integer({ multipleOf: 0 })).toThrow(/'multipleOf'/);
    expect(() => integer({ multipleOf: 1.5 })).toThrow(MutatorArgumentError);
    expect(() => integer({ min: 1, max: 2, multipleOf: 5 })).toThrow(/'multipleOf'/);
    expect(() => integer({ min: NaN })).toThrow(/'min'/);
  });
  it('is seeded (seed 42 snapshot)', () => {
    for (const o of [{}, { min: 0, max: 3 }, { min: -(2 ** 31), max: 2 ** 31 - 1 }]) {
      const rng = createRng(42);
      const m = integer(o);
      expect(Array.from({ length: 10 }, () => m.randomArbitrary(rng).value)).toMatchSnapshot();
    }
  });
});
