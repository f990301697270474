// The input of the lru_map target (bench/real/lru-map/fuzz.ts): a capacity and a sequence of
// calls on one LRUMap — set, get, find (no recency update), has, delete, shift — over a few small
// integer keys, so calls hit the same entries again and capacity evictions happen.

/** @type uint32 @maximum 7 */
export type Key = number;

export type Call =
  | { op: 'set'; key: Key; /** @type int32 */ value: number }
  | { op: 'get'; key: Key }
  | { op: 'find'; key: Key }
  | { op: 'has'; key: Key }
  | { op: 'delete'; key: Key }
  | { op: 'shift' };

export interface Session {
  /** @type uint32 @minimum 1 @maximum 4 */
  limit: number;
  /** @maxItems 16 */
  calls: Call[];
}
