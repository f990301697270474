import { describe, expect, it } from 'vitest';
import { array, boolean, checkMutator, createRng, deepClone, deepEqual, jsonSerializer, lazy, map, object, record, set, tuple, valueKey, type AnyMutator, type Mutator, type Rng } from '../../../src/index.js';
import { providerFrom } from '../crossover-helpers.js';

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
  it('bounds recursion when asked for an infinite budget', () => {
    const rng = createRng(12);
    for (let i = 0; i < 10; i++) {
      const g = tree.randomArbitrary(rng, Infinity);
      expect(g.complexity).toBeLessThanOrEqual(4096 + 1e-6);
      expect(tree.randomArbitrary(rng, NaN).complexity).toBeLessThanOrEqual(4096 + 1e-6);
    }
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
  it('computes minComplexity in linear time for many recursive edges (no path explosion)', () => {
    // a minimal choice combinator: 1 bit + the cheaper alternative, never cached
    const either = (a: AnyMutator<unknown>, b: AnyMutator<unknown>) => ({ ...boolean(), validateValue: boolean().validateValue, randomArbitrary: boolean().randomArbitrary, minComplexity: () => 1 + Math.min(a.minComplexity(), b.minComplexity()) }) as unknown as AnyMutator<unknown>;
    let calls = 0;
    const counted = { ...boolean(), minComplexity: () => (calls++, 1) } as unknown as AnyMutator<unknown>;
    let memo: AnyMutator<unknown> | undefined;
    const expr = (): AnyMutator<unknown> => {
      if (memo) return memo;
      const fields: Record<string, AnyMutator<unknown>> = { v: boolean() };
      for (let i = 0; i < 24; i++) fields[`e${i}`] = either(lazy(() => expr()), counted);
      return (memo = object(fields));
    };
    expect(expr().minComplexity()).toBe(1 + 24 * 2);
    expect(calls).toBeLessThan(24 * 24 * 4);
    // mutual recursion: A needs B, B's cheapest is via its escape
    type AB = AnyMutator<unknown>;
    const a: AB = lazy(() => object({ b, x: boolean() }));
    const b: AB = lazy(() => either(a, tuple([boolean(), boolean(), boolean()])));
    expect(a.minComplexity()).toBe(1 + 1 + 3);
    expect(b.minComplexity()).toBe(1 + 3);
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

describe('crossover', () => {
  it('splices sub-values from other inputs into every container kind, undone by unmutate', () => {
    const leaf = object({ t: tree, b: boolean() });
    const kinds: AnyMutator<unknown>[] = [
      tree,
      array(leaf),
      tuple([tree, boolean()], { required: 1, rest: tree }),
      object({ a: tree, b: array(boolean()) }, { optional: ['b'] }),
      record(lazy(() => (stringKey as AnyMutator<string>)), tree),
      map(boolean(), tree),
      set(array(boolean(), { maxItems: 3 })),
    ];
    const rng = createRng(11);
    for (const m of kinds) {
      const donors = Array.from({ length: 6 }, () => m.randomArbitrary(rng, 120).value);
      const provider = providerFrom(m, donors);
      expect(provider.size).toBeGreaterThan(0);
      let changed = 0;
      for (let i = 0; i < 40; i++) {
        const v = m.randomArbitrary(rng, 120).value;
        const c = m.validateValue(v);
        const before = deepClone(v);
        const cb = deepClone(c);
        const r = m.crossoverMutate!(v, c, provider, rng, 400);
        if (r === undefined) continue;
        const fresh = m.validateValue(r.value);
        expect(fresh).toBeDefined();
        expect(m.complexity(r.value, fresh)).toBeCloseTo(r.complexity, 6);
        expect(m.complexity(r.value, c)).toBeCloseTo(r.complexity, 6);
        if (!deepEqual(r.value, before)) changed++;
        const back = m.unmutate(r.value, c, r.token);
        expect(deepEqual(back, before)).toBe(true);
        expect(deepEqual(c, cb)).toBe(true);
      }
      expect(changed).toBeGreaterThan(3);
    }
  });
});

const stringKey = {
  defaultArbitraryStep: () => null,
  validateValue: (v: unknown) => (typeof v === 'string' && /^[a-d]$/.test(v) ? 1 : undefined),
  defaultMutationStep: () => null,
  minComplexity: () => 2,
  maxComplexity: () => 2,
  complexity: () => 2,
  orderedArbitrary: () => undefined,
  randomArbitrary: (rng: Rng) => ({ value: 'abcd'[rng.below(4)]!, complexity: 2 }),
  orderedMutate: () => undefined,
  randomMutate: (v: string, _c: unknown, rng: Rng) => ({ value: 'abcd'[rng.below(4)]!, token: v, complexity: 2 }),
  unmutate: (_v: string, _c: unknown, t: string) => t,
};

describe('maxComplexity of a large mutually recursive graph', () => {
  it('is computed once per node: an unbounded maximum met inside a pending pass is cached', async () => {
    const { union } = await import('../../../src/index.js');
    // an AST-like graph: M union types (Statement, Expression, …), each of N node kinds whose
    // field holds the next union directly (as `test: Expression` does), plus a leaf kind
    const N = 6;
    const M = 6;
    let calls = 0;
    const unions: AnyMutator<unknown>[] = [];
    for (let j = 0; j < M; j++) {
      const kinds: AnyMutator<unknown>[] = [object({ leaf: boolean() }) as AnyMutator<unknown>];
      for (let i = 1; i < N; i++) {
        const inner = object({ next: lazy(() => unions[(j + 1) % M]!), n: boolean() }) as AnyMutator<unknown>;
        const counted = Object.create(inner) as AnyMutator<unknown>;
        counted.maxComplexity = () => (calls++, inner.maxComplexity());
        kinds.push(lazy(() => counted));
      }
      unions.push(lazy(() => union(kinds.map((m) => ({ mutator: m }))) as AnyMutator<unknown>));
    }
    expect(unions[0]!.maxComplexity()).toBe(Infinity);
    // without the cache every path through the graph is walked again ((N-1)^M calls)
    expect(calls).toBeLessThanOrEqual(N * M * 2);
  });
});
