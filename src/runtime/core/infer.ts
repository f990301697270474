/**
 * Value types computed from the mutators a factory is given, so `union([...])`, `tuple([...])`
 * and `sequence({ variants })` infer what they produce without a type argument. Generated code
 * relies on this: a hand edit that changes what a part produces changes the inferred type, and the
 * annotation `dm.Mutator<T.Foo>` of the generated factory then rejects it at compile time.
 */
import type { AnyMutator, ValueOf } from './mutator.js';

/** What one of several `{ mutator }` entries (union alternatives, sequence variants) produces. */
export type EntriesValue<A extends readonly { mutator: AnyMutator<any> }[]> = ValueOf<A[number]['mutator']>;

/** A tuple of element mutators mapped to the tuple of their values (`readonly` dropped). */
export type ElementValues<E extends readonly unknown[]> = { -readonly [I in keyof E]: ValueOf<E[I]> };

/**
 * `E` with the elements at index >= `R` optional (`[A, B, C]`, 1 -> `[A, B?, C?]`); a
 * non-literal `R` (a plain `number`) makes every element optional, the loosest reading.
 */
export type OptionalFrom<E extends readonly unknown[], R extends number, Acc extends unknown[] = []> = Acc['length'] extends R
  ? [...Acc, ...Partial<E>]
  : E extends readonly [infer Head, ...infer Tail]
    ? OptionalFrom<Tail, R, [...Acc, Head]>
    : Acc;

/** The tuple `tuple(elems, { required, rest })` produces: elements, optional tail, rest. */
export type TupleValue<E extends readonly unknown[], R extends number, Rest> = [Rest] extends [never]
  ? OptionalFrom<ElementValues<E>, R>
  : [...OptionalFrom<ElementValues<E>, R>, ...Rest[]];
