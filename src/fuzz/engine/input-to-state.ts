/**
 * Input-to-state replacement (Redqueen, NDSS 2019), for typed values instead of bytes. A pool
 * input is run once with its comparison operands recorded (its hints); later a leaf of a copy of
 * it that equals one operand of a hint (or a string leaf that contains it) is rewritten to the
 * other operand, numbers also to its two neighbours, and the copy is kept only when the mutator
 * validates it. A value the target compares its input against (a magic number, a keyword, a
 * checksum computed from the rest of the input) is then one execution away, where a random
 * mutation has to guess it and a dictionary draw has to pick it among every constant seen.
 */
import type { Rng } from '../../runtime/core/rng.js';
import { deepClone } from '../../runtime/core/values.js';

export type Operand = string | number;
export type Hint = readonly [Operand, Operand];

/** hints kept per pool input */
const MAX_HINTS = 256;
/** longer strings are not rewritten into (nor taken as a whole operand) */
const MAX_TEXT = 256;
/** draws of a hint and a leaf before giving up */
const TRIES = 8;

const operand = (v: unknown): v is Operand => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= MAX_TEXT);

/** the distinct operand pairs of one traced run (site, a, b triples, as the runtime records them) */
export function hintsFrom(ops: readonly unknown[]): Hint[] {
  const seen = new Set<string>();
  const out: Hint[] = [];
  for (let i = 0; i + 2 < ops.length && out.length < MAX_HINTS; i += 3) {
    const a = ops[i + 1];
    const b = ops[i + 2];
    if (!operand(a) || !operand(b) || Object.is(a, b) || a === '' || b === '') continue;
    const key = `${typeof a}${String(a)}\u0000${typeof b}${String(b)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a, b]);
  }
  return out;
}

interface Leaf {
  path: Array<string | number>;
  v: Operand;
}

function isPlain(x: object): boolean {
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}

/** the number and string leaves of `value`, in arrays and plain objects (Maps, Sets, class instances kept whole) */
function leaves(value: unknown): Leaf[] {
  const out: Leaf[] = [];
  const visit = (v: unknown, path: Array<string | number>): void => {
    if (operand(v)) out.push({ path, v });
    else if (typeof v === 'object' && v !== null && path.length < 32 && out.length < 4096) {
      if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
      else if (isPlain(v)) for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k], [...path, k]);
    }
  };
  visit(value, []);
  return out;
}

/** a copy of `value` with the leaf at `path` set to `next` */
function setAt(value: unknown, path: ReadonlyArray<string | number>, next: Operand): unknown {
  if (path.length === 0) return next;
  const copy = deepClone(value);
  let o = copy as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) o = o[path[i]!] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = next;
  return copy;
}

/** `to`, or a neighbour of it when it is an integer (comparisons by < and <= want one past it) */
function variant(to: Operand, rng: Rng): Operand {
  if (typeof to !== 'number' || !Number.isSafeInteger(to)) return to;
  const r = rng.below(4);
  return r === 0 ? to + 1 : r === 1 ? to - 1 : to;
}

/** what `leaf` becomes when `from` in it is replaced by `to`; undefined when `from` is not there */
function rewrite(leaf: Operand, from: Operand, to: Operand, rng: Rng): Operand | undefined {
  if (typeof leaf === 'number') {
    if (typeof from !== 'number' || !Object.is(leaf, from)) return undefined;
    const v = variant(to, rng);
    return typeof v === 'number' ? v : undefined;
  }
  const f = String(from);
  if (f === '') return undefined;
  const at = leaf === f ? 0 : leaf.indexOf(f);
  if (at < 0) return undefined;
  return leaf.slice(0, at) + String(variant(to, rng)) + leaf.slice(at + f.length);
}

/**
 * A copy of `value` with one leaf rewritten by one of `hints` (either direction), accepted by
 * `validate`; undefined when no draw gives one.
 */
export function rewriteByHints<T, C>(value: T, hints: readonly Hint[], rng: Rng, validate: (v: T) => C | undefined): { value: T; cache: C } | undefined {
  if (hints.length === 0) return undefined;
  const all = leaves(value);
  if (all.length === 0) return undefined;
  for (let t = 0; t < TRIES; t++) {
    const h = hints[rng.below(hints.length)]!;
    const [from, to] = rng.bool() ? [h[0], h[1]] : [h[1], h[0]];
    const hits: Array<{ leaf: Leaf; next: Operand }> = [];
    for (const leaf of all) {
      const next = rewrite(leaf.v, from, to, rng);
      if (next !== undefined && !Object.is(next, leaf.v)) hits.push({ leaf, next });
    }
    if (hits.length === 0) continue;
    const { leaf, next } = hits[rng.below(hits.length)]!;
    const v = setAt(value, leaf.path, next) as T;
    const cache = validate(v);
    if (cache !== undefined) return { value: v, cache };
  }
  return undefined;
}
