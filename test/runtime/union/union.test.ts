import { describe, expect, it } from 'vitest';
import { array, boolean, checkMutator, constant, createRng, integer, jsonSerializer, lazy, literals, MutatorArgumentError, object, string, union, valueKey, type AnyMutator, type Mutator } from '../../../src/index.js';

type Shape = { kind: 'dot' } | { kind: 'line'; len: number } | { kind: 'flag'; on: boolean; n: number };
const shape = (swarm: boolean): Mutator<Shape> =>
  union<Shape>(
    [
      { mutator: object({ kind: literals(['dot']) }) as AnyMutator<Shape> },
      { mutator: object({ kind: literals(['line']), len: integer({ min: 0, max: 1000 }) }) as AnyMutator<Shape> },
      { mutator: object({ kind: literals(['flag']), on: boolean(), n: integer({ min: -5, max: 5 }) }) as AnyMutator<Shape> },
    ],
    { discriminant: 'kind', swarm },
  );

type Expr = { op: 'lit'; v: number } | { op: 'neg'; e: Expr } | { op: 'add'; l: Expr; r: Expr } | { op: 'mul'; l: Expr; r: Expr } | { op: 'var'; x: boolean };
const OPS = ['lit', 'neg', 'add', 'mul', 'var'] as const;
function exprMutator(swarm: boolean): Mutator<Expr> {
  const e: AnyMutator<Expr> = lazy(() =>
    union<Expr>(
      [
        { mutator: object({ op: literals(['lit']), v: integer({ min: 0, max: 9 }) }) },
        { mutator: object({ op: literals(['neg']), e }) },
        { mutator: object({ op: literals(['add']), l: e, r: e }) },
        { mutator: object({ op: literals(['mul']), l: e, r: e }) },
        { mutator: object({ op: literals(['var']), x: boolean() }) },
      ] as { mutator: AnyMutator<Expr> }[],
      { discriminant: 'op', swarm },
    ),
  );
  return e;
}
function opsOf(x: Expr, out: Set<string>, size = { n: 0 }): Set<string> {
  out.add(x.op);
  size.n++;
  if (x.op === 'neg') opsOf(x.e, out, size);
  if (x.op === 'add' || x.op === 'mul') (opsOf(x.l, out, size), opsOf(x.r, out, size));
  return out;
}

