/**
 * The mutations of a keyed collection (record, map, set): the random ones as a weighted table
 * (see core/mutation-table.ts; each of weight 1: insert an entry, remove one, mutate a value,
 * mutate a key), and the value and key steps the ordered and crossover mutations share.
 */
import { EPS, growthBudget } from '../core/budget.js';
import { KeyedToken, rekey, type KeyedCache, type Store } from './undo.js';
import type { AnyMutator, Generated } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';
import { mutationTable, type Mutation, type MutationTable } from '../core/mutation-table.js';

export interface KeyedShape<C> {
  readonly store: Store<C>;
  readonly keyMutator: AnyMutator<unknown>;
  readonly valueMutator: AnyMutator<unknown> | null;
  readonly minItems: number;
  readonly maxItems: number;
  readonly entryBits: number;
  unit(): number;
}

type KeyedMutation = Mutation<KeyedShape<unknown>, unknown, KeyedCache, KeyedToken>;

const insertEntry: KeyedMutation = {
  name: 'insert a generated entry',
  apply(self, c, cache, rng, maxCplx) {
    const n = cache.keys.length;
    const total = cache.sum + n * self.entryBits;
    const room = growthBudget(maxCplx - total - self.entryBits, n === 0 ? 0 : cache.sum / n);
    if (n >= self.maxItems || room + EPS < self.unit() - self.entryBits) return undefined;
    const vMin = self.valueMutator === null ? 0 : self.valueMutator.minComplexity();
    const k = self.keyMutator.randomArbitrary(rng, self.valueMutator === null ? room : room - vMin - (room - self.unit() + self.entryBits) / 2);
    const id = self.store.id(k.value);
    if (id === undefined || cache.ids.includes(id)) return undefined;
    const a = self.keyMutator.validateValue(k.value);
    let v: Generated<unknown> | undefined;
    let b: unknown;
    if (self.valueMutator !== null) {
      v = self.valueMutator.randomArbitrary(rng, room - k.complexity);
      b = self.valueMutator.validateValue(v.value);
      if (b === undefined) return undefined;
    }
    if (a === undefined) return undefined;
    const t = KeyedToken.inserted(n, cache.sum);
    self.store.set(c, k.value, v?.value);
    cache.keys.push(k.value);
    cache.ids.push(id);
    cache.kc.push(a);
    cache.vc.push(b);
    cache.sum += k.complexity + (v === undefined ? 0 : v.complexity);
    return t;
  },
};

const removeEntry: KeyedMutation = {
  name: 'remove an entry',
  apply(self, c, cache, rng) {
    const n = cache.keys.length;
    if (n === 0) return undefined;
    const j = rng.below(n);
    if (n <= self.minItems) return undefined;
    const key = cache.keys[j];
    const v = self.store.get(c, key);
    const t = KeyedToken.removed(j, key, cache.ids[j]!, cache.kc[j], v, cache.vc[j], cache.sum);
    cache.sum -= self.keyMutator.complexity(key, cache.kc[j]) + (self.valueMutator === null ? 0 : self.valueMutator.complexity(v, cache.vc[j]));
    self.store.del(c, key);
    cache.keys.splice(j, 1);
    cache.ids.splice(j, 1);
    cache.kc.splice(j, 1);
    cache.vc.splice(j, 1);
    return t;
  },
};

/** a set has no values: its "mutate a value" entry mutates a key instead, as it always has */
const mutateValue: KeyedMutation = {
  name: 'mutate a value',
  apply(self, c, cache, rng, maxCplx) {
    if (cache.keys.length === 0) return undefined;
    const j = rng.below(cache.keys.length);
    return self.valueMutator !== null ? keyedMutateValue(self, c, cache, j, rng, maxCplx, undefined) : keyedMutateKey(self, c, cache, j, rng, maxCplx, undefined);
  },
};

const mutateKey: KeyedMutation = {
  name: 'mutate a key (kept only if it stays unique)',
  apply(self, c, cache, rng, maxCplx) {
    if (cache.keys.length === 0) return undefined;
    return keyedMutateKey(self, c, cache, rng.below(cache.keys.length), rng, maxCplx, undefined);
  },
};

export const KEYED_MUTATIONS: MutationTable<KeyedShape<unknown>, unknown, KeyedCache, KeyedToken> = mutationTable([insertEntry, removeEntry, mutateValue, mutateKey]);

/** mutates the value of entry j (a random mutation, or the ordered one of `step`); valueMutator must be set */
export function keyedMutateValue<C>(self: KeyedShape<C>, c: C, cache: KeyedCache, j: number, rng: Rng, maxCplx: number, step: unknown): KeyedToken | undefined {
  const valueMutator = self.valueMutator!;
  const s = self.store;
  const key = cache.keys[j];
  const v = s.get(c, key);
  const before = valueMutator.complexity(v, cache.vc[j]);
  const budget = maxCplx - (cache.sum + cache.keys.length * self.entryBits) + before;
  const r = step === undefined ? valueMutator.randomMutate(v, cache.vc[j], rng, budget) : valueMutator.orderedMutate(v, cache.vc[j], step, rng, budget);
  if (r === undefined) return undefined;
  const t = KeyedToken.valueMutated(j, r.token, cache.sum);
  s.set(c, key, r.value);
  cache.sum = cache.sum - before + r.complexity;
  return t;
}

/** mutates the key of entry j (random, or ordered by `step`); undone at once if it collides with another key */
export function keyedMutateKey<C>(self: KeyedShape<C>, c: C, cache: KeyedCache, j: number, rng: Rng, maxCplx: number, step: unknown): KeyedToken | undefined {
  const s = self.store;
  const key = cache.keys[j];
  const before = self.keyMutator.complexity(key, cache.kc[j]);
  const budget = maxCplx - (cache.sum + cache.keys.length * self.entryBits) + before;
  const r = step === undefined ? self.keyMutator.randomMutate(key, cache.kc[j], rng, budget) : self.keyMutator.orderedMutate(key, cache.kc[j], step, rng, budget);
  if (r === undefined) return undefined;
  const id = s.id(r.value);
  if (id === undefined || (id !== cache.ids[j] && cache.ids.includes(id))) {
    self.keyMutator.unmutate(r.value, cache.kc[j], r.token);
    return undefined;
  }
  const t = KeyedToken.keyMutated(j, r.token, cache.ids[j]!, cache.sum);
  if (r.value !== key) rekey(s, c, cache, j, r.value);
  cache.ids[j] = id;
  cache.sum = cache.sum - before + r.complexity;
  return t;
}
