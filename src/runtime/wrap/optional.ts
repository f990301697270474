/**
 * `optional(m)` / `nullable(m)`: `T | undefined` / `T | null`, as fuzzcheck's Option mutator.
 * Complexity: 1 bit for "present?" plus the inner value's complexity when present. The absent
 * value is the recursion fallback (it is always the cheapest). Ordered mutation tries absent
 * first, then the inner value's own mutations; random mutation toggles presence one time in
 * four.
 */
import { EPS, isPending, requireMutator } from '../core/budget.js';
import type { AnyMutator, Generated, Mutated, Mutator, SubValueProvider } from '../core/mutator.js';
import { GEN, genC, genOf, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';

export interface OptionCache {
  some: boolean;
  c: unknown;
}
export interface OptionStep {
  n: number;
  inner: unknown;
  done: boolean;
}
export interface OptionArbStep {
  none: boolean;
  inner: unknown;
}
/** set = presence changed (t: the old value); else t is the inner token */
export interface OptionToken {
  set: boolean;
  t: unknown;
  c: unknown;
}

const RESEEDS = 16;

export class OptionMutator<T, N extends undefined | null> implements Mutator<T | N, OptionCache, OptionStep, OptionArbStep, OptionToken> {
  private maxC = NaN;
  constructor(
    readonly inner: AnyMutator<T>,
    readonly none: N,
  ) {}

  defaultArbitraryStep(): OptionArbStep {
    return { none: false, inner: undefined };
  }
  validateValue(value: T | N): OptionCache | undefined {
    if (value === this.none) return { some: false, c: undefined };
    const c = this.inner.validateValue(value as T);
    return c === undefined ? undefined : { some: true, c };
  }
  defaultMutationStep(value: T | N, cache: OptionCache): OptionStep {
    return { n: 0, inner: cache.some ? this.inner.defaultMutationStep(value as T, cache.c) : undefined, done: false };
  }
  minComplexity(): number {
    return 1;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    const v = 1 + this.inner.maxComplexity();
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }
  complexity(value: T | N, cache: OptionCache): number {
    return cache.some ? 1 + this.inner.complexity(value as T, cache.c) : 1;
  }
  orderedArbitrary(step: OptionArbStep, maxCplx: number): Generated<T | N> | undefined {
    if (!step.none) {
      step.none = true;
      return { value: this.none, complexity: 1 };
    }
    if (this.inner.minComplexity() > maxCplx - 1 + EPS) return undefined;
    if (step.inner === undefined) step.inner = this.inner.defaultArbitraryStep();
    for (;;) {
      const g = this.inner.orderedArbitrary(step.inner, maxCplx - 1);
      if (g === undefined) return undefined;
      if ((g.value as unknown) !== this.none) return { value: g.value, complexity: 1 + g.complexity };
    }
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T | N> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }
  /** the inner mutator's internal generator (see gen.ts), made on first use */
  private ig: Gen<T> | null = null;
  [GEN](rng: Rng, maxCplx: number): T | N {
    if (rng.bool() || this.inner.minComplexity() > maxCplx - 1 + EPS) {
      genC[0] = 1;
      return this.none;
    }
    const v = (this.ig ??= genOf(this.inner))[GEN](rng, maxCplx - 1);
    if ((v as unknown) === this.none) {
      genC[0] = 1;
      return this.none;
    }
    genC[0] = 1 + genC[0]!;
    return v;
  }
  private some(rng: Rng, maxCplx: number): Generated<T | N> {
    const g = this.inner.randomArbitrary(rng, maxCplx - 1);
    return (g.value as unknown) === this.none ? { value: this.none, complexity: 1 } : { value: g.value, complexity: 1 + g.complexity };
  }
  orderedMutate(value: T | N, cache: OptionCache, step: OptionStep, rng: Rng, maxCplx: number): Mutated<T | N, OptionToken> | undefined {
    step.n++;
    if (!cache.some) return step.n > RESEEDS ? undefined : this.toggle(value, cache, rng, maxCplx);
    if (step.n === 1) return this.toggle(value, cache, rng, maxCplx);
    if (step.done) return undefined;
    const r = this.inner.orderedMutate(value as T, cache.c, step.inner, rng, maxCplx - 1);
    if (r === undefined) {
      step.done = true;
      return undefined;
    }
    return { value: r.value, token: { set: false, t: r.token, c: undefined }, complexity: 1 + r.complexity };
  }
  randomMutate(value: T | N, cache: OptionCache, rng: Rng, maxCplx: number): Mutated<T | N, OptionToken> {
    if (!cache.some || (rng.u32() & 3) === 0) return this.toggle(value, cache, rng, maxCplx);
    const r = this.inner.randomMutate(value as T, cache.c, rng, maxCplx - 1);
    return { value: r.value, token: { set: false, t: r.token, c: undefined }, complexity: 1 + r.complexity };
  }
  /** present -> absent, or absent -> a fresh present value (absent again if it does not fit) */
  private toggle(value: T | N, cache: OptionCache, rng: Rng, maxCplx: number): Mutated<T | N, OptionToken> {
    const token: OptionToken = { set: true, t: value, c: cache.c };
    const g = cache.some || this.inner.minComplexity() > maxCplx - 1 + EPS ? { value: this.none, complexity: 1 } : this.some(rng, maxCplx);
    cache.some = g.value !== this.none;
    cache.c = cache.some ? this.inner.validateValue(g.value as T) : undefined;
    return { value: g.value, token, complexity: g.complexity };
  }
  unmutate(value: T | N, cache: OptionCache, token: OptionToken): T | N {
    if (token.set) {
      cache.c = token.c;
      cache.some = token.t !== this.none;
      return token.t as T | N;
    }
    return this.inner.unmutate(value as T, cache.c, token.t);
  }
  visitSubValues(value: T | N, cache: OptionCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    if (!cache.some) return;
    visit(value, this.inner as AnyMutator<unknown>, this.inner.complexity(value as T, cache.c));
    this.inner.visitSubValues?.(value as T, cache.c, visit);
  }
  /** present: the inner value's own crossover; absent: a present value from another input */
  crossoverMutate(value: T | N, cache: OptionCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T | N, OptionToken> | undefined {
    if (cache.some) {
      const r = this.inner.crossoverMutate?.(value as T, cache.c, provider, rng, maxCplx - 1);
      return r === undefined ? undefined : { value: r.value, token: { set: false, t: r.token, c: undefined }, complexity: 1 + r.complexity };
    }
    const v = provider.get(this.inner as AnyMutator<unknown>, rng, maxCplx - 1) as T | undefined;
    if (v === undefined || (v as unknown) === this.none) return undefined;
    const c = this.inner.validateValue(v);
    if (c === undefined) return undefined;
    const token: OptionToken = { set: true, t: value, c: cache.c };
    cache.some = true;
    cache.c = c;
    return { value: v, token, complexity: 1 + this.inner.complexity(v, c) };
  }
}

/** `T | undefined` */
export function optional<T>(m: AnyMutator<T>): OptionMutator<T, undefined> {
  return new OptionMutator(requireMutator('optional', 'm', m) as AnyMutator<T>, undefined);
}

/** `T | null` */
export function nullable<T>(m: AnyMutator<T>): OptionMutator<T, null> {
  return new OptionMutator(requireMutator('nullable', 'm', m) as AnyMutator<T>, null);
}
