/**
 * Normalisation of IR nodes: nested unions are flattened, literal members merged into one
 * `literals`, `never` members dropped, `undefined`/`null` members lifted into `optional`/`nullable`,
 * and single-member unions unwrapped. Object intersections are merged by the checker before the
 * model sees them (the analyzer asks for the properties of the intersection).
 */
import type { LiteralValue, Node, UnionMember } from './ir.js';

export function normaliseUnion(members: UnionMember[], discriminant?: string): Node {
  const flat: UnionMember[] = [];
  let hasUndefined = false;
  let hasNull = false;
  const push = (m: UnionMember): void => {
    const n = m.node;
    if (n.kind === 'never') return;
    if (n.kind === 'undefined') hasUndefined = true;
    else if (n.kind === 'constant' && n.value === null) hasNull = true;
    else if (n.kind === 'optional') {
      hasUndefined = true;
      push({ ...m, node: n.inner });
    } else if (n.kind === 'nullable') {
      hasNull = true;
      push({ ...m, node: n.inner });
    } else if (n.kind === 'union' && m.weight === undefined && !n.discriminant) n.members.forEach(push);
    else flat.push(m);
  };
  members.forEach(push);
  const merged = dedupeMembers(mergeLiterals(flat));
  let node: Node;
  if (merged.length === 0) node = hasUndefined ? { kind: 'undefined' } : hasNull ? { kind: 'constant', value: null } : { kind: 'never' };
  else if (merged.length === 1 && merged[0]!.weight === undefined) node = merged[0]!.node;
  else node = discriminant ? { kind: 'union', members: merged, discriminant } : { kind: 'union', members: merged };
  if (merged.length === 0) {
    if (hasUndefined && hasNull) return { kind: 'optional', inner: { kind: 'constant', value: null } };
    return node;
  }
  if (hasNull) node = { kind: 'nullable', inner: node };
  if (hasUndefined) node = { kind: 'optional', inner: node };
  return node;
}

/** Unweighted single-value literals and `literals` members become one `literals` member. */
function mergeLiterals(members: UnionMember[]): UnionMember[] {
  const values: LiteralValue[] = [];
  const rest: UnionMember[] = [];
  let at = -1;
  let isEnum = false;
  for (const m of members) {
    const n = m.node;
    const lits = m.weight === undefined ? literalValues(n) : undefined;
    if (lits) {
      if (at < 0) at = rest.length;
      if ((n.kind === 'literals' || n.kind === 'constant') && n.enum) isEnum = true;
      values.push(...lits);
    } else rest.push(m);
  }
  if (at < 0) return rest;
  const unique = dedupe(values);
  const lit: Node =
    unique.length === 1 ? { kind: 'constant', value: unique[0]!, ...(isEnum ? { enum: true } : {}) } : isEnum ? { kind: 'literals', values: unique, enum: true } : { kind: 'literals', values: unique };
  rest.splice(at, 0, { node: lit });
  return rest;
}

/** Members that are the same model (e.g. `T[]` and `readonly T[]`) collapse into one. */
function dedupeMembers(members: UnionMember[]): UnionMember[] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const k = JSON.stringify(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function literalValues(n: Node): LiteralValue[] | undefined {
  if (n.kind === 'literals' && !n.weights) return n.values;
  if (n.kind === 'constant' && n.value !== null) return [n.value];
  return undefined;
}

function dedupe(values: LiteralValue[]): LiteralValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = typeof v === 'object' ? `n:${v.bigint}` : `${typeof v}:${String(v)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
