/**
 * The structural byte layout: how `fromBytes` reads, and `toBytes` writes, a value whose mutator
 * tree is made of the common combinators (object, array, union, optional, literals, integer,
 * number, boolean, constant, lazy, swarmScope, and plain strings: no pattern or format). Other
 * trees keep the Rng-driven path (from-bytes.ts) and the embedded JSON form (to-bytes.ts).
 *
 * Why two streams: libFuzzer edits bytes, and through the Rng path one inserted byte shifted
 * every later draw, so a length or a union tag became a field's content and the shape fell apart.
 * Here every structural choice (union alternative, array length, optional presence, a number's
 * integer-or-double kind) is a byte read from the back of the data, and every scalar is a fixed
 * number of bytes read from the front, little-endian and in its own value's bits where it can be
 * (an int32 is its two's complement, so libFuzzer's compare-derived words land as the value). An
 * overwritten scalar byte changes that scalar only, an overwritten structural byte changes one
 * choice; an insertion or deletion shifts the one stream it falls in, never the other. Length
 * prefixes per field would make that stream self-delimiting too, but cost a byte per scalar and
 * give a fuzzer one more way to break the shape. Exhausted streams read zeros: the first literal,
 * the cheapest alternative, the shortest array, no optional field, so short inputs stay small.
 * A plain string is its text in UTF-8 in the front stream, ended by a 0 byte (byte-text.ts).
 * An array element the data runs out in is left out, though (beyond the minimum count): every
 * element a decoded value has is spelled by bytes of the input. Otherwise libFuzzer, which
 * keeps the shortest input with the same coverage, erases the bytes of the last elements'
 * trailing scalars (they read as zeros anyway), and a word it later takes from a comparison or
 * its dictionary has no bytes to overwrite: it would have to be inserted exactly where the
 * streams meet.
 * The decoder keeps to the complexity budget as generation does (arrays stop, optional fields
 * stay absent, a union falls back to its cheapest alternative); the encoder writes the very
 * bytes the decoder reads, padded in the middle (read by neither stream) up to the budget.
 */
import type { AnyMutator } from '../core/mutator.js';
import { ArrayMutator } from '../array/array.js';
import { ObjectMutator } from '../object/object.js';
import { UnionMutator } from '../union/union.js';
import { SwarmScope } from '../union/swarm-scope.js';
import { LazyMutator } from '../wrap/lazy.js';
import { OptionMutator } from '../wrap/optional.js';
import { LiteralsMutator } from '../scalars/literals.js';
import { IntegerMutator } from '../scalars/integer.js';
import { NumberMutator } from '../scalars/number.js';
import { ConstantMutator } from '../scalars/constant.js';
import { boolean } from '../scalars/boolean.js';
import { StringMutator } from '../string/string.js';
import { readScalar, scalarKind, writeScalar } from './byte-scalars.js';
import { Bail, LayoutReader, LayoutWriter } from './byte-streams.js';
import { decString, encString } from './byte-text.js';

type M = AnyMutator<unknown>;
const EPS = 1e-9;
/** deeper than this (a lazy recursion on adversarial bytes) the layout gives up: the Rng path decodes */
const MAX_DEPTH = 200;
const BOOLEAN = boolean() as M;

/** The complexity budget `fromBytes` gives `data`: 8 bits per byte, within [min, maxComplexity]. */
export function byteBudget(mutator: M, length: number, maxComplexity: number): number {
  return Math.max(mutator.minComplexity(), Math.min(maxComplexity, 8 * length));
}

/** the mutator a wrapper forwards to, when it changes nothing about the values */
function unwrap(m: M): M {
  while (m instanceof SwarmScope) m = m.inner as M;
  return m;
}

const supportMemo = new WeakMap<object, boolean>();

/** true when every mutator in the tree has a layout (recursion through lazy is fine) */
export function hasLayout(m: M, seen = new Set<object>()): boolean {
  const known = supportMemo.get(m);
  if (known !== undefined) return known;
  if (seen.has(m)) return true;
  const top = seen.size === 0;
  seen.add(m);
  const u = unwrap(m);
  let ok: boolean;
  if (u instanceof LazyMutator) ok = hasLayout(u.m as M, seen);
  else if (u instanceof ObjectMutator) ok = u.keyMutator === null && u.fieldMutators.every((f) => hasLayout(f, seen));
  else if (u instanceof ArrayMutator) ok = !u.unique && hasLayout(u.elem as M, seen);
  else if (u instanceof UnionMutator) ok = u.alts.every((a) => hasLayout(a as M, seen));
  else if (u instanceof OptionMutator) ok = hasLayout(u.inner as M, seen);
  else if (u instanceof StringMutator) ok = u.lang === null;
  else ok = u instanceof ConstantMutator || u === BOOLEAN || scalarKind(u) !== undefined;
  // inside a cycle a true is provisional (it assumed the cycle's start): only the top's is kept
  if (top || !ok) supportMemo.set(m, ok);
  return ok;
}

