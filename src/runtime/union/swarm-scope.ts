/**
 * `swarmScope(m)`: opens one swarm context around every generation and mutation of `m`, so all
 * unions, enums and sequences anywhere inside one generated value (also under objects and
 * arrays, which are not swarm-aware themselves) share one swarm configuration. Union, literals
 * and sequence open a context on their own when none is open; wrap a value's root in
 * `swarmScope` when swarm-aware mutators sit below a container. Nested scopes join the outer one.
 */
import type { AnyMutator, Generated, Mutated, Mutator, SubValueProvider } from '../core/mutator.js';
import { requireMutator } from '../core/budget.js';
import { GEN, genC, genOf, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';
import { enterSwarm, exitSwarm } from './swarm.js';

export class SwarmScope<T, C = unknown, S = unknown, A = unknown, U = unknown> implements Mutator<T, C, S, A, U> {
  constructor(readonly inner: Mutator<T, C, S, A, U>) {}
  defaultArbitraryStep(): A {
    return this.inner.defaultArbitraryStep();
  }
  validateValue(value: T): C | undefined {
    return this.inner.validateValue(value);
  }
  defaultMutationStep(value: T, cache: C): S {
    return this.inner.defaultMutationStep(value, cache);
  }
  minComplexity(): number {
    return this.inner.minComplexity();
  }
  maxComplexity(): number {
    return this.inner.maxComplexity();
  }
  complexity(value: T, cache: C): number {
    return this.inner.complexity(value, cache);
  }
  orderedArbitrary(step: A, maxCplx: number): Generated<T> | undefined {
    return this.inner.orderedArbitrary(step, maxCplx);
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }
  private g: Gen<T> | null = null;
  [GEN](rng: Rng, maxCplx: number): T {
    enterSwarm(rng);
    try {
      return (this.g ??= genOf(this.inner as AnyMutator<T>))[GEN](rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }
  orderedMutate(value: T, cache: C, step: S, rng: Rng, maxCplx: number): Mutated<T, U> | undefined {
    enterSwarm(rng);
    try {
      return this.inner.orderedMutate(value, cache, step, rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }
  randomMutate(value: T, cache: C, rng: Rng, maxCplx: number): Mutated<T, U> {
    enterSwarm(rng);
    try {
      return this.inner.randomMutate(value, cache, rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }
  unmutate(value: T, cache: C, token: U): T {
    return this.inner.unmutate(value, cache, token);
  }
  visitSubValues(value: T, cache: C, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    this.inner.visitSubValues?.(value, cache, visit);
  }
  crossoverMutate(value: T, cache: C, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, U> | undefined {
    return this.inner.crossoverMutate?.(value, cache, provider, rng, maxCplx);
  }
}

/** One swarm configuration per generated value of `m` (see SwarmScope). */
export function swarmScope<T, C, S, A, U>(m: Mutator<T, C, S, A, U>): SwarmScope<T, C, S, A, U> {
  requireMutator('swarmScope', 'm', m);
  return new SwarmScope(m);
}
