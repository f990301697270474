/**
 * keyed/undo.ts promises the tokens and `undoKeyed` shared by record, map and set: after an
 * entry inserted or removed, a value mutated or replaced, a key mutated or replaced, the undo
 * restores the collection (insertion order included for Map and Set; a record, a plain object,
 * keeps its entries but not their order), its keys, ids, key and
 * value caches and sum exactly; `rekey` replaces a key keeping its value and position. This file
 * applies each change by hand on a Map, a record and a Set and checks the undo.
 */
import { describe, expect, it } from 'vitest';
import { KEYED_NONE, KeyedToken, rekey, undoKeyed, type KeyedCache, type Store } from '../../../src/runtime/keyed/undo.js';
import { createRng } from '../../../src/runtime/core/rng.js';
import { map, record, set, type AnyMutator } from '../../../src/index.js';
import { keyString, smallInt } from '../keyed-helpers.js';

type C = object;
const keyM = keyString(50) as AnyMutator<unknown>;
const valM = smallInt(100) as AnyMutator<unknown>;

/** [name, store, has values, keeps insertion order (a plain object's key order is not restored)] */
const stores: Array<[string, Store<C>, boolean, boolean]> = [
  ['map', (map(keyM, valM) as unknown as { store: Store<C> }).store, true, true],
  ['record', (record(keyM as AnyMutator<string>, valM) as unknown as { store: Store<C> }).store, true, false],
  ['set', (set(keyM) as unknown as { store: Store<C> }).store, false, true],
];

for (const [name, store, hasValues, ordered] of stores) {
  const vm = hasValues ? valM : null;
  function setup(): { c: C; cache: KeyedCache } {
    const c = store.create();
    const cache: KeyedCache = { keys: [], ids: [], kc: [], vc: [], sum: 10 };
    for (const [k, v] of [['k1', 11], ['k2', 22], ['k3', 33]] as const) {
      store.set(c, k, v);
      cache.keys.push(k);
      cache.ids.push(store.id(k)!);
      cache.kc.push(keyM.validateValue(k));
      cache.vc.push(hasValues ? valM.validateValue(v) : undefined);
    }
    return { c, cache };
  }
  const entries = (c: C): Array<[unknown, unknown]> => (ordered ? store.entries(c) : store.entries(c).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  const snap = (c: C, cache: KeyedCache): unknown => structuredClone({ entries: entries(c), ...cache });

  describe(`undoKeyed on a ${name}`, () => {
    it('removes an inserted entry', () => {
      const { c, cache } = setup();
      const before = snap(c, cache);
      store.set(c, 'k9', 9);
      cache.keys.push('k9');
      cache.ids.push(store.id('k9')!);
      cache.kc.push(1);
      cache.vc.push(1);
      cache.sum = 20;
      undoKeyed(store, keyM, vm, c, cache, KeyedToken.inserted(3, 10));
      expect(snap(c, cache)).toEqual(before);
    });

    it('puts a removed entry back at its position, in insertion order', () => {
      const { c, cache } = setup();
      const before = snap(c, cache);
      const j = 0;
      const [k, id, kc, vc] = [cache.keys[j], cache.ids[j]!, cache.kc[j], cache.vc[j]];
      const v = store.get(c, k);
      store.del(c, k);
      for (const list of [cache.keys, cache.ids, cache.kc, cache.vc]) list.splice(j, 1);
      undoKeyed(store, keyM, vm, c, cache, KeyedToken.removed(j, k, id, kc, v, vc, 10));
      expect(snap(c, cache)).toEqual(before);
      expect(entries(c).map(([key]) => key)).toEqual(['k1', 'k2', 'k3']);
    });

    it('undoes a key mutated by the key mutator, restoring position and id', () => {
      const rng = createRng(4);
      for (let t = 0; t < 30; t++) {
        const { c, cache } = setup();
        const before = snap(c, cache);
        const j = t % 3;
        const r = keyM.randomMutate(cache.keys[j], cache.kc[j], rng, 100);
        if (cache.keys.includes(r.value)) continue; // the mutation layer refuses a duplicate key
        const oldId = cache.ids[j]!;
        rekey(store, c, cache, j, r.value);
        cache.ids[j] = store.id(r.value)!;
        if (ordered) expect(store.entries(c).map(([key]) => key)[j]).toBe(r.value); // rekey keeps the position
        expect(store.get(c, r.value)).toBe(hasValues ? [11, 22, 33][j] : store.get(c, r.value)); // and the value
        undoKeyed(store, keyM, vm, c, cache, KeyedToken.keyMutated(j, r.token, oldId, 10));
        expect(snap(c, cache)).toEqual(before);
      }
    });

    it('undoes a key replaced by crossover, with its cache', () => {
      const { c, cache } = setup();
      const before = snap(c, cache);
      const [k, id, kc] = [cache.keys[1], cache.ids[1]!, cache.kc[1]];
      rekey(store, c, cache, 1, 'k40');
      cache.ids[1] = store.id('k40')!;
      cache.kc[1] = 'other cache';
      undoKeyed(store, keyM, vm, c, cache, KeyedToken.keyReplaced(1, k, id, kc, 10));
      expect(snap(c, cache)).toEqual(before);
    });

    if (hasValues) {
      it('undoes a value mutated by the value mutator', () => {
        const rng = createRng(5);
        const { c, cache } = setup();
        const before = snap(c, cache);
        const r = valM.randomMutate(store.get(c, 'k2'), cache.vc[1], rng, 100);
        store.set(c, 'k2', r.value);
        expect(store.get(c, 'k2')).not.toBe(22);
        undoKeyed(store, keyM, vm, c, cache, KeyedToken.valueMutated(1, r.token, 10));
        expect(snap(c, cache)).toEqual(before);
      });

      it('undoes a value replaced by crossover, with its cache', () => {
        const { c, cache } = setup();
        const before = snap(c, cache);
        const vc = cache.vc[2];
        store.set(c, 'k3', 77);
        cache.vc[2] = 'other cache';
        undoKeyed(store, keyM, vm, c, cache, KeyedToken.valueReplaced(2, 33, vc, 10));
        expect(snap(c, cache)).toEqual(before);
      });
    }

    it('changes nothing for KEYED_NONE, not even the sum', () => {
      const { c, cache } = setup();
      cache.sum = 5;
      const before = snap(c, cache);
      undoKeyed(store, keyM, vm, c, cache, KEYED_NONE);
      expect(snap(c, cache)).toEqual(before);
    });
  });
}
