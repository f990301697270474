/**
 * Generation of call sequences: per sequence a swarm subset of kinds (made productive when it
 * could not start), a length under the budget, then calls drawn (weighted) among the enabled
 * kinds whose resources are live, each given ids from the live scope.
 */
import { EPS, noFiniteValue, pickLength } from '../core/budget.js';
import { MutatorArgumentError, type Generated } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';
import { available } from './kinds.js';
import type { Scope } from './scope.js';
import type { SequenceMutator } from './sequence.js';

type Obj = Record<string, unknown>;
type Seq = SequenceMutator<object>;
type Made = { call: Obj; c: unknown; cx: number };

export function generateSequence<T extends object>(seq: SequenceMutator<T>, rng: Rng, maxCplx: number): Generated<T[]> {
  const minC = seq.minComplexity();
  if (minC === Infinity) throw noFiniteValue('sequence');
  const sub = seq.swarm ? seq.choice.subset(rng) : null;
  const on = sub === null ? null : productive(seq, sub.on, rng);
  const mins = seq.mins();
  let unit = Infinity;
  for (const x of mins) unit = Math.min(unit, x);
  const len = pickLength(rng, seq.minItems, seq.maxItems, unit, Math.max(maxCplx, minC));
  const scope = seq.newScope();
  const out: T[] = [];
  let left = Math.max(maxCplx, minC);
  let sum = 0;
  while (out.length < len) {
    // below minItems, any kind will do (the smallest sequence must exist), keeping room for
    // the calls still owed at their cheapest
    const owed = Math.max(0, seq.minItems - out.length - 1) * unit;
    let k = pickKind(seq, rng, scope, on, left - owed);
    if (k < 0 && out.length < seq.minItems) {
      k = pickKind(seq, rng, scope, null, left - owed);
      if (k < 0) k = pickKind(seq, rng, scope, null, Infinity);
    }
    if (k < 0) break;
    const made = makeCall(seq, k, rng, scope, Math.max(left - owed, mins[k]!) - seq.perCall);
    out.push(made.call as T);
    sum += made.cx;
    left -= made.cx;
  }
  return { value: out, complexity: sum };
}

/**
 * The swarm subset made productive, as a recursive union keeps a base case: when no enabled
 * kind can start a sequence (each needs a live resource), every enabled kind that needs a
 * resource no enabled kind creates gets one creator of it enabled, transitively. Otherwise
 * such configurations would only ever give empty sequences. (Closing *every* subset this way
 * was measured too: slightly faster on the bench, but far fewer few-kind sequences.)
 */
function productive(seq: Seq, on: Uint8Array, rng: Rng): Uint8Array {
  if (seq.kinds.some((k, i) => on[i] === 1 && k.need.every((x) => x === 0))) return on;
  let out = on;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < seq.kinds.length; k++) {
      if (out[k] !== 1) continue;
      const need = seq.kinds[k]!.need;
      for (let r = 0; r < need.length; r++) {
        if (need[r] === 0 || seq.creators[r]!.some((c) => out[c] === 1)) continue;
        if (out === on) out = on.slice();
        const cs = seq.creators[r]!;
        out[cs[rng.below(cs.length)]!] = 1;
        changed = true;
      }
    }
  }
  return out;
}

/** a kind enabled by `on` (null = all), available in `scope`, whose cheapest call fits `budget`; weighted; -1 if none */
export function pickKind(seq: Seq, rng: Rng, scope: Scope, on: Uint8Array | null, budget: number): number {
  const mins = seq.mins();
  let total = 0;
  const ks = seq.kinds;
  for (let k = 0; k < ks.length; k++) if ((on === null || on[k] === 1) && mins[k]! <= budget + EPS && available(ks[k]!, scope)) total += seq.weights[k]!;
  if (total <= 0) return -1;
  let r = rng.float() * total;
  let last = -1;
  for (let k = 0; k < ks.length; k++) {
    if ((on === null || on[k] === 1) && mins[k]! <= budget + EPS && seq.weights[k]! > 0 && available(ks[k]!, scope)) {
      last = k;
      r -= seq.weights[k]!;
      if (r < 0) return k;
    }
  }
  return last;
}

/** a new call of kind k with ids chosen from `scope` (which it updates); k must be available */
export function makeCall(seq: Seq, k: number, rng: Rng, scope: Scope, budget: number): Made {
  const kind = seq.kinds[k]!;
  const made = placeCall(seq, k, kind.m.randomArbitrary(rng, budget).value as Obj, rng, scope);
  if (made === undefined) throw new MutatorArgumentError('sequence', `variants[${k}].mutator`, `rejects a call once its resource fields hold ids (${kind.fixed.slice(1).join(', ')}): give them an integer mutator accepting 0..maxItems`);
  return made;
}

/** writes ids live in `scope` into `call` (a value of kind k), updates scope; undefined if the member then rejects it */
export function placeCall(seq: Seq, k: number, call: Obj, rng: Rng, scope: Scope): Made | undefined {
  const kind = seq.kinds[k]!;
  scope.call(kind);
  for (const [f, r] of kind.uses) call[f] = scope.pick(r, rng);
  for (const [f, r] of kind.drops) {
    const id = scope.pick(r, rng);
    call[f] = id;
    scope.drop(id);
  }
  for (const [f, r] of kind.creates) call[f] = scope.create(r);
  const c = kind.m.validateValue(call);
  return c === undefined ? undefined : { call, c, cx: kind.m.complexity(call, c) + seq.perCall };
}

