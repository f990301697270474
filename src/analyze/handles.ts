/**
 * Handles of a `@calls` API: a method returning one creates a resource, a parameter of one uses
 * it. A handle is a class instance or interface with methods (not a library type such as Promise
 * or Map), or a branded/tagged id (`number & { __brand: 'TxnId' }`). The resource is named after
 * the type (`Txn`, `TxnId`); `undefined`/`null` beside it (`Txn | undefined`) are looked through.
 */
import { ts } from 'ts-morph';
import { isLibFile, type Ctx } from './context.js';

const F = ts.TypeFlags;

function hasMethods(ctx: Ctx, t: ts.Type): boolean {
  return ctx.checker.getPropertiesOfType(t).some((p) => {
    if (p.flags & ts.SymbolFlags.Method) return true;
    const pt = ctx.checker.getTypeOfSymbol(p);
    return ctx.checker.getSignaturesOfType(pt, ts.SignatureKind.Call).length > 0;
  });
}

function declaredInLib(ctx: Ctx, s: ts.Symbol): boolean {
  return !!s.declarations?.length && s.declarations.every((d) => isLibFile(ctx, d.getSourceFile()) || /[\\/]node_modules[\\/]@types[\\/]node[\\/]/.test(d.getSourceFile().fileName));
}

/** The type without `undefined`/`null` members. */
export function nonNullable(t: ts.Type): ts.Type {
  if (!(t.flags & F.Union)) return t;
  const rest = (t as ts.UnionType).types.filter((m) => !(m.flags & (F.Undefined | F.Null | F.Void)));
  return rest.length === 1 ? rest[0]! : t;
}

/** The resource a value of this type is a handle of, or undefined for plain data. */
export function handleResource(ctx: Ctx, type: ts.Type): { resource: string; symbol?: ts.Symbol } | undefined {
  const t = nonNullable(type);
  if (t.flags & F.Intersection) {
    const parts = (t as ts.IntersectionType).types;
    const prim = parts.some((m) => m.flags & (F.String | F.Number | F.BigInt));
    const brand = parts.some((m) => m.flags & F.Object && ctx.checker.getPropertiesOfType(m).length > 0);
    if (prim && brand && t.aliasSymbol) return { resource: t.aliasSymbol.name, symbol: t.aliasSymbol };
    if (prim && brand) return { resource: ctx.checker.typeToString(t).replace(/[^\w$]+/g, '_') };
    return undefined;
  }
  if (!(t.flags & F.Object) || !t.symbol) return undefined;
  const s = t.symbol;
  if (!(s.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) || declaredInLib(ctx, s)) return undefined;
  if (!(s.flags & ts.SymbolFlags.Class) && !hasMethods(ctx, t)) return undefined;
  return { resource: s.name, symbol: s };
}
