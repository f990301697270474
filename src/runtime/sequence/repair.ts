/**
 * Repair after a structural edit of a call sequence (insert, delete, move, retarget, disable a
 * kind): walk the edited tail in order with the live scope, renumber created ids so they stay
 * the next integers, map references through the renumbering, retarget a reference whose id is
 * gone to another live id of the same resource, and drop a call when no such id exists (which
 * in turn orphans what it created). Every id change is logged as (object, field, old value) so
 * the edit can be undone exactly.
 */
import { apply, type Kind } from './kinds.js';
import type { Scope } from './scope.js';
import type { Rng } from '../core/rng.js';

type Obj = Record<string, unknown>;

/** parallel arrays of calls with their kind, member cache and complexity */
export interface Entries {
  calls: Obj[];
  kinds: number[];
  caches: unknown[];
  cplx: number[];
}

export interface RepairHost {
  readonly kinds: Kind[];
  readonly perCall: number;
  newScope(): Scope;
}

/** the scope after the first `p` calls (assumed valid) */
export function scopeAt(host: RepairHost, calls: readonly Obj[], kinds: readonly number[], p: number): Scope {
  const scope = host.newScope();
  for (let i = 0; i < p; i++) apply(host.kinds[kinds[i]!]!, calls[i]!, scope);
  return scope;
}

/** the first `p` entries, copied */
export function prefix(e: Entries, p: number): Entries {
  return { calls: e.calls.slice(0, p), kinds: e.kinds.slice(0, p), caches: e.caches.slice(0, p), cplx: e.cplx.slice(0, p) };
}

export function push(out: Entries, call: Obj, k: number, c: unknown, cx: number): void {
  out.calls.push(call);
  out.kinds.push(k);
  out.caches.push(c);
  out.cplx.push(cx);
}

/**
 * Re-files `tail` (old calls, in their new order) after a prefix whose scope is `scope`;
 * old ids below `base` were created in the prefix and keep their number. `dirty` is a call
 * whose cache must be recomputed even if repair changes none of its ids.
 */
export function repairTail(host: RepairHost, tail: Entries, scope: Scope, base: number, rng: Rng, out: Entries, log: unknown[], dirty: Obj | null): void {
  const map: number[] = [];
  const mapId = (old: unknown): number => (typeof old !== 'number' ? -1 : old < base ? old : (map[old - base] ?? -1));
  const ids: number[] = [];
  const taken: number[] = [];
  for (let j = 0; j < tail.calls.length; j++) {
    const call = tail.calls[j]!;
    const k = tail.kinds[j]!;
    const kind = host.kinds[k]!;
    if (scope.calledOnce(kind)) continue; // a second call of a kind allowed once: the call goes
    ids.length = 0;
    taken.length = 0;
    let ok = true;
    for (const [f, r] of kind.uses) {
      let id = mapId(call[f]);
      if (!scope.isLive(id, r)) {
        if (scope.count(r) === 0) {
          ok = false;
          break;
        }
        id = scope.pick(r, rng);
      }
      ids.push(id);
    }
    if (ok) {
      for (const [f, r] of kind.drops) {
        let id = mapId(call[f]);
        if (!scope.isLive(id, r) || taken.includes(id)) id = scope.pickOther(r, rng, taken);
        if (id < 0) {
          ok = false;
          break;
        }
        taken.push(id);
        ids.push(id);
      }
    }
    if (!ok) continue; // nothing left to refer to: the call goes
    scope.call(kind);
    let changed = call === dirty;
    let n = 0;
    for (const [f] of kind.uses) changed = set(call, f, ids[n++]!, log) || changed;
    for (const [f] of kind.drops) changed = set(call, f, ids[n++]!, log) || changed;
    for (const id of taken) scope.drop(id);
    for (const [f, r] of kind.creates) {
      const old = call[f];
      const id = scope.create(r);
      if (typeof old === 'number' && old >= base) map[old - base] = id;
      changed = set(call, f, id, log) || changed;
    }
    if (!changed) {
      push(out, call, k, tail.caches[j], tail.cplx[j]!);
      continue;
    }
    const c = kind.m.validateValue(call);
    if (c === undefined) throw new Error(`sequence: a call of kind ${String(kind.tag)} was rejected by its mutator after renumbering its ids`);
    push(out, call, k, c, kind.m.complexity(call, c) + host.perCall);
  }
}

function set(call: Obj, f: string, v: number, log: unknown[]): boolean {
  if (call[f] === v) return false;
  log.push(call, f, call[f]);
  call[f] = v;
  return true;
}

/** undoes the id changes in `log` */
export function undoLog(log: unknown[]): void {
  for (let i = log.length - 3; i >= 0; i -= 3) (log[i] as Obj)[log[i + 1] as string] = log[i + 2];
}
