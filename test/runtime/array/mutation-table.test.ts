/**
 * array/mutation-table.ts promises the random mutations of `array` as a table: mutate an
 * element, insert a generated one, remove one, swap two, duplicate one, each applying only when
 * the length bounds, the budget and uniqueItems allow it. (The table's dispatch and reach are in
 * test/runtime/core/mutation-table.test.ts.) This file applies each entry directly and checks
 * when it refuses and what it changes.
 */
import { describe, expect, it } from 'vitest';
import { ARRAY_MUTATIONS, type ArrayShape } from '../../../src/runtime/array/mutation-table.js';
import { Op, type ArrayCache, type ArrayToken } from '../../../src/runtime/array/mutations.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { array, integer, type AnyMutator } from '../../../src/index.js';

const [mutateElement, insertElement, removeElement, swapElements, duplicateElement] = ARRAY_MUTATIONS;
const digit = integer({ min: 0, max: 9 });
const DIGIT_BITS = Math.log2(10);
function setup(opts: { minItems?: number; maxItems?: number; uniqueItems?: boolean }, a: number[]): { s: ArrayShape; a: unknown[]; cache: ArrayCache; cplx: () => number } {
  const m = array(digit, opts) as unknown as AnyMutator<unknown[]> & ArrayShape;
  const cache = m.validateValue(a) as ArrayCache;
  return { s: m, a, cache, cplx: () => m.complexity(a, cache) };
}
const apply = (entry: (typeof ARRAY_MUTATIONS)[number] | undefined, x: ReturnType<typeof setup>, max = 1000, seed = 1): ArrayToken | undefined =>
  entry!.apply(x.s, x.a, x.cache, createRng(seed), max) as ArrayToken | undefined;

describe('each entry refuses when it does not apply', () => {
  it('mutate and remove need an element; remove keeps minItems', () => {
    expect(apply(mutateElement, setup({}, []))).toBeUndefined();
    expect(apply(removeElement, setup({}, []))).toBeUndefined();
    expect(apply(removeElement, setup({ minItems: 2 }, [1, 2]))).toBeUndefined();
    expect(apply(removeElement, setup({ minItems: 1 }, [1, 2]))?.kind).toBe(Op.Remove);
  });

  it('insert and duplicate keep maxItems and the budget', () => {
    const full = setup({ maxItems: 2 }, [1, 2]);
    expect(apply(insertElement, full)).toBeUndefined();
    expect(apply(duplicateElement, full)).toBeUndefined();
    const tight = setup({}, [1, 2]);
    const max = tight.cplx() + 1 + DIGIT_BITS - 0.01; // one more element costs its bits plus one length bit
    expect(apply(insertElement, tight, max)).toBeUndefined();
    expect(apply(duplicateElement, tight, max)).toBeUndefined();
    expect(apply(insertElement, tight, max + 0.02)?.kind).toBe(Op.Insert);
  });

  it('swap needs two elements, duplicate refuses under uniqueItems', () => {
    expect(apply(swapElements, setup({}, [1]))).toBeUndefined();
    for (let seed = 0; seed < 20; seed++) expect(apply(duplicateElement, setup({ uniqueItems: true }, [1, 2]), 1000, seed)).toBeUndefined();
  });
});

describe('what each entry changes', () => {
  it('swap exchanges two different positions', () => {
    for (let seed = 0; seed < 30; seed++) {
      const x = setup({}, [1, 2, 3]);
      const t = apply(swapElements, x, 1000, seed)!;
      expect(t.i).not.toBe(t.j);
      expect([...(x.a as number[])].sort()).toEqual([1, 2, 3]);
      expect(x.a).not.toEqual([1, 2, 3]);
    }
  });

  it('duplicate inserts a copy of an existing element; insert a valid new one', () => {
    for (let seed = 0; seed < 30; seed++) {
      const x = setup({}, [4, 7]);
      apply(duplicateElement, x, 1000, seed);
      const a = x.a as number[];
      expect(a).toHaveLength(3);
      expect(a.filter((v) => v === 4).length === 2 || a.filter((v) => v === 7).length === 2).toBe(true);
      const y = setup({}, [4, 7]);
      apply(insertElement, y, 1000, seed);
      const b = y.a as number[];
      expect(b).toHaveLength(3);
      for (const v of b) expect(digit.validateValue(v)).toBeDefined();
      expect(b.indexOf(4)).toBeLessThan(b.lastIndexOf(7)); // the old elements keep their order
    }
  });

  it('mutate changes one element in place and keeps the complexity sum true', () => {
    for (let seed = 0; seed < 30; seed++) {
      const x = setup({}, [1, 2, 3]);
      const t = apply(mutateElement, x, 1000, seed)!;
      expect(t.kind).toBe(Op.Mutate);
      const changed = (x.a as number[]).filter((v, i) => v !== [1, 2, 3][i]);
      expect(changed.length).toBeLessThanOrEqual(1);
      expect(x.cache.sum).toBeCloseTo(3 * DIGIT_BITS, 9);
    }
  });
});
