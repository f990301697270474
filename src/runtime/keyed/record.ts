/**
 * `record(key, value, { minItems?, maxItems? })`: `Record<K, V>` as a plain object keyed by
 * strings from `key`, mutated in place (see keyed.ts). The key "__proto__" is never produced
 * and not accepted, since assigning it would change the prototype instead of adding a key.
 */
import { lengthBounds, requireMutator } from '../core/budget.js';
import { KeyedMutator } from './keyed.js';
import type { Store } from './undo.js';
import type { AnyMutator } from '../core/mutator.js';
import { setProp } from '../object/undo.js';

type Obj = Record<string, unknown>;

const recordStore: Store<Obj> = {
  name: 'record',
  hasValues: true,
  isInstance(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const p = Object.getPrototypeOf(v);
    return p === Object.prototype || p === null;
  },
  create: () => ({}),
  entries: (c) => Object.keys(c).map((k) => [k, c[k]]),
  set: (c, k, v) => setProp(c, k as string, v),
  get: (c, k) => c[k as string],
  del: (c, k) => {
    delete c[k as string];
  },
  reorder: () => {},
  id: (k) => (typeof k === 'string' && k !== '__proto__' ? k : undefined),
};

export interface RecordOptions {
  /** fewest entries; @defaultValue 0 */
  minItems?: number;
  /** most entries; @defaultValue unbounded (the complexity budget bounds generation) */
  maxItems?: number;
}

/** Plain objects whose keys come from `key` and values from `value`. */
export function record<V>(key: AnyMutator<string>, value: AnyMutator<V>, options: RecordOptions = {}): KeyedMutator<Record<string, V>> {
  requireMutator('record', 'key', key);
  requireMutator('record', 'value', value);
  const [min, max] = lengthBounds('record', options);
  return new KeyedMutator(recordStore as Store<Record<string, V>>, key, value, min, max);
}

