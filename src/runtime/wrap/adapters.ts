/**
 * Adapters over an existing mutator.
 *
 * `mapped(m, to, from)`: values `to(inner)`; `from(value)` recovers the inner value (undefined =
 * not a valid value). The cache keeps the inner value and its cache, so complexity stays O(1).
 * Mutation mutates the inner value and returns `to(inner)` (a new value: parents store it).
 *
 * `filtered(m, predicate)`: only values satisfying `predicate`. Generation retries up to
 * FILTER_TRIES times, then throws a clear error; a mutation whose result is rejected is undone
 * and retried, and after FILTER_TRIES rejections the value is left unchanged.
 */
import { Delegating } from './delegating.js';
import { requireMutator } from '../core/budget.js';
import { MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import { GEN, genC, genOf, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';

interface MappedCache<U> {
  inner: U;
  c: unknown;
}
interface MappedToken<T> {
  inner: unknown;
  prev: T;
}

class MappedMutator<T, U> implements Mutator<T, MappedCache<U>, unknown, unknown, MappedToken<T>> {
  constructor(
    readonly m: AnyMutator<U>,
    readonly to: (inner: U) => T,
    readonly from: (value: T) => U | undefined,
  ) {}
  defaultArbitraryStep(): unknown {
    return this.m.defaultArbitraryStep();
  }
  validateValue(value: T): MappedCache<U> | undefined {
    const inner = this.from(value);
    if (inner === undefined) return undefined;
    const c = this.m.validateValue(inner);
    return c === undefined ? undefined : { inner, c };
  }
  defaultMutationStep(_value: T, cache: MappedCache<U>): unknown {
    return this.m.defaultMutationStep(cache.inner, cache.c);
  }
  minComplexity(): number {
    return this.m.minComplexity();
  }
  maxComplexity(): number {
    return this.m.maxComplexity();
  }
  complexity(_value: T, cache: MappedCache<U>): number {
    return this.m.complexity(cache.inner, cache.c);
  }
  orderedArbitrary(step: unknown, maxCplx: number): Generated<T> | undefined {
    const g = this.m.orderedArbitrary(step, maxCplx);
    return g === undefined ? undefined : { value: this.to(g.value), complexity: g.complexity };
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }
  private g: Gen<U> | null = null;
  [GEN](rng: Rng, maxCplx: number): T {
    const inner = (this.g ??= genOf(this.m))[GEN](rng, maxCplx);
    const c = genC[0]!; // `to` is the user's: it may generate too
    const value = this.to(inner);
    genC[0] = c;
    return value;
  }
  private wrap(value: T, cache: MappedCache<U>, r: Mutated<U, unknown>): Mutated<T, MappedToken<T>> {
    cache.inner = r.value;
    return { value: this.to(r.value), token: { inner: r.token, prev: value }, complexity: r.complexity };
  }
  orderedMutate(value: T, cache: MappedCache<U>, step: unknown, rng: Rng, maxCplx: number): Mutated<T, MappedToken<T>> | undefined {
    const r = this.m.orderedMutate(cache.inner, cache.c, step, rng, maxCplx);
    return r === undefined ? undefined : this.wrap(value, cache, r);
  }
  randomMutate(value: T, cache: MappedCache<U>, rng: Rng, maxCplx: number): Mutated<T, MappedToken<T>> {
    return this.wrap(value, cache, this.m.randomMutate(cache.inner, cache.c, rng, maxCplx));
  }
  unmutate(_value: T, cache: MappedCache<U>, token: MappedToken<T>): T {
    cache.inner = this.m.unmutate(cache.inner, cache.c, token.inner);
    return token.prev;
  }
  visitSubValues(_value: T, cache: MappedCache<U>, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    this.m.visitSubValues?.(cache.inner, cache.c, visit);
  }
  crossoverMutate(value: T, cache: MappedCache<U>, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, MappedToken<T>> | undefined {
    const r = this.m.crossoverMutate?.(cache.inner, cache.c, provider, rng, maxCplx);
    return r === undefined ? undefined : this.wrap(value, cache, r);
  }
}

/** Values `to(inner)` for inner values of `m`; `from` inverts `to` (undefined = invalid). */
export function mapped<T, U>(m: AnyMutator<U>, to: (inner: U) => T, from: (value: T) => U | undefined): Mutator<T> {
  requireMutator('mapped', 'm', m);
  if (typeof to !== 'function') throw new MutatorArgumentError('mapped', 'to', 'must be a function');
  if (typeof from !== 'function') throw new MutatorArgumentError('mapped', 'from', 'must be a function');
  return new MappedMutator(m, to, from);
}

export const FILTER_TRIES = 100;

class FilteredMutator<T> extends Delegating<T> {
  constructor(
    readonly m: AnyMutator<T>,
    readonly ok: (value: T) => boolean,
  ) {
    super();
  }
  override validateValue(value: T): unknown {
    const c = this.m.validateValue(value);
    return c !== undefined && this.ok(value) ? c : undefined;
  }
  override orderedArbitrary(step: unknown, maxCplx: number): Generated<T> | undefined {
    for (let i = 0; i < FILTER_TRIES; i++) {
      const g = this.m.orderedArbitrary(step, maxCplx);
      if (g === undefined || this.ok(g.value)) return g;
    }
    return undefined;
  }
  private g: Gen<T> | null = null;
  [GEN](rng: Rng, maxCplx: number): T {
    for (let i = 0; i < FILTER_TRIES; i++) {
      const value = (this.g ??= genOf(this.m))[GEN](rng, maxCplx);
      const c = genC[0]!; // the predicate is the user's: it may generate too
      if (this.ok(value)) {
        genC[0] = c;
        return value;
      }
    }
    throw new Error(`filtered: the predicate rejected ${FILTER_TRIES} generated values in a row (complexity budget ${maxCplx}); use a narrower mutator or a looser predicate`);
  }
  private attempt(value: T, cache: unknown, step: unknown, rng: Rng, maxCplx: number, ordered: boolean): Mutated<T, unknown> | undefined {
    let current = value;
    for (let i = 0; i < FILTER_TRIES; i++) {
      const r = ordered ? this.m.orderedMutate(current, cache, step, rng, maxCplx) : this.m.randomMutate(current, cache, rng, maxCplx);
      if (r === undefined) return undefined;
      if (this.ok(r.value)) return r;
      current = this.m.unmutate(r.value, cache, r.token);
    }
    return { value: current, token: NOTHING, complexity: this.m.complexity(current, cache) };
  }
  override orderedMutate(value: T, cache: unknown, step: unknown, rng: Rng, maxCplx: number): Mutated<T, unknown> | undefined {
    return this.attempt(value, cache, step, rng, maxCplx, true);
  }
  override randomMutate(value: T, cache: unknown, rng: Rng, maxCplx: number): Mutated<T, unknown> {
    return this.attempt(value, cache, undefined, rng, maxCplx, false)!;
  }
  override unmutate(value: T, cache: unknown, token: unknown): T {
    return token === NOTHING ? value : this.m.unmutate(value, cache, token);
  }
  override crossoverMutate(value: T, cache: unknown, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, unknown> | undefined {
    const r = this.m.crossoverMutate?.(value, cache, provider, rng, maxCplx);
    if (r === undefined || this.ok(r.value)) return r;
    this.m.unmutate(r.value, cache, r.token);
    return undefined;
  }
}

const NOTHING: unique symbol = Symbol('filtered: no change');

/** Only the values of `m` for which `predicate` holds. */
export function filtered<T>(m: AnyMutator<T>, predicate: (value: T) => boolean): Mutator<T> {
  requireMutator('filtered', 'm', m);
  if (typeof predicate !== 'function') throw new MutatorArgumentError('filtered', 'predicate', 'must be a function');
  return new FilteredMutator(m, predicate);
}
