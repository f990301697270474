/**
 * orderedMutate of record, map, set and tuple walks the entries with each entry's own ordered
 * mutations (values of records and maps, elements of sets and tuples), then falls back to random
 * ones. (Arrays, objects and sequences do the same; their tests are with their other tests.)
 */
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/index.js';
import type { AnyMutator } from '../../../src/runtime/core/mutator.js';

/** the first `k` ordered mutations of `value`, each undone before the next */
function orderedOutcomes<T>(m: AnyMutator<T>, value: T, k: number, show: (v: T) => string): string[] {
  const cache = m.validateValue(value);
  expect(cache).toBeDefined();
  const step = m.defaultMutationStep(value, cache!);
  const rng = d.createRng(5);
  const before = show(value);
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    const r = m.orderedMutate(value, cache!, step, rng, 1000);
    expect(r).toBeDefined();
    out.push(show(r!.value));
    value = m.unmutate(r!.value, cache!, r!.token);
    expect(show(value)).toBe(before);
  }
  return out;
}

describe('ordered mutation of keyed collections', () => {
  it('record: the first ordered mutations flip each boolean value in turn', () => {
    const m = d.record(d.string({ maxLength: 3 }), d.boolean());
    const got = orderedOutcomes(m as AnyMutator<Record<string, boolean>>, { x: false, y: false }, 2, (v) => JSON.stringify(v));
    expect(got).toEqual(['{"x":true,"y":false}', '{"x":false,"y":true}']);
  });

  it('map: values are walked with their ordered steps, which run out', () => {
    const m = d.map(d.integer({ min: 0, max: 9 }), d.literals(['a', 'b', 'c'])) as AnyMutator<Map<number, string>>;
    const show = (v: Map<number, string>): string => JSON.stringify([...v]);
    const got = orderedOutcomes(m, new Map([[1, 'a'], [2, 'a']]), 8, show);
    // calls 0, 1, 3, 4, 6, 7 walk entries 0, 1, 0, 1, 0, 1; each value has two other literals
    const walked = [got[0], got[1], got[3], got[4]];
    expect(walked).toEqual(expect.arrayContaining(['[[1,"b"],[2,"a"]]', '[[1,"c"],[2,"a"]]', '[[1,"a"],[2,"b"]]', '[[1,"a"],[2,"c"]]']));
  });

  it('set: elements are walked with their ordered steps; a mutation that collides is skipped', () => {
    const m = d.set(d.boolean()) as AnyMutator<Set<boolean>>;
    const show = (v: Set<boolean>): string => JSON.stringify([...v]);
    // flipping the only element is its one ordered mutation
    expect(orderedOutcomes(m, new Set([false]), 1, show)).toEqual(['[true]']);
  });

  it('laws hold for ordered mutations of record, map and set', () => {
    for (const m of [d.record(d.string({ maxLength: 4 }), d.integer({ min: -5, max: 5 })), d.map(d.string({ maxLength: 2 }), d.array(d.boolean(), { maxItems: 3 })), d.set(d.integer({ min: 0, max: 20 }))]) {
      d.checkMutator(m as AnyMutator<unknown>, { seed: 3, runs: 200 });
    }
  });
});

describe('ordered mutation of tuples', () => {
  it('walks the elements with their own ordered mutations', () => {
    const m = d.tuple([d.boolean(), d.boolean(), d.literals(['a', 'b'])]) as unknown as AnyMutator<[boolean, boolean, string]>;
    const got = orderedOutcomes(m, [false, false, 'a'], 2, (v) => JSON.stringify(v));
    expect(got).toEqual(['[true,false,"a"]', '[false,true,"a"]']);
    d.checkMutator(d.tuple([d.integer({ min: 0, max: 9 }), d.string({ maxLength: 3 })], { required: 1, rest: d.boolean() }) as AnyMutator<unknown>, { seed: 4, runs: 200 });
  });
});

describe('keyed collections that need several distinct keys', () => {
  it('generate at any budget when random keys keep colliding (short string keys, minItems > 1), within budget from minComplexity up, lawfully', () => {
    const cases: Array<[string, AnyMutator<unknown>, number]> = [
      ['record', d.record(d.string({ maxLength: 3 }), d.integer({ min: 0, max: 9 }), { minItems: 2 }) as AnyMutator<unknown>, 2],
      ['map', d.map(d.string({ maxLength: 3 }), d.boolean(), { minItems: 3, maxItems: 3 }) as AnyMutator<unknown>, 3],
      ['map with array keys', d.map(d.array(d.boolean(), { maxItems: 2 }), d.boolean(), { minItems: 3 }) as AnyMutator<unknown>, 3],
    ];
    for (const [name, m, n] of cases) {
      const rng = d.createRng(1);
      for (const budget of [0, 5, m.minComplexity(), m.minComplexity() + 3, 40, 200]) {
        for (let i = 0; i < 100; i++) {
          const g = m.randomArbitrary(rng, budget);
          const size = g.value instanceof Map ? g.value.size : Object.keys(g.value as object).length;
          expect(size, `${name} at ${budget}`).toBeGreaterThanOrEqual(n);
          if (budget >= m.minComplexity()) expect(g.complexity, `${name} at ${budget}`).toBeLessThanOrEqual(budget + 1e-9);
        }
      }
      d.checkMutator(m, { seed: 2, runs: 150 });
    }
  });
});
