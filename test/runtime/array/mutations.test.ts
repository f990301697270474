/**
 * array/mutations.ts promises the in-place steps of `array`: each changes the array and its
 * cache (element caches, complexity sum, valueKeys under uniqueItems) consistently and returns a
 * token that `undoArray` reverses exactly; a step that would break uniqueness returns undefined
 * and leaves everything as it was. This file checks each step by hand, then random runs of steps
 * against the cache invariants and exact undo.
 */
import { describe, expect, it } from 'vitest';
import { duplicateAt, insertAt, mutateAt, NONE, removeAt, replaceAt, swapAt, undoArray, type ArrayCache, type ArrayToken } from '../../../src/runtime/array/mutations.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { valueKey } from '../../../src/runtime/core/values.js';
import { array, integer, type AnyMutator } from '../../../src/index.js';

const digit = integer({ min: 0, max: 9 }) as AnyMutator<unknown>;
const pair = array(integer({ min: 0, max: 3 }), { maxItems: 2 }) as AnyMutator<unknown>;

function cacheOf(elem: AnyMutator<unknown>, a: unknown[], unique: boolean): ArrayCache {
  const items = a.map((x) => elem.validateValue(x));
  return { items, sum: a.reduce<number>((s, x, i) => s + elem.complexity(x, items[i]), 0), keys: unique ? a.map(valueKey) : null };
}

/** the cache agrees with the array: same length, sum of complexities, keys, uniqueness */
function expectConsistent(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache): void {
  expect(cache.items.length).toBe(a.length);
  expect(cache.sum).toBeCloseTo(a.reduce<number>((s, x, i) => s + elem.complexity(x, cache.items[i]), 0), 9);
  if (cache.keys !== null) {
    expect(cache.keys).toEqual(a.map(valueKey));
    expect(new Set(cache.keys).size).toBe(a.length);
  }
}

const snap = (a: unknown[], c: ArrayCache): unknown => structuredClone({ a, items: c.items, sum: c.sum, keys: c.keys });

describe('single steps', () => {
  it('insertAt inserts at the position and undo removes it', () => {
    const a = [1, 2];
    const c = cacheOf(digit, a, false);
    const before = snap(a, c);
    const t = insertAt(a, c, 1, 7, digit.validateValue(7), 3.3)!;
    expect(a).toEqual([1, 7, 2]);
    expect(c.sum).toBeCloseTo((before as { sum: number }).sum + 3.3);
    undoArray(digit, a, c, t);
    expect(snap(a, c)).toEqual(before);
  });

  it('insertAt and duplicateAt refuse a duplicate under uniqueItems, leaving all as it was', () => {
    const a = [1, 2];
    const c = cacheOf(digit, a, true);
    const before = snap(a, c);
    expect(insertAt(a, c, 0, 2, digit.validateValue(2), 1)).toBeUndefined();
    expect(duplicateAt(digit, a, c, 0, 2)).toBeUndefined();
    expect(snap(a, c)).toEqual(before);
  });

  it('duplicateAt copies deeply, so the copy does not share the element', () => {
    const a: unknown[] = [[1, 2]];
    const c = cacheOf(pair, a, false);
    const t = duplicateAt(pair, a, c, 0, 1)!;
    expect(a).toEqual([[1, 2], [1, 2]]);
    expect(a[1]).not.toBe(a[0]);
    expectConsistent(pair, a, c);
    undoArray(pair, a, c, t);
    expect(a).toEqual([[1, 2]]);
  });

  it('removeAt and swapAt move elements, caches and keys together', () => {
    const a = [3, 4, 5];
    const c = cacheOf(digit, a, true);
    const before = snap(a, c);
    const s = swapAt(a, c, 0, 2);
    expect(a).toEqual([5, 4, 3]);
    expect(c.keys).toEqual(['5', '4', '3']);
    const r = removeAt(digit, a, c, 1);
    expect(a).toEqual([5, 3]);
    expectConsistent(digit, a, c);
    undoArray(digit, a, c, r);
    undoArray(digit, a, c, s);
    expect(snap(a, c)).toEqual(before);
  });

  it('replaceAt refuses an invalid value and a duplicate, and replaces otherwise', () => {
    const a = [1, 2];
    const c = cacheOf(digit, a, true);
    expect(replaceAt(digit, a, c, 0, 42)).toBeUndefined(); // outside [0, 9]
    expect(replaceAt(digit, a, c, 0, 2)).toBeUndefined();
    const before = snap(a, c);
    const t = replaceAt(digit, a, c, 0, 1)!; // the same value at the same place is allowed
    expect(t).toBeDefined();
    const t2 = replaceAt(digit, a, c, 0, 8)!;
    expect(a).toEqual([8, 2]);
    expectConsistent(digit, a, c);
    undoArray(digit, a, c, t2);
    undoArray(digit, a, c, t);
    expect(snap(a, c)).toEqual(before);
  });

  it('undoArray of NONE changes nothing', () => {
    const a = [1];
    const c = cacheOf(digit, a, false);
    c.sum = 99;
    undoArray(digit, a, c, NONE);
    expect(c.sum).toBe(99);
  });
});

describe('random runs of steps', () => {
  for (const unique of [false, true]) {
    it(`keep the cache consistent and undo exactly (uniqueItems: ${unique})`, () => {
      const rng = createRng(unique ? 2 : 1);
      for (let run = 0; run < 60; run++) {
        const a: unknown[] = unique ? [...new Set(Array.from({ length: rng.int(0, 6) }, () => rng.int(0, 9)))] : Array.from({ length: rng.int(0, 6) }, () => rng.int(0, 9));
        const c = cacheOf(digit, a, unique);
        const history: Array<[ArrayToken, unknown]> = [];
        for (let k = 0; k < 10; k++) {
          const before = snap(a, c);
          const n = a.length;
          const op = rng.below(5);
          let t: ArrayToken | undefined;
          if (op === 0 && n > 0) t = mutateAt(digit, a, c, rng.below(n), rng, 100, undefined);
          else if (op === 1) {
            const v = rng.int(0, 9);
            t = insertAt(a, c, rng.int(0, n), v, digit.validateValue(v), digit.complexity(v, digit.validateValue(v)));
          } else if (op === 2 && n > 0) t = removeAt(digit, a, c, rng.below(n));
          else if (op === 3 && n > 1) t = swapAt(a, c, rng.below(n), rng.below(n));
          else if (op === 4 && n > 0) t = duplicateAt(digit, a, c, rng.below(n), rng.int(0, n));
          if (t === undefined) expect(snap(a, c)).toEqual(before);
          else history.push([t, before]);
          expectConsistent(digit, a, c);
        }
        for (let h = history.length - 1; h >= 0; h--) {
          undoArray(digit, a, c, history[h]![0]);
          expect(snap(a, c)).toEqual(history[h]![1]);
        }
      }
    });
  }
});
