/**
 * The internal, allocation-free generation path between runtime mutators (DESIGN: "a hot path may
 * use an allocation-free internal variant as long as the public methods keep their contract").
 *
 * A runtime mutator's `[GEN](rng, maxCplx)` returns exactly the value `randomArbitrary(rng,
 * maxCplx)` would (from the same Rng draws) and leaves its complexity in `genC[0]`, which the
 * caller reads at once, before generating anything else. Each such mutator's `randomArbitrary`
 * is `[GEN]` plus the result object, so the two cannot drift apart. Mutators from elsewhere
 * (user-written, adapters, another copy of this module) are called through `genOf`'s adapter.
 */
import type { AnyMutator, Generated } from './mutator.js';
import type { Rng } from './rng.js';

/** not a string key: a user's mutator may have a method of any name */
export const GEN: unique symbol = Symbol('derive-mutators.gen');

/** complexity of the value the last `[GEN]` call returned */
export const genC = new Float64Array(1);

export interface Gen<T> {
  [GEN](rng: Rng, maxCplx: number): T;
}

class GenAdapter<T> implements Gen<T> {
  constructor(readonly m: AnyMutator<T>) {}
  [GEN](rng: Rng, maxCplx: number): T {
    const g = this.m.randomArbitrary(rng, maxCplx);
    genC[0] = g.complexity;
    return g.value;
  }
}

/** `m` itself when it has the internal path, else an adapter over its `randomArbitrary` */
export function genOf<T>(m: AnyMutator<T>): Gen<T> {
  return typeof (m as Partial<Gen<T>>)[GEN] === 'function' ? (m as unknown as Gen<T>) : new GenAdapter(m);
}

/** the `randomArbitrary` of a mutator with the internal path: `[GEN]` plus the result object */
export function generated<T>(m: Gen<T>, rng: Rng, maxCplx: number): Generated<T> {
  const value = m[GEN](rng, maxCplx);
  return { value, complexity: genC[0]! };
}
