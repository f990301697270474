import { describe, expect, it } from 'vitest';
import { array, boolean, checkMutator, createRng, jsonSerializer, lazy, object, valueKey, type AnyMutator, type Mutator } from '../../src/index.js';

type Tree = { value: boolean; children: Tree[] };
const tree: Mutator<Tree> = lazy(() => object<Tree>({ value: boolean(), children: array(tree) }));

function depth(t: Tree): number {
  let d = 0;
  for (const c of t.children) d = Math.max(d, depth(c));
  return d + 1;
}
function size(t: Tree): number {
  let n = 1;
  for (const c of t.children) n += size(c);
  return n;
}

describe('lazy', () => {
  it('a recursive tree passes the laws', () => {
    checkMutator(tree, { runs: 60, serializer: jsonSerializer(tree) });
    checkMutator(tree, { runs: 20, maxComplexity: 2000, mutationsPerRun: 6, orderedLimit: 16 });
  });
  it('generates trees within budgets up to 10000 without overflowing the stack', () => {
    const rng = createRng(9);
    let maxDepth = 0;
    let maxSize = 0;
    for (const budget of [1, 10, 100, 1000, 10000]) {
      for (let i = 0; i < 20; i++) {
        const g = tree.randomArbitrary(rng, budget);
        const c = tree.validateValue(g.value);
        expect(c).toBeDefined();
        expect(tree.complexity(g.value, c)).toBeCloseTo(g.complexity, 6);
        expect(g.complexity).toBeLessThanOrEqual(Math.max(budget, tree.minComplexity()) + 1e-6);
        maxDepth = Math.max(maxDepth, depth(g.value));
        maxSize = Math.max(maxSize, size(g.value));
      }
    }
    expect(maxDepth).toBeGreaterThan(3);
    expect(maxSize).toBeGreaterThan(100);
  });
  it('takes the smallest choice when the budget runs out', () => {
    expect(tree.minComplexity()).toBe(1);
    const g = tree.randomArbitrary(createRng(1), 0);
    expect(g.value.children).toEqual([]);
  });
  it('a type with no finite value has minComplexity Infinity and a clear error on generation', () => {
    type Loop = { next: Loop };
    const loop: Mutator<Loop> = lazy(() => object<Loop>({ next: loop }));
    expect(loop.minComplexity()).toBe(Infinity);
    expect(() => loop.randomArbitrary(createRng(1), 100)).toThrow(/no finite value/);
    expect(loop.orderedArbitrary(loop.defaultArbitraryStep(), 100)).toBeUndefined();
  });
  it('mutual recursion through several lazies gets the right minimum', () => {
    type A = { b: B[]; x: boolean };
    type B = { a: A };
    const a: AnyMutator<A> = lazy(() => object({ b: array(b), x: boolean() }));
    const b: AnyMutator<B> = lazy(() => object({ a }));
    expect(b.minComplexity()).toBe(1);
    expect(a.minComplexity()).toBe(1);
    checkMutator(b, { runs: 30 });
  });
  it('resolves a forward reference on first use, with a clear error for a bad thunk', () => {
    const bad = lazy(() => undefined as never);
    expect(() => bad.minComplexity()).toThrow(/lazy: invalid argument 'thunk'/);
    expect(() => lazy(3 as never)).toThrow(/'thunk'/);
  });
  it('is seeded (seed 42 snapshot)', () => {
    const rng = createRng(42);
    expect(Array.from({ length: 4 }, () => valueKey(tree.randomArbitrary(rng, 12).value))).toMatchSnapshot();
  });
});
