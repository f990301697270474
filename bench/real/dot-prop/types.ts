// The input of the dot-prop target (bench/real/dot-prop/fuzz.ts): a few `set(object, path,
// value)` calls on one fresh object, then `get`s, with paths written as dot-prop documents them
// (segments joined by '.', a literal dot escaped as '\.'). Only the grammar is described; no
// prototype key is named here.

/** @maxLength 12 */
export type Segment = string;

export interface SetCall {
  /** @minItems 1 @maxItems 4 */
  path: Segment[];
  value: string | number | boolean;
}

export interface DotPropInput {
  /** @minItems 1 @maxItems 4 */
  sets: SetCall[];
  /** @maxItems 2 */
  gets: Segment[][];
}

/** a dot-prop path string: segments joined by '.', dots inside a segment escaped */
export function toPath(segments: Segment[]): string {
  return segments.map((s) => s.replaceAll('.', '\\.')).join('.');
}
