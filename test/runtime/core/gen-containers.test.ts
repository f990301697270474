/**
 * The containers' generation fast paths (array's compiled element loop and cached element
 * minimum, lazy's resolved-target path) must give exactly what the plain algorithm gives: the
 * same values and complexities from the same Rng words. References here are the algorithm
 * written out over the public `randomArbitrary` of the elements.
 */
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/index.js';
import { pickLength } from '../../../src/runtime/core/budget.js';
import { RngBase, createRng, type Rng } from '../../../src/runtime/core/rng.js';
import type { ArrayMutator } from '../../../src/runtime/array/array.js';
import type { AnyMutator, Generated } from '../../../src/runtime/core/mutator.js';
import { Words } from '../words-rng.js';


const key = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'number' ? (Object.is(x, -0) ? '-0' : String(x)) : x));

const METHODS = ['defaultArbitraryStep', 'validateValue', 'defaultMutationStep', 'minComplexity', 'maxComplexity', 'complexity', 'orderedArbitrary', 'randomArbitrary', 'orderedMutate', 'randomMutate', 'unmutate'] as const;
/** a mutator that is not the runtime's (no [GEN]): reached through genOf's adapter */
function foreignOf<T>(m: AnyMutator<T>): AnyMutator<T> {
  const f: Record<string, unknown> = {};
  for (const k of METHODS) f[k] = (...args: unknown[]) => (m[k] as (...a: unknown[]) => unknown)(...args);
  return f as unknown as AnyMutator<T>;
}

/** array generation as the plain algorithm: length, then each element on its share of the slack */
function refArray<T>(a: ArrayMutator<T>, rng: Rng, maxCplx: number): Generated<T[]> {
  const elem = a.elem;
  const per = a.minItems === a.maxItems ? 0 : 1;
  const eMin = elem.minComplexity();
  const unit = eMin === Infinity ? Infinity : eMin + per;
  const len = unit === Infinity ? 0 : pickLength(rng, a.minItems, a.maxItems, unit, maxCplx);
  const out: T[] = [];
  const keys: string[] = [];
  let slack = Math.max(0, maxCplx - len * unit);
  let sum = 0;
  for (let i = 0; i < len; i++) {
    const share = slack / (len - i);
    let g = elem.randomArbitrary(rng, eMin + share);
    if (a.unique) {
      for (let t = 0; t < 8 && keys.includes(d.valueKey(g.value)); t++) g = elem.randomArbitrary(rng, eMin + share);
      if (keys.includes(d.valueKey(g.value))) break;
      keys.push(d.valueKey(g.value));
    }
    out.push(g.value);
    sum += g.complexity;
    slack = Math.max(0, slack - (g.complexity - eMin));
  }
  return { value: out, complexity: sum + out.length * per };
}

function arrays(): Record<string, ArrayMutator<unknown>> {
  const str = d.string({ maxLength: 16 });
  const int = d.integer({ min: -2147483648, max: 2147483647 });
  const item = d.object({ sku: str, qty: int, price: d.number(), tags: d.array(str, { maxItems: 3 }) });
  const tree: AnyMutator<unknown> = d.lazy(() => d.object({ id: int, label: str, children: d.array(tree, { maxItems: 5 }) }));
  const foreign = foreignOf(d.integer({ min: 0, max: 9 }));
  return {
    items: d.array(item, { minItems: 12, maxItems: 22 }),
    tags: d.array(str, { maxItems: 3 }),
    forest: d.array(tree, { maxItems: 5 }),
    fixed: d.array(d.boolean(), { minItems: 4, maxItems: 4 }),
    unbounded: d.array(d.number()),
    zeroCost: d.array(d.constant('k'), { maxItems: 9 }),
    foreign: d.array(foreign, { minItems: 1, maxItems: 30 }),
    nested: d.array(d.array(int, { maxItems: 4 }), { minItems: 2 }),
    unique: d.array(d.integer({ min: 0, max: 40 }), { uniqueItems: true, maxItems: 30 }),
  } as unknown as Record<string, ArrayMutator<unknown>>;
}

const BUDGETS = [0, 1, 7.5, 40, 300, 5000, 39126, Infinity];

function expectSameAsReference(a: ArrayMutator<unknown>, make: (seed: number) => Rng, name: string): void {
  for (const budget of BUDGETS) {
    const x = make(3);
    const y = make(3);
    for (let i = 0; i < 40; i++) {
      const r = refArray(a, x, budget);
      const g = a.randomArbitrary(y, budget);
      expect(key(g.value), `${name} at budget ${budget}`).toBe(key(r.value));
      expect(g.complexity, `${name} at budget ${budget}`).toBe(r.complexity);
    }
    expect(y.u32(), `${name}: same words consumed`).toBe(x.u32());
  }
}

