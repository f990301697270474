/**
 * Storage adapters, cache, tokens and undo shared by `record`, `map` and `set` (keyed
 * collections with unique keys, identified by a string id: the key itself for records,
 * `valueKey` for Map and Set).
 */
import type { AnyMutator } from '../core/mutator.js';

/** How a keyed collection stores its entries (plain object, Map or Set). */
export interface Store<C> {
  readonly name: string;
  readonly hasValues: boolean;
  isInstance(v: unknown): boolean;
  create(): C;
  /** entries in order, as [key, value] pairs */
  entries(c: C): Array<[unknown, unknown]>;
  set(c: C, k: unknown, v: unknown): void;
  get(c: C, k: unknown): unknown;
  del(c: C, k: unknown): void;
  /** restore the insertion order to `keys` (Map, Set); plain objects need not */
  reorder(c: C, keys: unknown[]): void;
  /** the unique id of a key; undefined when the key is not allowed */
  id(k: unknown): string | undefined;
}

export interface KeyedCache {
  keys: unknown[];
  ids: string[];
  kc: unknown[];
  vc: unknown[];
  sum: number;
}

export enum KOp {
  None,
  Insert,
  Remove,
  Value,
  SetValue,
  Key,
  SetKey,
}

/**
 * One shape for every token (a monomorphic undo path), made through the named constructors below,
 * one per mutation. `sum` is the cache's complexity sum before the change.
 */
export class KeyedToken {
  private constructor(
    readonly kind: KOp,
    readonly j: number,
    readonly inner: unknown,
    readonly k: unknown,
    readonly id: string,
    readonly kc: unknown,
    readonly v: unknown,
    readonly vc: unknown,
    readonly sum: number,
  ) {}
  /** an entry appended at position j */
  static inserted(j: number, sum: number): KeyedToken {
    return new KeyedToken(KOp.Insert, j, undefined, undefined, '', undefined, undefined, undefined, sum);
  }
  /** entry j (key `k` with identity `id` and cache `kc`, value `v` with cache `vc`) removed */
  static removed(j: number, k: unknown, id: string, kc: unknown, v: unknown, vc: unknown, sum: number): KeyedToken {
    return new KeyedToken(KOp.Remove, j, undefined, k, id, kc, v, vc, sum);
  }
  /** entry j's value mutated by the value mutator, whose token is `inner` */
  static valueMutated(j: number, inner: unknown, sum: number): KeyedToken {
    return new KeyedToken(KOp.Value, j, inner, undefined, '', undefined, undefined, undefined, sum);
  }
  /** entry j's value (old value `v`, cache `vc`) replaced (crossover) */
  static valueReplaced(j: number, v: unknown, vc: unknown, sum: number): KeyedToken {
    return new KeyedToken(KOp.SetValue, j, undefined, undefined, '', undefined, v, vc, sum);
  }
  /** entry j's key (identity `id` before) mutated by the key mutator, whose token is `inner` */
  static keyMutated(j: number, inner: unknown, id: string, sum: number): KeyedToken {
    return new KeyedToken(KOp.Key, j, inner, undefined, id, undefined, undefined, undefined, sum);
  }
  /** entry j's key (old key `k`, identity `id`, cache `kc`) replaced (crossover) */
  static keyReplaced(j: number, k: unknown, id: string, kc: unknown, sum: number): KeyedToken {
    return new KeyedToken(KOp.SetKey, j, undefined, k, id, kc, undefined, undefined, sum);
  }
  static readonly NONE = new KeyedToken(KOp.None, 0, undefined, undefined, '', undefined, undefined, undefined, 0);
}

export const KEYED_NONE = KeyedToken.NONE;

/** Replaces key j by `k` (a new reference) keeping its value and position. */
export function rekey<C>(store: Store<C>, c: C, cache: KeyedCache, j: number, k: unknown): void {
  const old = cache.keys[j];
  const v = store.get(c, old);
  store.del(c, old);
  store.set(c, k, v);
  cache.keys[j] = k;
  if (j !== cache.keys.length - 1) store.reorder(c, cache.keys);
}

export function undoKeyed<C>(store: Store<C>, keyMutator: AnyMutator<unknown>, valueMutator: AnyMutator<unknown> | null, c: C, cache: KeyedCache, t: KeyedToken): void {
  const j = t.j;
  switch (t.kind) {
    case KOp.None:
      return;
    case KOp.Insert:
      store.del(c, cache.keys[j]);
      cache.keys.splice(j, 1);
      cache.ids.splice(j, 1);
      cache.kc.splice(j, 1);
      cache.vc.splice(j, 1);
      break;
    case KOp.Remove:
      store.set(c, t.k, t.v);
      cache.keys.splice(j, 0, t.k);
      cache.ids.splice(j, 0, t.id);
      cache.kc.splice(j, 0, t.kc);
      cache.vc.splice(j, 0, t.vc);
      if (j !== cache.keys.length - 1) store.reorder(c, cache.keys);
      break;
    case KOp.Value: {
      const k = cache.keys[j];
      store.set(c, k, valueMutator!.unmutate(store.get(c, k), cache.vc[j], t.inner));
      break;
    }
    case KOp.SetValue:
      store.set(c, cache.keys[j], t.v);
      cache.vc[j] = t.vc;
      break;
    case KOp.Key: {
      const k = keyMutator.unmutate(cache.keys[j], cache.kc[j], t.inner);
      if (k !== cache.keys[j]) rekey(store, c, cache, j, k);
      cache.ids[j] = t.id;
      break;
    }
    case KOp.SetKey:
      rekey(store, c, cache, j, t.k);
      cache.kc[j] = t.kc;
      cache.ids[j] = t.id;
      break;
  }
  cache.sum = t.sum;
}
