/**
 * Shrink candidates for any mutator, ordered from the most to the least aggressive, each valid
 * (`validateValue`) and strictly smaller than the value in the order
 *   complexity (a drop of more than 1e-9), then `magnitude` (numbers nearer 0, false before true),
 *   then the length of the printed form (`valueKey`),
 * where the tie-breaks apply only when complexity does not grow. Complexity then never grows and
 * drops a bounded number of times, and between drops the two natural numbers decrease, so
 * repeated shrinking always ends.
 *
 * Sources, in order: the mutator's smallest values (`orderedArbitrary`); structural cuts of the
 * value (drop array items and object keys, replace a node by a sub-node of the same kind, move
 * numbers towards 0 by halving the distance, shorten strings, turn true into false), kept only
 * when the mutator accepts them; then the mutator's own mutations (`orderedMutate` and seeded
 * `randomMutate`).
 */
import type { AnyMutator } from '../runtime/core/mutator.js';
import { createRng } from '../runtime/core/rng.js';
import { deepClone, valueKey } from '../runtime/core/values.js';
import { magnitude } from './magnitude.js';

export interface ShrinkOptions {
  /** smallest values tried first (default 4) */
  smallest?: number;
  /** mutations tried (default 48) */
  mutations?: number;
}

const DROP = 1e-9;

type Container = unknown[] | Record<string, unknown>;

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function children(v: Container): Array<[string | number, unknown]> {
  return Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.keys(v).map((k) => [k, v[k]]);
}

/** every node of the value reachable through arrays and plain objects, outermost first */
function nodes(root: unknown): Array<{ path: Array<string | number>; node: unknown }> {
  const queue: Array<{ path: Array<string | number>; node: unknown }> = [{ path: [], node: root }];
  for (let i = 0; i < queue.length; i++) {
    const { path, node } = queue[i]!;
    if (Array.isArray(node) || isPlain(node)) for (const [k, x] of children(node)) queue.push({ path: [...path, k], node: x });
  }
  return queue;
}

/** smaller versions of a leaf: numbers towards 0 (halving the distance), shorter strings, false */
function* leafCuts(x: unknown): Generator<unknown> {
  if (typeof x === 'number') {
    if (!Number.isFinite(x) || Object.is(x, -0)) {
      yield 0;
    } else if (!Number.isInteger(x)) {
      yield 0;
      yield Math.trunc(x);
    } else if (x !== 0) {
      yield 0;
      if (x < 0) yield -x;
      for (let d = Math.trunc(x / 2); d !== 0; d = Math.trunc(d / 2)) yield x - d;
    }
  } else if (typeof x === 'bigint') {
    if (x !== 0n) yield 0n;
    for (let d = x / 2n; d !== 0n; d /= 2n) yield x - d;
  } else if (typeof x === 'string' && x.length > 0) {
    yield '';
    yield x.slice(0, x.length >> 1);
    yield x.slice(x.length >> 1);
    for (let i = 0; i < Math.min(x.length, 16); i++) yield x.slice(0, i) + x.slice(i + 1);
  } else if (x === true) {
    yield false;
  }
}

/** a copy of root with the node at `path` replaced by `replacement` */
function replaceAt(root: unknown, path: ReadonlyArray<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return deepClone(replacement);
  const copy = deepClone(root) as Container;
  let node = copy as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]!] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = deepClone(replacement);
  return copy;
}

function* structural(root: unknown): Generator<unknown> {
  const all = nodes(root);
  for (const { path, node } of all) {
    if (!Array.isArray(node) && !isPlain(node)) continue;
    // replace the node by one of its sub-nodes of the same kind (a subtree for its tree)
    for (const [, x] of children(node)) if (Array.isArray(x) === Array.isArray(node) && (Array.isArray(x) || isPlain(x))) yield replaceAt(root, path, x);
    if (Array.isArray(node)) {
      if (node.length > 1) {
        yield replaceAt(root, path, []);
        yield replaceAt(root, path, node.slice(0, node.length >> 1));
        yield replaceAt(root, path, node.slice(node.length >> 1));
      }
      for (let i = 0; i < node.length; i++) yield replaceAt(root, path, [...node.slice(0, i), ...node.slice(i + 1)]);
    } else {
      for (const k of Object.keys(node)) {
        const { [k]: _, ...rest } = node;
        yield replaceAt(root, path, rest);
      }
    }
  }
  for (const { path, node } of all) for (const x of leafCuts(node)) yield replaceAt(root, path, x);
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function* mutations<T>(m: AnyMutator<T>, value: T, budget: number, count: number, seed: number): Generator<unknown> {
  let current = deepClone(value);
  const cache = m.validateValue(current);
  if (cache === undefined) return;
  const step = m.defaultMutationStep(current, cache);
  const rng = createRng(seed);
  for (let k = 0; k < count; k++) {
    const r = k % 2 === 0 ? m.orderedMutate(current, cache, step, rng, budget) : m.randomMutate(current, cache, rng, budget);
    if (r === undefined) continue;
    const candidate = deepClone(r.value);
    current = m.unmutate(r.value, cache, r.token);
    yield candidate;
  }
}

/** Lazily yields valid values strictly smaller than `value` (see the file comment). */
export function* shrinkCandidates<T>(m: AnyMutator<T>, value: T, options: ShrinkOptions = {}): Generator<T> {
  const cache = m.validateValue(value);
  if (cache === undefined) return;
  const c = m.complexity(value, cache);
  const key = valueKey(value);
  const mag = magnitude(value);
  const seen = new Set<string>([key]);
  const smaller = (x: unknown): x is T => {
    const k = valueKey(x);
    if (seen.has(k)) return false;
    seen.add(k);
    let xc: unknown;
    try {
      xc = m.validateValue(x as T);
    } catch {
      return false;
    }
    if (xc === undefined) return false;
    const cc = m.complexity(x as T, xc);
    if (cc < c - DROP) return true;
    if (cc > c) return false;
    const m2 = magnitude(x);
    return m2 < mag || (m2 === mag && k.length < key.length);
  };

  const step = m.defaultArbitraryStep();
  for (let i = 0; i < (options.smallest ?? 4); i++) {
    const g = m.orderedArbitrary(step, c);
    if (g === undefined) break;
    if (smaller(g.value)) yield g.value;
  }
  for (const x of structural(value)) if (smaller(x)) yield x;
  for (const x of mutations(m, value, c, options.mutations ?? 48, hashString(key))) if (smaller(x)) yield x;
}
