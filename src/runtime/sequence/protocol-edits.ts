/**
 * The edits a protocol bug needs, made cheap: a bug behind several particular calls in a row on
 * one handle is reached by growing the run of calls on that handle one call at a time, or by
 * bringing in a run another input already has. `continueCall` inserts a call that uses a
 * handle right after the last call on it (before it, when that call drops the handle); half the
 * time the handle is one the sequence's last call names, since a pool input is kept for what its
 * last calls reached. `repeatCall` inserts a copy of a call right after it, with the same
 * references; `spliceRun` inserts a run of consecutive calls of another input, its handles mapped
 * to ones live here.
 * Like every structural edit they return the rebuilt entries, and the old tail is repaired.
 */
import { deepClone } from '../core/values.js';
import type { Rng } from '../core/rng.js';
import type { SubValueProvider } from '../core/mutator.js';
import { available } from './kinds.js';
import { insertMade } from './edits.js';
import { scopeAt, type Entries } from './repair.js';
import type { Scope } from './scope.js';
import type { SequenceCache, SequenceMutator } from './sequence.js';

type Obj = Record<string, unknown>;
type Seq = SequenceMutator<object>;
type Placed = { call: Obj; k: number; c: unknown; cx: number };

const RUN = 8;

/**
 * Writes ids into `call` (kind k) as a call at `scope`: each reference keeps the id `map` gives
 * for it when that id is live for its resource, else takes a live one; creates take the next ids.
 * `bind(old, new)` is told each id it chose or created. undefined when a reference has no live
 * id or the member rejects the call.
 */
function place(seq: Seq, k: number, call: Obj, rng: Rng, scope: Scope, map: (old: unknown) => number, bind?: (old: unknown, id: number) => void): Placed | undefined {
  const kind = seq.kinds[k]!;
  if (!available(kind, scope)) return undefined;
  scope.call(kind);
  for (const [f, r] of kind.uses) {
    let id = map(call[f]);
    if (!scope.isLive(id, r)) bind?.(call[f], (id = scope.pick(r, rng)));
    call[f] = id;
  }
  const taken: number[] = [];
  for (const [f, r] of kind.drops) {
    let id = map(call[f]);
    if (!scope.isLive(id, r) || taken.includes(id)) {
      id = scope.pickOther(r, rng, taken);
      if (id < 0) return undefined;
      bind?.(call[f], id);
    }
    taken.push(id);
    call[f] = id;
  }
  for (const id of taken) scope.drop(id);
  for (const [f, r] of kind.creates) {
    const id = scope.create(r);
    bind?.(call[f], id);
    call[f] = id;
  }
  const c = kind.m.validateValue(call);
  return c === undefined ? undefined : { call, k, c, cx: kind.m.complexity(call, c) + seq.perCall };
}

const same = (old: unknown): number => (typeof old === 'number' ? old : -1);

/** true when call (of kind k) names id x in any resource field */
function touches(seq: Seq, call: Obj, k: number, x: number): boolean {
  const kind = seq.kinds[k]!;
  for (const list of [kind.creates, kind.uses, kind.drops]) for (const [f] of list) if (call[f] === x) return true;
  return false;
}

