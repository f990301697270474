/**
 * Minimization: from a failing input, look for less complex inputs that fail the same way (same
 * kind, error class and top user frame), keeping the best in memory, until the time or iteration
 * budget runs out or no progress is made for a while. Used by `minify` and, for a bounded time,
 * after every failure `fuzz` finds. Writes nothing: the caller saves one result.
 */
import type { AnyMutator } from '../../runtime/core/mutator.js';
import { createRng } from '../../runtime/core/rng.js';
import { deepClone } from '../../runtime/core/values.js';
import { signature, type CaughtFailure } from '../failure/failure.js';
import type { Executor } from './execute.js';

/** tries without a smaller failing input after which the search gives up */
const PATIENCE = 20_000;

export interface ShrinkBudget {
  seed: number;
  maxIterations: number;
  /** ms since epoch */
  stopAt: number;
  packageRoot: string;
  /** every 1000 tries */
  onProgress?(iterations: number, complexity: number): void;
}

export interface Shrunk<T> {
  value: T;
  failure: CaughtFailure;
  complexity: number;
  /** the complexity of the input it started from */
  from: number;
  iterations: number;
  improved: boolean;
}

/** the failure kinds worth minimizing in-process (the others end the worker, or are not about the value's size) */
export function shrinkable(f: CaughtFailure): boolean {
  return f.kind === 'error' || f.kind === 'rejection' || f.kind === 'stack-overflow' || f.kind === 'timeout' || f.kind === 'abort';
}

export async function shrink<T>(m: AnyMutator<T>, exec: Executor<T>, start: T, first: CaughtFailure, b: ShrinkBudget): Promise<Shrunk<T>> {
  const runOnce = async (v: T): Promise<CaughtFailure | undefined> => {
    const r = exec.run(v);
    return r instanceof Promise ? await r : r;
  };
  let best = deepClone(start);
  let cache = m.validateValue(best);
  if (cache === undefined) return { value: start, failure: first, complexity: NaN, from: NaN, iterations: 0, improved: false };
  const sig = signature(first, b.packageRoot);
  const from = m.complexity(best, cache);
  let bestC = from;
  let bestFailure = first;
  const rng = createRng(b.seed);
  let iterations = 0;
  let sinceProgress = 0;
  while (iterations < b.maxIterations && Date.now() < b.stopAt && sinceProgress < PATIENCE && bestC > m.minComplexity()) {
    iterations++;
    sinceProgress++;
    const budget = Math.max(m.minComplexity(), bestC - 0.01);
    const fresh = rng.below(16) === 0;
    const mu = fresh ? undefined : m.randomMutate(best, cache, rng, budget);
    const cand = fresh ? m.randomArbitrary(rng, budget) : mu!;
    let accepted = false;
    if (cand.complexity < bestC) {
      const f = await runOnce(cand.value);
      if (f !== undefined && signature(f, b.packageRoot) === sig) {
        // the candidate as the target received it (recorded before it ran), else a copy
        const recorded = exec.original();
        const rc = recorded === undefined ? undefined : m.validateValue(recorded);
        best = rc === undefined ? deepClone(cand.value) : recorded!;
        cache = rc ?? m.validateValue(best)!;
        bestC = m.complexity(best, cache);
        bestFailure = f;
        accepted = true;
        sinceProgress = 0;
      }
    }
    if (!accepted && mu !== undefined) best = m.unmutate(mu.value, cache, mu.token);
    if (iterations % 1000 === 0) b.onProgress?.(iterations, bestC);
  }
  return { value: best, failure: bestFailure, complexity: bestC, from, iterations, improved: bestC < from };
}
