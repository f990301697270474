/**
 * keyed/mutations.ts promises the mutations of record, map and set: a table (insert a generated
 * entry, remove one, mutate a value, mutate a key) and the value and key steps. Each keeps keys
 * unique (a key mutation that collides is undone at once and gives undefined), respects
 * minItems/maxItems and the budget, keeps the cache true, and returns a token `undoKeyed`
 * reverses. This file applies each entry and step directly on map and set mutators.
 */
import { describe, expect, it } from 'vitest';
import { KEYED_MUTATIONS, keyedMutateKey, keyedMutateValue, type KeyedShape } from '../../../src/runtime/keyed/mutations.js';
import { KOp, undoKeyed, type KeyedCache, type KeyedToken } from '../../../src/runtime/keyed/undo.js';
import type { KeyedMutator } from '../../../src/runtime/keyed/keyed.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { map, set, type AnyMutator } from '../../../src/index.js';
import { keyString, smallInt } from '../keyed-helpers.js';

type C = Map<unknown, unknown> | Set<unknown>;
const [insertEntry, removeEntry, mutateValue, mutateKey] = KEYED_MUTATIONS;
const mapM = (o: { minItems?: number; maxItems?: number } = {}) => map(keyString(4), smallInt(8), o) as unknown as KeyedMutator<C>;
const setM = () => set(keyString(4)) as unknown as KeyedMutator<C>;
const shape = (m: KeyedMutator<C>) => m as unknown as KeyedShape<unknown>;
const asM = (m: KeyedMutator<C>) => m as unknown as AnyMutator<C>;

/** state of a collection and its cache, for comparisons */
const snap = (c: C, cache: KeyedCache): unknown => structuredClone({ entries: c instanceof Map ? [...c] : [...c], keys: cache.keys, ids: cache.ids, sum: cache.sum });

function check(m: KeyedMutator<C>, c: C, cache: KeyedCache): void {
  const fresh = asM(m).validateValue(c) as KeyedCache | undefined;
  expect(fresh).toBeDefined();
  expect(cache.ids).toEqual(fresh!.ids);
  expect(cache.sum).toBeCloseTo(fresh!.sum, 9);
}

describe('the mutation table', () => {
  for (const [name, make] of [['map', () => mapM({ maxItems: 3 })], ['set', setM]] as const) {
    it(`every entry keeps ${name} keys unique and the cache true, and undoes exactly`, () => {
      const m = make();
      const rng = createRng(1);
      const kinds = new Set<KOp>();
      for (let r = 0; r < 200; r++) {
        const c = asM(m).randomArbitrary(rng, 30).value;
        const cache = asM(m).validateValue(c) as KeyedCache;
        for (const entry of KEYED_MUTATIONS) {
          const before = snap(c, cache);
          const t = entry.apply(shape(m), c, cache, rng, 100) as KeyedToken | undefined;
          if (t === undefined) {
            expect(snap(c, cache)).toEqual(before);
            continue;
          }
          kinds.add(t.kind);
          check(m, c, cache);
          expect(c.size).toBeLessThanOrEqual(m.maxItems);
          undoKeyed(m.store, m.keyMutator, m.valueMutator, c, cache, t);
          expect(snap(c, cache)).toEqual(before);
        }
      }
      expect([...kinds].sort()).toEqual(name === 'map' ? [KOp.Insert, KOp.Remove, KOp.Value, KOp.Key] : [KOp.Insert, KOp.Remove, KOp.Key]);
    });
  }

  it('insert refuses at maxItems and when the entry does not fit the budget; remove refuses at minItems', () => {
    const m = mapM({ minItems: 1, maxItems: 2 });
    const rng = createRng(2);
    const full = new Map<unknown, unknown>([['k0', 1], ['k1', 2]]);
    expect(insertEntry!.apply(shape(m), full, asM(m).validateValue(full) as KeyedCache, rng, 1000)).toBeUndefined();
    const one = new Map<unknown, unknown>([['k0', 1]]);
    const cache = asM(m).validateValue(one) as KeyedCache;
    expect(removeEntry!.apply(shape(m), one, cache, rng, 1000)).toBeUndefined();
    expect(insertEntry!.apply(shape(m), one, cache, rng, asM(m).complexity(one, cache) + 1)).toBeUndefined();
  });

  it('mutate a value changes only a value on a map, and a key on a set', () => {
    const rng = createRng(3);
    const m = mapM();
    const c = new Map<unknown, unknown>([['k0', 1], ['k1', 2]]);
    const t = mutateValue!.apply(shape(m), c, asM(m).validateValue(c) as KeyedCache, rng, 1000) as KeyedToken;
    expect(t.kind).toBe(KOp.Value);
    expect([...c.keys()]).toEqual(['k0', 'k1']);
    const s = setM();
    let moved = 0;
    for (let r = 0; r < 20; r++) {
      const sv = new Set<unknown>(['k0']);
      const u = mutateValue!.apply(shape(s), sv, asM(s).validateValue(sv) as KeyedCache, rng, 1000) as KeyedToken;
      expect(u.kind).toBe(KOp.Key);
      if (!sv.has('k0')) moved++;
    }
    expect(moved).toBeGreaterThan(5);
  });
});

describe('keyedMutateKey and keyedMutateValue', () => {
  it('undoes a colliding key mutation at once and gives undefined', () => {
    const m = mapM();
    const rng = createRng(4);
    let collided = 0;
    for (let r = 0; r < 100; r++) {
      const c = new Map<unknown, unknown>([['k0', 1], ['k1', 2], ['k2', 3], ['k3', 4]]); // keyString(4) has no fifth key
      const cache = asM(m).validateValue(c) as KeyedCache;
      const before = snap(c, cache);
      const t = keyedMutateKey(shape(m), c, cache, r % 4, rng, 1000, undefined);
      // every key mutation collides, except one that draws the key it had
      expect(snap(c, cache)).toEqual(before);
      if (t === undefined) collided++;
      else undoKeyed(m.store, m.keyMutator, m.valueMutator, c, cache, t);
      expect(snap(c, cache)).toEqual(before);
    }
    expect(collided).toBeGreaterThan(50);
  });

  it('keeps the position of a mutated key in a Map', () => {
    const m = mapM();
    const rng = createRng(5);
    for (let r = 0; r < 50; r++) {
      const c = new Map<unknown, unknown>([['k0', 1], ['k1', 2]]);
      const cache = asM(m).validateValue(c) as KeyedCache;
      const t = keyedMutateKey(shape(m), c, cache, 0, rng, 1000, undefined);
      if (t === undefined) continue;
      expect([...c.keys()][1]).toBe('k1');
      expect([...c.values()]).toEqual([1, 2]);
    }
  });

  it('mutates a value by its ordered step when given', () => {
    const m = mapM();
    const c = new Map<unknown, unknown>([['k0', 1]]);
    const cache = asM(m).validateValue(c) as KeyedCache;
    const before = snap(c, cache);
    const t = keyedMutateValue(shape(m), c, cache, 0, createRng(6), 1000, null)!;
    expect(c.get('k0')).not.toBe(1);
    check(m, c, cache);
    undoKeyed(m.store, m.keyMutator, m.valueMutator, c, cache, t);
    expect(snap(c, cache)).toEqual(before);
  });
});
