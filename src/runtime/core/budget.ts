/**
 * Shared helpers for containers: complexity budgets, recursion bookkeeping and the
 * deduplicating ordered enumeration.
 *
 * Complexity of a container (the convention every container here follows): the sum of its
 * children's complexities plus one bit per variable-length item ("one more item?"), so a budget
 * of B bounds the number of items by B whatever the items cost. Fixed-length containers
 * (min === max) pay no per-item bit.
 */
import type { AnyMutator, Generated } from './mutator.js';
import { MutatorArgumentError } from './mutator.js';
import { createRng, type Rng } from './rng.js';
import { valueKey } from './values.js';

/** tolerance when comparing budgets (floating sums) */
export const EPS = 1e-9;

/** largest container length generated when the budget does not bound it */
export const DEFAULT_MAX_LENGTH = 64;

let pendingMin = 0;
/** called by `lazy` around a minComplexity/maxComplexity computation */
export function beginPending(): void {
  pendingMin++;
}
export function endPending(): void {
  pendingMin--;
}
/**
 * True while some `lazy` is computing its min/max complexity: a result computed now may be
 * based on a provisional Infinity, so containers must not cache it.
 */
export function isPending(): boolean {
  return pendingMin > 0;
}

/** Checks that `m` looks like a mutator; throws MutatorArgumentError naming the argument. */
export function requireMutator(factory: string, argument: string, m: unknown): AnyMutator<unknown> {
  if (typeof m !== 'object' || m === null || typeof (m as AnyMutator<unknown>).randomArbitrary !== 'function' || typeof (m as AnyMutator<unknown>).validateValue !== 'function') {
    throw new MutatorArgumentError(factory, argument, `expected a Mutator, got ${m === null ? 'null' : typeof m}`);
  }
  return m as AnyMutator<unknown>;
}

/** Validates `{ minItems?, maxItems? }`; returns [min, max] (max may be Infinity). */
export function lengthBounds(factory: string, opts: { minItems?: number; maxItems?: number }, prefix = ''): [number, number] {
  if (typeof opts !== 'object' || opts === null) throw new MutatorArgumentError(factory, 'options', `must be an object, got ${opts === null ? 'null' : typeof opts}`);
  const min = opts.minItems ?? 0;
  const max = opts.maxItems ?? Infinity;
  if (!Number.isSafeInteger(min) || min < 0) throw new MutatorArgumentError(factory, `${prefix}minItems`, `must be a non-negative integer, got ${min}`);
  if (max !== Infinity && (!Number.isSafeInteger(max) || max < 0)) throw new MutatorArgumentError(factory, `${prefix}maxItems`, `must be a non-negative integer, got ${max}`);
  if (min > max) throw new MutatorArgumentError(factory, `${prefix}maxItems`, `maxItems ${max} < minItems ${min}`);
  return [min, max];
}

/**
 * Picks a length in [lo, hi] for a container whose items cost at least `unit` each, under
 * `budget`: first a target in [0, budget] (so small containers are common), then a length
 * that fits the target. Returns lo when even lo items do not fit (smallest choice).
 */
export function pickLength(rng: Rng, lo: number, hi: number, unit: number, budget: number): number {
  let top = hi;
  if (unit > 0) {
    const target = Number.isFinite(budget) ? budget * rng.float() : DEFAULT_MAX_LENGTH * unit;
    top = Math.min(hi, Math.floor((target + EPS) / unit));
  } else if (top === Infinity) {
    top = lo + DEFAULT_MAX_LENGTH;
  }
  if (top <= lo) return lo;
  return rng.length(lo, top);
}

/** Step of the deduplicating ordered enumeration used by containers. */
export interface OrderedStep {
  rng: Rng;
  seen: Set<string>;
  n: number;
  misses: number;
}

export function orderedStep(): OrderedStep {
  return { rng: createRng(0x5eed), seen: new Set(), n: 0, misses: 0 };
}

const MAX_MISSES = 64;

/**
 * Ordered enumeration for containers: the smallest value first, then seeded random values
 * under a budget that grows by 15% per step (from 0 extra bits; `extra(n)` at step n when given),
 * skipping values already produced. `gen` gets the step number too (0 for the first value).
 * Exhausted (undefined) after MAX_MISSES duplicates in a row or when nothing fits the budget.
 */
export function orderedFromRandom<T>(
  step: OrderedStep,
  maxCplx: number,
  minCplx: number,
  gen: (rng: Rng, budget: number, n: number) => Generated<T>,
  extra: (n: number) => number = (n) => Math.pow(1.15, n) - 1,
): Generated<T> | undefined {
  if (!(minCplx <= maxCplx + EPS)) return undefined;
  while (step.misses < MAX_MISSES) {
    const budget = Math.min(maxCplx, minCplx + extra(step.n));
    const g = gen(step.rng, budget, step.n++);
    const key = valueKey(g.value);
    if (step.seen.has(key)) {
      step.misses++;
      continue;
    }
    step.misses = 0;
    step.seen.add(key);
    return g;
  }
  return undefined;
}

/** Error thrown when asked to generate a type that has no finite value. */
export function noFiniteValue(factory: string): Error {
  return new Error(`${factory}: the type has no finite value (every value would contain itself), so none can be generated; make a recursive field optional, nullable or an array`);
}

/**
 * Budget for a value created by a mutation (an inserted element, an added field, a switched
 * kind): at most the room left, and at most about twice `typical` (the complexity of a sibling
 * or of the replaced value) plus 32 bits, so one mutation grows the input gradually and costs
 * about as much as the value it touches, not a whole new input.
 */
export function growthBudget(room: number, typical: number): number {
  return Math.min(room, 2 * typical + 32);
}
