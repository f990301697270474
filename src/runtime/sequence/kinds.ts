/**
 * The arguments of `sequence(...)`, checked and compiled: one `Kind` per call variant with its
 * resource fields resolved to resource indices.
 */
import { checkWeights } from '../core/alias.js';
import { requireMutator } from '../core/budget.js';
import { MutatorArgumentError, type AnyMutator } from '../core/mutator.js';
import type { Scope } from './scope.js';
import type { Tag } from '../union/replace.js';

/** A property of a call that holds a resource id. */
export interface ResourceRef {
  field: string;
  resource: string;
}

export interface SequenceVariant<T> {
  /** value of the discriminant property for this variant */
  tag: Tag;
  /** the variant's mutator (resource fields included: the sequence overwrites them) */
  mutator: AnyMutator<T>;
  /** relative weight (default 1) */
  weight?: number;
  /** fields that receive a fresh id (the next unused integer of the sequence) */
  creates?: readonly ResourceRef[];
  /** fields that reference a live id */
  uses?: readonly ResourceRef[];
  /** fields that reference a live id which is dead after this call */
  drops?: readonly ResourceRef[];
  /** at most one call of this variant per sequence (a method tagged `@once`); @defaultValue false */
  once?: boolean;
}

export interface Kind {
  tag: Tag;
  m: AnyMutator<unknown>;
  /** [field, resource] pairs */
  creates: [string, number][];
  uses: [string, number][];
  drops: [string, number][];
  /** per resource: live ids needed before the call */
  need: Int32Array;
  /** every resource field name (uses, drops, creates) plus the discriminant */
  fixed: string[];
  /** at most one call of this kind per sequence */
  once: boolean;
}

export function compileKinds(variants: readonly SequenceVariant<unknown>[], discriminant: string): { kinds: Kind[]; resources: string[]; weights: number[] } {
  if (!Array.isArray(variants) || variants.length === 0) throw new MutatorArgumentError('sequence', 'variants', 'must be a non-empty array');
  const resources: string[] = [];
  const created = new Set<string>();
  const tags = new Set<Tag>();
  const resIndex = (r: unknown, arg: string): number => {
    if (typeof r !== 'string' || r === '') throw new MutatorArgumentError('sequence', arg, `must be a non-empty resource name, got ${String(r)}`);
    let i = resources.indexOf(r);
    if (i < 0) i = resources.push(r) - 1;
    return i;
  };
  const refs = (list: readonly ResourceRef[] | undefined, arg: string): [string, number][] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new MutatorArgumentError('sequence', arg, 'must be an array of { field, resource }');
    return list.map((r, j) => {
      if (typeof r?.field !== 'string' || r.field === '') throw new MutatorArgumentError('sequence', `${arg}[${j}].field`, 'must be a property name');
      return [r.field, resIndex(r.resource, `${arg}[${j}].resource`)];
    });
  };
  const kinds = variants.map((v, i) => {
    const arg = `variants[${i}]`;
    const m = requireMutator('sequence', `${arg}.mutator`, v?.mutator);
    if (tags.has(v.tag)) throw new MutatorArgumentError('sequence', `${arg}.tag`, `duplicate tag ${String(v.tag)}`);
    tags.add(v.tag);
    const creates = refs(v.creates, `${arg}.creates`);
    const uses = refs(v.uses, `${arg}.uses`);
    const drops = refs(v.drops, `${arg}.drops`);
    for (const [, r] of creates) created.add(resources[r]!);
    const fixed = [discriminant, ...[...creates, ...uses, ...drops].map(([f]) => f)];
    if (v.once !== undefined && typeof v.once !== 'boolean') throw new MutatorArgumentError('sequence', `${arg}.once`, 'must be a boolean');
    return { tag: v.tag, m, creates, uses, drops, need: new Int32Array(0), fixed, once: v.once === true };
  });
  variants.forEach((v, i) => {
    for (const key of ['uses', 'drops'] as const) {
      (v[key] ?? []).forEach((r: ResourceRef, j: number) => {
        if (!created.has(r.resource)) throw new MutatorArgumentError('sequence', `variants[${i}].${key}[${j}].resource`, `no variant creates resource '${r.resource}'`);
      });
    }
  });
  for (const k of kinds) {
    k.need = new Int32Array(resources.length);
    for (const [, r] of k.uses) k.need[r] = Math.max(k.need[r]!, 1);
    const drops = new Int32Array(resources.length);
    for (const [, r] of k.drops) drops[r]!++;
    for (let r = 0; r < resources.length; r++) k.need[r] = Math.max(k.need[r]!, drops[r]!);
  }
  const weights = variants.map((v) => v.weight ?? 1);
  checkWeights('sequence', (i) => `variants[${i}].weight`, weights);
  return { kinds, resources, weights };
}

/** true when `scope` has the live ids a call of `k` needs (and `k`, if allowed once, was not called yet) */
export function available(k: Kind, scope: Scope): boolean {
  if (scope.calledOnce(k)) return false;
  const need = k.need;
  for (let r = 0; r < need.length; r++) if (need[r]! > 0 && scope.count(r) < need[r]!) return false;
  return true;
}

/**
 * Checks a call's resource fields against `scope` (uses against the state before the call,
 * drops in order, creates must be the next ids) and applies it. false = invalid (scope is then
 * partly updated; callers discard it).
 */
export function checkAndApply(k: Kind, call: Record<string, unknown>, scope: Scope): boolean {
  if (scope.calledOnce(k)) return false;
  scope.call(k);
  for (const [f, r] of k.uses) if (!scope.isLive(call[f], r)) return false;
  for (const [f, r] of k.drops) {
    if (!scope.isLive(call[f], r)) return false;
    scope.drop(call[f] as number);
  }
  for (const [f, r] of k.creates) if (call[f] !== scope.create(r)) return false;
  return true;
}

/** applies a call known to be valid */
export function apply(k: Kind, call: Record<string, unknown>, scope: Scope): void {
  scope.call(k);
  for (const [f] of k.drops) scope.drop(call[f] as number);
  for (const [, r] of k.creates) scope.create(r);
}
