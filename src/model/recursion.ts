/**
 * Recursion in the model: references inside a strongly connected component of the declaration
 * graph are marked `lazy` (the emitter wraps them in `dm.lazy`, whose complexity budget bounds
 * the depth), and declarations with no finite value (`type T = { next: T }`) are found.
 */
import { children, type Decl, type Node } from './ir.js';

/** Marks recursive edges; returns the ids of the cyclic components' members. */
export function markRecursion(decls: Decl[]): Set<string> {
  const ids = new Set(decls.map((d) => d.id));
  const edges = new Map<string, string[]>();
  for (const d of decls) edges.set(d.id, [...new Set(refsOf(d.node).map((r) => r.target).filter((t) => ids.has(t)))]);
  const comp = scc(decls.map((d) => d.id), edges);
  const cyclic = new Set<string>();
  for (const d of decls) {
    const c = comp.get(d.id)!;
    for (const r of refsOf(d.node)) {
      if (comp.get(r.target) === c) {
        r.lazy = true;
        cyclic.add(d.id);
      }
    }
  }
  return cyclic;
}

type Ref = Extract<Node, { kind: 'ref' }>;

export function refsOf(n: Node, out: Ref[] = []): Ref[] {
  if (n.kind === 'ref') out.push(n);
  for (const c of children(n)) refsOf(c, out);
  return out;
}

/** Tarjan's algorithm; returns a component number per node. */
function scc(nodes: string[], edges: Map<string, string[]>): Map<string, number> {
  let index = 0;
  let count = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comp = new Map<string, number>();
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.set(w, count);
      } while (w !== v);
      count++;
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return comp;
}

/**
 * Declarations that have a finite value, by fixpoint: a reference is finite once its target is.
 * Type parameters and custom mutators are assumed finite.
 */
export function finiteDecls(decls: Decl[]): Set<string> {
  const finite = new Set<string>();
  const known = new Set(decls.map((d) => d.id));
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of decls) {
      if (!finite.has(d.id) && isFinite(d.node, finite, known)) {
        finite.add(d.id);
        changed = true;
      }
    }
  }
  return finite;
}

function isFinite(n: Node, finite: Set<string>, known: Set<string>): boolean {
  const f = (c: Node): boolean => isFinite(c, finite, known);
  switch (n.kind) {
    case 'ref':
      return (!known.has(n.target) || finite.has(n.target)) && n.args.every(f);
    case 'never':
      return false;
    case 'union':
      return n.members.some((m) => f(m.node));
    case 'optional':
    case 'nullable':
      return true;
    case 'array':
      return (n.constraints.minItems ?? 0) === 0 || f(n.element);
    case 'sequence':
      return (n.constraints.minItems ?? 0) === 0 || n.variants.some((v) => f(v.node));
    case 'set':
    case 'map':
    case 'record':
      return (n.constraints.minItems ?? 0) === 0 || children(n).every(f);
    case 'tuple':
      return n.elements.slice(0, n.required).every(f);
    case 'object':
      return n.fields.every((x) => x.optional || f(x.node));
    default:
      return true;
  }
}
