/**
 * `map(key, value, { minItems?, maxItems? })`: Map values mutated in place (see keyed.ts).
 * Keys are unique by `valueKey`; insertion order is part of the value and is restored by undo.
 */
import { lengthBounds, requireMutator } from '../core/budget.js';
import { KeyedMutator } from './keyed.js';
import type { Store } from './undo.js';
import type { AnyMutator } from '../core/mutator.js';
import { valueKey } from '../core/values.js';

type M = Map<unknown, unknown>;

const mapStore: Store<M> = {
  name: 'map',
  hasValues: true,
  isInstance: (v) => v instanceof Map,
  create: () => new Map(),
  entries: (c) => [...c],
  set: (c, k, v) => {
    c.set(k, v);
  },
  get: (c, k) => c.get(k),
  del: (c, k) => {
    c.delete(k);
  },
  reorder: (c, keys) => {
    const vs = keys.map((k) => c.get(k));
    c.clear();
    for (let i = 0; i < keys.length; i++) c.set(keys[i], vs[i]);
  },
  id: valueKey,
};

export interface MapOptions {
  /** fewest entries; @defaultValue 0 */
  minItems?: number;
  /** most entries; @defaultValue unbounded (the complexity budget bounds generation) */
  maxItems?: number;
}

/** Maps from `key` values (distinct by valueKey) to `value` values. */
export function map<K, V>(key: AnyMutator<K>, value: AnyMutator<V>, options: MapOptions = {}): KeyedMutator<Map<K, V>> {
  requireMutator('map', 'key', key);
  requireMutator('map', 'value', value);
  const [min, max] = lengthBounds('map', options);
  return new KeyedMutator(mapStore as unknown as Store<Map<K, V>>, key, value, min, max);
}
