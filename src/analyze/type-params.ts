/**
 * Type parameters' constraints as the generated factory writes them. A factory
 * `featureMutator<G, P>` whose body uses `Feature<G>` does not compile when `Feature` constrains
 * `G extends Geometry | null`; the factory must declare the same constraint. It can be written
 * when each alternative of the constraint is a keyword type or an exported, non-generic type of
 * the same input (`T.Geometry`); other constraints are left out (the body may then need them).
 */
import { ts } from 'ts-morph';
import type { Ctx } from './context.js';
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

/** per type parameter of `e`, its constraint's text (undefined: none, or none that can be written); undefined when no parameter has one */
export function typeParamConstraints(ctx: Ctx, e: DeclEntry): (string | undefined)[] | undefined {
  if (!e.typeParams.length) return undefined;
  const nodes = parameterNodes(e);
  const out = e.typeParams.map((name) => {
    const n = nodes.find((p) => p.name.text === name)?.constraint;
    return n ? constraintText(ctx, n) : undefined;
  });
  return out.some((x) => x !== undefined) ? out : undefined;
}
