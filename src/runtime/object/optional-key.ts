/**
 * `optionalKey(m)`: marks a field of `object` whose key may be absent (an optional property), on
 * the field's own line. Generated code marks optional properties this way rather than through
 * `object`'s `optional` option, so the call keeps one layout whatever the type's other fields are:
 * adding the first optional field changes that field's line and nothing else, and a hand edit
 * elsewhere in the object still merges cleanly when the type changes.
 *
 * Typing: `optionalKey(m)` for `m: Mutator<V>` is an `OptionalKey<V | undefined>` (covariant: a
 * `number[]` field fits a `readonly number[]` property), and `object`'s fields expect `OptionalKey<T[K]>`: for an optional property `T[K]`
 * includes `undefined` and it fits; on a required property (`T[K]` without `undefined`) it is a
 * compile error, so a required field cannot be made optional by a hand edit.
 */
import { requireMutator } from '../core/budget.js';
import type { AnyMutator } from '../core/mutator.js';

export class OptionalKey<V> {
  /** covariance in `V` (phantom: never set), so the marker is typed by what it produces */
  declare private readonly produces: () => V;
  constructor(
    /** the mutator of the field's values when the key is present */
    readonly mutator: AnyMutator<Exclude<V, undefined>>,
  ) {}
}

/**
 * A field of `object` whose key may be absent: half the generated values omit it, and adding or
 * removing it is a mutation. `m` produces the values the field has when present.
 */
export function optionalKey<V>(m: AnyMutator<V>): OptionalKey<V | undefined> {
  requireMutator('optionalKey', 'm', m);
  return new OptionalKey<V | undefined>(m as AnyMutator<Exclude<V | undefined, undefined>>);
}

/**
 * `object`'s fields with the `optionalKey` markers unwrapped, and the optional keys: those listed
 * in its `optional` option, then the marked ones. Own data properties even for a `__proto__` key.
 */
export function unwrapOptionalKeys(given: Record<string, unknown>, listed: readonly string[]): { fields: Record<string, AnyMutator<unknown>>; optional: readonly string[] } {
  const marked = Object.keys(given).filter((k) => given[k] instanceof OptionalKey);
  if (marked.length === 0) return { fields: given as Record<string, AnyMutator<unknown>>, optional: listed };
  const fields: Record<string, AnyMutator<unknown>> = {};
  for (const k of Object.keys(given)) {
    const f = given[k];
    Object.defineProperty(fields, k, { value: f instanceof OptionalKey ? f.mutator : f, enumerable: true, writable: true, configurable: true });
  }
  return { fields, optional: [...listed, ...marked.filter((k) => !listed.includes(k))] };
}
