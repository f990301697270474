/**
 * `union(alternatives, { discriminant?, swarm? })`: a value of one of several alternatives.
 *
 * A value belongs to the alternative that accepts it at the lowest complexity (the first on
 * ties), or, with `discriminant`, to the alternative whose tag is `value[discriminant]` (fast
 * path; tags come from `alternatives[i].tag` or are read from a smallest value of each
 * alternative). Complexity = log2(n) choice bits + the
 * alternative's complexity. Generation draws an alternative by weight (Vose alias, O(1)) among
 * the swarm subset in force, restricted to those whose minComplexity fits the budget, falling back
 * to any that fits and then to the cheapest (the recursion fallback). Mutations: the active
 * alternative's own mutations, or switching to another alternative (one in four random
 * mutations), in place for objects and arrays.
 */
import { checkWeights } from '../core/alias.js';
import { noFiniteValue, requireMutator } from '../core/budget.js';
import { MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import { GEN, genC, genOf, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';
import { enterSwarm, exitSwarm, inSwarm, SwarmChoice } from './swarm.js';
import { canReplaceInPlace, NO_TAG, replaceInPlace, restoreInPlace, type Tag } from './replace.js';
import { UnionBase, type UnionCache } from './choice.js';
import type { EntriesValue } from '../core/infer.js';

export interface UnionAlternative<T> {
  mutator: AnyMutator<T>;
  /** relative weight in random generation (default 1); 0 = never generated, still valid */
  weight?: number;
  /** the alternative's discriminant value (read from a generated value when omitted) */
  tag?: Tag;
}

export interface UnionOptions {
  /** property holding each alternative's literal tag (discriminated unions: fast classification); @defaultValue none */
  discriminant?: string;
  /** swarm testing: each generated value enables a random subset of alternatives (`undefined` too); @defaultValue true */
  swarm?: boolean | undefined;
}

export interface UnionStep {
  n: number;
  alt: number;
  inner: unknown;
  innerDone: boolean;
}

/** undo record: inner mutation (switched = false) or variant switch (switched = true) */
export interface UnionToken {
  switched: boolean;
  /** inner token, or the old value / in-place snapshot for a switch */
  t: unknown;
  inPlace: boolean;
  /** cache.alt and cache.c before, when they changed (-1 = unchanged) */
  alt: number;
  c: unknown;
}

export class UnionMutator<T> extends UnionBase<T> implements Mutator<T, UnionCache, UnionStep, unknown, UnionToken> {
  defaultMutationStep(value: T, cache: UnionCache): UnionStep {
    return { n: 0, alt: cache.alt, inner: this.alts[cache.alt]!.defaultMutationStep(value, cache.c), innerDone: false };
  }

  /** the alternatives' internal generators (see gen.ts), made on first use */
  private gens: Gen<T>[] | null = null;

  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }

  [GEN](rng: Rng, maxCplx: number): T {
    if (!this.swarm || inSwarm()) return this.generate(rng, maxCplx);
    enterSwarm(rng);
    try {
      return this.generate(rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }

  /** generates a value; its complexity goes to genC[0] */
  private generate(rng: Rng, maxCplx: number): T {
    const budget = maxCplx - this.bits;
    const i = this.choose(rng, budget, -1);
    if (i < 0) throw noFiniteValue('union');
    const value = (this.gens ??= this.alts.map(genOf))[i]![GEN](rng, budget);
    const c = genC[0]!; // read before classify, which may generate probe values
    // the value may belong to a cheaper alternative (overlapping alternatives): then it costs less
    if (this.overlap && this.n > 1) {
      const j = this.classify(value, i, c);
      if (j !== i && j >= 0) {
        genC[0] = this.bits + this.scratchC;
        return value;
      }
    }
    genC[0] = this.bits + c;
    return value;
  }

  orderedMutate(value: T, cache: UnionCache, step: UnionStep, rng: Rng, maxCplx: number): Mutated<T, UnionToken> | undefined {
    if (step.alt !== cache.alt) {
      step.alt = cache.alt;
      step.inner = this.alts[cache.alt]!.defaultMutationStep(value, cache.c);
      step.innerDone = false;
    }
    step.n++;
    const canSwitch = this.n > 1;
    if (!step.innerDone && !(canSwitch && step.n % 4 === 0)) {
      const r = this.alts[cache.alt]!.orderedMutate(value, cache.c, step.inner, rng, maxCplx - this.bits);
      if (r !== undefined) return this.wrapInner(r, cache);
      step.innerDone = true;
    }
    return canSwitch ? this.switchVariant(value, cache, rng, maxCplx) : undefined;
  }

  randomMutate(value: T, cache: UnionCache, rng: Rng, maxCplx: number): Mutated<T, UnionToken> {
    if (this.n > 1 && (rng.u32() & 3) === 0) return this.switchVariant(value, cache, rng, maxCplx);
    return this.wrapInner(this.alts[cache.alt]!.randomMutate(value, cache.c, rng, maxCplx - this.bits), cache);
  }

  unmutate(value: T, cache: UnionCache, token: UnionToken): T {
    if (token.switched) {
      cache.alt = token.alt;
      cache.c = token.c;
      if (token.inPlace) {
        restoreInPlace(value as object, token.t);
        return value;
      }
      return token.t as T;
    }
    if (token.alt >= 0) {
      cache.alt = token.alt;
      cache.c = token.c;
    }
    return this.alts[cache.alt]!.unmutate(value, cache.c, token.t);
  }

  visitSubValues(value: T, cache: UnionCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    this.alts[cache.alt]!.visitSubValues?.(value, cache.c, visit);
  }

  crossoverMutate(value: T, cache: UnionCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, UnionToken> | undefined {
    const m = this.alts[cache.alt]!;
    if (m.crossoverMutate === undefined) return undefined;
    const r = m.crossoverMutate(value, cache.c, provider, rng, maxCplx - this.bits);
    return r === undefined ? undefined : this.wrapInner(r, cache);
  }

  /**
   * Wraps an inner mutation; re-files the value when it now belongs to another alternative (one
   * that accepts it at a lower complexity), so the cache agrees with validateValue and the
   * complexity stays within the budget the inner mutation kept to.
   */
  private wrapInner(r: Mutated<T, unknown>, cache: UnionCache): Mutated<T, UnionToken> {
    const token: UnionToken = { switched: false, t: r.token, inPlace: false, alt: -1, c: undefined };
    if (this.overlap && this.n > 1) {
      const j = this.classify(r.value, cache.alt, r.complexity);
      if (j !== cache.alt && j >= 0) {
        token.alt = cache.alt;
        token.c = cache.c;
        cache.alt = j;
        cache.c = this.scratch;
        return { value: r.value, token, complexity: this.bits + this.scratchC };
      }
    }
    return { value: r.value, token, complexity: this.bits + r.complexity };
  }

  private switchVariant(value: T, cache: UnionCache, rng: Rng, maxCplx: number): Mutated<T, UnionToken> {
    const budget = maxCplx - this.bits;
    const t = this.choose(rng, budget, cache.alt);
    // choose() falls back to the cheapest alternative even when it does not fit: never switch to it
    if (t < 0 || this.mins()[t]! > budget + 1e-9) return this.wrapInner(this.alts[cache.alt]!.randomMutate(value, cache.c, rng, budget), cache);
    let g: Generated<T>;
    if (this.swarm && !inSwarm()) {
      enterSwarm(rng);
      try {
        g = this.alts[t]!.randomArbitrary(rng, budget);
      } finally {
        exitSwarm();
      }
    } else g = this.alts[t]!.randomArbitrary(rng, budget);
    const inPlace = canReplaceInPlace(value, g.value);
    const v = inPlace ? value : g.value;
    const token: UnionToken = { switched: true, t: inPlace ? replaceInPlace(value as object, g.value as object) : value, inPlace, alt: cache.alt, c: cache.c };
    const j = this.classify(v);
    if (j < 0) throw new Error(`union: alternative ${t} generated a value no alternative accepts`);
    cache.alt = j;
    cache.c = this.scratch;
    return { value: v, token, complexity: this.bits + this.scratchC };
  }
}

/**
 * One of several alternatives; see UnionMutator. Without a type argument the value type is the
 * union of the alternatives' value types; `union<T>(...)` checks every alternative against `T`.
 */
export function union<const A extends readonly UnionAlternative<any>[]>(alternatives: A, options?: UnionOptions): UnionMutator<EntriesValue<A>>;
export function union<T>(alternatives: ReadonlyArray<UnionAlternative<T>>, options?: UnionOptions): UnionMutator<T>;
export function union<T>(alternatives: ReadonlyArray<UnionAlternative<T>>, options: UnionOptions = {}): UnionMutator<T> {
  if (!Array.isArray(alternatives) || alternatives.length === 0) throw new MutatorArgumentError('union', 'alternatives', 'must be a non-empty array of { mutator, weight? }');
  const mutators = alternatives.map((a, i) => requireMutator('union', `alternatives[${i}].mutator`, (a as UnionAlternative<T> | null)?.mutator) as AnyMutator<T>);
  const weights = alternatives.map((a) => a.weight ?? 1);
  checkWeights('union', (i) => `alternatives[${i}].weight`, weights);
  const d = options.discriminant;
  if (d !== undefined && (typeof d !== 'string' || d === '')) throw new MutatorArgumentError('union', 'discriminant', `must be a non-empty property name, got ${String(d)}`);
  const tags = alternatives.map((a) => ('tag' in a ? a.tag : NO_TAG));
  return new UnionMutator<T>(mutators, new SwarmChoice(weights), d, tags, options.swarm ?? true);
}

