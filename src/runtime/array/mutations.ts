/**
 * The mutations of `array`, one function each (after fuzzcheck's vector/ folder): each applies
 * one change in place to the array and its cache and returns a token that `undoArray` reverses.
 * Cache: element caches parallel to the elements, the sum of element complexities, and (with
 * uniqueItems) each element's valueKey.
 */
import type { AnyMutator, SubValueProvider } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';
import { deepClone, valueKey } from '../core/values.js';

export interface ArrayCache {
  items: unknown[];
  sum: number;
  keys: string[] | null;
}

export enum Op {
  None,
  Mutate,
  Insert,
  Remove,
  Swap,
  Replace,
}

/**
 * One shape for every token, so the undo path stays monomorphic; made through the named
 * constructors below, one per mutation. `sum` is the cache's complexity sum before the change,
 * `key` the element's valueKey before it (uniqueItems only).
 */
export class ArrayToken {
  private constructor(
    readonly kind: Op,
    readonly i: number,
    readonly j: number,
    readonly inner: unknown,
    readonly v: unknown,
    readonly c: unknown,
    readonly sum: number,
    readonly key: string | null,
  ) {}
  /** element i mutated by its own mutator, whose token is `inner` */
  static mutated(i: number, inner: unknown, sum: number, key: string | null): ArrayToken {
    return new ArrayToken(Op.Mutate, i, 0, inner, undefined, undefined, sum, key);
  }
  /** an element inserted at i */
  static inserted(i: number, sum: number): ArrayToken {
    return new ArrayToken(Op.Insert, i, 0, undefined, undefined, undefined, sum, null);
  }
  /** element i (value `v`, cache `c`) removed */
  static removed(i: number, v: unknown, c: unknown, sum: number, key: string | null): ArrayToken {
    return new ArrayToken(Op.Remove, i, 0, undefined, v, c, sum, key);
  }
  /** elements i and j swapped */
  static swapped(i: number, j: number, sum: number): ArrayToken {
    return new ArrayToken(Op.Swap, i, j, undefined, undefined, undefined, sum, null);
  }
  /** element i (value `v`, cache `c`) replaced by another value */
  static replaced(i: number, v: unknown, c: unknown, sum: number, key: string | null): ArrayToken {
    return new ArrayToken(Op.Replace, i, 0, undefined, v, c, sum, key);
  }
  static readonly NONE = new ArrayToken(Op.None, 0, 0, undefined, undefined, undefined, 0, null);
}

export const NONE = ArrayToken.NONE;

function hasKey(keys: string[], key: string, skip: number): boolean {
  for (let k = 0; k < keys.length; k++) if (k !== skip && keys[k] === key) return true;
  return false;
}

/** Mutates element i with the element mutator's own mutation (ordered when `step` is given). */
export function mutateAt(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache, i: number, rng: Rng, budget: number, step: unknown): ArrayToken | undefined {
  const items = cache.items;
  const before = elem.complexity(a[i], items[i]);
  const r = step === undefined ? elem.randomMutate(a[i], items[i], rng, budget) : elem.orderedMutate(a[i], items[i], step, rng, budget);
  if (r === undefined) return undefined;
  a[i] = r.value;
  const t = ArrayToken.mutated(i, r.token, cache.sum, cache.keys === null ? null : cache.keys[i]!);
  if (cache.keys !== null) {
    const key = valueKey(r.value);
    if (hasKey(cache.keys, key, i)) {
      a[i] = elem.unmutate(r.value, items[i], r.token);
      return undefined;
    }
    cache.keys[i] = key;
  }
  cache.sum = cache.sum - before + r.complexity;
  return t;
}

/** Inserts `v` (complexity `cplx`, cache `c`) at i; undefined if it would break uniqueness. */
export function insertAt(a: unknown[], cache: ArrayCache, i: number, v: unknown, c: unknown, cplx: number): ArrayToken | undefined {
  let key: string | null = null;
  if (cache.keys !== null) {
    key = valueKey(v);
    if (hasKey(cache.keys, key, -1)) return undefined;
    cache.keys.splice(i, 0, key);
  }
  const t = ArrayToken.inserted(i, cache.sum);
  a.splice(i, 0, v);
  cache.items.splice(i, 0, c);
  cache.sum += cplx;
  return t;
}

