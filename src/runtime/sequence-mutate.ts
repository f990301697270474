/**
 * Mutations of a call sequence, each keeping it valid: mutate a call's other fields (through
 * its member mutator, never touching resource fields or the tag), insert a call of a kind
 * already present with ids live at that point, delete a call, move a call, retarget one
 * reference, and toggle the swarm by one kind (enable: insert a call of an absent kind;
 * disable: remove every call of one kind). Structural edits go through `repairTail`.
 */
import { EPS } from './budget.js';
import type { Mutated } from './mutator.js';
import type { Rng } from './rng.js';
import { available, apply } from './sequence-kinds.js';
import { prefix, push, repairTail, scopeAt, undoLog, type Entries } from './sequence-repair.js';
import type { SequenceCache, SequenceMutator } from './sequence.js';

type Obj = Record<string, unknown>;
type Seq = SequenceMutator<object>;

export type SequenceToken =
  | { op: 0 }
  | { op: 1; i: number; t: unknown; cx: number; sum: number }
  | { op: 2; calls: Obj[]; kinds: number[]; caches: unknown[]; cplx: number[]; sum: number; counts: number[]; log: unknown[] };

const NOOP: SequenceToken = { op: 0 };
const TRIES = 8;

export function mutateSequence(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number): Mutated<Obj[], SequenceToken> {
  for (let t = 0; t < TRIES; t++) {
    const r = rng.below(100);
    let token: SequenceToken | undefined;
    if (r < 35) token = member(seq, value, cache, rng, maxCplx);
    else {
      const log: unknown[] = [];
      const out = r < 55 ? insert(seq, value, cache, rng, maxCplx, log, -1) : r < 68 ? remove(seq, value, cache, rng, log) : r < 80 ? retarget(seq, value, cache, rng, log) : r < 90 ? move(seq, value, cache, rng, log) : toggle(seq, value, cache, rng, maxCplx, log);
      if (out !== undefined) {
        const before = cache.sum;
        token = commit(seq, value, cache, out, log);
        if ((cache.sum > maxCplx + EPS && cache.sum > before) || value.length < seq.minItems || value.length > seq.maxItems) {
          undoSequence(seq, value, cache, token);
          token = undefined;
        }
      } else undoLog(log);
    }
    if (token !== undefined) return { value, token, complexity: cache.sum };
  }
  return { value, token: NOOP, complexity: cache.sum };
}

export function undoSequence(seq: Seq, value: Obj[], cache: SequenceCache, token: SequenceToken): void {
  if (token.op === 0) return;
  if (token.op === 1) {
    const m = seq.kinds[cache.kinds[token.i]!]!.m;
    value[token.i] = m.unmutate(value[token.i], cache.caches[token.i], token.t) as Obj;
    cache.cplx[token.i] = token.cx;
    cache.sum = token.sum;
    return;
  }
  undoLog(token.log);
  value.length = 0;
  for (const c of token.calls) value.push(c);
  cache.kinds = token.kinds;
  cache.caches = token.caches;
  cache.cplx = token.cplx;
  cache.sum = token.sum;
  cache.counts = token.counts;
}

function entries(value: Obj[], cache: SequenceCache): Entries {
  return { calls: value, kinds: cache.kinds, caches: cache.caches, cplx: cache.cplx };
}

/** installs `out` as the new value and cache; returns the token that restores the old ones */
function commit(seq: Seq, value: Obj[], cache: SequenceCache, out: Entries, log: unknown[]): SequenceToken {
  const token: SequenceToken = { op: 2, calls: value.slice(), kinds: cache.kinds, caches: cache.caches, cplx: cache.cplx, sum: cache.sum, counts: cache.counts, log };
  value.length = 0;
  for (const c of out.calls) value.push(c);
  const counts = new Array<number>(seq.kinds.length).fill(0);
  let sum = 0;
  for (let i = 0; i < out.kinds.length; i++) {
    counts[out.kinds[i]!]!++;
    sum += out.cplx[i]!;
  }
  cache.kinds = out.kinds;
  cache.caches = out.caches;
  cache.cplx = out.cplx;
  cache.sum = sum;
  cache.counts = counts;
  return token;
}

/** the calls from `from` on, in a new order given by `order` (indices into the old value) */
function tailOf(e: Entries, order: readonly number[]): Entries {
  return { calls: order.map((i) => e.calls[i]!), kinds: order.map((i) => e.kinds[i]!), caches: order.map((i) => e.caches[i]), cplx: order.map((i) => e.cplx[i]!) };
}

/** a kind that neither creates nor drops: inserting or removing one of its calls needs no repair */
function inert(seq: Seq, k: number): boolean {
  const kind = seq.kinds[k]!;
  return kind.creates.length === 0 && kind.drops.length === 0;
}

/** copies of the entries with `del` removed at p and an optional new entry inserted there */
function spliced(e: Entries, p: number, del: number, call?: Obj, k?: number, c?: unknown, cx?: number): Entries {
  const out: Entries = { calls: e.calls.slice(), kinds: e.kinds.slice(), caches: e.caches.slice(), cplx: e.cplx.slice() };
  if (call === undefined) {
    out.calls.splice(p, del);
    out.kinds.splice(p, del);
    out.caches.splice(p, del);
    out.cplx.splice(p, del);
  } else {
    out.calls.splice(p, del, call);
    out.kinds.splice(p, del, k!);
    out.caches.splice(p, del, c);
    out.cplx.splice(p, del, cx!);
  }
  return out;
}

