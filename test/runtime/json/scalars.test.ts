/**
 * json/scalars.ts promises the scalar kinds of `json()`: null, finite numbers and strings, as
 * replacement-style mutators (the token is the previous value). Complexity: null 0; a number 8
 * bits for an integer in [-128, 127] (-0 too), 32 for another safe integer, 64 otherwise; a
 * string 1 + 8 bits per code unit. This file checks validation, the complexities, generation and
 * mutation within the budget, that a mutation changes the value, and `jsonChars`.
 */
import { describe, expect, it } from 'vitest';
import { jsonChars, jsonNull, jsonNumber, jsonString } from '../../../src/runtime/json/scalars.js';
import { createRng } from '../../../src/runtime/core/rng.js';

describe('validation and complexity', () => {
  it('accepts exactly null, finite numbers and strings', () => {
    expect(jsonNull.validateValue(null)).toBe(1);
    expect(jsonNull.validateValue(undefined as never)).toBeUndefined();
    for (const v of [0, -0, 1.5, -1e300, Number.MAX_VALUE]) expect(jsonNumber.validateValue(v)).toBe(1);
    for (const v of [NaN, Infinity, -Infinity, '1', 1n]) expect(jsonNumber.validateValue(v as never)).toBeUndefined();
    expect(jsonString.validateValue('')).toBe(1);
    expect(jsonString.validateValue(1 as never)).toBeUndefined();
  });

  it('measures numbers by size class and strings by length', () => {
    expect(jsonNull.complexity(null)).toBe(0);
    for (const v of [0, -0, 127, -128]) expect(jsonNumber.complexity(v)).toBe(8);
    for (const v of [128, -129, 2 ** 40, Number.MAX_SAFE_INTEGER]) expect(jsonNumber.complexity(v)).toBe(32);
    for (const v of [0.5, 2 ** 60, -1e-9]) expect(jsonNumber.complexity(v)).toBe(64);
    expect(jsonString.complexity('')).toBe(1);
    expect(jsonString.complexity('ab\u{1f600}')).toBe(1 + 8 * 4);
    expect([jsonNumber.minComplexity(), jsonNumber.maxComplexity(), jsonString.minComplexity(), jsonString.maxComplexity()]).toEqual([8, 64, 1, Infinity]);
  });
});

describe('generation', () => {
  it('stays within the budget and reports the true complexity', () => {
    const rng = createRng(1);
    for (const budget of [8, 20, 31, 32, 64, 100, 300]) {
      for (let i = 0; i < 150; i++) {
        const n = jsonNumber.randomArbitrary(rng, budget);
        expect(jsonNumber.validateValue(n.value)).toBe(1);
        expect(n.complexity).toBe(jsonNumber.complexity(n.value));
        expect(n.complexity).toBeLessThanOrEqual(Math.max(budget, 8));
        const s = jsonString.randomArbitrary(rng, budget);
        expect(s.complexity).toBe(1 + 8 * s.value.length);
        expect(s.complexity).toBeLessThanOrEqual(budget);
        expect(s.value.length).toBeLessThanOrEqual(32);
      }
    }
  });

  it('gives the number size classes when the budget allows them', () => {
    const rng = createRng(2);
    const classes = new Set<number>();
    for (let i = 0; i < 2000; i++) classes.add(jsonNumber.randomArbitrary(rng, 64).complexity);
    expect([...classes].sort((a, b) => a - b)).toEqual([8, 32, 64]);
  });

  it('has no ordered enumeration of its own', () => {
    expect(jsonNumber.orderedArbitrary()).toBeUndefined();
    expect(jsonString.orderedArbitrary()).toBeUndefined();
  });
});

describe('mutation', () => {
  it('changes a number to another finite number within the budget, undone by its token', () => {
    const rng = createRng(3);
    for (let i = 0; i < 1500; i++) {
      const v = jsonNumber.randomArbitrary(rng, 64).value;
      const budget = rng.pick([8, 32, 64]);
      const m = jsonNumber.randomMutate(v, 1, rng, budget);
      expect(Object.is(m.value, v)).toBe(false);
      expect(Number.isFinite(m.value)).toBe(true);
      expect(m.complexity).toBe(jsonNumber.complexity(m.value));
      expect(m.complexity).toBeLessThanOrEqual(budget);
      expect(jsonNumber.unmutate(m.value, 1, m.token)).toBe(v);
    }
  });

  it('edits a string by one character (insert, delete or replace), growing only with room', () => {
    const rng = createRng(4);
    for (let i = 0; i < 1500; i++) {
      const v = jsonString.randomArbitrary(rng, 80).value;
      const budget = jsonString.complexity(v) + (rng.bool() ? 8 : 7);
      const m = jsonString.randomMutate(v, 1, rng, budget);
      expect(Math.abs(m.value.length - v.length)).toBeLessThanOrEqual(1);
      expect(m.complexity).toBeLessThanOrEqual(Math.max(budget, jsonString.complexity(v)));
      if (v.length > 0 && m.value.length === v.length) {
        let diff = 0;
        for (let k = 0; k < v.length; k++) if (v[k] !== m.value[k]) diff++;
        expect(diff).toBeLessThanOrEqual(1);
      }
      expect(jsonString.unmutate(m.value, 1, m.token)).toBe(v);
    }
    // the empty string grows only when one character fits
    expect(jsonString.randomMutate('', 1, rng, 8).value).toBe('');
    expect(jsonString.randomMutate('', 1, rng, 9).value).toHaveLength(1);
  });

  it('null mutates to null', () => {
    expect(jsonNull.randomMutate(null, 1, createRng(1), 10).value).toBeNull();
  });
});

describe('jsonChars', () => {
  it('gives exactly len code units, mostly from the common set, deterministically', () => {
    for (const len of [1, 5, 32]) {
      const fast = jsonChars(createRng(len), len);
      expect(fast).toHaveLength(len);
      expect(jsonChars(createRng(len), len)).toBe(fast);
    }
    const s = Array.from({ length: 200 }, (_, i) => jsonChars(createRng(100 + i), 32)).join('');
    const common = [...s].filter((c) => /[a-z0-9 _-]/.test(c)).length;
    expect(common / s.length).toBeGreaterThan(0.8);
    expect(common / s.length).toBeLessThan(0.95);
  });
});
