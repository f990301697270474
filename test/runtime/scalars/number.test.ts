import { afterEach, describe, expect, it } from 'vitest';
import { addDictionaryNumber, checkMutator, clearDictionary, createRng, jsonSerializer, MutatorArgumentError, number, type NumberOptions } from '../../../src/index.js';

function draws(o: NumberOptions, n: number, seed = 1): number[] {
  const m = number(o);
  const rng = createRng(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = m.randomArbitrary(rng, 64).value;
    out.push(v, m.randomMutate(v, 1, rng, 64).value);
  }
  return out;
}

describe('number', () => {
  afterEach(() => clearDictionary());
  it('passes the laws with several option sets', () => {
    const sets: NumberOptions[] = [{}, { noNaN: true }, { noNaN: true, noInfinity: true }, { minimum: 0, maximum: 1 }, { exclusiveMinimum: 0, exclusiveMaximum: 10 }, { minimum: -5, maximum: 5, multipleOf: 0.1 }, { minimum: 3, maximum: 3 }, { maximum: -1e300 }, { multipleOf: 2.5 }];
    for (const o of sets) {
      const m = number(o);
      checkMutator(m, { runs: 80 });
      checkMutator(m, { runs: 30, seed: 9, serializer: jsonSerializer(m) });
    }
  });
  it('unconstrained generation includes -0, NaN, ±Infinity, subnormals and MAX_VALUE', () => {
    const xs = draws({}, 1500);
    expect(xs.some((x) => Object.is(x, -0))).toBe(true);
    expect(xs.some((x) => Number.isNaN(x))).toBe(true);
    expect(xs).toContain(Infinity);
    expect(xs).toContain(-Infinity);
    expect(xs).toContain(Number.MIN_VALUE);
    expect(xs).toContain(Number.MAX_VALUE);
    expect(xs.some((x) => x !== 0 && Math.abs(x) < 2.2250738585072014e-308 && x !== Number.MIN_VALUE && x !== -Number.MIN_VALUE)).toBe(true);
    expect(xs.some((x) => Number.isFinite(x) && !Number.isInteger(x))).toBe(true);
  });
  it('never leaves a constrained range and never gives NaN, -0 or Infinity there', () => {
    const xs = draws({ minimum: -2, exclusiveMaximum: 7.5 }, 3000);
    expect(xs.every((x) => x >= -2 && x < 7.5 && !Object.is(x, -0))).toBe(true);
    expect(xs).toContain(-2);
    expect(xs).toContain(7.499999999999999);
    const ys = draws({ noNaN: true, noInfinity: true }, 1500);
    expect(ys.every((x) => Number.isFinite(x))).toBe(true);
    const zs = draws({ exclusiveMinimum: 0 }, 1500);
    expect(zs.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
    expect(zs).toContain(Number.MIN_VALUE);
  });
  it('random mutation gives a different value (Object.is) and ordered mutation runs out', () => {
    for (const o of [{}, { minimum: 0, maximum: 1 }, { minimum: -3, maximum: 3, multipleOf: 0.5 }]) {
      const m = number(o);
      const rng = createRng(11);
      let same = 0;
      for (let i = 0; i < 1000; i++) {
        const v = m.randomArbitrary(rng, 64).value;
        if (Object.is(m.randomMutate(v, 1, rng, 64).value, v)) same++;
      }
      expect(same).toBe(0);
      const step = m.defaultMutationStep(0.5, 1);
      let n = 0;
      while (m.orderedMutate(0.5, 1, step, rng, 64) !== undefined) n++;
      expect(n).toBeGreaterThan(3);
      expect(n).toBeLessThan(200);
    }
  });
  it('keeps multiples of multipleOf', () => {
    const xs = draws({ minimum: 0, maximum: 100, multipleOf: 0.25 }, 2000);
    expect(xs.every((x) => x >= 0 && x <= 100 && Number.isInteger(x * 4))).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(100);
  });
  it('validates', () => {
    const m = number({ minimum: 0, maximum: 1 });
    expect(m.validateValue(0.5)).toBeDefined();
    for (const bad of [NaN, Infinity, -0.1, 1.5, '1' as unknown as number]) expect(m.validateValue(bad)).toBeUndefined();
    expect(number({ noNaN: true }).validateValue(NaN)).toBeUndefined();
    expect(number().validateValue(NaN)).toBeDefined();
  });
  it('enumerates specials first without duplicates', () => {
    const m = number();
    const s = m.defaultArbitraryStep();
    const xs = Array.from({ length: 8 }, () => m.orderedArbitrary(s, 64)!.value);
    expect(xs).toEqual([0, -0, 1, -1, NaN, Infinity, -Infinity, Number.MIN_VALUE]);
    const one = number({ minimum: 2, maximum: 2 });
    const s1 = one.defaultArbitraryStep();
    expect([one.orderedArbitrary(s1, 64)?.value, one.orderedArbitrary(s1, 64)]).toEqual([2, undefined]);
  });
  it('draws dictionary values that fit', () => {
    addDictionaryNumber(3.25);
    addDictionaryNumber(1e9);
    const m = number({ minimum: 0, maximum: 10 });
    const rng = createRng(2);
    const xs = Array.from({ length: 400 }, () => m.randomMutate(1, 1, rng, 64).value);
    expect(xs.filter((x) => x === 3.25).length).toBeGreaterThan(10);
    expect(xs).not.toContain(1e9);
  });
  it('rejects bad arguments naming them', () => {
    expect(() => number({ minimum: 2, maximum: 1 })).toThrow(/'minimum'/);
    expect(() => number({ exclusiveMinimum: 1, maximum: 1 })).toThrow(/'exclusiveMinimum'/);
    expect(() => number({ multipleOf: 0 })).toThrow(/'multipleOf'/);
    expect(() => number({ minimum: 0.1, maximum: 0.2, multipleOf: 1 })).toThrow(MutatorArgumentError);
    expect(() => number({ maximum: NaN })).toThrow(/'maximum'/);
  });
  it('is seeded (seed 42 snapshot)', () => {
    for (const o of [{}, { minimum: 0, maximum: 1 }, { multipleOf: 0.5, minimum: -10, maximum: 10 }]) {
      const rng = createRng(42);
      const m = number(o);
      expect(Array.from({ length: 10 }, () => m.randomArbitrary(rng, 64).value)).toMatchSnapshot();
    }
  });
});
