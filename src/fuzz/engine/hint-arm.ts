/**
 * The engine's input-to-state arm (input-to-state.ts): which pool inputs still need their trace
 * run (each new one, once, right after it joins), and how often a main-phase step rewrites a
 * traced input by its hints instead of mutating one: a fixed one step in SHARE. A share that
 * followed the arm's yield against mutation's (as FreshShare does for fresh generation) was
 * measured and did worse (nested-enum, dot-prop: the yield of rewrites comes in bursts, after a
 * new input is traced, and the estimate lagged them).
 */
import type { Rng } from '../../runtime/core/rng.js';
import type { Generated } from '../../runtime/core/mutator.js';
import { deepClone } from '../../runtime/core/values.js';
import { rewriteByHints } from './input-to-state.js';
import type { Pool, PoolEntry } from './pool.js';

/** one main-phase step in SHARE rewrites by hints */
const SHARE = 8;

export class HintArm<T> {
  private readonly untraced: PoolEntry<T>[] = [];

  /** a new pool input: traced before long */
  admitted(e: PoolEntry<T>): void {
    this.untraced.push(e);
  }

  /** the next pool input to trace (run once as it is, its comparison operands recorded), if any is waiting */
  nextTrace(pool: Pool<T>): PoolEntry<T> | undefined {
    while (this.untraced.length > 0) {
      const e = this.untraced.pop()!;
      if (e.hints === undefined && pool.entries.includes(e)) return e;
    }
    return undefined;
  }

  /** true: this step rewrites by hints (one main-phase step in SHARE) */
  pick(rng: Rng): boolean {
    return rng.below(SHARE) === 0;
  }

  /** a copy of a traced pool input rewritten by its hints, validated; undefined when none applies */
  rewrite(pool: Pool<T>, rng: Rng, validate: (v: T) => unknown, complexity: (v: T, cache: unknown) => number): Generated<T> | undefined {
    const e = pool.pick(rng);
    if (e.hints === undefined) return undefined;
    const r = rewriteByHints(e.value, e.hints, rng, validate);
    return r === undefined ? undefined : { value: r.value, complexity: complexity(r.value, r.cache) };
  }
}

/** the pool input as a value to run for its trace */
export function traceRun<T>(e: PoolEntry<T>): Generated<T> {
  return { value: deepClone(e.value), complexity: e.complexity };
}