/** true when a layout tree has a plain string leaf: its text is in the bytes, as UTF-8 */
export function layoutHasText(m: M, seen = new Set<object>()): boolean {
  if (seen.has(m)) return false;
  seen.add(m);
  const u = unwrap(m);
  if (u instanceof StringMutator) return u.lang === null;
  if (u instanceof LazyMutator) return layoutHasText(u.m as M, seen);
  if (u instanceof ObjectMutator) return u.fieldMutators.some((f) => layoutHasText(f, seen));
  if (u instanceof ArrayMutator) return layoutHasText(u.elem as M, seen);
  if (u instanceof UnionMutator) return u.alts.some((a) => layoutHasText(a as M, seen));
  if (u instanceof OptionMutator) return layoutHasText(u.inner as M, seen);
  return false;
}

/** alternatives by minimum complexity (stable): choice 0 is the cheapest */
const rankMemo = new WeakMap<object, number[]>();
function ranked(u: UnionMutator<unknown>): number[] {
  let r = rankMemo.get(u);
  if (r === undefined) {
    const mins = u.alts.map((a) => a.minComplexity());
    r = mins.map((_, i) => i).sort((a, b) => mins[a]! - mins[b]! || a - b);
    rankMemo.set(u, r);
  }
  return r;
}

function cx(m: M, v: unknown): number {
  const c = m.validateValue(v);
  if (c === undefined) throw new Bail();
  return m.complexity(v, c);
}

/** decodes one value of `m` within `budget`; its complexity goes to out[0] */
function dec(m: M, r: LayoutReader, budget: number, depth: number, out: number[]): unknown {
  const u = unwrap(m);
  if (u instanceof LazyMutator) {
    if (depth > MAX_DEPTH) throw new Bail();
    return dec(u.m as M, r, budget, depth + 1, out);
  }
  if (u instanceof ObjectMutator) {
    const n = u.keys.length;
    const mins = u.fieldMutators.map((f) => f.minComplexity());
    let slack = budget - u.optionalCount;
    for (let i = 0; i < n; i++) if (!u.isOptional[i]) slack -= mins[i]!;
    const present = u.isOptional.map((o, i) => {
      if (!o) return true;
      const bit = (r.t() & 1) === 1;
      if (bit && mins[i]! <= slack + EPS) {
        slack -= mins[i]!;
        return true;
      }
      return false;
    });
    const o: Record<string, unknown> = {};
    let c = u.optionalCount;
    for (let i = 0; i < n; i++) {
      if (!present[i]) continue;
      const key = u.keys[i]!;
      const v = dec(u.fieldMutators[i]!, r, mins[i]! + Math.max(0, slack), depth, out);
      if (key === '__proto__') Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
      else o[key] = v;
      slack -= out[0]! - mins[i]!;
      c += out[0]!;
    }
    out[0] = c;
    return o;
  }
  if (u instanceof ArrayMutator) {
    const span = u.maxItems - u.minItems;
    const want = u.minItems + (span === 0 ? 0 : r.choice(Math.min(span, 2 ** 32) + 1));
    const unit = (u.elem as M).minComplexity() + u.lengthBits;
    const xs: unknown[] = [];
    let used = 0;
    for (let i = 0; i < want; i++) {
      if (i >= u.minItems && used + unit > budget + EPS) break;
      const reserve = Math.max(0, u.minItems - i - 1) * unit;
      const short = r.short;
      const x = dec(u.elem as M, r, budget - used - reserve - u.lengthBits, depth, out);
      // an element the data ran out in is left out (beyond minItems): see the header
      // (the dropped element's reads are not the enclosing element's: it may keep this array)
      if (r.short > short && i >= u.minItems) {
        r.short = short;
        break;
      }
      xs.push(x);
      used += out[0]! + u.lengthBits;
    }
    out[0] = used;
    return xs;
  }
  if (u instanceof UnionMutator) {
    const order = ranked(u as UnionMutator<unknown>);
    let i = order[r.choice(u.n)]!;
    const inner = budget - u.bits;
    if ((u.alts[i] as M).minComplexity() > inner + EPS) i = order[0]!;
    const v = dec(u.alts[i] as M, r, inner, depth, out);
    out[0] = cx(u as M, v);
    return v;
  }
  if (u instanceof OptionMutator) {
    const some = (r.t() & 1) === 1 && 1 + (u.inner as M).minComplexity() <= budget + EPS;
    if (!some) {
      out[0] = 1;
      return u.none;
    }
    const v = dec(u.inner as M, r, budget - 1, depth, out);
    out[0] += 1;
    return v;
  }
  if (u instanceof ConstantMutator) {
    out[0] = 0;
    return (u as M).orderedArbitrary(u.defaultArbitraryStep(), Infinity)!.value;
  }
  if (u === BOOLEAN) {
    out[0] = 1;
    return (r.s() & 1) === 1;
  }
  if (u instanceof StringMutator) {
    const v = decString(u, r, budget);
    out[0] = cx(u as M, v);
    return v;
  }
  const v = readScalar(u, r);
  out[0] = cx(u, v);
  return v;
}

