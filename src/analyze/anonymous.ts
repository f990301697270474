/**
 * Anonymous object types that contain themselves. The checker flattens `X | undefined` of an
 * alias `X`, so an optional property of a recursive alias (json-schema-typed's
 * `additionalItems?: JSONSchema`) reaches the alias's object member again without a name to
 * reference; analyzing it inline would never end (one copy per property per level). An anonymous
 * type met again while it is being analyzed becomes a helper declaration, referenced from both
 * places, so recursion ends at the reference as it does for named types.
 */
import type { ts } from 'ts-morph';
import type { Node } from '../model/ir.js';
import type { Ctx, Site } from './context.js';
import type { DeclEntry } from './decls.js';

/** Types being analyzed inline, per declaration entry (reset by the entry's analysis). */
const open = new WeakMap<object, Set<ts.Type>>();

function openOf(site: Site): Set<ts.Type> {
  let s = open.get(site.decl);
  if (!s) open.set(site.decl, (s = new Set()));
  return s;
}

/** A reference to the helper for `t` when `t` is already a helper or is being analyzed above this site. */
export function anonymousRef(ctx: Ctx, t: ts.Type, site: Site): Node | undefined {
  const helper = ctx.decls.forType(t);
  // the helper takes the type parameters of the declaration it was found in (its type may use them)
  const ref = (h: DeclEntry): Node => ({ kind: 'ref', target: h.id, args: h.typeParams.map((name) => ({ kind: 'typeParam', name })) });
  if (helper && (helper !== site.decl || openOf(site).has(t))) return ref(helper);
  if (helper || !openOf(site).has(t)) return undefined;
  const name = /\.([A-Za-z_$][\w$]*)[^.]*$/.exec(site.path)?.[1] ?? 'Anonymous';
  const added = ctx.decls.add({ name: name.charAt(0).toUpperCase() + name.slice(1), exported: false, type: t, typeParams: [...site.decl.typeParams], at: site.at, kindOfDecl: 'alias' }, { type: t });
  return ref(added);
}

/** Runs `f` with `t` marked as being analyzed inline at this site's declaration. */
export function analyzingInline<R>(t: ts.Type, site: Site, f: () => R): R {
  const s = openOf(site);
  if (s.has(t)) return f();
  s.add(t);
  try {
    return f();
  } finally {
    s.delete(t);
  }
}
