// The input of the flat target (bench/real/flat/fuzz.ts): a flattened object as flat's
// `unflatten` takes it — keys that are dotted paths (`{ 'a.b': 1 }` becomes `{ a: { b: 1 } }`),
// scalar values, and unflatten's documented boolean options. Only the grammar is described; no
// prototype key is named here.

/** @maxLength 12 */
export type Segment = string;

export type Scalar = string | number | boolean | null;

export interface Entry {
  /** @minItems 1 @maxItems 4 */
  path: Segment[];
  value: Scalar;
}

export interface UnflattenInput {
  /** @maxItems 6 */
  entries: Entry[];
  /** keep numeric keys as object keys instead of making arrays */
  object: boolean;
  /** let later keys replace earlier non-object values */
  overwrite: boolean;
}

/** the flattened object: each entry's path joined with flat's default delimiter '.' */
export function toFlat(input: UnflattenInput): Record<string, Scalar> {
  return Object.fromEntries(input.entries.map((e) => [e.path.join('.'), e.value]));
}
