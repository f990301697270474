/**
 * A container's random mutations as a table, after fuzzcheck's vector mutations: each entry names
 * one mutation and applies it in place, returning the token its container's undo reverses, or
 * undefined when it does not apply to this value (too short, no room in the budget, a duplicate
 * key). One uniform draw picks the first entry; an entry that does not apply hands over to the
 * next in turn, so one pass finds a mutation without redrawing. An entry listed twice has twice
 * the weight. Containers keep one token class each, so the undo path stays monomorphic.
 */
import type { Rng } from './rng.js';

export interface Mutation<Self, V, Cache, Token> {
  readonly name: string;
  apply(self: Self, value: V, cache: Cache, rng: Rng, maxCplx: number): Token | undefined;
}

export type MutationTable<Self, V, Cache, Token> = readonly Mutation<Self, V, Cache, Token>[];

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
