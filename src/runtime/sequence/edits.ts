/**
 * Structural edits of a call sequence, each returning the rebuilt entries (or undefined when it
 * does not apply): insert a call where its resources are live (of a kind already present, of a
 * given kind, or a given call from another input), delete, move, retarget one reference, toggle
 * one kind of the sequence's swarm. Anything that may break later calls goes through
 * `repairTail`; calls that neither create nor drop are spliced directly.
 */
import { available, apply } from './kinds.js';
import { placeCall, makeCall, pickKind } from './generate.js';
import { prefix, push, repairTail, scopeAt, type Entries } from './repair.js';
import { entries } from './undo.js';
import type { Rng } from '../core/rng.js';
import type { Scope } from './scope.js';
import type { SequenceCache, SequenceMutator } from './sequence.js';

type Obj = Record<string, unknown>;
type Seq = SequenceMutator<object>;

/** the calls from `from` on, in a new order given by `order` (indices into the old value) */
function tailOf(e: Entries, order: readonly number[]): Entries {
  return { calls: order.map((i) => e.calls[i]!), kinds: order.map((i) => e.kinds[i]!), caches: order.map((i) => e.caches[i]), cplx: order.map((i) => e.cplx[i]!) };
}

/** a kind that neither creates nor drops (nor is allowed once): inserting or removing one of its calls needs no repair */
function inert(seq: Seq, k: number): boolean {
  const kind = seq.kinds[k]!;
  return kind.creates.length === 0 && kind.drops.length === 0 && !kind.once;
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

/** inserts a call (of kind `only`, or of a kind already present) where its resources are live */
export function insert(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, log: unknown[], only: number, at = -1, given?: Obj): Entries | undefined {
  if (value.length >= seq.maxItems) return undefined;
  const p = at >= 0 ? at : rng.int(0, value.length);
  const scope = scopeAt(seq, value, cache.kinds, p);
  const base = scope.next;
  const budget = maxCplx - cache.sum;
  let k = only;
  if (k < 0) {
    const on = value.length === 0 ? null : Uint8Array.from(cache.counts, (c) => (c > 0 ? 1 : 0));
    k = pickKind(seq, rng, scope, on, budget);
    if (k < 0) return undefined;
  }
  const made = given === undefined ? makeCall(seq, k, rng, scope, budget - seq.perCall) : placeCall(seq, k, given, rng, scope);
  if (made === undefined) return undefined;
  return insertMade(seq, value, cache, rng, log, p, base, [{ ...made, k }], scope);
}

/**
 * The entries with calls `made` (placed in order at p, `scope` now past them; `base` its next id
 * before them) inserted at p, and the old calls from p on repaired behind them.
 */
export function insertMade(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[], p: number, base: number, made: ReadonlyArray<{ call: Obj; k: number; c: unknown; cx: number }>, scope: Scope): Entries {
  const e = entries(value, cache);
  if (made.length === 1 && inert(seq, made[0]!.k)) return spliced(e, p, 0, made[0]!.call, made[0]!.k, made[0]!.c, made[0]!.cx);
  const out = prefix(e, p);
  for (const x of made) push(out, x.call, x.k, x.c, x.cx);
  repairTail(seq, tailOf(e, range(p, value.length)), scope, base, rng, out, log, null);
  return out;
}

export function remove(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
  if (value.length <= seq.minItems) return undefined;
  const p = rng.below(value.length);
  if (inert(seq, cache.kinds[p]!)) return spliced(entries(value, cache), p, 1);
  return rebuild(seq, value, cache, rng, p, range(p + 1, value.length), log, null);
}

export function move(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
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

export function retarget(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
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
export function toggle(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, log: unknown[]): Entries | undefined {
  const present: number[] = [];
  const absent: number[] = [];
  cache.counts.forEach((c, k) => (c > 0 ? present : seq.weights[k]! > 0 ? absent : []).push(k));
  if (absent.length > 0 && (present.length < 2 || rng.bool())) {
    const k = absent[rng.below(absent.length)]!;
    const where = positionsFor(seq, value, cache, k);
    if (where.length === 0) return undefined;
    return insert(seq, value, cache, rng, maxCplx, log, k, where[rng.below(where.length)]!);
  }
  if (present.length < 2) return undefined;
  const k = present[rng.below(present.length)]!;
  const from = cache.kinds.indexOf(k);
  const order = range(from, value.length).filter((i) => cache.kinds[i] !== k);
  return rebuild(seq, value, cache, rng, from, order, log, null);
}

/** positions where a call of kind k would find its resources live */
export function positionsFor(seq: Seq, value: Obj[], cache: SequenceCache, k: number): number[] {
  const where: number[] = [];
  const scope = seq.newScope();
  for (let q = 0; q <= value.length; q++) {
    if (available(seq.kinds[k]!, scope)) where.push(q);
    if (q < value.length) apply(seq.kinds[cache.kinds[q]!]!, value[q]!, scope);
  }
  return where;
}
