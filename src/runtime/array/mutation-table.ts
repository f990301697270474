/**
 * The random mutations of `array`, as a weighted table (see core/mutation-table.ts; each of
 * weight 1): mutate an element, insert a generated one, remove one, swap two, duplicate one. Each
 * entry checks that it applies (length bounds, budget, uniqueItems) and calls the in-place step of
 * mutations.ts.
 */
import { EPS, growthBudget } from '../core/budget.js';
import type { AnyMutator } from '../core/mutator.js';
import { mutationTable, type Mutation, type MutationTable } from '../core/mutation-table.js';
import { duplicateAt, insertAt, mutateAt, removeAt, swapAt, type ArrayCache, type ArrayToken } from './mutations.js';

/** what the mutations read of the array mutator */
export interface ArrayShape {
  readonly elem: AnyMutator<unknown>;
  readonly minItems: number;
  readonly maxItems: number;
  readonly unique: boolean;
  /** 1 bit per element when the length varies, else 0 */
  readonly lengthBits: number;
}

type ArrayMutation = Mutation<ArrayShape, unknown[], ArrayCache, ArrayToken>;

const total = (s: ArrayShape, a: unknown[], cache: ArrayCache): number => cache.sum + a.length * s.lengthBits;

const mutateElement: ArrayMutation = {
  name: 'mutate an element',
  apply(s, a, cache, rng, maxCplx) {
    if (a.length === 0) return undefined;
    const i = rng.below(a.length);
    return mutateAt(s.elem, a, cache, i, rng, maxCplx - total(s, a, cache) + s.elem.complexity(a[i], cache.items[i]), undefined);
  },
};

const insertElement: ArrayMutation = {
  name: 'insert a generated element',
  apply(s, a, cache, rng, maxCplx) {
    const len = a.length;
    const room = maxCplx - total(s, a, cache) - s.lengthBits;
    if (len >= s.maxItems || room + EPS < s.elem.minComplexity()) return undefined;
    const g = s.elem.randomArbitrary(rng, growthBudget(room, len === 0 ? 0 : cache.sum / len));
    const c = s.elem.validateValue(g.value);
    return c === undefined ? undefined : insertAt(a, cache, rng.int(0, len), g.value, c, g.complexity);
  },
};

const removeElement: ArrayMutation = {
  name: 'remove an element',
  apply(s, a, cache, rng) {
    return a.length > s.minItems ? removeAt(s.elem, a, cache, rng.below(a.length)) : undefined;
  },
};

const swapElements: ArrayMutation = {
  name: 'swap two elements',
  apply(_s, a, cache, rng) {
    const len = a.length;
    if (len < 2) return undefined;
    const i = rng.below(len);
    return swapAt(a, cache, i, (i + 1 + rng.below(len - 1)) % len);
  },
};

const duplicateElement: ArrayMutation = {
  name: 'duplicate an element',
  apply(s, a, cache, rng, maxCplx) {
    const len = a.length;
    if (len === 0 || len >= s.maxItems || s.unique) return undefined;
    const i = rng.below(len);
    const ci = s.elem.complexity(a[i], cache.items[i]);
    // copying costs as much as the element: only copy elements an insertion could create
    if (total(s, a, cache) + s.lengthBits + ci > maxCplx + EPS || ci > growthBudget(Infinity, cache.sum / len)) return undefined;
    return duplicateAt(s.elem, a, cache, i, rng.int(0, len));
  },
};

export const ARRAY_MUTATIONS: MutationTable<ArrayShape, unknown[], ArrayCache, ArrayToken> = mutationTable([mutateElement, insertElement, removeElement, swapElements, duplicateElement]);
