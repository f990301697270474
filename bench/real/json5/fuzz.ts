// json5 <2.2.2 (2.2.1 pinned as json5-buggy, 2.2.2 as json5-fixed): `parse` assigned members
// with `obj[key] = value`, so a `"__proto__"` member replaced the object's prototype instead of
// becoming an own property (CVE-2022-46175, https://github.com/advisories/GHSA-9c47-m6qq-7p4h,
// https://github.com/json5/json5/issues/295). Oracle: a differential against JSON.parse on the
// same JSON text (JSON is a subset of JSON5) — same own keys, same prototypes, same values.
import buggy from 'json5-buggy';
import fixed_ from 'json5-fixed';
import { mutators, serializers } from '../../../generated/bench/real/json5/types.mutators.js';
import { packageTarget } from '../target.js';
import { toJson, type Document } from './types.js';

type Json5 = typeof buggy;

/** the first difference between two parsed values, as a path and what differs; undefined if none */
export function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path}: own keys [${ka.map(String).join(',')}] vs [${kb.map(String).join(',')}]`;
  for (const k of ka) {
    const d = difference((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

/** the test: JSON5.parse and JSON.parse of the document's text must agree */
export function check(json5: Json5, doc: Document): void {
  const text = toJson(doc);
  const d = difference(json5.parse(text), JSON.parse(text));
  if (d !== undefined) throw new Error(`JSON5.parse differs from JSON.parse on ${text}: ${d}`);
}

const target = packageTarget<Json5, Document>(mutators.Document(), serializers.Document, check);

export default target(buggy);
export const fixed = target(fixed_);
