/**
 * `swarmScope(m)`: opens one swarm context around every generation and mutation of `m`, so all
 * unions, enums and sequences anywhere inside one generated value (also under objects and
 * arrays, which are not swarm-aware themselves) share one swarm configuration. Union, literals
 * and sequence open a context on their own when none is open; wrap a value's root in
 * `swarmScope` when swarm-aware mutators sit below a container. Nested scopes join the outer one.
 */
import type { AnyMutator, Mutated, Mutator } from '../core/mutator.js';
import { Delegating } from '../wrap/delegating.js';
import { requireMutator } from '../core/budget.js';
import { GEN, genOf, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';
import { enterSwarm, exitSwarm } from './swarm.js';

export class SwarmScope<T, C = unknown, S = unknown, A = unknown, U = unknown> extends Delegating<T, C, S, A, U> {
  constructor(readonly inner: Mutator<T, C, S, A, U>) {
    super();
  }
  get m(): Mutator<T, C, S, A, U> {
    return this.inner;
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
  override orderedMutate(value: T, cache: C, step: S, rng: Rng, maxCplx: number): Mutated<T, U> | undefined {
    enterSwarm(rng);
    try {
      return this.inner.orderedMutate(value, cache, step, rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }
  override randomMutate(value: T, cache: C, rng: Rng, maxCplx: number): Mutated<T, U> {
    enterSwarm(rng);
    try {
      return this.inner.randomMutate(value, cache, rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }
}

/** One swarm configuration per generated value of `m` (see SwarmScope). */
export function swarmScope<T, C, S, A, U>(m: Mutator<T, C, S, A, U>): SwarmScope<T, C, S, A, U> {
  requireMutator('swarmScope', 'm', m);
  return new SwarmScope(m);
}
