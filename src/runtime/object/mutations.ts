/**
 * Random mutations of `object`, as a weighted table (see core/mutation-table.ts) built per mutator
 * by `objectMutations`: one entry per declared field (weight 1: mutate it when present, add it when
 * it is an absent optional one, remove an optional one a quarter of the time), then, with an index
 * signature, one entry of weight 1 + fields / 4 that adds an entry, removes one, or mutates an
 * entry's value.
 */
import { EPS, growthBudget } from '../core/budget.js';
import type { AnyMutator } from '../core/mutator.js';
import { hasOwn, NO_CHANGE, ObjectToken, setProp, type ObjectCache } from './undo.js';
import type { Rng } from '../core/rng.js';
import { applyOneOf, mutationTable, type Mutation, type MutationTable } from '../core/mutation-table.js';
import type { ObjectMutator } from './object.js';

type Obj = Record<string, unknown>;

/** what the mutations read of their ObjectMutator */
type Shape = Pick<ObjectMutator<object>, 'keys' | 'fieldMutators' | 'isOptional' | 'optionalCount' | 'declared' | 'keyMutator' | 'valueMutator' | 'complexity' | 'mutations'>;

function total(s: Shape, cache: ObjectCache): number {
  return cache.sum + s.optionalCount + (cache.indexKeys === null ? 0 : cache.indexKeys.length);
}

function field(s: Shape, o: Obj, cache: ObjectCache, i: number, rng: Rng, maxCplx: number): ObjectToken | undefined {
  const k = s.keys[i]!;
  const m = s.fieldMutators[i]!;
  const f = cache.f[i];
  if (f === undefined) {
    // absent optional field: add it
    const room = maxCplx - total(s, cache);
    if (room + EPS < m.minComplexity()) return undefined;
    const g = m.randomArbitrary(rng, growthBudget(room, m.minComplexity()));
    const c = m.validateValue(g.value);
    if (c === undefined) return undefined;
    const t = ObjectToken.fieldAdded(i, cache.sum);
    setProp(o, k, g.value);
    cache.f[i] = c;
    cache.sum += g.complexity;
    return t;
  }
  if (s.isOptional[i] && rng.below(4) === 0) {
    // present optional field: remove it
    const t = ObjectToken.fieldSet(i, o[k], f, cache.sum);
    cache.sum -= m.complexity(o[k], f);
    delete o[k];
    cache.f[i] = undefined;
    return t;
  }
  const before = m.complexity(o[k], f);
  const r = m.randomMutate(o[k], f, rng, maxCplx - total(s, cache) + before);
  const t = ObjectToken.fieldMutated(i, r.token, cache.sum);
  setProp(o, k, r.value);
  cache.sum = cache.sum - before + r.complexity;
  return t;
}

function entry(s: Shape, o: Obj, cache: ObjectCache, rng: Rng, maxCplx: number): ObjectToken | undefined {
  const keyMutator = s.keyMutator!;
  const valueMutator = s.valueMutator!;
  const indexKeys = cache.indexKeys!;
  const n = indexKeys.length;
  const op = n === 0 ? 0 : rng.below(3);
  if (op === 0) {
    const room = maxCplx - total(s, cache) - 1;
    const kMin = keyMutator.minComplexity();
    const vMin = valueMutator.minComplexity();
    if (room + EPS < kMin + vMin) return undefined;
    const kb = kMin + (room - kMin - vMin) / 2;
    const key = keyMutator.randomArbitrary(rng, kb);
    if (key.value === '__proto__' || s.declared.has(key.value) || hasOwn(o, key.value)) return undefined;
    const val = valueMutator.randomArbitrary(rng, room - key.complexity);
    const a = keyMutator.validateValue(key.value);
    const b = valueMutator.validateValue(val.value);
    if (a === undefined || b === undefined) return undefined;
    const j = rng.int(0, n);
    const t = ObjectToken.entryAdded(j, cache.sum);
    setProp(o, key.value, val.value);
    indexKeys.splice(j, 0, key.value);
    cache.kc!.splice(j, 0, a);
    cache.vc!.splice(j, 0, b);
    cache.sum += key.complexity + val.complexity;
    return t;
  }
  const j = rng.below(n);
  const k = indexKeys[j]!;
  if (op === 1) {
    const t = ObjectToken.entryRemoved(j, k, cache.kc![j], o[k], cache.vc![j], cache.sum);
    cache.sum -= keyMutator.complexity(k, cache.kc![j]) + valueMutator.complexity(o[k], cache.vc![j]);
    delete o[k];
    indexKeys.splice(j, 1);
    cache.kc!.splice(j, 1);
    cache.vc!.splice(j, 1);
    return t;
  }
  const before = valueMutator.complexity(o[k], cache.vc![j]);
  const r = valueMutator.randomMutate(o[k], cache.vc![j], rng, maxCplx - total(s, cache) + before);
  const t = ObjectToken.entryMutated(j, r.token, cache.sum);
  setProp(o, k, r.value);
  cache.sum = cache.sum - before + r.complexity;
  return t;
}

type ObjectMutation = Mutation<Shape, Obj, ObjectCache, ObjectToken>;
export type ObjectMutationTable = MutationTable<Shape, Obj, ObjectCache, ObjectToken>;

/** the entry of declared field i (one class for every field, so the table's call stays monomorphic) */
class FieldMutation implements ObjectMutation {
  constructor(
    readonly name: string,
    private readonly i: number,
  ) {}
  apply(s: Shape, o: Obj, cache: ObjectCache, rng: Rng, maxCplx: number): ObjectToken | undefined {
    return field(s, o, cache, this.i, rng, maxCplx);
  }
}

/** the random mutations of an object with these declared keys (and an index signature or not) */
export function objectMutations(keys: readonly string[], hasIndex: boolean): ObjectMutationTable {
  const entries: ObjectMutation[] = keys.map((k, i) => new FieldMutation(`field ${k}`, i));
  if (hasIndex) entries.push({ name: 'an index-signature entry', weight: 1 + (keys.length >> 2), apply: entry });
  return mutationTable(entries);
}

/** One random mutation in place; NO_CHANGE when the object has nothing to mutate. */
export function objectMutate(s: Shape, o: Obj, cache: ObjectCache, rng: Rng, maxCplx: number): ObjectToken {
  const table = s.mutations;
  if (table.length === 0) return NO_CHANGE;
  return applyOneOf(table, s, o, cache, rng, maxCplx) ?? NO_CHANGE;
}
