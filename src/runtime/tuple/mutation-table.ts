/**
 * The random mutations of `tuple`, as a weighted table (see core/mutation-table.ts): mutate an
 * element (weight 2: the common case), append an optional or rest element, remove the last
 * optional one or a rest element. Tuples share the array's cache, token and in-place steps.
 */
import { EPS, growthBudget } from '../core/budget.js';
import type { AnyMutator } from '../core/mutator.js';
import { mutationTable, type Mutation, type MutationTable } from '../core/mutation-table.js';
import { insertAt, mutateAt, removeAt, type ArrayCache, type ArrayToken } from '../array/mutations.js';

/** what the mutations read of the tuple mutator */
export interface TupleShape {
  /** the number of declared elements (required and optional) */
  readonly n: number;
  readonly required: number;
  readonly rest: AnyMutator<unknown> | null;
  /** the mutator of element i (the rest mutator past the declared ones) */
  at(i: number): AnyMutator<unknown>;
  total(a: readonly unknown[], cache: ArrayCache): number;
}

type TupleMutation = Mutation<TupleShape, unknown[], ArrayCache, ArrayToken>;

const mutateElement: TupleMutation = {
  name: 'mutate an element',
  weight: 2,
  apply(s, a, cache, rng, maxCplx) {
    if (a.length === 0) return undefined;
    const i = rng.below(a.length);
    const m = s.at(i);
    return mutateAt(m, a, cache, i, rng, maxCplx - s.total(a, cache) + m.complexity(a[i], cache.items[i]), undefined);
  },
};

const appendElement: TupleMutation = {
  name: 'add an optional or rest element',
  apply(s, a, cache, rng, maxCplx) {
    const len = a.length;
    if (len >= s.n && s.rest === null) return undefined;
    const m = s.at(len);
    const room = growthBudget(maxCplx - s.total(a, cache) - (len >= s.n ? 1 : 0), m.minComplexity());
    if (room + EPS < m.minComplexity()) return undefined;
    const g = m.randomArbitrary(rng, room);
    const c = m.validateValue(g.value);
    return c === undefined ? undefined : insertAt(a, cache, len >= s.n ? rng.int(s.n, len) : len, g.value, c, g.complexity);
  },
};

const removeElement: TupleMutation = {
  name: 'remove the last optional element or a rest element',
  apply(s, a, cache, rng) {
    const len = a.length;
    if (len <= s.required) return undefined;
    return removeAt(s.at(len - 1), a, cache, len > s.n ? rng.int(s.n, len - 1) : len - 1);
  },
};

export const TUPLE_MUTATIONS: MutationTable<TupleShape, unknown[], ArrayCache, ArrayToken> = mutationTable([mutateElement, appendElement, removeElement]);
