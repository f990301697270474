/**
 * union/choice.ts promises the non-mutating half of `union`: classification gives the
 * alternative that accepts a value at the lowest complexity (the first on ties; the tagged one
 * when a discriminant's tags are known and distinct), complexity adds log2(n) choice bits, the
 * bounds are those of the alternatives plus the bits, and the ordered enumeration interleaves
 * the alternatives round-robin, skipping values that belong to another alternative. Checked here
 * through `union(...)`, whose mutator extends UnionBase.
 */
import { describe, expect, it } from 'vitest';
import { constant, integer, literals, object, string, union, type AnyMutator } from '../../../src/index.js';
import { createRng } from '../../../src/runtime/core/rng.js';

const alt = <T>(mutator: AnyMutator<T>, weight?: number) => ({ mutator, weight });

describe('classification (validateValue)', () => {
  it('picks the alternative that accepts the value at the lowest complexity, not the first', () => {
    const u = union<string>([alt(string()), alt(literals(['a', 'b']))]);
    expect(u.validateValue('a')?.alt).toBe(1);
    expect(u.validateValue('zzz')?.alt).toBe(0);
  });

  it('takes the first alternative on a tie', () => {
    const u = union<string>([alt(literals(['x', 'y'])), alt(literals(['y', 'z']))]);
    expect(u.validateValue('y')?.alt).toBe(0);
    expect(u.validateValue('z')?.alt).toBe(1);
  });

  it('rejects a value no alternative accepts', () => {
    const u = union<unknown>([alt(integer({ min: 0, max: 3 })), alt(literals(['a']))]);
    expect(u.validateValue(7)).toBeUndefined();
    expect(u.validateValue('b')).toBeUndefined();
  });

  it('with a discriminant, goes to the tagged alternative, and searches when that one rejects', () => {
    const a = object({ type: literals(['a']), n: integer({ min: 0, max: 9 }) });
    const b = object({ type: literals(['b']), n: integer() });
    const u = union<unknown>([alt(a), alt(b)], { discriminant: 'type' });
    expect(u.validateValue({ type: 'b', n: 1 })?.alt).toBe(1);
    expect(u.validateValue({ type: 'a', n: 1 })?.alt).toBe(0);
    expect(u.validateValue({ type: 'a', n: 100 })).toBeUndefined();
    expect(u.validateValue({ type: 'c', n: 1 })).toBeUndefined();
  });

  it('without usable tags (shared tag), still classifies by trying each alternative', () => {
    const a = object({ type: literals(['a']), n: integer({ min: 0, max: 1 }) });
    const b = object({ type: literals(['a']), s: string() });
    const u = union<unknown>([alt(a), alt(b)], { discriminant: 'type' });
    expect(u.validateValue({ type: 'a', s: 'x' })?.alt).toBe(1);
    expect(u.validateValue({ type: 'a', n: 0 })?.alt).toBe(0);
  });

  it("gives the alternative's own cache, used by complexity", () => {
    const lits = literals(['a', 'b', 'c', 'd']);
    const u = union<string>([alt(string()), alt(lits)]);
    const cache = u.validateValue('c')!;
    expect(cache.c).toEqual(lits.validateValue('c'));
    expect(u.complexity('c', cache)).toBeCloseTo(1 + 2, 9); // log2(2) choice bits + log2(4)
  });
});

describe('complexity bounds', () => {
  it('adds log2(n) choice bits to the smallest minimum and the largest maximum', () => {
    const u = union<unknown>([alt(constant(1)), alt(literals(['a', 'b', 'c', 'd'])), alt(integer({ min: 0, max: 255 })), alt(literals([true, false]))]);
    expect(u.minComplexity()).toBeCloseTo(2 + 0, 9);
    expect(u.maxComplexity()).toBeCloseTo(2 + 8, 9);
    expect(union<unknown>([alt(constant(1))]).minComplexity()).toBe(0); // one alternative: no choice bits
    expect(union<unknown>([alt(constant(1)), alt(string())]).maxComplexity()).toBe(Infinity);
  });
});

describe('orderedArbitrary', () => {
  function enumerate(u: AnyMutator<unknown>, max = 100, limit = 50): unknown[] {
    const step = u.defaultArbitraryStep();
    const out: unknown[] = [];
    for (let g = u.orderedArbitrary(step, max); g !== undefined && out.length < limit; g = u.orderedArbitrary(step, max)) out.push(g.value);
    return out;
  }

  it('interleaves the alternatives round-robin and stops when all are exhausted', () => {
    const u = union<unknown>([alt(literals(['a', 'b', 'c'])), alt(integer({ min: 0, max: 1 }))]);
    const out = enumerate(u);
    expect(out.slice(0, 4).map((v) => typeof v)).toEqual(['string', 'number', 'string', 'number']);
    expect(new Set(out)).toEqual(new Set(['a', 'b', 'c', 0, 1]));
    expect(out).toHaveLength(5);
  });

  it('skips values that belong to another alternative, so none repeats', () => {
    const u = union<string>([alt(literals(['x', 'y'])), alt(literals(['y', 'z']))]);
    const out = enumerate(u);
    expect(out).toHaveLength(3);
    expect(new Set(out)).toEqual(new Set(['x', 'y', 'z']));
    for (const v of out) expect(u.validateValue(v as string)).toBeDefined();
  });

  it('reports complexities with the choice bits, within the budget, and skips alternatives over it', () => {
    const u = union<unknown>([alt(integer({ min: 0, max: 255 })), alt(constant('c'))]);
    const step = u.defaultArbitraryStep();
    let n = 0;
    for (let g = u.orderedArbitrary(step, 5); g !== undefined; g = u.orderedArbitrary(step, 5)) {
      n++;
      expect(g.complexity).toBeLessThanOrEqual(5 + 1e-9);
      expect(g.value).toBe('c');
      expect(g.complexity).toBeCloseTo(1, 9);
    }
    expect(n).toBe(1);
  });
});

describe('choice among alternatives (randomArbitrary)', () => {
  it('follows the weights when the budget allows every alternative', () => {
    const u = union<string>([alt(constant('a'), 1), alt(constant('b'), 3)], { swarm: false });
    const rng = createRng(6);
    let b = 0;
    for (let i = 0; i < 8000; i++) if (u.randomArbitrary(rng, 100).value === 'b') b++;
    expect(b / 8000).toBeCloseTo(0.75, 1);
  });

  it('falls back to an alternative that fits the budget', () => {
    const u = union<unknown>([alt(object({ big: string({ minLength: 30 }) }), 100), alt(constant('small'), 1)], { swarm: false });
    const rng = createRng(7);
    for (let i = 0; i < 200; i++) expect(u.randomArbitrary(rng, 5).value).toBe('small');
  });
});
