/**
 * Type parameters' constraints as the generated factory writes them. A factory
 * `featureMutator<G, P>` whose body uses `Feature<G>` does not compile when `Feature` constrains
 * `G extends Geometry | null`; the factory must declare the same constraint. It can be written
 * when each alternative of the constraint is a keyword type or an exported, non-generic type of
 * the same input (`T.Geometry`); other constraints are left out (the body may then need them).
 * Defaults: when every parameter has one (and none refers to another parameter), the defaults
 * are derived too, so the factory's type-parameter mutators become optional and `mutators.Foo()`
 * is `Foo` with its defaults (and gets a serializer).
 */
import { ts } from 'ts-morph';
import { child, type Ctx, type Site } from './context.js';
import type { Node } from '../model/ir.js';
import { analyzeType } from './registry.js';
import type { DeclEntry } from './decls.js';

const F = ts.TypeFlags;
const KEYWORDS: [number, string][] = [
  [F.Null, 'null'], [F.Undefined, 'undefined'], [F.String, 'string'], [F.Number, 'number'], [F.BigInt, 'bigint'],
  [F.Boolean, 'boolean'], [F.Unknown, 'unknown'], [F.Any, 'any'], [F.ESSymbol, 'symbol'], [F.Void, 'void'],
];

function partText(ctx: Ctx, t: ts.Type): string | undefined {
  for (const [flag, word] of KEYWORDS) if (t.flags & flag) return word;
  if (t.flags & F.BooleanLiteral) return 'boolean';
  if (t.flags & (F.StringLiteral | F.NumberLiteral)) return JSON.stringify((t as ts.LiteralType).value);
  const s = t.aliasSymbol ?? t.symbol;
  const e = s && ctx.decls.forSymbol(s);
  if (!e || !e.exported || e.typeParams.length || e.failed) return undefined;
  return `T.${e.typeName ?? e.name}`;
}

/** the text of constraint `n` (split as written: `Geometry | null`), or undefined when some alternative cannot be named from the generated file */
function constraintText(ctx: Ctx, n: ts.TypeNode): string | undefined {
  const nodes = ts.isUnionTypeNode(n) ? n.types : [n];
  const texts = nodes.map((p) => (ts.isTypeReferenceNode(p) && p.typeArguments?.length ? undefined : partText(ctx, ctx.checker.getTypeFromTypeNode(p))));
  if (texts.some((x) => x === undefined)) return undefined;
  return [...new Set(texts)].join(' | ');
}

function parameterNodes(e: DeclEntry): readonly ts.TypeParameterDeclaration[] {
  for (const d of e.symbol?.declarations ?? []) {
    if ((ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d)) && d.typeParameters) return d.typeParameters;
  }
  return [];
}

/**
 * per type parameter of `e`, the text of its constraint or its default as generated code writes it
 * (undefined: none, or none that can be written); undefined when no parameter has one
 */
export function typeParamTexts(ctx: Ctx, e: DeclEntry, which: 'constraint' | 'default'): (string | undefined)[] | undefined {
  if (!e.typeParams.length) return undefined;
  const nodes = parameterNodes(e);
  const out = e.typeParams.map((name) => {
    const n = nodes.find((p) => p.name.text === name)?.[which];
    return n ? constraintText(ctx, n) : undefined;
  });
  return out.some((x) => x !== undefined) ? out : undefined;
}

/** the defaults' nodes when every type parameter of `e` has a default that does not use a parameter */
export function typeParamDefaults(ctx: Ctx, e: DeclEntry, site: Site): Node[] | undefined {
  if (!e.typeParams.length) return undefined;
  const nodes = parameterNodes(e);
  const defaults = e.typeParams.map((name) => nodes.find((p) => p.name.text === name)?.default);
  if (defaults.some((d) => d === undefined)) return undefined;
  const types = defaults.map((d) => ctx.checker.getTypeFromTypeNode(d!));
  if (types.some((t) => usesParameter(t))) return undefined;
  const before = ctx.diagnostics.length;
  const out = types.map((t, i) => analyzeType(ctx, t, child(site, `<${e.typeParams[i]} default>`)));
  if (ctx.diagnostics.slice(before).some((d) => d.severity === 'error') || out.some((n) => n.kind === 'never')) {
    ctx.diagnostics.length = before; // a default that cannot be derived only loses the zero-argument factory
    return undefined;
  }
  return out;
}

function usesParameter(t: ts.Type): boolean {
  if (t.flags & F.TypeParameter) return true;
  if (t.flags & (F.Union | F.Intersection)) return (t as ts.UnionOrIntersectionType).types.some(usesParameter);
  return false;
}
