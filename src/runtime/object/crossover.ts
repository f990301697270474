/**
 * Crossover support of `object`: enumerate sub-values (present fields, index-entry values) and
 * splice one from another input into a field, or recurse into the field's own crossover.
 */
import type { AnyMutator, SubValueProvider } from '../core/mutator.js';
import { ObjectToken, setProp, type ObjectCache } from './undo.js';
import type { Rng } from '../core/rng.js';

type Obj = Record<string, unknown>;

interface Fields {
  readonly keys: string[];
  readonly fieldMutators: AnyMutator<unknown>[];
  readonly valueMutator: AnyMutator<unknown> | null;
}

export function visitObject(s: Fields, o: Obj, cache: ObjectCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
  for (let i = 0; i < s.keys.length; i++) {
    const f = cache.f[i];
    if (f === undefined) continue;
    const v = o[s.keys[i]!];
    visit(v, s.fieldMutators[i]!, s.fieldMutators[i]!.complexity(v, f));
    s.fieldMutators[i]!.visitSubValues?.(v, f, visit);
  }
  if (cache.indexKeys === null) return;
  const valueMutator = s.valueMutator!;
  for (let j = 0; j < cache.indexKeys.length; j++) {
    const v = o[cache.indexKeys[j]!];
    visit(v, valueMutator, valueMutator.complexity(v, cache.vc![j]));
    valueMutator.visitSubValues?.(v, cache.vc![j], visit);
  }
}

/** `room` = budget left above the object's current complexity. */
export function crossoverObject(s: Fields, o: Obj, cache: ObjectCache, provider: SubValueProvider, rng: Rng, room: number): ObjectToken | undefined {
  const n = s.keys.length;
  if (n === 0) return undefined;
  const i = rng.below(n);
  const k = s.keys[i]!;
  const m = s.fieldMutators[i]!;
  const f = cache.f[i];
  const before = f === undefined ? 0 : m.complexity(o[k], f);
  const budget = room + before;
  const v = provider.get(m, rng, budget);
  if (v !== undefined) {
    const c = m.validateValue(v);
    if (c === undefined) return undefined;
    const t = ObjectToken.fieldSet(i, o[k], f, cache.sum);
    setProp(o, k, v);
    cache.f[i] = c;
    cache.sum = cache.sum - before + m.complexity(v, c);
    return t;
  }
  if (f === undefined || m.crossoverMutate === undefined) return undefined;
  const r = m.crossoverMutate(o[k], f, provider, rng, budget);
  if (r === undefined) return undefined;
  const t = ObjectToken.fieldMutated(i, r.token, cache.sum);
  setProp(o, k, r.value);
  cache.sum = cache.sum - before + r.complexity;
  return t;
}
