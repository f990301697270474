/**
 * core/alias.ts promises weighted choice by Vose's alias method: each draw returns a column
 * with probability proportional to its weight, weight-0 columns are never drawn, the seeded
 * fast path draws the same columns as the generic path, and `checkWeights` rejects bad weights
 * naming the argument. This file checks those promises over seeded rngs.
 */
import { describe, expect, it } from 'vitest';
import { AliasTable, checkWeights } from '../../../src/runtime/core/alias.js';
import { MutatorArgumentError } from '../../../src/runtime/core/mutator.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { Words } from '../words-rng.js';

function histogram(weights: number[], draws: number, seed: number): number[] {
  const table = new AliasTable(weights);
  const rng = createRng(seed);
  const counts = new Array<number>(weights.length).fill(0);
  for (let i = 0; i < draws; i++) counts[table.sample(rng)]!++;
  return counts;
}

/** Pearson's chi-square statistic over the columns with positive weight */
function chiSquare(counts: number[], weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  const draws = counts.reduce((a, b) => a + b, 0);
  let x2 = 0;
  weights.forEach((w, i) => {
    if (w === 0) return;
    const expected = (draws * w) / total;
    x2 += (counts[i]! - expected) ** 2 / expected;
  });
  return x2;
}

describe('AliasTable.sample', () => {
  it('draws columns in proportion to their weights', () => {
    const weights = [1, 2, 3, 4, 10];
    const counts = histogram(weights, 100_000, 7);
    // 4 degrees of freedom: P(chi2 > 23.5) < 0.0001
    expect(chiSquare(counts, weights)).toBeLessThan(23.5);
  });

  it('handles weights that are far apart and non-integer', () => {
    const weights = [0.001, 0.5, 1000, 0.25];
    const counts = histogram(weights, 200_000, 11);
    expect(chiSquare(counts, weights)).toBeLessThan(21.1); // 3 dof, p < 0.0001
    expect(counts[2]! / 200_000).toBeCloseTo(1000 / 1000.751, 2);
  });

  it('never draws a weight-0 column', () => {
    const weights = [0, 3, 0, 1, 0, 0, 2, 0];
    const counts = histogram(weights, 50_000, 3);
    for (const i of [0, 2, 4, 5, 7]) expect(counts[i]).toBe(0);
    expect(chiSquare(counts, weights)).toBeLessThan(18.5); // 2 dof
  });

  it('never draws a weight-0 column through the generic (non-sfc) path either', () => {
    const table = new AliasTable([0, 5, 0, 5, 0]);
    const rng = new Words(createRng(5));
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) seen.add(table.sample(rng));
    expect([...seen].sort()).toEqual([1, 3]);
  });

  it('always returns the single positive column without drawing', () => {
    const table = new AliasTable([0, 0, 4, 0]);
    const rng = createRng(1);
    const before = createRng(1).u32();
    for (let i = 0; i < 100; i++) expect(table.sample(rng)).toBe(2);
    expect(rng.u32()).toBe(before); // the rng was not stepped
  });

  it('draws the same columns on the seeded fast path as on the generic path', () => {
    for (const weights of [[1, 1, 1, 1], [1, 2, 3], [5, 0, 1, 7, 2, 9, 3]]) {
      const table = new AliasTable(weights);
      const fast = createRng(42);
      const slow = new Words(createRng(42));
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < 5_000; i++) {
        a.push(table.sample(fast));
        b.push(table.sample(slow));
      }
      expect(a).toEqual(b);
    }
  });

  it('is uniform for equal weights', () => {
    const weights = [1, 1, 1, 1, 1, 1, 1];
    const counts = histogram(weights, 70_000, 99);
    expect(chiSquare(counts, weights)).toBeLessThan(27.9); // 6 dof, p < 0.0001
  });

  it('refuses a table with no positive weight', () => {
    expect(() => new AliasTable([0, 0, 0])).toThrow(RangeError);
    expect(() => new AliasTable([])).toThrow(RangeError);
  });
});

describe('checkWeights', () => {
  const arg = (i: number): string => `weights[${i}]`;

  it('accepts finite non-negative weights with at least one positive, and an empty list', () => {
    expect(() => checkWeights('f', arg, [0, 1, 2.5])).not.toThrow();
    expect(() => checkWeights('f', arg, [])).not.toThrow();
  });

  it('rejects negative, infinite and NaN weights, naming the index', () => {
    expect(() => checkWeights('literals', arg, [1, -1])).toThrow(MutatorArgumentError);
    expect(() => checkWeights('literals', arg, [1, -1])).toThrow("literals: invalid argument 'weights[1]': must be a finite number >= 0, got -1");
    expect(() => checkWeights('f', arg, [Infinity])).toThrow("'weights[0]'");
    expect(() => checkWeights('f', arg, [1, 2, NaN])).toThrow('got NaN');
    expect(() => checkWeights('f', arg, ['1' as unknown as number])).toThrow(MutatorArgumentError);
  });

  it('rejects all-zero weights', () => {
    expect(() => checkWeights('f', arg, [0, 0])).toThrow('at least one weight must be > 0');
  });
});