describe('union', () => {
  it('passes the laws: discriminated objects, swarm on and off, with a serializer', () => {
    for (const swarm of [true, false]) {
      const m = shape(swarm);
      checkMutator(m, { runs: 150, serializer: jsonSerializer(m) });
    }
  });
  it('passes the laws with overlapping, undiscriminated alternatives (a value belongs to the cheapest that accepts it)', () => {
    const m = union<number | boolean>([{ mutator: integer({ min: 0, max: 10 }) }, { mutator: integer({ min: 0, max: 100 }) }, { mutator: boolean() }]);
    checkMutator(m, { runs: 200 });
    const c = m.validateValue(7)!;
    expect(c.alt).toBe(0);
    expect(m.validateValue(50)!.alt).toBe(1);
    expect(m.validateValue('x' as never)).toBeUndefined();
  });
  it('overlapping alternatives: a value belongs to the cheapest alternative that accepts it, so budgets hold', () => {
    // every value of the second alternative without `type: 'z'` is also a value of the first,
    // where `format: 'a'` costs a 1-char string (9 bits) instead of one of two literals (1 bit)
    type F = { type?: string; format?: string };
    const m = union<F>([
      { mutator: object({ type: literals(['x', 'y']), format: string() }, { optional: ['type', 'format'] }) as AnyMutator<F> },
      { mutator: object({ type: constant('z'), format: literals(['a', 'b']) }, { optional: ['type', 'format'] }) as AnyMutator<F> },
    ]);
    expect(m.validateValue({ format: 'a' })!.alt).toBe(1);
    expect(m.complexity({ format: 'a' }, m.validateValue({ format: 'a' })!)).toBeCloseTo(1 + 2 + 1);
    expect(m.validateValue({ format: 'c' })!.alt).toBe(0);
    expect(m.validateValue({})!.alt).toBe(0); // a tie: the first alternative
    for (const seed of [42, 1, 2, 3]) checkMutator(m, { seed, maxComplexity: 32, serializer: jsonSerializer(m) });
    // mutating a value in place re-files it the way validateValue does
    const rng = createRng(9);
    for (let i = 0; i < 300; i++) {
      const g = m.randomArbitrary(rng, 24);
      const c = m.validateValue(g.value)!;
      for (let k = 0; k < 5; k++) {
        const r = m.randomMutate(g.value, c, rng, 24);
        expect(r.complexity).toBeLessThanOrEqual(24 + 1e-9);
        expect(c.alt).toBe(m.validateValue(r.value)!.alt);
      }
    }
  });
  it('undiscriminated recursive unions keep mutations within the budget', () => {
    type E = { l?: E; r?: E; v?: number } | { v: number } | { l: E };
    const e: AnyMutator<E> = lazy(() =>
      union<E>([
        { mutator: object({ l: e, r: e, v: integer({ min: 0, max: 1 << 20 }) }, { optional: ['l', 'r', 'v'] }) as AnyMutator<E> },
        { mutator: object({ v: integer({ min: 0, max: 3 }) }) as AnyMutator<E> },
        { mutator: object({ l: e }) as AnyMutator<E> },
      ]),
    );
    for (const maxComplexity of [32, 88, 256]) checkMutator(e, { runs: 100, maxComplexity });
  });
  it('passes the laws on a recursive AST, and never overflows the stack', () => {
    for (const swarm of [true, false]) {
      const e = exprMutator(swarm);
      checkMutator(e, { runs: 80, maxComplexity: 300 });
      const rng = createRng(3);
      for (let i = 0; i < 200; i++) {
        const g = e.randomArbitrary(rng, 2000);
        expect(g.complexity).toBeLessThanOrEqual(2000 + 1e-6);
      }
    }
  });
  it('falls back to the cheapest alternative when the budget is small', () => {
    const e = exprMutator(true);
    const rng = createRng(5);
    for (let i = 0; i < 50; i++) {
      const v = e.randomArbitrary(rng, e.minComplexity()).value;
      expect(['var', 'lit']).toContain(v.op);
    }
    expect(e.minComplexity()).toBeLessThan(Infinity);
  });
  it('honours weights (swarm off)', () => {
    const m = union<boolean | number>([{ mutator: boolean(), weight: 1 }, { mutator: integer({ min: 0, max: 3 }), weight: 3 }, { mutator: literals(['never']) as unknown as AnyMutator<never>, weight: 0 }], { swarm: false });
    const rng = createRng(1);
    let bools = 0;
    for (let i = 0; i < 8000; i++) if (typeof m.randomArbitrary(rng, 100).value === 'boolean') bools++;
    expect(bools / 8000).toBeGreaterThan(0.22);
    expect(bools / 8000).toBeLessThan(0.28);
  });
  it('swarm: each AST uses one subset of variants throughout; subsets vary; every variant appears', () => {
    const count = (swarm: boolean) => {
      const e = exprMutator(swarm);
      const rng = createRng(11);
      const kinds: number[] = [];
      const all = new Set<string>();
      while (kinds.length < 150) {
        const n = { n: 0 };
        const ops = opsOf(e.randomArbitrary(rng, 600).value, new Set(), n);
        if (n.n < 10) continue; // big enough trees only: small ones cannot show many kinds
        for (const o of ops) all.add(o);
        kinds.push(ops.size);
      }
      return { few: kinds.filter((k) => k <= 3).length / kinds.length, distinct: new Set(kinds).size, all };
    };
    const on = count(true);
    const off = count(false);
    expect(on.all.size).toBe(OPS.length);
    expect(on.distinct).toBeGreaterThanOrEqual(3);
    expect(on.few).toBeGreaterThan(0.4);
    expect(off.few).toBeLessThan(0.15);
  });
  it('switching variant is a mutation, done in place for objects', () => {
    const m = shape(false);
    const rng = createRng(2);
    const v = m.randomArbitrary(rng, 100).value;
    const c = m.validateValue(v)!;
    const kinds = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const r = m.randomMutate(v, c, rng, 100);
      expect(r.value).toBe(v);
      kinds.add(r.value.kind);
      m.unmutate(r.value, c, r.token);
    }
    expect(kinds.size).toBe(3);
  });
  it('ordered arbitrary interleaves alternatives without duplicates and then stops', () => {
    const m = union<boolean | string>([{ mutator: boolean() }, { mutator: literals(['a', 'b', 'c']) }, { mutator: literals([true, 'a', 'z']) }]);
    const step = m.defaultArbitraryStep();
    const out: string[] = [];
    for (let g = m.orderedArbitrary(step, 100); g !== undefined; g = m.orderedArbitrary(step, 100)) out.push(valueKey(g.value));
    expect(out.slice(0, 2)).toEqual(['false', '"a"']);
    expect(new Set(out).size).toBe(out.length);
    expect(out.sort()).toEqual(['"a"', '"b"', '"c"', '"z"', 'false', 'true']);
  });
  it('rejects bad arguments, naming them', () => {
    expect(() => union([])).toThrow(MutatorArgumentError);
    expect(() => union([{ mutator: boolean() }, { mutator: 3 as never }])).toThrow(/alternatives\[1\]\.mutator/);
    expect(() => union([{ mutator: boolean(), weight: -1 }])).toThrow(/alternatives\[0\]\.weight/);
    expect(() => union([{ mutator: boolean(), weight: 0 }])).toThrow(/weight/);
    expect(() => union([{ mutator: boolean() }], { discriminant: '' })).toThrow(/discriminant/);
  });
  it('forwards crossover hooks to the active alternative', () => {
    const m = union<Shape[] | boolean>([{ mutator: array(shape(false)) }, { mutator: boolean() }]);
    const v = [{ kind: 'dot' }, { kind: 'line', len: 3 }] as Shape[];
    const seen: unknown[] = [];
    m.visitSubValues!(v, m.validateValue(v)!, (x) => seen.push(x));
    expect(seen).toContainEqual({ kind: 'line', len: 3 });
  });
  it('seeded snapshot: the first values for seed 42 are stable (swarm on)', () => {
    const m = union<boolean | string | { k: string; b: boolean }>([
      { mutator: boolean() },
      { mutator: literals(['a', 'b', 'c']) },
      { mutator: object({ k: literals(['x', 'y']), b: boolean() }) as AnyMutator<{ k: string; b: boolean }>, weight: 2 },
    ]);
    const rng = createRng(42);
    expect(Array.from({ length: 12 }, () => m.randomArbitrary(rng, 100).value)).toMatchSnapshot();
  });
});
