/**
 * `lazy(() => m)`: a mutator resolved on first use, for recursion and forward references.
 *
 * min/maxComplexity use a re-entrancy guard: while this lazy's own computation is in progress
 * it answers Infinity, so a recursive edge never looks cheap and a union falls back to its
 * cheapest non-recursive alternative. Results are cached only once no lazy computation is
 * pending (a nested result may rest on a provisional Infinity). Generation of a type with no
 * finite value (`type T = { next: T }`) throws a clear error instead of overflowing the stack.
 */
import { beginPending, endPending, isPending, noFiniteValue } from './budget.js';
import { MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from './mutator.js';
import type { Rng } from './rng.js';

/** the budget used by recursive generation when asked for an infinite (or NaN) budget */
export const UNBOUNDED_BUDGET = 4096;

/** nesting of lazy generations beyond which a lazy asks for its smallest value (stack guard) */
export const MAX_DEPTH = 200;
let generationDepth = 0;

export class LazyMutator<T> implements Mutator<T> {
  private inner: AnyMutator<T> | undefined;
  private minC = NaN;
  private maxC = NaN;
  private busyMin = false;
  private busyMax = false;

  constructor(private readonly thunk: () => AnyMutator<T>) {}

  /** the resolved mutator */
  get m(): AnyMutator<T> {
    if (this.inner !== undefined) return this.inner;
    const m = this.thunk();
    if (typeof m !== 'object' || m === null || typeof m.randomArbitrary !== 'function') {
      throw new MutatorArgumentError('lazy', 'thunk', `must return a Mutator, returned ${m === null ? 'null' : typeof m}${m === undefined ? ' (a forward reference used before it was defined?)' : ''}`);
    }
    this.inner = m;
    return m;
  }

  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    if (this.busyMin) return Infinity;
    this.busyMin = true;
    beginPending();
    let v: number;
    try {
      v = this.m.minComplexity();
    } finally {
      this.busyMin = false;
      endPending();
    }
    if (!isPending()) this.minC = v;
    return v;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    if (this.busyMax) return Infinity;
    this.busyMax = true;
    beginPending();
    let v: number;
    try {
      v = this.m.maxComplexity();
    } finally {
      this.busyMax = false;
      endPending();
    }
    if (!isPending()) this.maxC = v;
    return v;
  }

  defaultArbitraryStep(): unknown {
    return this.m.defaultArbitraryStep();
  }
  validateValue(value: T): unknown {
    return this.m.validateValue(value);
  }
  defaultMutationStep(value: T, cache: unknown): unknown {
    return this.m.defaultMutationStep(value, cache);
  }
  complexity(value: T, cache: unknown): number {
    return this.m.complexity(value, cache);
  }
  orderedArbitrary(step: unknown, maxCplx: number): Generated<T> | undefined {
    if (this.minComplexity() === Infinity) return undefined;
    return this.m.orderedArbitrary(step, maxCplx);
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    if (this.minComplexity() === Infinity) throw noFiniteValue('lazy');
    // an unbounded budget would let recursion run away: bound it
    let budget = Number.isFinite(maxCplx) ? maxCplx : UNBOUNDED_BUDGET;
    // a budget bounds size, not depth: cheap unary recursion (`{ op: 'neg', e: Expr }` costs a
    // bit or two per level) could nest thousands deep. Past MAX_DEPTH nested generations, ask
    // for the smallest value, so the subtree closes at once and the stack stays safe.
    if (generationDepth >= MAX_DEPTH) budget = this.minComplexity();
    generationDepth++;
    try {
      return this.m.randomArbitrary(rng, budget);
    } finally {
      generationDepth--;
    }
  }
  orderedMutate(value: T, cache: unknown, step: unknown, rng: Rng, maxCplx: number): Mutated<T, unknown> | undefined {
    return this.m.orderedMutate(value, cache, step, rng, maxCplx);
  }
  randomMutate(value: T, cache: unknown, rng: Rng, maxCplx: number): Mutated<T, unknown> {
    return this.m.randomMutate(value, cache, rng, maxCplx);
  }
  unmutate(value: T, cache: unknown, token: unknown): T {
    return this.m.unmutate(value, cache, token);
  }
  visitSubValues(value: T, cache: unknown, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    this.m.visitSubValues?.(value, cache, visit);
  }
  crossoverMutate(value: T, cache: unknown, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, unknown> | undefined {
    // replacing the whole value is the parent's job (it holds the reference)
    const m = this.m;
    return m.crossoverMutate?.(value, cache, provider, rng, maxCplx);
  }
}

/** A mutator defined by a thunk, resolved on first use (recursion, forward references). */
export function lazy<T>(thunk: () => AnyMutator<T>): LazyMutator<T> {
  if (typeof thunk !== 'function') throw new MutatorArgumentError('lazy', 'thunk', `must be a function returning a Mutator, got ${typeof thunk}`);
  return new LazyMutator(thunk);
}
