/**
 * Undo records of sequence mutations and the two primitives every mutation goes through:
 * `commit` installs a rebuilt sequence (value and cache) and returns the token restoring the old
 * one; `undoSequence` applies a token.
 */
import type { SequenceCache, SequenceMutator } from './sequence.js';
import type { Entries } from './repair.js';
import { undoLog } from './repair.js';

type Obj = Record<string, unknown>;
type Seq = SequenceMutator<object>;

export type SequenceToken =
  | { op: 0 }
  | { op: 1; i: number; t: unknown; cx: number; sum: number }
  | { op: 2; calls: Obj[]; kinds: number[]; caches: unknown[]; cplx: number[]; sum: number; counts: number[]; log: unknown[] };

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

export function entries(value: Obj[], cache: SequenceCache): Entries {
  return { calls: value, kinds: cache.kinds, caches: cache.caches, cplx: cache.cplx };
}

/** installs `out` as the new value and cache; returns the token that restores the old ones */
export function commit(seq: Seq, value: Obj[], cache: SequenceCache, out: Entries, log: unknown[]): SequenceToken {
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
