/**
 * Named declarations (interfaces, classes, enums, type aliases outside the default library)
 * become references. The input's exported declarations are referenced by symbol (generic ones
 * with their type arguments); everything else becomes a helper per instantiated type, so a
 * generic type from another package is derived once per instantiation and recursion through
 * it ends at the helper.
 */
import { ts } from 'ts-morph';
import type { Node } from '../../model/ir.js';
import { isLibFile, objectFlags, type Ctx, type Site } from '../context.js';
import { declKind } from '../decls.js';
import type { Analyzer } from '../registry.js';
import { typeImportOf } from '../type-import.js';
import { isTaggedScalar } from '../type-tags.js';

interface Target {
  symbol: ts.Symbol;
  args: readonly ts.Type[];
}

function fromLib(ctx: Ctx, s: ts.Symbol): boolean {
  const d = s.declarations?.[0];
  return !d || isLibFile(ctx, d.getSourceFile());
}

export function refTarget(ctx: Ctx, t: ts.Type): Target | undefined {
  const alias = t.aliasSymbol;
  if (alias && !fromLib(ctx, alias)) return { symbol: alias, args: t.aliasTypeArguments ?? [] };
  const s = t.symbol;
  if (!s || !(s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) || fromLib(ctx, s)) return undefined;
  if (s.flags & ts.SymbolFlags.Enum && !(t.flags & ts.TypeFlags.Union) && !(t.flags & ts.TypeFlags.EnumLiteral)) return undefined;
  if (t.flags & ts.TypeFlags.EnumLiteral && !(t.flags & ts.TypeFlags.Union)) return undefined;
  const n = (ctx.checker.getDeclaredTypeOfSymbol(s) as ts.InterfaceType).typeParameters?.length ?? 0;
  const args = (objectFlags(t) & ts.ObjectFlags.Reference) !== 0 ? ctx.checker.getTypeArguments(t as ts.TypeReference).slice(0, n) : [];
  return { symbol: s, args };
}

function isSelf(site: Site, t: ts.Type, target: Target): boolean {
  return site.decl.symbol === target.symbol || site.decl.type === t;
}

export const referenceAnalyzer: Analyzer = {
  name: 'reference',
  supports(t, site, ctx) {
    const target = refTarget(ctx, t);
    if (!target || (site.inline && isSelf(site, t, target))) return false;
    // a non-exported alias of a tagged primitive is inlined, as a JSDoc-tagged one is
    return !(t.aliasSymbol === target.symbol && !ctx.decls.forSymbol(target.symbol)?.exported && isTaggedScalar(ctx, t));
  },
  create(t, site, ctx, analyze): Node {
    const target = refTarget(ctx, t)!;
    const exported = ctx.decls.forSymbol(target.symbol);
    if (exported?.exported) {
      if (!exported.typeParams.length) return { kind: 'ref', target: exported.id, args: [] };
      const args = target.args.map((a, i) => analyze(a, { ...site, inline: false, path: `${site.path}<${i}>`, depth: site.depth + 1 }));
      return { kind: 'ref', target: exported.id, args };
    }
    let helper = ctx.decls.forType(t);
    if (!helper) {
      const typeImport = typeImportOf(ctx, target.symbol, target.args.length > 0);
      const at = target.symbol.declarations?.[0] ?? site.at;
      helper = ctx.decls.add({ name: target.symbol.name, exported: false, type: t, typeParams: [], at, kindOfDecl: declKind(target.symbol) ?? 'alias', symbol: target.symbol, ...(typeImport ? { typeImport } : {}) }, { type: t });
    }
    return { kind: 'ref', target: helper.id, args: [] };
  },
};
