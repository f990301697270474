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

export class ObjectToken {
  constructor(
    readonly kind: ObjOp,
    readonly i: number,
    readonly inner: unknown,
    readonly v: unknown,
    readonly c: unknown,
    readonly sum: number,
    readonly key: string,
    readonly kc: unknown,
  ) {}
}

export const NO_CHANGE = new ObjectToken(ObjOp.None, 0, undefined, undefined, undefined, 0, '', undefined);

type Obj = Record<string, unknown>;

/** Own data property, also for the key "__proto__" (which plain assignment would not create). */
export function setProp(o: Obj, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

export function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export function undoObject(keys: readonly string[], ms: readonly AnyMutator<unknown>[], valueMutator: AnyMutator<unknown> | null, o: Obj, cache: ObjectCache, t: ObjectToken): void {
  const i = t.i;
  switch (t.kind) {
    case ObjOp.None:
      return;
    case ObjOp.Field:
      o[keys[i]!] = ms[i]!.unmutate(o[keys[i]!], cache.f[i], t.inner);
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
