/**
 * object/mutations.ts promises `objectMutate`, one random in-place mutation of an object: mutate
 * a present field, add or remove an optional field (a required one is never removed), and with
 * an index signature add an entry (never a declared key or "__proto__"), remove one or mutate
 * its value; NO_CHANGE when there is nothing to mutate. This file drives it with the shape of
 * `object(...)` mutators and checks the cache against a fresh validation, the budget, every
 * mutation kind being reached, and the undo.
 */
import { describe, expect, it } from 'vitest';
import { objectMutate, objectMutations } from '../../../src/runtime/object/mutations.js';
import { NO_CHANGE, ObjOp, undoObject, type ObjectCache, type ObjectToken } from '../../../src/runtime/object/undo.js';
import type { ObjectMutator } from '../../../src/runtime/object/object.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { array, integer, literals, object, string, type AnyMutator } from '../../../src/index.js';

type Obj = Record<string, unknown>;
const shape = object(
  { id: integer({ min: 0, max: 99 }), tags: array(literals(['a', 'b']), { maxItems: 3 }), note: string({ maxLength: 5 }) },
  { optional: ['note'], index: { key: string({ minLength: 1, maxLength: 3 }), value: integer({ min: 0, max: 9 }) } },
) as unknown as ObjectMutator<Obj>;
const asM = shape as unknown as AnyMutator<Obj>;

function run(seed: number, runs: number, visit: (o: Obj, cache: ObjectCache, t: ObjectToken, before: Obj) => void, maxCplx = 200): void {
  const rng = createRng(seed);
  for (let r = 0; r < runs; r++) {
    const o = asM.randomArbitrary(rng, 80).value;
    const cache = asM.validateValue(o) as ObjectCache;
    for (let k = 0; k < 8; k++) {
      const before = deepClone(o);
      const t = objectMutate(shape, o, cache, rng, maxCplx);
      visit(o, cache, t, before);
    }
  }
}

describe('objectMutate', () => {
  it('keeps the cache equal to a fresh validation of the mutated object', () => {
    run(1, 80, (o, cache) => {
      const fresh = asM.validateValue(o) as ObjectCache | undefined;
      expect(fresh).toBeDefined();
      expect(asM.complexity(o, cache)).toBeCloseTo(asM.complexity(o, fresh!), 9);
      expect(Array.from(cache.f, (c) => c === undefined)).toEqual(Array.from(fresh!.f, (c) => c === undefined));
      expect([...cache.indexKeys!].sort()).toEqual([...fresh!.indexKeys!].sort());
    });
  });

  it('reaches every mutation kind, and each one is undone exactly', () => {
    const seen = new Set<ObjOp>();
    run(2, 150, (o, cache, t, before) => {
      seen.add(t.kind);
      const keys = Object.keys(o).length;
      undoObject(shape.keys, shape.fieldMutators, shape.valueMutator, o, cache, t);
      expect(o).toEqual(before);
      expect(Object.keys(o).sort()).toEqual(Object.keys(before).sort()); // toEqual alone ignores an undefined-valued key
      expect(asM.complexity(o, cache)).toBeCloseTo(asM.complexity(o, asM.validateValue(o)!), 9);
      // walk on from a mutated value
      objectMutate(shape, o, cache, createRng(keys), 200);
    });
    for (const k of [ObjOp.Field, ObjOp.AddField, ObjOp.SetField, ObjOp.EntryValue, ObjOp.AddEntry, ObjOp.RemoveEntry]) expect(seen.has(k), ObjOp[k]).toBe(true);
  });

  it('never removes a required field and never adds a declared key or "__proto__" as an entry', () => {
    run(3, 100, (o, cache) => {
      expect('id' in o && 'tags' in o).toBe(true);
      for (const k of cache.indexKeys!) {
        expect(['id', 'tags', 'note', '__proto__']).not.toContain(k);
        expect(Object.prototype.hasOwnProperty.call(o, k)).toBe(true);
      }
    });
  });

  it('stays within the budget when it adds', () => {
    const rng = createRng(4);
    for (let r = 0; r < 100; r++) {
      const o: Obj = { id: 1, tags: [] };
      const cache = asM.validateValue(o) as ObjectCache;
      const max = asM.complexity(o, cache) + 3; // room for no entry (key + value >= 8 + 3.3 bits)
      const t = objectMutate(shape, o, cache, rng, max);
      expect(t.kind).not.toBe(ObjOp.AddEntry);
      expect(asM.complexity(o, cache)).toBeLessThanOrEqual(max + 1e-9);
    }
  });

  it('gives NO_CHANGE for an object with no field and no index', () => {
    const empty = object({}) as unknown as ObjectMutator<Obj>;
    const o = {};
    expect(objectMutate(empty, o, (empty as unknown as AnyMutator<Obj>).validateValue(o) as ObjectCache, createRng(1), 100)).toBe(NO_CHANGE);
  });

  it('draws from one slot per field, then 1 + fields / 4 slots of the index entry', () => {
    expect(shape.mutations.map((e) => e.name)).toEqual(['field id', 'field tags', 'field note', 'an index-signature entry']);
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const names = objectMutations(keys, true).map((e) => e.name);
    expect(names.length).toBe(9 + 1 + 2);
    expect(names.slice(9)).toEqual(Array(3).fill('an index-signature entry'));
    expect(objectMutations(keys, false).length).toBe(9);
  });
});