function enc(m: M, v: unknown, w: LayoutWriter): void {
  const u = unwrap(m);
  if (u instanceof LazyMutator) return enc(u.m as M, v, w);
  if (u instanceof ObjectMutator) {
    const o = v as Record<string, unknown>;
    const has = u.keys.map((k) => Object.prototype.hasOwnProperty.call(o, k));
    for (let i = 0; i < u.keys.length; i++) if (u.isOptional[i]) w.t.push(has[i] ? 1 : 0);
    for (let i = 0; i < u.keys.length; i++) if (has[i]) enc(u.fieldMutators[i]!, o[u.keys[i]!], w);
    return;
  }
  if (u instanceof ArrayMutator) {
    const xs = v as unknown[];
    const span = u.maxItems - u.minItems;
    if (span > 0) {
      if (xs.length - u.minItems > 2 ** 32) throw new Bail();
      w.choice(xs.length - u.minItems, Math.min(span, 2 ** 32) + 1);
    }
    for (const x of xs) enc(u.elem as M, x, w);
    return;
  }
  if (u instanceof UnionMutator) {
    const cache = u.validateValue(v);
    if (cache === undefined) throw new Bail();
    w.choice(ranked(u as UnionMutator<unknown>).indexOf(cache.alt), u.n);
    return enc(u.alts[cache.alt] as M, v, w);
  }
  if (u instanceof OptionMutator) {
    const cache = u.validateValue(v);
    if (cache === undefined) throw new Bail();
    w.t.push(cache.some ? 1 : 0);
    if (cache.some) enc(u.inner as M, v, w);
    return;
  }
  if (u instanceof ConstantMutator) return;
  if (u === BOOLEAN) {
    w.s.push(v === true ? 1 : 0);
    return;
  }
  if (u instanceof StringMutator) return encString(u, v as string, w);
  if (!writeScalar(u, v, w)) throw new Bail();
}

/** the value `data` decodes to within `budget`, or undefined when the tree has no layout or it fails */
export function layoutDecode(m: M, data: Uint8Array, budget: number): { value: unknown } | undefined {
  if (!hasLayout(m)) return undefined;
  try {
    const value = dec(m, new LayoutReader(data), budget, 0, [0]);
    return cx(m, value) <= budget + 1e-6 ? { value } : undefined;
  } catch (e) {
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * The layout bytes of `value` (complexity `c`): scalars, zero padding up to the budget the
 * decoder needs (ceil(c / 8) bytes), then the choices reversed. undefined: no layout.
 */
export function layoutEncode(m: M, value: unknown, c: number): Uint8Array | undefined {
  if (!hasLayout(m)) return undefined;
  const w = new LayoutWriter();
  try {
    enc(m, value, w);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
  const n = Math.max(w.s.length + w.t.length, Math.ceil(c / 8 - 1e-9));
  const bytes = new Uint8Array(n);
  bytes.set(w.s, 0);
  for (let i = 0; i < w.t.length; i++) bytes[n - 1 - i] = w.t[i]!;
  return bytes;
}
