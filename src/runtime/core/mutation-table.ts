/**
 * A container's random mutations as a weighted table, after fuzzcheck's vector mutations: each
 * entry names one mutation, has an integer `weight` (default 1) and applies the mutation in place,
 * returning the token its container's undo reverses, or undefined when it does not apply to this
 * value (too short, no room in the budget, a duplicate key). `mutationTable` expands the entries
 * once, when the table is built, into slots: an entry of weight w fills w consecutive slots, in the
 * order listed. `applyOneOf` makes one uniform draw over the slots and tries the drawn one; a slot
 * whose entry does not apply hands over to the next in turn, so one pass finds a mutation without
 * redrawing. `drawOne` is the single draw alone, for tables whose entries always apply or whose
 * caller redraws. Containers keep one token class each, so the undo path stays monomorphic.
 */
import type { Rng } from './rng.js';

/** what every table entry has: a name (for tests and reading) and a weight */
export interface Weighted {
  readonly name: string;
  /** relative weight, a positive integer; @defaultValue 1 */
  readonly weight?: number;
}

export interface Mutation<Self, V, Cache, Token> extends Weighted {
  apply(self: Self, value: V, cache: Cache, rng: Rng, maxCplx: number): Token | undefined;
}

/** a table's slots, as `mutationTable` expands them */
export type MutationTable<Self, V, Cache, Token> = readonly Mutation<Self, V, Cache, Token>[];

/** the slots of `entries`: each entry repeated `weight` times in a row, in the order listed */
export function mutationTable<E extends Weighted>(entries: readonly E[]): readonly E[] {
  const slots: E[] = [];
  for (const e of entries) {
    const w = e.weight ?? 1;
    if (!Number.isInteger(w) || w < 1) throw new RangeError(`mutation table: entry "${e.name}" has weight ${w}; weights are positive integers`);
    for (let i = 0; i < w; i++) slots.push(e);
  }
  return slots;
}

/** applies one mutation of `table` (see the file comment); undefined when none applies */
export function applyOneOf<Self, V, Cache, Token>(table: MutationTable<Self, V, Cache, Token>, self: Self, value: V, cache: Cache, rng: Rng, maxCplx: number): Token | undefined {
  const n = table.length;
  const first = rng.below(n);
  for (let k = 0; k < n; k++) {
    const t = table[(first + k) % n]!.apply(self, value, cache, rng, maxCplx);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** the entry of one uniform draw over `slots` (one `rng.below(slots.length)`) */
export function drawOne<E>(slots: readonly E[], rng: Rng): E {
  return slots[rng.below(slots.length)]!;
}
