/**
 * The type of `object`'s `fields` argument, mapped over the object type's keys, so a generated
 * (or hand-edited) field mutator of the wrong type, a missing field or an extra one is a compile
 * error in the user's project.
 */
import type { AnyMutator } from '../core/mutator.js';

/**
 * The field mutators of an object type: one per property, optional where the property is
 * optional, each producing values of the property's type (for an optional property, the values it
 * has when present: `object`'s `optional` option makes it absent).
 * So `object<Cell>({ flag: string() })` is a type error where `Cell.flag` is a boolean.
 */
export type ObjectFields<T> = { [K in keyof T]: IndexKey<K> extends true ? AnyMutator<any> : AnyMutator<FieldValue<T, K>> };

/**
 * what a field's mutator produces: an optional property's values without the `undefined` of its
 * absence (a `gone?: never` property, always absent, keeps `undefined`)
 */
type FieldValue<T, K extends keyof T> = {} extends Pick<T, K> ? ([Exclude<T[K], undefined>] extends [never] ? undefined : Exclude<T[K], undefined>) : T[K];

/** an index signature's key: its values take their mutator through `options.index`, not `fields` */
type IndexKey<K> = string extends K ? true : number extends K ? true : false;
