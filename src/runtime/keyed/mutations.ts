/**
 * One random mutation of a keyed collection (record, map, set), chosen by `op`:
 * 0 insert an entry, 1 remove one, 2 mutate a value, 3 mutate a key (kept only if it stays
 * unique). Returns undefined when that mutation does not apply.
 */
import { EPS, growthBudget } from '../core/budget.js';
import { KeyedToken, KOp, rekey, type KeyedCache, type Store } from './undo.js';
import type { AnyMutator, Generated } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';

export interface KeyedShape<C> {
  readonly store: Store<C>;
  readonly keyMutator: AnyMutator<unknown>;
  readonly valueMutator: AnyMutator<unknown> | null;
  readonly minItems: number;
  readonly maxItems: number;
  readonly entryBits: number;
  unit(): number;
}

export function keyedMutateOne<C>(self: KeyedShape<C>, op: number, c: C, cache: KeyedCache, rng: Rng, maxCplx: number): KeyedToken | undefined {
  const n = cache.keys.length;
  const total = cache.sum + n * self.entryBits;
  const s = self.store;
  if (op === 0) {
    const room = growthBudget(maxCplx - total - self.entryBits, n === 0 ? 0 : cache.sum / n);
    if (n >= self.maxItems || room + EPS < self.unit() - self.entryBits) return undefined;
    const vMin = self.valueMutator === null ? 0 : self.valueMutator.minComplexity();
    const k = self.keyMutator.randomArbitrary(rng, self.valueMutator === null ? room : room - vMin - (room - self.unit() + self.entryBits) / 2);
    const id = s.id(k.value);
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
    const t = new KeyedToken(KOp.Insert, n, undefined, undefined, '', undefined, undefined, undefined, cache.sum);
    s.set(c, k.value, v?.value);
    cache.keys.push(k.value);
    cache.ids.push(id);
    cache.kc.push(a);
    cache.vc.push(b);
    cache.sum += k.complexity + (v === undefined ? 0 : v.complexity);
    return t;
  }
  if (n === 0) return undefined;
  const j = rng.below(n);
  const key = cache.keys[j];
  if (op === 1) {
    if (n <= self.minItems) return undefined;
    const v = s.get(c, key);
    const t = new KeyedToken(KOp.Remove, j, undefined, key, cache.ids[j]!, cache.kc[j], v, cache.vc[j], cache.sum);
    cache.sum -= self.keyMutator.complexity(key, cache.kc[j]) + (self.valueMutator === null ? 0 : self.valueMutator.complexity(v, cache.vc[j]));
    s.del(c, key);
    cache.keys.splice(j, 1);
    cache.ids.splice(j, 1);
    cache.kc.splice(j, 1);
    cache.vc.splice(j, 1);
    return t;
  }
  if (op === 2 && self.valueMutator !== null) return keyedMutateValue(self, c, cache, j, rng, maxCplx, undefined);
  return keyedMutateKey(self, c, cache, j, rng, maxCplx, undefined);
}

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
  const t = new KeyedToken(KOp.Value, j, r.token, undefined, '', undefined, undefined, undefined, cache.sum);
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
  const t = new KeyedToken(KOp.Key, j, r.token, undefined, cache.ids[j]!, undefined, undefined, undefined, cache.sum);
  if (r.value !== key) rekey(s, c, cache, j, r.value);
  cache.ids[j] = id;
  cache.sum = cache.sum - before + r.complexity;
  return t;
}