describe('array generation fast paths', () => {
  it('the compiled element loop equals the plain algorithm, for seeded and word-driven Rngs', () => {
    for (const [name, a] of Object.entries(arrays())) {
      expectSameAsReference(a, (s) => createRng(s), name);
      expectSameAsReference(a, (s) => new Words(createRng(s)), `${name} (Words)`);
      // the compiled loop is what ran (non-unique arrays), where code generation is available
      if (!a.unique) expect(typeof (a as unknown as { loop: unknown }).loop, name).toBe('function');
    }
  });

  it('the loop used without code generation equals the plain algorithm', () => {
    for (const [name, a] of Object.entries(arrays())) {
      (a as unknown as { loop: unknown }).loop = null;
      expectSameAsReference(a, (s) => createRng(s), `${name} (no compiled loop)`);
    }
  });

  it('the cached element minimum follows a lazy element whose minimum is computed on first use', () => {
    type L = { v: number; next: L[] };
    const list: AnyMutator<L> = d.lazy(() => d.object({ v: d.integer({ min: 0, max: 3 }), next: d.array(list, { maxItems: 2 }) }));
    const a = d.array(list, { minItems: 1, maxItems: 6 }) as unknown as ArrayMutator<unknown>;
    // generation first (the minimum is computed inside), then the reference
    const y = createRng(5);
    const first = a.randomArbitrary(y, 200);
    const x = createRng(5);
    const r = refArray(a, x, 200);
    expect(key(first.value)).toBe(key(r.value));
    expect(first.complexity).toBe(r.complexity);
    expectSameAsReference(a, (s) => createRng(s), 'lazy list');
  });
});

type Chain = { s: string; a: unknown };

/**
 * `n` nested lazies, each an object { s: string, a: next }, ending in a string: deeper than
 * MAX_DEPTH when n > 200. Every level draws a string on its share of the budget, so the budget
 * each lazy passes on shows in the value; short strings (`maxLength`) pass nearly all of a large
 * budget on, so it reaches the deep levels.
 */
function chain(n: number, maxLength?: number): AnyMutator<Chain>[] {
  const ls: AnyMutator<Chain>[] = [];
  const str = maxLength === undefined ? d.string() : d.string({ maxLength });
  for (let i = 0; i < n; i++) ls.push(d.lazy(() => d.object<Chain>({ s: str, a: i + 1 < n ? ls[i + 1]! : str })));
  return ls;
}

/** makes every generation of `l` take the first-use path (target not resolved yet) */
function forceFirstPath(l: AnyMutator<unknown>): void {
  Object.defineProperty(l, 'g', { get: () => null, set: () => undefined, configurable: true });
}

/** the strings of the levels, top first, then the leaf */
function strings(v: unknown): string[] {
  const out: string[] = [];
  while (typeof v === 'object' && v !== null && 'a' in v) {
    out.push((v as Chain).s);
    v = (v as Chain).a;
  }
  out.push(v as string);
  return out;
}

describe('lazy generation fast path', () => {
  it('equals the first-use path, with the depth guard, for budgets finite and not', () => {
    for (const n of [3, 150, 260]) {
      for (const maxLength of [undefined, 3]) {
        const fast = chain(n, maxLength);
        const slow = chain(n, maxLength);
        for (const l of slow) forceFirstPath(l);
        // (an unbounded string would take a budget of 1e9 at its word: only the short ones get it)
        for (const budget of maxLength === undefined ? [0, 10, 200, 5000, Infinity, NaN] : [0, 10, 200, 5000, 1e9, Infinity, NaN]) {
          const x = createRng(11);
          const y = createRng(11);
          for (let i = 0; i < 15; i++) {
            const r = slow[0]!.randomArbitrary(x, budget);
            const g = fast[0]!.randomArbitrary(y, budget);
            expect(key(g.value), `chain ${n} (maxLength ${maxLength}) at budget ${budget}`).toBe(key(r.value));
            expect(g.complexity).toBe(r.complexity);
            // from MAX_DEPTH (200) nested lazies on, each level is asked for its smallest value
            if (n > 200) expect(strings(g.value).slice(200).join('')).toBe('');
          }
          expect(y.u32()).toBe(x.u32());
        }
      }
    }
  });

  it('above MAX_DEPTH the levels keep their budget (the guard is what empties the deep ones)', () => {
    const l = chain(260, 3)[0]!;
    const rng = createRng(2);
    let nonEmpty = 0;
    for (let i = 0; i < 20; i++) if (strings(l.randomArbitrary(rng, 1e9).value)[199] !== '') nonEmpty++;
    expect(nonEmpty).toBeGreaterThan(5);
  });

  it('a recursive tree equals the first-use path and the plain array algorithm', () => {
    const str = d.string({ maxLength: 16 });
    const int = d.integer({ min: -2147483648, max: 2147483647 });
    const mk = (): AnyMutator<unknown> => {
      const tree: AnyMutator<unknown> = d.lazy(() => d.object({ id: int, label: str, children: d.array(tree, { maxItems: 5 }) }));
      return tree;
    };
    const fast = mk();
    const slow = mk();
    forceFirstPath(slow);
    for (const budget of [0, 100, 4000, 40000]) {
      const x = createRng(42);
      const y = createRng(42);
      for (let i = 0; i < 10; i++) {
        const r = slow.randomArbitrary(x, budget);
        const g = fast.randomArbitrary(y, budget);
        expect(key(g.value)).toBe(key(r.value));
        expect(g.complexity).toBe(r.complexity);
      }
      expect(y.u32()).toBe(x.u32());
    }
    // a type without finite values still throws on both paths
    type Loop = { next: Loop };
    const loop: AnyMutator<Loop> = d.lazy(() => d.object({ next: loop }));
    expect(() => loop.randomArbitrary(createRng(1), 100)).toThrow(/no finite value/);
    expect(() => loop.randomArbitrary(createRng(1), 100)).toThrow(/no finite value/);
  });
});
