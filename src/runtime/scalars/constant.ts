/**
 * `constant(value)`: always that value; complexity 0. Ordered generation gives it once; it has
 * no mutations (orderedMutate is exhausted at once, randomMutate returns the same value).
 * Object constants are deep-cloned on generation so in-place mutation elsewhere cannot leak.
 */
import type { Generated, Mutated, Mutator } from '../core/mutator.js';
import { FixedComplexity } from './fixed.js';
import { deepClone, deepEqual } from '../core/values.js';
import { GEN, genC } from '../core/gen.js';

const CACHE = 1 as const;
type C = typeof CACHE;
interface Done { done: boolean }

export class ConstantMutator<T> extends FixedComplexity implements Mutator<T, C, null, Done, null> {
  private readonly primitive: boolean;
  constructor(readonly value: T) {
    super(0);
    this.primitive = typeof value !== 'object' || value === null;
  }
  private fresh(): T {
    return this.primitive ? this.value : deepClone(this.value);
  }
  defaultArbitraryStep(): Done {
    return { done: false };
  }
  validateValue(v: T): C | undefined {
    return (this.primitive ? Object.is(v, this.value) : deepEqual(v, this.value)) ? CACHE : undefined;
  }
  defaultMutationStep(): null {
    return null;
  }
  orderedArbitrary(step: Done): Generated<T> | undefined {
    if (step.done) return undefined;
    step.done = true;
    return { value: this.fresh(), complexity: 0 };
  }
  randomArbitrary(): Generated<T> {
    return { value: this.fresh(), complexity: 0 };
  }
  [GEN](): T {
    genC[0] = 0;
    return this.fresh();
  }
  orderedMutate(): Mutated<T, null> | undefined {
    return undefined;
  }
  randomMutate(v: T): Mutated<T, null> {
    return { value: v, token: null, complexity: 0 };
  }
  unmutate(v: T): T {
    return v;
  }
}

/** The single value `value` (compared with Object.is, or structurally for objects). */
export function constant<const T>(value: T): ConstantMutator<T> {
  return new ConstantMutator(value);
}
