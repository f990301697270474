/**
 * The mutator contract, after fuzzcheck-rs's `Mutator` and `Serializer` traits.
 *
 * Objects and arrays are mutated in place (the same reference comes back); primitives come back
 * as the new value and the parent stores it. Caches and steps are updated in place. `unmutate`
 * restores value and cache exactly.
 */
import type { Rng } from './rng.js';

export interface Generated<T> {
  value: T;
  complexity: number;
}

export interface Mutated<T, U> {
  value: T;
  token: U;
  complexity: number;
}

export interface Mutator<T, Cache = unknown, MutationStep = unknown, ArbitraryStep = unknown, UnmutateToken = unknown> {
  defaultArbitraryStep(): ArbitraryStep;
  /** undefined = not a valid value; a valid value's cache is never undefined */
  validateValue(value: T): Cache | undefined;
  defaultMutationStep(value: T, cache: Cache): MutationStep;
  minComplexity(): number;
  /** may be Infinity */
  maxComplexity(): number;
  complexity(value: T, cache: Cache): number;
  /** undefined = exhausted */
  orderedArbitrary(step: ArbitraryStep, maxCplx: number): Generated<T> | undefined;
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T>;
  orderedMutate(value: T, cache: Cache, step: MutationStep, rng: Rng, maxCplx: number): Mutated<T, UnmutateToken> | undefined;
  randomMutate(value: T, cache: Cache, rng: Rng, maxCplx: number): Mutated<T, UnmutateToken>;
  unmutate(value: T, cache: Cache, token: UnmutateToken): T;
  /**
   * Optional, for crossover: calls `visit` for every sub-value (not the value itself) with the
   * mutator that owns it and its complexity. Mutator identity is the "type" of a sub-value.
   */
  visitSubValues?(value: T, cache: Cache, visit: (subValue: unknown, mutator: AnyMutator<unknown>, complexity: number) => void): void;
  /**
   * Optional, for crossover: replace this value or one of its sub-values by a value the provider
   * returns for the owning mutator (a clone the mutator may keep). The token undoes it through
   * `unmutate`. undefined = nothing to splice.
   */
  crossoverMutate?(value: T, cache: Cache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, UnmutateToken> | undefined;
}

/** Hands out sub-values collected from other inputs, keyed by the mutator that produced them. */
export interface SubValueProvider {
  /** a fresh copy of some stored sub-value of `mutator` with complexity <= maxCplx, or undefined */
  get(mutator: AnyMutator<unknown>, rng: Rng, maxCplx: number): unknown | undefined;
}

/** A mutator whose cache, step and token types are not tracked: what combinators accept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMutator<T> = Mutator<T, any, any, any, any>;

/** The value type of a mutator. */
export type ValueOf<M> = M extends Mutator<infer T, any, any, any, any> ? T : never;

export interface Serializer<T> {
  readonly isUtf8: boolean;
  readonly extension: string;
  toData(value: T): Uint8Array;
  /** never throws on bad bytes; undefined = bad data (so a valid `undefined` value reads as bad: see readData) */
  fromData(data: Uint8Array): T | undefined;
  /**
   * Optional: fromData with the value boxed, so a valid `undefined` (e.g. a top-level
   * `optional(m)` value) is told apart from bad data (undefined). Never throws.
   */
  readData?(data: Uint8Array): { value: T } | undefined;
}

/** Decodes corpus bytes, telling a valid `undefined` value apart from bad data. */
export function readValue<T>(serializer: Serializer<T>, data: Uint8Array): { value: T } | undefined {
  if (serializer.readData) return serializer.readData(data);
  const value = serializer.fromData(data);
  return value === undefined ? undefined : { value };
}

/** Options every derived factory accepts. */
export interface DeriveOptions {
  /** swarm testing for unions, enums and sequences inside the value (`undefined` too); @defaultValue true */
  swarm?: boolean | undefined;
}

/** Thrown by factories given impossible arguments. */
export class MutatorArgumentError extends Error {
  constructor(factory: string, argument: string, message: string) {
    super(`${factory}: invalid argument '${argument}': ${message}`);
    this.name = 'MutatorArgumentError';
  }
}

/** log2(n) bits of a choice among n, 0 for n <= 1. */
export function choiceComplexity(n: number): number {
  return n <= 1 ? 0 : Math.log2(n);
}
