/**
 * Cache, token and undo of `object`. Fields are addressed by their declaration index; index-
 * signature entries by their position in the cache's `indexKeys` list (which need not match the
 * object's own key order: integer-like keys are reordered by the engine).
 */
import type { AnyMutator } from '../core/mutator.js';

export interface ObjectCache {
  /** per declared field: its cache, undefined when the (optional) field is absent */
  f: unknown[];
  /** sum of the complexities of present fields and index entries (keys and values) */
  sum: number;
  /** index-signature entries: keys, key caches, value caches (null without an index) */
  indexKeys: string[] | null;
  kc: unknown[] | null;
  vc: unknown[] | null;
}

export enum ObjOp {
  None,
  Field,
  AddField,
  SetField,
  EntryValue,
  AddEntry,
  RemoveEntry,
}

/**
 * One shape for every token (a monomorphic undo path), made through the named constructors below,
 * one per mutation. `i` is a field index or an index-signature entry position; `sum` is the
 * cache's complexity sum before the change.
 */
export class ObjectToken {
  private constructor(
    readonly kind: ObjOp,
    readonly i: number,
    readonly inner: unknown,
    readonly v: unknown,
    readonly c: unknown,
    readonly sum: number,
    readonly key: string,
    readonly kc: unknown,
  ) {}
  /** field i mutated by its own mutator, whose token is `inner` */
  static fieldMutated(i: number, inner: unknown, sum: number): ObjectToken {
    return new ObjectToken(ObjOp.Field, i, inner, undefined, undefined, sum, '', undefined);
  }
  /** absent optional field i added */
  static fieldAdded(i: number, sum: number): ObjectToken {
    return new ObjectToken(ObjOp.AddField, i, undefined, undefined, undefined, sum, '', undefined);
  }
  /** field i set to another value or removed; `v`, `c` are its value and cache before */
  static fieldSet(i: number, v: unknown, c: unknown, sum: number): ObjectToken {
    return new ObjectToken(ObjOp.SetField, i, undefined, v, c, sum, '', undefined);
  }
  /** index-signature entry j's value mutated, with inner token `inner` */
  static entryMutated(j: number, inner: unknown, sum: number): ObjectToken {
    return new ObjectToken(ObjOp.EntryValue, j, inner, undefined, undefined, sum, '', undefined);
  }
  /** an index-signature entry added at position j */
  static entryAdded(j: number, sum: number): ObjectToken {
    return new ObjectToken(ObjOp.AddEntry, j, undefined, undefined, undefined, sum, '', undefined);
  }
  /** index-signature entry j (key `key` with cache `kc`, value `v` with cache `c`) removed */
  static entryRemoved(j: number, key: string, kc: unknown, v: unknown, c: unknown, sum: number): ObjectToken {
    return new ObjectToken(ObjOp.RemoveEntry, j, undefined, v, c, sum, key, kc);
  }
  static readonly NONE = new ObjectToken(ObjOp.None, 0, undefined, undefined, undefined, 0, '', undefined);
}

export const NO_CHANGE = ObjectToken.NONE;

type Obj = Record<string, unknown>;

/** Own data property, also for the key "__proto__" (which plain assignment would not create). */
export function setProp(o: Obj, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

export function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export function undoObject(keys: readonly string[], fieldMutators: readonly AnyMutator<unknown>[], valueMutator: AnyMutator<unknown> | null, o: Obj, cache: ObjectCache, t: ObjectToken): void {
  const i = t.i;
  switch (t.kind) {
    case ObjOp.None:
      return;
    case ObjOp.Field:
      o[keys[i]!] = fieldMutators[i]!.unmutate(o[keys[i]!], cache.f[i], t.inner);
      break;
    case ObjOp.AddField:
      delete o[keys[i]!];
      cache.f[i] = undefined;
      break;
    case ObjOp.SetField:
      // t.c undefined: the field was absent before
      if (t.c === undefined) delete o[keys[i]!];
      else setProp(o, keys[i]!, t.v);
      cache.f[i] = t.c;
      break;
    case ObjOp.EntryValue: {
      const k = cache.indexKeys![i]!;
      setProp(o, k, valueMutator!.unmutate(o[k], cache.vc![i], t.inner));
      break;
    }
    case ObjOp.AddEntry:
      delete o[cache.indexKeys![i]!];
      cache.indexKeys!.splice(i, 1);
      cache.kc!.splice(i, 1);
      cache.vc!.splice(i, 1);
      break;
    case ObjOp.RemoveEntry:
      setProp(o, t.key, t.v);
      cache.indexKeys!.splice(i, 0, t.key);
      cache.kc!.splice(i, 0, t.kc);
      cache.vc!.splice(i, 0, t.c);
      break;
  }
  cache.sum = t.sum;
}
