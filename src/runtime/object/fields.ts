/**
 * The type of `object`'s `fields` argument, mapped over the object type's keys, so a generated
 * (or hand-edited) field mutator of the wrong type, a missing field or an extra one is a compile
 * error in the user's project.
 */
import type { AnyMutator } from '../core/mutator.js';
import type { OptionalKey } from './optional-key.js';

/**
 * The field mutators of an object type: one per property, optional where the property is
 * optional, each producing values of the property's type (for an optional property, the values it
 * has when present: `object`'s `optional` option makes it absent).
 * So `object<Cell>({ flag: string() })` is a type error where `Cell.flag` is a boolean. An optional
 * property may be marked `optionalKey(m)` (see optional-key.ts: only where `T[K]` admits
 * `undefined`, so not on a required property).
 */
export type ObjectFields<T> = {
  [K in keyof T]: IndexKey<K> extends true ? AnyMutator<any> | OptionalKey<unknown> : AnyMutator<Present<T>[K]> | OptionalKey<T[K]> | AlwaysAbsent<T, K>;
};

/**
 * the values of each property when present: `-?` drops the `undefined` of an optional property's
 * absence, and, unlike a conditional type, it also resolves for a generic `T` (`Foo<TLength>`), so
 * fields typed by a type parameter are still checked
 */
type Present<T> = { [K in keyof T]-?: T[K] };

/** a property that is never present (`gone?: never`, `x?: undefined`): its mutator yields `undefined` */
type AlwaysAbsent<T, K extends keyof T> = Present<T>[K] extends never ? AnyMutator<undefined> : never;

/** an index signature's key: its values take their mutator through `options.index`, not `fields` */
type IndexKey<K> = string extends K ? true : number extends K ? true : false;
