/**
 * object/undo.ts promises the token of `object` (one named constructor per mutation) and
 * `undoObject`, which restores the object and its cache exactly after each kind of change:
 * a field mutated by its own mutator, an optional field added, a field set or removed, an
 * index-signature entry's value mutated, an entry added, an entry removed. `setProp` makes an
 * own "__proto__" property. This file applies each change by hand and checks the undo.
 */
import { describe, expect, it } from 'vitest';
import { hasOwn, NO_CHANGE, ObjectToken, setProp, undoObject, type ObjectCache } from '../../../src/runtime/object/undo.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { deepClone } from '../../../src/runtime/core/values.js';
import { array, integer, string, type AnyMutator } from '../../../src/index.js';

type Obj = Record<string, unknown>;
const keys = ['n', 'list', 'opt'];
const ms: AnyMutator<unknown>[] = [integer(), array(integer(), { minItems: 1, maxItems: 6 }), integer()];
const valueM: AnyMutator<unknown> = integer({ min: 0, max: 1000 });
const keyM: AnyMutator<unknown> = string({ maxLength: 4 });

function setup(): { o: Obj; cache: ObjectCache } {
  const o: Obj = { n: 5, list: [1, 2, 3], x: 10, y: 20 };
  const cache: ObjectCache = {
    f: [ms[0]!.validateValue(5), ms[1]!.validateValue(o.list), undefined],
    sum: 42,
    indexKeys: ['x', 'y'],
    kc: [keyM.validateValue('x'), keyM.validateValue('y')],
    vc: [valueM.validateValue(10), valueM.validateValue(20)],
  };
  return { o, cache };
}

/** the object and cache contents; own keys as a set (undo does not promise their order) */
function snapshot(o: Obj, cache: ObjectCache): unknown {
  return { o: deepClone(o), keys: Object.keys(o).sort(), sum: cache.sum, f: [...cache.f], ik: [...cache.indexKeys!], kc: [...cache.kc!], vc: [...cache.vc!] };
}

describe('undoObject', () => {
  it('restores a field mutated in place by its own mutator (array field)', () => {
    const rng = createRng(1);
    for (let t = 0; t < 100; t++) {
      const { o, cache } = setup();
      const before = snapshot(o, cache);
      const listCache = cache.f[1];
      const m = ms[1]!.randomMutate(o.list, cache.f[1], rng, 1000);
      cache.sum = 99;
      undoObject(keys, ms, valueM, o, cache, ObjectToken.fieldMutated(1, m.token, 42));
      expect(snapshot(o, cache)).toEqual(before);
      expect(cache.f[1]).toBe(listCache);
    }
  });

  it('restores a primitive field mutated by its own mutator', () => {
    const rng = createRng(2);
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    const m = ms[0]!.randomMutate(o.n, cache.f[0], rng, 1000);
    o.n = m.value;
    expect(o.n).not.toBe(5);
    undoObject(keys, ms, valueM, o, cache, ObjectToken.fieldMutated(0, m.token, 42));
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('removes an added optional field and clears its cache', () => {
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    o.opt = 7;
    cache.f[2] = ms[2]!.validateValue(7);
    cache.sum = 50;
    undoObject(keys, ms, valueM, o, cache, ObjectToken.fieldAdded(2, 42));
    expect(hasOwn(o, 'opt')).toBe(false);
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('puts back a field that was set to another value, with its value and cache', () => {
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    const oldList = o.list;
    const oldCache = cache.f[1];
    o.list = [9];
    cache.f[1] = ms[1]!.validateValue(o.list);
    undoObject(keys, ms, valueM, o, cache, ObjectToken.fieldSet(1, oldList, oldCache, 42));
    expect(o.list).toBe(oldList);
    expect(cache.f[1]).toBe(oldCache);
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('deletes a field that was absent before it was set (cache undefined)', () => {
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    o.opt = 3;
    cache.f[2] = ms[2]!.validateValue(3);
    undoObject(keys, ms, valueM, o, cache, ObjectToken.fieldSet(2, undefined, undefined, 42));
    expect(hasOwn(o, 'opt')).toBe(false);
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('restores a removed field (set to absent)', () => {
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    const c = cache.f[0];
    delete o.n;
    cache.f[0] = undefined;
    undoObject(keys, ms, valueM, o, cache, ObjectToken.fieldSet(0, 5, c, 42));
    expect(o.n).toBe(5);
    expect(snapshot(o, cache)).toEqual(before);
  });

  it("restores an index entry's mutated value, addressed by its position in indexKeys", () => {
    const rng = createRng(3);
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    const m = valueM.randomMutate(o.y, cache.vc![1], rng, 1000);
    o.y = m.value;
    undoObject(keys, ms, valueM, o, cache, ObjectToken.entryMutated(1, m.token, 42));
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('removes an added index entry from the object and the three cache lists', () => {
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    o.z = 1;
    cache.indexKeys!.splice(1, 0, 'z');
    cache.kc!.splice(1, 0, keyM.validateValue('z'));
    cache.vc!.splice(1, 0, valueM.validateValue(1));
    undoObject(keys, ms, valueM, o, cache, ObjectToken.entryAdded(1, 42));
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('puts a removed index entry back at its position, with its key and value caches', () => {
    const { o, cache } = setup();
    const before = snapshot(o, cache);
    const [kc, vc] = [cache.kc![0], cache.vc![0]];
    delete o.x;
    cache.indexKeys!.splice(0, 1);
    cache.kc!.splice(0, 1);
    cache.vc!.splice(0, 1);
    undoObject(keys, ms, valueM, o, cache, ObjectToken.entryRemoved(0, 'x', kc, 10, vc, 42));
    expect(cache.kc![0]).toBe(kc);
    expect(cache.vc![0]).toBe(vc);
    expect(snapshot(o, cache)).toEqual(before);
  });

  it('restores a removed "__proto__" entry as an own property, not the prototype', () => {
    const o: Obj = {};
    const cache: ObjectCache = { f: [undefined, undefined, undefined], sum: 1, indexKeys: [], kc: [], vc: [] };
    undoObject(keys, ms, valueM, o, cache, ObjectToken.entryRemoved(0, '__proto__', 'kc', 4, 'vc', 7));
    expect(hasOwn(o, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(cache).toEqual({ f: [undefined, undefined, undefined], sum: 7, indexKeys: ['__proto__'], kc: ['kc'], vc: ['vc'] });
  });

  it('leaves everything alone for NO_CHANGE, even the sum', () => {
    const { o, cache } = setup();
    cache.sum = 77;
    const before = snapshot(o, cache);
    undoObject(keys, ms, valueM, o, cache, NO_CHANGE);
    expect(snapshot(o, cache)).toEqual(before);
  });
});

describe('setProp and hasOwn', () => {
  it('setProp creates an own enumerable "__proto__" and plain keys alike', () => {
    const o: Obj = {};
    setProp(o, '__proto__', 1);
    setProp(o, 'a', 2);
    expect(Object.keys(o)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(o)).toBe('{"__proto__":1,"a":2}');
    expect(hasOwn(o, '__proto__')).toBe(true);
    expect(hasOwn({}, 'toString')).toBe(false);
  });
});
