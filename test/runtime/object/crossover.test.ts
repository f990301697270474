/**
 * object/crossover.ts promises the crossover support of `object`: `visitObject` reports every
 * present field and index-entry value with its own mutator and complexity (and their own
 * sub-values), skipping absent optional fields; `crossoverObject` splices a provider's value
 * for one field's mutator into that field (adding an absent optional one), or recurses into the
 * field's crossover, within the room left; the token undoes it. This file checks both.
 */
import { describe, expect, it } from 'vitest';
import { crossoverObject, visitObject } from '../../../src/runtime/object/crossover.js';
import { undoObject, type ObjectCache } from '../../../src/runtime/object/undo.js';
import type { ObjectMutator } from '../../../src/runtime/object/object.js';
import type { SubValueProvider } from '../../../src/runtime/core/mutator.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { array, integer, object, string, type AnyMutator } from '../../../src/index.js';

type Obj = Record<string, unknown>;
const idM: AnyMutator<number> = integer({ min: 0, max: 99 });
const listM = array(integer({ min: 0, max: 9 }), { maxItems: 4 });
const noteM = string({ maxLength: 4 });
const valM = integer({ min: 0, max: 7 });
const shape = object({ id: idM, list: listM, note: noteM }, { optional: ['note'], index: { key: string({ minLength: 1, maxLength: 2 }), value: valM } }) as unknown as ObjectMutator<Obj>;
const asM = shape as unknown as AnyMutator<Obj>;
const cacheOf = (o: Obj): ObjectCache => asM.validateValue(o) as ObjectCache;

/** a provider that hands out `value` for `owner` only, within the budget */
function only(owner: AnyMutator<unknown>, value: unknown, cplx: number): SubValueProvider & { asked: number[] } {
  const asked: number[] = [];
  return { asked, get: (m, _rng, max) => (m === owner ? (asked.push(max), cplx <= max ? deepClone(value) : undefined) : undefined) };
}

describe('visitObject', () => {
  it('visits present fields, their own sub-values and index values, with mutator and complexity', () => {
    const o: Obj = { id: 3, list: [4, 5], x: 6 };
    const seen: Array<[unknown, AnyMutator<unknown>, number]> = [];
    visitObject(shape, o, cacheOf(o), (v, m, c) => seen.push([v, m, c]));
    expect(seen.map(([v]) => v)).toEqual([3, [4, 5], 4, 5, 6]);
    expect(seen.map(([, m]) => m)).toEqual([idM, listM, listM.elem, listM.elem, valM]);
    expect(seen[0]![2]).toBeCloseTo(idM.complexity(3, idM.validateValue(3)!), 9);
    expect(seen.some(([v]) => v === undefined)).toBe(false); // the absent note is skipped
  });
});

describe('crossoverObject', () => {
  it('splices a provided value into the field of its mutator, and the token undoes it', () => {
    let hits = 0;
    for (let s = 0; s < 40; s++) {
      const o: Obj = { id: 3, list: [1], q: 2 };
      const cache = cacheOf(o);
      const before = deepClone(o);
      const t = crossoverObject(shape, o, cache, only(listM, [7, 7, 7], 10), createRng(s), 100);
      if (t === undefined) continue;
      hits++;
      expect(o.list).toEqual([7, 7, 7]);
      expect(asM.complexity(o, cache)).toBeCloseTo(asM.complexity(o, cacheOf(o)), 9);
      undoObject(shape.keys, shape.fieldMutators, shape.valueMutator, o, cache, t);
      expect(o).toEqual(before);
      expect(asM.complexity(o, cache)).toBeCloseTo(asM.complexity(before, cacheOf(before)), 9);
    }
    expect(hits).toBeGreaterThan(5);
  });

  it('adds an absent optional field from the provider, and undo removes it again', () => {
    let hits = 0;
    for (let s = 0; s < 40; s++) {
      const o: Obj = { id: 3, list: [] };
      const cache = cacheOf(o);
      const t = crossoverObject(shape, o, cache, only(noteM, 'hey', 10), createRng(s), 100);
      if (t === undefined) continue;
      hits++;
      expect(o.note).toBe('hey');
      expect(cache.f[2]).toBeDefined();
      undoObject(shape.keys, shape.fieldMutators, shape.valueMutator, o, cache, t);
      expect(Object.keys(o)).toEqual(['id', 'list']);
      expect(cache.f[2]).toBeUndefined();
    }
    expect(hits).toBeGreaterThan(5);
  });

  it("asks the provider for at most the room plus the field's current complexity", () => {
    const o: Obj = { id: 3, list: [] };
    const cache = cacheOf(o);
    const p = only(idM, 5, 1000);
    for (let s = 0; s < 30; s++) crossoverObject(shape, o, cache, p, createRng(s), 2);
    const idC = idM.complexity(3, idM.validateValue(3)!);
    expect(p.asked.length).toBeGreaterThan(0);
    for (const max of p.asked) expect(max).toBeCloseTo(2 + idC, 9);
    expect(o.id).toBe(3); // the value never fit
  });

  it("recurses into a field's own crossover when the provider has nothing for the field", () => {
    const elem = listM.elem as AnyMutator<unknown>;
    let hits = 0;
    for (let s = 0; s < 60; s++) {
      const o: Obj = { id: 3, list: [1, 2] };
      const cache = cacheOf(o);
      const before = deepClone(o);
      const t = crossoverObject(shape, o, cache, only(elem, 9, 1), createRng(s), 100);
      if (t === undefined) continue;
      hits++;
      expect((o.list as number[]).includes(9)).toBe(true);
      undoObject(shape.keys, shape.fieldMutators, shape.valueMutator, o, cache, t);
      expect(o).toEqual(before);
    }
    expect(hits).toBeGreaterThan(5);
  });

  it('gives undefined for an object without fields, or a provided value its field rejects', () => {
    const empty = object({}) as unknown as ObjectMutator<Obj>;
    expect(crossoverObject(empty, {}, { f: [], sum: 0, indexKeys: null, kc: null, vc: null }, only(idM, 1, 1), createRng(1), 10)).toBeUndefined();
    const o: Obj = { id: 3, list: [] };
    const bad: SubValueProvider = { get: () => 'not a valid value' };
    for (let s = 0; s < 10; s++) expect(crossoverObject(shape, o, cacheOf(o), bad, createRng(s), 100)).toBeUndefined();
  });
});
