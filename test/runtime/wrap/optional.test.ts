import { describe, expect, it } from 'vitest';
import { boolean, checkMutator, createRng, integer, jsonSerializer, lazy, MutatorArgumentError, nullable, object, optional, type Mutator } from '../../../src/index.js';

type List = { head: number; tail: List | null };
const list: Mutator<List> = lazy(() => object<List>({ head: integer({ min: 0, max: 255 }), tail: nullable(list) }));

describe('optional / nullable', () => {
  it('pass the laws', () => {
    const o = optional(integer({ min: 0, max: 100 }));
    checkMutator(o);
    const inObj = object({ o });
    checkMutator(inObj, { serializer: jsonSerializer(inObj) });
    const n = nullable(object({ a: boolean(), b: integer({ min: 0, max: 3 }) }));
    checkMutator(n, { serializer: jsonSerializer(n) });
    checkMutator(list, { runs: 60, maxComplexity: 500 });
  });
  it('absent is the cheapest value and the recursion fallback', () => {
    const o = optional(boolean());
    expect(o.minComplexity()).toBe(1);
    expect(o.maxComplexity()).toBe(2);
    expect(o.complexity(undefined, o.validateValue(undefined)!)).toBe(1);
    expect(o.complexity(true, o.validateValue(true)!)).toBe(2);
    const rng = createRng(1);
    for (let i = 0; i < 20; i++) expect(list.randomArbitrary(rng, 0).value.tail).toBeNull();
    let longest = 0;
    for (let i = 0; i < 200; i++) {
      let n = 0;
      for (let l: List | null = list.randomArbitrary(rng, 5000).value; l; l = l.tail) n++;
      longest = Math.max(longest, n);
    }
    expect(longest).toBeGreaterThan(5);
  });
  it('tells null from undefined', () => {
    expect(nullable(boolean()).validateValue(undefined as never)).toBeUndefined();
    expect(optional(boolean()).validateValue(null as never)).toBeUndefined();
  });
  it('ordered: absent first, then the inner values', () => {
    const o = optional(boolean());
    const s = o.defaultArbitraryStep();
    expect([o.orderedArbitrary(s, 9)?.value, o.orderedArbitrary(s, 9)?.value, o.orderedArbitrary(s, 9)?.value, o.orderedArbitrary(s, 9)]).toEqual([undefined, false, true, undefined]);
  });
  it('rejects a non-mutator', () => {
    expect(() => optional(undefined as never)).toThrow(MutatorArgumentError);
    expect(() => nullable({} as never)).toThrow(/'m'/);
  });
});