function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let i = a; i < b; i++) r.push(i);
  return r;
}

/** rebuild: prefix [0, from), then the old calls listed in `order`, repaired */
function rebuild(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, from: number, order: number[], log: unknown[], dirty: Obj | null): Entries {
  const e = entries(value, cache);
  const scope = scopeAt(seq, value, cache.kinds, from);
  const out = prefix(e, from);
  repairTail(seq, tailOf(e, order), scope, scope.next, rng, out, log, dirty);
  return out;
}

function member(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number): SequenceToken | undefined {
  if (value.length === 0) return undefined;
  const i = rng.below(value.length);
  const kind = seq.kinds[cache.kinds[i]!]!;
  const call = value[i]!;
  const fixed = kind.fixed.map((f) => call[f]);
  const others = cache.sum - cache.cplx[i]!;
  for (let t = 0; t < 4; t++) {
    const r = kind.m.randomMutate(call, cache.caches[i], rng, maxCplx - others - seq.perCall);
    const v = r.value as Obj;
    let same = typeof v === 'object' && v !== null;
    for (let j = 0; same && j < fixed.length; j++) same = Object.is(v[kind.fixed[j]!], fixed[j]);
    const cx = r.complexity + seq.perCall;
    if (same && (others + cx <= maxCplx + EPS || cx <= cache.cplx[i]!)) {
      const token: SequenceToken = { op: 1, i, t: r.token, cx: cache.cplx[i]!, sum: cache.sum };
      value[i] = v;
      cache.cplx[i] = cx;
      cache.sum = others + cx;
      return token;
    }
    kind.m.unmutate(r.value, cache.caches[i], r.token);
  }
  return undefined;
}

/** inserts a call (of kind `only`, or of a kind already present) where its resources are live */
function insert(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, log: unknown[], only: number, at = -1): Entries | undefined {
  if (value.length >= seq.maxItems) return undefined;
  const p = at >= 0 ? at : rng.int(0, value.length);
  const scope = scopeAt(seq, value, cache.kinds, p);
  const base = scope.next;
  const budget = maxCplx - cache.sum;
  let k = only;
  if (k < 0) {
    const on = value.length === 0 ? null : Uint8Array.from(cache.counts, (c) => (c > 0 ? 1 : 0));
    k = seq.pickKind(rng, scope, on, budget);
    if (k < 0) return undefined;
  }
  const made = seq.makeCall(k, rng, scope, budget - seq.perCall);
  const e = entries(value, cache);
  if (inert(seq, k)) return spliced(e, p, 0, made.call, k, made.c, made.cx);
  const out = prefix(e, p);
  push(out, made.call, k, made.c, made.cx);
  repairTail(seq, tailOf(e, range(p, value.length)), scope, base, rng, out, log, null);
  return out;
}

function remove(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
  if (value.length <= seq.minItems) return undefined;
  const p = rng.below(value.length);
  if (inert(seq, cache.kinds[p]!)) return spliced(entries(value, cache), p, 1);
  return rebuild(seq, value, cache, rng, p, range(p + 1, value.length), log, null);
}

function move(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
  if (value.length < 2) return undefined;
  const i = rng.below(value.length);
  let j = rng.below(value.length - 1);
  if (j >= i) j++;
  const order = range(0, value.length);
  order.splice(i, 1);
  order.splice(j, 0, i);
  const from = Math.min(i, j);
  return rebuild(seq, value, cache, rng, from, order.slice(from), log, null);
}

function retarget(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
  if (value.length === 0) return undefined;
  for (let t = 0; t < 4; t++) {
    const i = rng.below(value.length);
    const kind = seq.kinds[cache.kinds[i]!]!;
    const nu = kind.uses.length;
    const nrefs = nu + kind.drops.length;
    if (nrefs === 0) continue;
    const q = rng.below(nrefs);
    const [f, r] = q < nu ? kind.uses[q]! : kind.drops[q - nu]!;
    const call = value[i]!;
    const scope = scopeAt(seq, value, cache.kinds, i);
    const id = scope.pickOther(r, rng, [call[f] as number]);
    if (id < 0) continue;
    log.push(call, f, call[f]);
    call[f] = id;
    return rebuild(seq, value, cache, rng, i, range(i, value.length), log, call);
  }
  return undefined;
}

/** enable one absent kind (insert one call of it) or disable one present kind (remove its calls) */
function toggle(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, log: unknown[]): Entries | undefined {
  const present: number[] = [];
  const absent: number[] = [];
  cache.counts.forEach((c, k) => (c > 0 ? present : seq.weights[k]! > 0 ? absent : []).push(k));
  if (absent.length > 0 && (present.length < 2 || rng.bool())) {
    const k = absent[rng.below(absent.length)]!;
    // positions where k's resources are live
    const where: number[] = [];
    const scope = seq.newScope();
    for (let q = 0; q <= value.length; q++) {
      if (available(seq.kinds[k]!, scope)) where.push(q);
      if (q < value.length) apply(seq.kinds[cache.kinds[q]!]!, value[q]!, scope);
    }
    if (where.length === 0) return undefined;
    return insert(seq, value, cache, rng, maxCplx, log, k, where[rng.below(where.length)]!);
  }
  if (present.length < 2) return undefined;
  const k = present[rng.below(present.length)]!;
  const from = cache.kinds.indexOf(k);
  const order = range(from, value.length).filter((i) => cache.kinds[i] !== k);
  return rebuild(seq, value, cache, rng, from, order, log, null);
}
