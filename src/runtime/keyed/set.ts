/**
 * `set(elem, { minItems?, maxItems? })`: Set values mutated in place (see keyed.ts).
 * Elements are unique by `valueKey`; insertion order is restored by undo.
 */
import { lengthBounds, requireMutator } from '../core/budget.js';
import { KeyedMutator } from './keyed.js';
import type { Store } from './undo.js';
import type { AnyMutator } from '../core/mutator.js';
import { valueKey } from '../core/values.js';

type S = Set<unknown>;

const setStore: Store<S> = {
  name: 'set',
  hasValues: false,
  isInstance: (v) => v instanceof Set,
  create: () => new Set(),
  entries: (c) => Array.from(c, (k) => [k, undefined] as [unknown, unknown]),
  set: (c, k) => {
    c.add(k);
  },
  get: () => undefined,
  del: (c, k) => {
    c.delete(k);
  },
  reorder: (c, keys) => {
    c.clear();
    for (const k of keys) c.add(k);
  },
  id: valueKey,
};

export interface SetOptions {
  /** fewest entries; @defaultValue 0 */
  minItems?: number;
  /** most entries; @defaultValue unbounded (the complexity budget bounds generation) */
  maxItems?: number;
}

/** Sets of `elem` values, distinct by valueKey. */
export function set<T>(elem: AnyMutator<T>, options: SetOptions = {}): KeyedMutator<Set<T>> {
  requireMutator('set', 'elem', elem);
  const [min, max] = lengthBounds('set', options);
  return new KeyedMutator(setStore as unknown as Store<Set<T>>, elem, null, min, max);
}
