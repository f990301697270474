import { describe, expect, it } from 'vitest';
import { Op } from '../../../src/runtime/array/mutations.js';
import { type AnyMutator, array, boolean, jsonSerializer, checkMutator, createRng, deepClone, deepEqual, MutatorArgumentError, valueKey, type Generated, type Mutator, type Rng } from '../../../src/index.js';

/** a private test element: integers 0..7, 3 bits, mutated by replacement */
const oct: Mutator<number, 1, null, { n: number }, number> = {
  defaultArbitraryStep: () => ({ n: 0 }),
  validateValue: (v) => (Number.isInteger(v) && v >= 0 && v < 8 ? 1 : undefined),
  defaultMutationStep: () => null,
  minComplexity: () => 3,
  maxComplexity: () => 3,
  complexity: () => 3,
  orderedArbitrary: (s, max) => (s.n < 8 && max >= 3 ? { value: s.n++, complexity: 3 } : undefined),
  randomArbitrary: (rng: Rng): Generated<number> => ({ value: rng.below(8), complexity: 3 }),
  orderedMutate: (v, _c, _s, rng) => ({ value: (v + 1 + rng.below(7)) % 8, token: v, complexity: 3 }),
  randomMutate: (v, _c, rng) => ({ value: (v + 1 + rng.below(7)) % 8, token: v, complexity: 3 }),
  unmutate: (_v, _c, t) => t,
};

describe('array', () => {
  it('passes the laws with several option sets', () => {
    const ms: AnyMutator<unknown>[] = [
      array(boolean()),
      array(oct, { minItems: 2, maxItems: 5 }),
      array(oct, { uniqueItems: true, maxItems: 6 }),
      array(array(boolean(), { maxItems: 3 })),
      array(oct, { minItems: 3, maxItems: 3 }),
    ];
    for (const m of ms) checkMutator(m, { runs: 100, serializer: jsonSerializer(m) });
  });
  it('enumerates ordered values without duplicates, also for costly elements', () => {
    const wide = array(array(oct, { minItems: 24, maxItems: 24 }));
    expect(wide.minComplexity()).toBe(0);
    expect(checkMutator(wide, { runs: 5, orderedLimit: 50 }).ordered).toBe(50);
  });
  it('keeps lengths within bounds under generation and mutation', () => {
    const m = array(oct, { minItems: 2, maxItems: 4 });
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) {
      const v = m.randomArbitrary(rng, 100).value;
      const c = m.validateValue(v)!;
      for (let k = 0; k < 10; k++) {
        const r = m.randomMutate(v, c, rng, 100);
        expect(r.value.length).toBeGreaterThanOrEqual(2);
        expect(r.value.length).toBeLessThanOrEqual(4);
      }
    }
  });
  it('keeps elements distinct with uniqueItems', () => {
    const m = array(oct, { uniqueItems: true });
    const rng = createRng(2);
    for (let i = 0; i < 100; i++) {
      const v = m.randomArbitrary(rng, 60).value;
      const c = m.validateValue(v)!;
      for (let k = 0; k < 10; k++) {
        const r = m.randomMutate(v, c, rng, 60);
        expect(new Set(r.value).size).toBe(r.value.length);
      }
    }
    expect(m.validateValue([1, 1])).toBeUndefined();
  });
  it('mutates in place and unmutate restores every kind of mutation exactly', () => {
    const m = array(oct);
    const rng = createRng(3);
    const v = [1, 2, 3, 4];
    const c = m.validateValue(v)!;
    const kinds = new Set<string>();
    const ops = new Set<Op>();
    for (let k = 0; k < 300; k++) {
      const before = deepClone(v);
      const cBefore = deepClone(c);
      const r = m.randomMutate(v, c, rng, 100);
      expect(r.value).toBe(v);
      kinds.add(r.value.length > 4 ? 'grow' : r.value.length < 4 ? 'shrink' : 'same');
      ops.add(r.token.kind);
      expect(m.unmutate(r.value, c, r.token)).toBe(v);
      expect(v).toEqual(before);
      expect(deepEqual(c, cBefore)).toBe(true);
    }
    expect(kinds).toEqual(new Set(['grow', 'shrink', 'same']));
    expect(ops).toEqual(new Set([Op.Mutate, Op.Insert, Op.Remove, Op.Swap]));
  });
  it('counts one bit per element plus the elements', () => {
    const m = array(oct);
    expect(m.complexity([1, 2], m.validateValue([1, 2])!)).toBe(8);
    const fixed = array(oct, { minItems: 2, maxItems: 2 });
    expect(fixed.complexity([1, 2], fixed.validateValue([1, 2])!)).toBe(6);
    expect(fixed.minComplexity()).toBe(6);
  });
  it('goes empty when the budget runs out', () => {
    const m = array(oct);
    expect(m.randomArbitrary(createRng(4), 2).value).toEqual([]);
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    const m = array(oct, { maxItems: 6 });
    expect(Array.from({ length: 5 }, () => valueKey(m.randomArbitrary(rng, 40).value))).toMatchSnapshot();
  });
  it('rejects bad arguments naming them', () => {
    expect(() => array(oct, { minItems: 3, maxItems: 2 })).toThrow(/maxItems/);
    expect(() => array(oct, { minItems: -1 })).toThrow(MutatorArgumentError);
    expect(() => array(null as never)).toThrow(/'elem'/);
  });
});
