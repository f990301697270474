/**
 * One random mutation of a keyed collection (record, map, set), chosen by `op`:
 * 0 insert an entry, 1 remove one, 2 mutate a value, 3 mutate a key (kept only if it stays
 * unique). Returns undefined when that mutation does not apply.
 */
import { EPS, growthBudget } from './budget.js';
import { KeyedToken, KOp, rekey, type KeyedCache, type Store } from './keyed-ops.js';
import type { AnyMutator, Generated } from './mutator.js';
import type { Rng } from './rng.js';

export interface KeyedShape<C> {
  readonly store: Store<C>;
  readonly km: AnyMutator<unknown>;
  readonly vm: AnyMutator<unknown> | null;
  readonly minItems: number;
  readonly maxItems: number;
  readonly per: number;
  unit(): number;
}

export function keyedMutateOne<C>(self: KeyedShape<C>, op: number, c: C, cache: KeyedCache, rng: Rng, maxCplx: number): KeyedToken | undefined {
  const n = cache.keys.length;
  const total = cache.sum + n * self.per;
  const s = self.store;
  if (op === 0) {
    const room = growthBudget(maxCplx - total - self.per, n === 0 ? 0 : cache.sum / n);
    if (n >= self.maxItems || room + EPS < self.unit() - self.per) return undefined;
    const vMin = self.vm === null ? 0 : self.vm.minComplexity();
    const k = self.km.randomArbitrary(rng, self.vm === null ? room : room - vMin - (room - self.unit() + self.per) / 2);
    const id = s.id(k.value);
    if (id === undefined || cache.ids.includes(id)) return undefined;
    const a = self.km.validateValue(k.value);
    let v: Generated<unknown> | undefined;
    let b: unknown;
    if (self.vm !== null) {
      v = self.vm.randomArbitrary(rng, room - k.complexity);
      b = self.vm.validateValue(v.value);
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
    cache.sum -= self.km.complexity(key, cache.kc[j]) + (self.vm === null ? 0 : self.vm.complexity(v, cache.vc[j]));
    s.del(c, key);
    cache.keys.splice(j, 1);
    cache.ids.splice(j, 1);
    cache.kc.splice(j, 1);
    cache.vc.splice(j, 1);
    return t;
  }
  if (op === 2 && self.vm !== null) {
    const v = s.get(c, key);
    const before = self.vm.complexity(v, cache.vc[j]);
    const r = self.vm.randomMutate(v, cache.vc[j], rng, maxCplx - total + before);
    const t = new KeyedToken(KOp.Value, j, r.token, undefined, '', undefined, undefined, undefined, cache.sum);
    s.set(c, key, r.value);
    cache.sum = cache.sum - before + r.complexity;
    return t;
  }
  // mutate the key; undone at once if it collides with another key
  const before = self.km.complexity(key, cache.kc[j]);
  const r = self.km.randomMutate(key, cache.kc[j], rng, maxCplx - total + before);
  const id = s.id(r.value);
  if (id === undefined || (id !== cache.ids[j] && cache.ids.includes(id))) {
    self.km.unmutate(r.value, cache.kc[j], r.token);
    return undefined;
  }
  const t = new KeyedToken(KOp.Key, j, r.token, undefined, cache.ids[j]!, undefined, undefined, undefined, cache.sum);
  if (r.value !== key) rekey(s, c, cache, j, r.value);
  cache.ids[j] = id;
  cache.sum = cache.sum - before + r.complexity;
  return t;
}
