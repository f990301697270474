/**
 * The forwarding written once for wrappers that hand every method to one inner mutator
 * (`filtered`, `swarmScope`, `lazy`): each subclass says what its inner mutator is (`m`) and
 * overrides only what it changes; generation goes through the subclass's own [GEN].
 */
import type { AnyMutator, Generated, Mutated, Mutator, SubValueProvider } from '../core/mutator.js';
import { GEN, genC } from '../core/gen.js';
import type { Rng } from '../core/rng.js';

export abstract class Delegating<T, C = unknown, S = unknown, A = unknown, U = unknown> implements Mutator<T, C, S, A, U> {
  /** the mutator every method is forwarded to */
  abstract get m(): Mutator<T, C, S, A, U>;
  abstract [GEN](rng: Rng, maxCplx: number): T;

  defaultArbitraryStep(): A {
    return this.m.defaultArbitraryStep();
  }
  validateValue(value: T): C | undefined {
    return this.m.validateValue(value);
  }
  defaultMutationStep(value: T, cache: C): S {
    return this.m.defaultMutationStep(value, cache);
  }
  minComplexity(): number {
    return this.m.minComplexity();
  }
  maxComplexity(): number {
    return this.m.maxComplexity();
  }
  complexity(value: T, cache: C): number {
    return this.m.complexity(value, cache);
  }
  orderedArbitrary(step: A, maxCplx: number): Generated<T> | undefined {
    return this.m.orderedArbitrary(step, maxCplx);
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }
  orderedMutate(value: T, cache: C, step: S, rng: Rng, maxCplx: number): Mutated<T, U> | undefined {
    return this.m.orderedMutate(value, cache, step, rng, maxCplx);
  }
  randomMutate(value: T, cache: C, rng: Rng, maxCplx: number): Mutated<T, U> {
    return this.m.randomMutate(value, cache, rng, maxCplx);
  }
  unmutate(value: T, cache: C, token: U): T {
    return this.m.unmutate(value, cache, token);
  }
  visitSubValues(value: T, cache: C, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    this.m.visitSubValues?.(value, cache, visit);
  }
  crossoverMutate(value: T, cache: C, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, U> | undefined {
    return this.m.crossoverMutate?.(value, cache, provider, rng, maxCplx);
  }
}
