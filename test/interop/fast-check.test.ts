import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, boolean, integer, lazy, object, string, type AnyMutator, type Mutator } from '../../src/index.js';
import { toArbitrary } from 'derive-mutators/fast-check';
import { magnitude } from '../../src/interop/magnitude.js';
import { shrinkCandidates } from '../../src/interop/shrink.js';

type Tree = { value: boolean; children: Tree[] };
const tree: Mutator<Tree> = lazy(() => object<Tree>({ value: boolean(), children: array(tree) }));
const bools = array(boolean());

function depth(t: Tree): number {
  return 1 + t.children.reduce((d, c) => Math.max(d, depth(c)), 0);
}
function complexity<T>(m: AnyMutator<T>, v: T): number {
  return m.complexity(v, m.validateValue(v));
}

describe('toArbitrary', () => {
  it('generates valid values, replayable from fast-check seeds', () => {
    const arb = toArbitrary(tree, { maxComplexity: 100 });
    const a = fc.sample(arb, { seed: 5, numRuns: 50 });
    expect(fc.sample(arb, { seed: 5, numRuns: 50 })).toEqual(a);
    for (const v of a) {
      expect(tree.validateValue(v)).toBeDefined();
      expect(complexity(tree, v)).toBeLessThanOrEqual(100 + 1e-6);
    }
    expect(new Set(a.map((v) => JSON.stringify(v))).size).toBeGreaterThan(25);
  });

  it('shrinks a failing boolean[] property to the exact minimal counterexample', () => {
    const prop = fc.property(toArbitrary(bools), (v) => v.filter(Boolean).length < 3);
    const r = fc.check(prop, { seed: 42 });
    expect(r.failed).toBe(true);
    expect(r.counterexample).toEqual([[true, true, true]]);
    expect(() => fc.assert(prop, { seed: 42 })).toThrow(/Counterexample: \[\[true,true,true\]\]/);
  });

  it('shrinks a failing recursive property to the minimal tree of depth 3', () => {
    for (const seed of [1, 2, 3]) {
      const r = fc.check(fc.property(toArbitrary(tree), (t) => depth(t) < 3), { seed });
      expect(r.failed).toBe(true);
      // three nodes in a chain; false is smaller than true (the tie-break after complexity)
      expect(r.counterexample).toEqual([{ value: false, children: [{ value: false, children: [{ value: false, children: [] }] }] }]);
    }
  });

  it('shrinks integers to the exact boundary and strings to empty', () => {
    type Rec = { n: number; s: string; flags: boolean[] };
    const m = object<Rec>({ n: integer({ min: 0, max: 1_000_000 }), s: string({ maxLength: 20 }), flags: array(boolean()) });
    for (const seed of [4, 5]) {
      const r = fc.check(fc.property(toArbitrary(m), (v) => v.n < 1234 || v.flags.length === 0), { seed });
      expect(r.failed).toBe(true);
      expect(r.counterexample).toEqual([{ n: 1234, s: '', flags: [false] }]);
    }
  });

  it('canShrinkWithoutContext accepts exactly the valid values', () => {
    const arb = toArbitrary(bools);
    expect(arb.canShrinkWithoutContext([true, false])).toBe(true);
    expect(arb.canShrinkWithoutContext([1])).toBe(false);
    expect(arb.canShrinkWithoutContext(null)).toBe(false);
  });

  it('every shrink is valid and strictly smaller, so shrinking ends', () => {
    const values = fc.sample(toArbitrary(tree, { maxComplexity: 200 }), { seed: 9, numRuns: 30 });
    for (const start of values) {
      let v = start;
      let steps = 0;
      for (;;) {
        const next = shrinkCandidates(tree, v).next();
        if (next.done) break;
        const c0 = complexity(tree, v);
        const c1 = complexity(tree, next.value);
        const [m0, m1] = [magnitude(v), magnitude(next.value)];
        const shorter = JSON.stringify(next.value).length < JSON.stringify(v).length;
        expect(c1 < c0 - 1e-9 || (c1 <= c0 && (m1 < m0 || (m1 === m0 && shorter)))).toBe(true);
        v = next.value;
        expect(++steps).toBeLessThan(1000);
      }
      expect(complexity(tree, v)).toBe(tree.minComplexity());
    }
  });
});
