/**
 * core/budget.ts promises the container budget helpers: `lengthBounds` validates and returns
 * [min, max]; `pickLength` stays in [lo, hi], returns lo when nothing more fits and never picks
 * more items than the budget pays for; `growthBudget` caps a mutation's budget; the ordered
 * enumeration `orderedFromRandom` gives distinct values, smallest first, and stops; the pending
 * counter nests. This file checks each of those.
 */
import { describe, expect, it } from 'vitest';
import {
  beginPending, DEFAULT_MAX_LENGTH, endPending, growthBudget, isPending, lengthBounds,
  noFiniteValue, orderedFromRandom, orderedStep, pickLength, requireMutator,
} from '../../../src/runtime/core/budget.js';
import { MutatorArgumentError } from '../../../src/runtime/core/mutator.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { integer } from '../../../src/runtime/scalars/integer.js';

describe('lengthBounds', () => {
  it('defaults to [0, Infinity] and returns the given bounds', () => {
    expect(lengthBounds('array', {})).toEqual([0, Infinity]);
    expect(lengthBounds('array', { minItems: 2, maxItems: 5 })).toEqual([2, 5]);
    expect(lengthBounds('array', { minItems: 3, maxItems: 3 })).toEqual([3, 3]);
  });

  it('rejects bad bounds naming the argument, with the prefix', () => {
    expect(() => lengthBounds('array', { minItems: -1 })).toThrow("array: invalid argument 'minItems'");
    expect(() => lengthBounds('array', { minItems: 1.5 })).toThrow(MutatorArgumentError);
    expect(() => lengthBounds('array', { maxItems: NaN })).toThrow("'maxItems'");
    expect(() => lengthBounds('map', { minItems: 4, maxItems: 2 }, 'key.')).toThrow("map: invalid argument 'key.maxItems': maxItems 2 < minItems 4");
    expect(() => lengthBounds('array', null as never)).toThrow("'options': must be an object, got null");
  });
});

describe('pickLength', () => {
  it('stays within [lo, hi] and within what the budget pays for', () => {
    const rng = createRng(1);
    for (let i = 0; i < 2000; i++) {
      const budget = rng.float() * 40;
      const n = pickLength(rng, 1, 10, 2, budget);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(10);
      if (n > 1) expect(n * 2).toBeLessThanOrEqual(budget + 1e-9);
    }
  });

  it('returns lo when even lo items do not fit or lo === hi', () => {
    const rng = createRng(2);
    expect(pickLength(rng, 3, 10, 5, 1)).toBe(3);
    expect(pickLength(rng, 4, 4, 1, 1000)).toBe(4);
    expect(pickLength(rng, 0, 10, 1, 0)).toBe(0);
  });

  it('covers small and large lengths: small containers are common', () => {
    const rng = createRng(3);
    const counts = new Array<number>(11).fill(0);
    for (let i = 0; i < 5000; i++) counts[pickLength(rng, 0, 10, 1, 20)]!++;
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(counts[0]! + counts[1]! + counts[2]!).toBeGreaterThan(counts[8]! + counts[9]! + counts[10]!);
  });

  it('bounds an unbounded length by DEFAULT_MAX_LENGTH items', () => {
    const rng = createRng(4);
    let max = 0;
    for (let i = 0; i < 2000; i++) max = Math.max(max, pickLength(rng, 0, Infinity, 1, Infinity));
    expect(max).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(max).toBeGreaterThan(DEFAULT_MAX_LENGTH / 2);
    for (let i = 0; i < 500; i++) expect(pickLength(rng, 5, Infinity, 0, 3)).toBeLessThanOrEqual(5 + DEFAULT_MAX_LENGTH);
  });
});

describe('growthBudget', () => {
  it('is the smaller of the room left and twice the typical complexity plus 32', () => {
    expect(growthBudget(1000, 10)).toBe(52);
    expect(growthBudget(40, 10)).toBe(40);
    expect(growthBudget(Infinity, 0)).toBe(32);
    expect(growthBudget(0, 100)).toBe(0);
  });
});

describe('orderedFromRandom', () => {
  it('gives distinct values, the first at the minimum budget, with growing budgets', () => {
    const step = orderedStep();
    const budgets: number[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const g = orderedFromRandom(step, 100, 2, (rng, budget) => {
        budgets.push(budget);
        return { value: rng.int(0, 1_000_000), complexity: budget };
      });
      expect(g).toBeDefined();
      expect(seen.has(g!.value)).toBe(false);
      seen.add(g!.value);
    }
    expect(budgets[0]).toBe(2);
    for (let i = 1; i < budgets.length; i++) expect(budgets[i]).toBeGreaterThan(budgets[i - 1]!);
  });

  it('caps the budget at maxCplx and passes the step number', () => {
    const step = orderedStep();
    const calls: Array<[number, number]> = [];
    for (let i = 0; i < 40; i++) orderedFromRandom(step, 5, 1, (rng, budget, n) => (calls.push([budget, n]), { value: n, complexity: 1 }));
    expect(calls.map(([, n]) => n)).toEqual([...Array(40).keys()]);
    expect(Math.max(...calls.map(([b]) => b))).toBe(5);
  });

  it('is exhausted after 64 duplicates in a row, and when min > max', () => {
    const step = orderedStep();
    let calls = 0;
    const gen = () => (calls++, { value: 'same', complexity: 0 });
    expect(orderedFromRandom(step, 10, 0, gen)?.value).toBe('same');
    expect(orderedFromRandom(step, 10, 0, gen)).toBeUndefined();
    expect(calls).toBe(1 + 64);
    expect(orderedFromRandom(orderedStep(), 1, 2, gen)).toBeUndefined();
  });
});

describe('pending and argument checks', () => {
  it('isPending nests begin/end', () => {
    expect(isPending()).toBe(false);
    beginPending();
    beginPending();
    endPending();
    expect(isPending()).toBe(true);
    endPending();
    expect(isPending()).toBe(false);
  });

  it('requireMutator accepts a mutator and names the argument otherwise', () => {
    const m = integer();
    expect(requireMutator('array', 'element', m)).toBe(m);
    expect(() => requireMutator('array', 'element', null)).toThrow("array: invalid argument 'element': expected a Mutator, got null");
    expect(() => requireMutator('array', 'element', { randomArbitrary: 1 })).toThrow('got object');
  });

  it('noFiniteValue names the factory', () => {
    expect(noFiniteValue('lazy').message).toMatch(/^lazy: the type has no finite value/);
  });
});
