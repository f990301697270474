/**
 * Helpers for `union`: replacing a value by one of another variant *in place* (objects and
 * arrays keep their identity, as the mutator contract asks) and undoing it; inferring the
 * discriminant tag of each alternative.
 */
import type { AnyMutator } from '../core/mutator.js';
import { createRng } from '../core/rng.js';
import { resumeSwarm, suspendSwarm } from './swarm.js';

type Obj = Record<string, unknown>;

/** true when `b`'s contents can be moved into `a` so `a` keeps its identity */
export function canReplaceInPlace(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b);
  if (Array.isArray(b)) return false;
  const pa = Object.getPrototypeOf(a);
  if (pa !== Object.getPrototypeOf(b)) return false;
  return pa === Object.prototype || pa === null || a instanceof Map || a instanceof Set;
}

/** Moves `source`'s contents into `target`; returns a snapshot for `restoreInPlace`. */
export function replaceInPlace(target: object, source: object): unknown {
  if (Array.isArray(target)) {
    const snap = target.slice();
    target.length = 0;
    for (const x of source as unknown[]) target.push(x);
    return snap;
  }
  if (target instanceof Map) {
    const snap = [...target];
    target.clear();
    for (const [k, v] of source as Map<unknown, unknown>) target.set(k, v);
    return snap;
  }
  if (target instanceof Set) {
    const snap = [...target];
    target.clear();
    for (const v of source as Set<unknown>) target.add(v);
    return snap;
  }
  const t = target as Obj;
  const s = source as Obj;
  const oldKeys = Object.keys(t);
  const snap: unknown[] = [];
  for (const k of oldKeys) snap.push(k, t[k]);
  const newKeys = Object.keys(s);
  if (!sameKeys(oldKeys, newKeys)) deleteAll(t, oldKeys);
  for (const k of newKeys) t[k] = s[k];
  return snap;
}

/** Puts a snapshot from `replaceInPlace` back into `target`. */
export function restoreInPlace(target: object, snap: unknown): void {
  if (Array.isArray(target)) {
    const s = snap as unknown[];
    target.length = 0;
    for (const x of s) target.push(x);
    return;
  }
  if (target instanceof Map) {
    target.clear();
    for (const [k, v] of snap as [unknown, unknown][]) target.set(k, v);
    return;
  }
  if (target instanceof Set) {
    target.clear();
    for (const v of snap as unknown[]) target.add(v);
    return;
  }
  const t = target as Obj;
  const s = snap as unknown[];
  const keys = Object.keys(t);
  let same = keys.length * 2 === s.length;
  for (let i = 0; same && i < keys.length; i++) same = keys[i] === s[2 * i];
  if (!same) deleteAll(t, keys);
  for (let i = 0; i < s.length; i += 2) t[s[i] as string] = s[i + 1];
}

/** last key first: V8 then rolls the object's shape back instead of going to dictionary mode */
function deleteAll(t: Obj, keys: string[]): void {
  for (let i = keys.length - 1; i >= 0; i--) delete t[keys[i]!];
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type Tag = string | number | boolean | bigint | null | undefined;

/**
 * The discriminant value of each alternative: the given tag, else read from a smallest value
 * the alternative generates. null when some tag is unknown or two alternatives share one
 * (then the union classifies values by trying each alternative in order).
 */
export function tagMap(alts: readonly AnyMutator<unknown>[], given: readonly (Tag | typeof NO_TAG)[], key: string): Map<Tag, number> | null {
  // probe values come from their own Rng, outside the caller's swarm context (else the probe
  // would draw that context's subsets and the caller's next values would depend on first use)
  const saved = suspendSwarm();
  try {
    return tags(alts, given, key);
  } finally {
    resumeSwarm(saved);
  }
}

function tags(alts: readonly AnyMutator<unknown>[], given: readonly (Tag | typeof NO_TAG)[], key: string): Map<Tag, number> | null {
  const map = new Map<Tag, number>();
  const rng = createRng(0);
  for (let i = 0; i < alts.length; i++) {
    let tag = given[i];
    if (tag === NO_TAG) {
      const m = alts[i]!;
      const min = m.minComplexity();
      if (!Number.isFinite(min)) return null;
      const v = m.randomArbitrary(rng, min).value;
      if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return null;
      tag = (v as Obj)[key] as Tag;
      if (typeof tag === 'object' && tag !== null) return null;
    }
    if (map.has(tag as Tag)) return null;
    map.set(tag as Tag, i);
  }
  return map;
}

export const NO_TAG: unique symbol = Symbol('no tag');