export function removeAt(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache, i: number): ArrayToken {
  const c = cache.items[i];
  const t = ArrayToken.removed(i, a[i], c, cache.sum, cache.keys === null ? null : cache.keys[i]!);
  cache.sum -= elem.complexity(a[i], c);
  a.splice(i, 1);
  cache.items.splice(i, 1);
  if (cache.keys !== null) cache.keys.splice(i, 1);
  return t;
}

export function swapAt(a: unknown[], cache: ArrayCache, i: number, j: number): ArrayToken {
  swap(a, i, j);
  swap(cache.items, i, j);
  if (cache.keys !== null) swap(cache.keys, i, j);
  return ArrayToken.swapped(i, j, cache.sum);
}

function swap<X>(xs: X[], i: number, j: number): void {
  const x = xs[i]!;
  xs[i] = xs[j]!;
  xs[j] = x;
}

/** Copies element `from` to a new position `to` (duplicate-element mutation). */
export function duplicateAt(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache, from: number, to: number): ArrayToken | undefined {
  const v = deepClone(a[from]);
  const c = elem.validateValue(v);
  if (c === undefined) return undefined;
  return insertAt(a, cache, to, v, c, elem.complexity(a[from], cache.items[from]));
}

/** Replaces element i by `v` (crossover); undefined if `v` is invalid or breaks uniqueness. */
export function replaceAt(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache, i: number, v: unknown): ArrayToken | undefined {
  const c = elem.validateValue(v);
  if (c === undefined) return undefined;
  let key: string | null = null;
  if (cache.keys !== null) {
    key = valueKey(v);
    if (hasKey(cache.keys, key, i)) return undefined;
  }
  const t = ArrayToken.replaced(i, a[i], cache.items[i], cache.sum, cache.keys === null ? null : cache.keys[i]!);
  cache.sum = cache.sum - elem.complexity(a[i], cache.items[i]) + elem.complexity(v, c);
  a[i] = v;
  cache.items[i] = c;
  if (cache.keys !== null) cache.keys[i] = key!;
  return t;
}

/** Splices a sub-value from the provider into element i, or inserts one at i. */
export function crossoverAt(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache, provider: SubValueProvider, rng: Rng, i: number, budget: number, insert: boolean): ArrayToken | undefined {
  const v = provider.get(elem, rng, budget);
  if (v !== undefined) {
    if (!insert) return replaceAt(elem, a, cache, i, v);
    const c = elem.validateValue(v);
    return c === undefined ? undefined : insertAt(a, cache, i, v, c, elem.complexity(v, c));
  }
  if (insert || elem.crossoverMutate === undefined) return undefined;
  const before = elem.complexity(a[i], cache.items[i]);
  const r = elem.crossoverMutate(a[i], cache.items[i], provider, rng, budget);
  if (r === undefined) return undefined;
  const t = ArrayToken.mutated(i, r.token, cache.sum, cache.keys === null ? null : cache.keys[i]!);
  a[i] = r.value;
  if (cache.keys !== null) {
    const key = valueKey(r.value);
    if (hasKey(cache.keys, key, i)) {
      a[i] = elem.unmutate(r.value, cache.items[i], r.token);
      return undefined;
    }
    cache.keys[i] = key;
  }
  cache.sum = cache.sum - before + r.complexity;
  return t;
}

export function undoArray(elem: AnyMutator<unknown>, a: unknown[], cache: ArrayCache, t: ArrayToken): void {
  switch (t.kind) {
    case Op.None:
      return;
    case Op.Mutate:
      a[t.i] = elem.unmutate(a[t.i], cache.items[t.i], t.inner);
      if (cache.keys !== null) cache.keys[t.i] = t.key!;
      break;
    case Op.Insert:
      a.splice(t.i, 1);
      cache.items.splice(t.i, 1);
      if (cache.keys !== null) cache.keys.splice(t.i, 1);
      break;
    case Op.Remove:
      a.splice(t.i, 0, t.v);
      cache.items.splice(t.i, 0, t.c);
      if (cache.keys !== null) cache.keys.splice(t.i, 0, t.key!);
      break;
    case Op.Swap:
      swapAt(a, cache, t.i, t.j);
      break;
    case Op.Replace:
      a[t.i] = t.v;
      cache.items[t.i] = t.c;
      if (cache.keys !== null) cache.keys[t.i] = t.key!;
      break;
  }
  cache.sum = t.sum;
}
