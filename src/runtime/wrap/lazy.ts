/**
 * `lazy(() => m)`: a mutator resolved on first use, for recursion and forward references.
 *
 * minComplexity is the least fixed point over the recursive type (see `minPass`): a recursive
 * edge answers Infinity until a finite value is known, so a union falls back to its cheapest
 * non-recursive alternative. maxComplexity uses a re-entrancy guard (Infinity while in
 * progress). Combinators must not cache a result computed while `isPending()`, except an unbounded
 * maximum: a recursive edge that is reached can be taken again, so Infinity is final (caching it
 * keeps a large mutually recursive AST at one pass instead of one per path). Generation of a type with no
 * finite value (`type T = { next: T }`) throws a clear error instead of overflowing the stack.
 */
import { beginPending, endPending, isPending, noFiniteValue } from '../core/budget.js';
import { MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import { GEN, genC, genOf, type Gen } from '../core/gen.js';
import type { Rng } from '../core/rng.js';
import { Delegating } from './delegating.js';

/** the budget used by recursive generation when asked for an infinite (or NaN) budget */
export const UNBOUNDED_BUDGET = 4096;

/** nesting of lazy generations beyond which a lazy asks for its smallest value (stack guard) */
export const MAX_DEPTH = 200;
let generationDepth = 0;

/** lazies met by the running minComplexity pass (null: no pass running) */
let pass: LazyMutator<unknown>[] | null = null;
const busyMax = new Set<AnyMutator<unknown>>();
const MAX_ROUNDS = 10000;

/**
 * minComplexity of recursive types as a least fixed point (Kleene iteration): every lazy starts
 * at Infinity; each round recomputes every lazy met so far from the others' current values
 * (nested lazies answer their provisional value instead of recursing) until nothing lowers.
 * Minimums are min/sum combinations of non-negative numbers, so this converges within one
 * round per lazy, in time linear in the type's size per round, however many recursive edges
 * there are (a naive re-entrancy guard explores every path: factorial in the edges).
 */
function minPass(first: LazyMutator<unknown>): number {
  const members: LazyMutator<unknown>[] = [];
  pass = members;
  first.minComplexity(); // joins the pass
  beginPending();
  let ok = false;
  try {
    let changed = true;
    for (let round = 0; changed && round < MAX_ROUNDS; round++) {
      changed = false;
      // members grows while the round runs: new lazies are computed in the same round
      for (let i = 0; i < members.length; i++) if (members[i]!.lower()) changed = true;
    }
    ok = true;
  } finally {
    pass = null;
    endPending();
    for (const l of members) l.settle(ok);
  }
  return first.minComplexity();
}

export class LazyMutator<T> extends Delegating<T> {
  private inner: AnyMutator<T> | undefined;
  private g: Gen<T> | null = null;
  private minC = NaN;
  private maxC = NaN;
  /** provisional minimum during a pass, and whether this lazy has joined the current pass */
  private prov = Infinity;
  private inPass = false;

  constructor(private readonly thunk: () => AnyMutator<T>) {
    super();
  }

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

  override minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    if (pass !== null) {
      // inside a pass: answer the provisional value (no recursion), joining the pass if new
      if (!this.inPass) {
        this.inPass = true;
        this.prov = Infinity;
        pass.push(this as LazyMutator<unknown>);
      }
      return this.prov;
    }
    return minPass(this as LazyMutator<unknown>);
  }
  /** one round of the pass: recompute from the current provisional values; true if lowered */
  lower(): boolean {
    const v = this.m.minComplexity();
    if (!(v < this.prov)) return false;
    this.prov = v;
    return true;
  }
  /** end of a pass: keep the result (`ok`) or forget it (the pass threw) */
  settle(ok: boolean): void {
    this.inPass = false;
    if (ok) this.minC = this.prov;
  }
  override maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    const m = this.m;
    // keyed on the resolved mutator: many lazy edges to one memoized mutator share one guard
    if (busyMax.has(m)) return Infinity;
    busyMax.add(m);
    beginPending();
    let v: number;
    try {
      v = m.maxComplexity();
    } finally {
      busyMax.delete(m);
      endPending();
    }
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }

  override orderedArbitrary(step: unknown, maxCplx: number): Generated<T> | undefined {
    if (this.minComplexity() === Infinity) return undefined;
    return this.m.orderedArbitrary(step, maxCplx);
  }
  [GEN](rng: Rng, maxCplx: number): T {
    // once resolved and the minimum is known (the common case) these are two field reads
    const minC = this.minC === this.minC ? this.minC : this.minComplexity();
    if (minC === Infinity) throw noFiniteValue('lazy');
    const g = this.g ?? (this.g = genOf(this.m));
    // an unbounded budget would let recursion run away: bound it
    let budget = Number.isFinite(maxCplx) ? maxCplx : UNBOUNDED_BUDGET;
    // a budget bounds size, not depth: cheap unary recursion (`{ op: 'neg', e: Expr }` costs a
    // bit or two per level) could nest thousands deep. Past MAX_DEPTH nested generations, ask
    // for the smallest value, so the subtree closes at once and the stack stays safe.
    if (generationDepth >= MAX_DEPTH) budget = minC;
    generationDepth++;
    try {
      return g[GEN](rng, budget);
    } finally {
      generationDepth--;
    }
  }
}

/** A mutator defined by a thunk, resolved on first use (recursion, forward references). */
export function lazy<T>(thunk: () => AnyMutator<T>): LazyMutator<T> {
  if (typeof thunk !== 'function') throw new MutatorArgumentError('lazy', 'thunk', `must be a function returning a Mutator, got ${typeof thunk}`);
  return new LazyMutator(thunk);
}
