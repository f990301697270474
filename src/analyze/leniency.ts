/**
 * What may be left out of a type instead of failing it: a value whose type has behaviour (a
 * function, a class instance with methods, private members or a base class) cannot be generated,
 * but an optional property of such a type can be absent and a union can take its other
 * alternatives. Both are warnings (DM1021, DM1022) at the property or member; a required
 * property, or a union with nothing else, still fails as before.
 */
import { ts } from 'ts-morph';
import { isLibFile, type Ctx } from './context.js';

const F = ts.TypeFlags;

/** a function or constructor type (call or construct signatures) */
export function isCallable(ctx: Ctx, t: ts.Type): boolean {
  return ctx.checker.getSignaturesOfType(t, ts.SignatureKind.Call).length > 0 || ctx.checker.getSignaturesOfType(t, ts.SignatureKind.Construct).length > 0;
}

function hidden(p: ts.Symbol): boolean {
  return p.name.startsWith('__#') || !!p.declarations?.some((d) => (ts.getCombinedModifierFlags(d as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0);
}

/** Why values of this class type cannot be built from plain data, or undefined when they can. */
export function classBehaviour(ctx: Ctx, t: ts.Type): string | undefined {
  if (!(t.flags & F.Object) || !t.symbol || !(t.symbol.flags & ts.SymbolFlags.Class)) return undefined;
  const bases = ctx.checker.getBaseTypes(ctx.checker.getDeclaredTypeOfSymbol(t.symbol) as ts.InterfaceType);
  if (bases.length) return `extends '${ctx.checker.typeToString(bases[0]!)}'`;
  const props = ctx.checker.getPropertiesOfType(t);
  if (props.some(hidden)) return 'has private or protected members';
  if (props.some((p) => p.flags & ts.SymbolFlags.Method)) return 'has methods';
  return undefined;
}

/**
 * Why a value of this type cannot be generated at all (a function, or a class with behaviour
 * declared outside the default library), or undefined. `undefined`/`null` members are looked
 * through, so `Location | undefined` of an optional property answers for `Location`.
 */
export function behaviourOf(ctx: Ctx, type: ts.Type): string | undefined {
  const parts = type.flags & F.Union ? (type as ts.UnionType).types.filter((m) => !(m.flags & (F.Undefined | F.Null | F.Void))) : [type];
  if (!parts.length) return undefined;
  const whys = parts.map((t): string | undefined => {
    if (t.flags & F.Object && isCallable(ctx, t) && ctx.checker.getPropertiesOfType(t).length === 0) return `a function (${ctx.checker.typeToString(t)})`;
    const d = t.symbol?.declarations?.[0];
    if (d && isLibFile(ctx, d.getSourceFile())) return undefined;
    const why = classBehaviour(ctx, t);
    return why && `class '${t.symbol.name}', which ${why}`;
  });
  return whys.every((w) => w !== undefined) ? whys[0] : undefined;
}