/** a call of a kind already present, using the handle of a random call, after the last call on that handle */
export function continueCall(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, maxCplx: number, log: unknown[]): Entries | undefined {
  if (value.length === 0 || value.length >= seq.maxItems) return undefined;
  const i = rng.below(2) === 0 ? value.length - 1 : rng.below(value.length);
  const kind = seq.kinds[cache.kinds[i]!]!;
  const refs = [...kind.creates, ...kind.uses, ...kind.drops];
  if (refs.length === 0) return undefined;
  const [f, r] = refs[rng.below(refs.length)]!;
  const x = value[i]![f] as number;
  let last = i;
  for (let j = i + 1; j < value.length; j++) if (touches(seq, value[j]!, cache.kinds[j]!, x)) last = j;
  const lastKind = seq.kinds[cache.kinds[last]!]!;
  const p = lastKind.drops.some(([g]) => value[last]![g] === x) ? last : last + 1;
  // kinds present in the sequence (its swarm) that take this resource, weighted
  const ks: number[] = [];
  let total = 0;
  seq.kinds.forEach((kk, k) => {
    if (cache.counts[k]! > 0 && seq.weights[k]! > 0 && [...kk.uses, ...kk.drops].some(([, rr]) => rr === r)) {
      ks.push(k);
      total += seq.weights[k]!;
    }
  });
  if (ks.length === 0) return undefined;
  let pick = rng.float() * total;
  let k = ks[ks.length - 1]!;
  for (const kk of ks) if ((pick -= seq.weights[kk]!) < 0) {
    k = kk;
    break;
  }
  const budget = maxCplx - cache.sum - seq.perCall;
  if (seq.mins()[k]! - seq.perCall > budget) return undefined;
  const scope = scopeAt(seq, value, cache.kinds, p);
  if (!scope.isLive(x, r)) return undefined;
  const base = scope.next;
  const call = seq.kinds[k]!.m.randomArbitrary(rng, Math.max(0, budget)).value as Obj;
  const target = [...seq.kinds[k]!.uses, ...seq.kinds[k]!.drops].find(([, rr]) => rr === r)!;
  call[target[0]] = x;
  const made = place(seq, k, call, rng, scope, same);
  return made === undefined ? undefined : insertMade(seq, value, cache, rng, log, p, base, [made], scope);
}

/** a copy of a random call right after it, with the same references where they are still live */
export function repeatCall(seq: Seq, value: Obj[], cache: SequenceCache, rng: Rng, log: unknown[]): Entries | undefined {
  if (value.length === 0 || value.length >= seq.maxItems) return undefined;
  const i = rng.below(value.length);
  const k = cache.kinds[i]!;
  const scope = scopeAt(seq, value, cache.kinds, i + 1);
  const base = scope.next;
  const made = place(seq, k, deepClone(value[i]!), rng, scope, same);
  return made === undefined ? undefined : insertMade(seq, value, cache, rng, log, i + 1, base, [made], scope);
}

/** a run of up to RUN consecutive calls of another input (from `provider`), its handles mapped to live ones */
export function spliceRun(seq: Seq, value: Obj[], cache: SequenceCache, provider: SubValueProvider, rng: Rng, maxCplx: number, log: unknown[]): Entries | undefined {
  const room = seq.maxItems - value.length;
  if (room <= 0) return undefined;
  const donor = provider.get(seq, rng, maxCplx - cache.sum) as Obj[] | undefined;
  if (!Array.isArray(donor) || donor.length === 0) return undefined;
  const len = Math.min(room, donor.length, 1 + rng.below(RUN));
  const a = rng.below(donor.length - len + 1);
  const p = rng.int(0, value.length);
  const scope = scopeAt(seq, value, cache.kinds, p);
  const base = scope.next;
  // ids the run creates map to the ids they get here; the others to live ids of their resource,
  // the same one for every call of the run that names it
  const ids = new Map<unknown, number>();
  const map = (old: unknown): number => ids.get(old) ?? -1;
  const made: Placed[] = [];
  for (let j = a; j < a + len; j++) {
    const call = donor[j]!;
    const k = seq.tagIndex.get(call[seq.discriminant] as never);
    if (k === undefined || !available(seq.kinds[k]!, scope)) continue; // nothing here for it to use: left out
    const x = place(seq, k, call, rng, scope, map, (old, id) => ids.set(old, id));
    if (x === undefined) return undefined; // its member rejects it with these ids (scope is spent)
    made.push(x);
  }
  return made.length === 0 ? undefined : insertMade(seq, value, cache, rng, log, p, base, made, scope);
}
