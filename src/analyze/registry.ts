/**
 * One analyzer per TypeScript construct, tried in order: the first whose `supports` answers
 * true builds the IR node (as ts-json-schema-generator's NodeParsers do, but over checker types).
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { Node } from '../model/ir.js';
import { arrayAnalyzer, tupleAnalyzer } from './analyzers/array.js';
import { builtinAnalyzer } from './analyzers/builtin.js';
import { literalAnalyzer, templateAnalyzer } from './analyzers/literal.js';
import { objectAnalyzer } from './analyzers/object.js';
import { primitiveAnalyzer } from './analyzers/primitive.js';
import { referenceAnalyzer } from './analyzers/reference.js';
import { specialAnalyzer } from './analyzers/special.js';
import { taggedAnalyzer } from './analyzers/tagged.js';
import { unionAnalyzer } from './analyzers/union.js';
import { report, typeText, type Ctx, type Site } from './context.js';
import { applyConstraints } from './constraints.js';
import { CONSTRAINT_TAGS, customMutator, readTags } from './tags.js';

export type AnalyzeFn = (type: ts.Type, site: Site) => Node;

export interface Analyzer {
  name: string;
  supports(type: ts.Type, site: Site, ctx: Ctx): boolean;
  create(type: ts.Type, site: Site, ctx: Ctx, analyze: AnalyzeFn): Node;
}

export const analyzers: Analyzer[] = [
  specialAnalyzer,
  referenceAnalyzer,
  taggedAnalyzer,
  primitiveAnalyzer,
  unionAnalyzer,
  literalAnalyzer,
  templateAnalyzer,
  tupleAnalyzer,
  arrayAnalyzer,
  builtinAnalyzer,
  objectAnalyzer,
];

const MAX_DEPTH = 64;

/** Analyzes one type at a site; on failure reports a diagnostic and returns `never`. */
export function analyzeType(ctx: Ctx, type: ts.Type, site: Site): Node {
  if (site.depth > MAX_DEPTH) {
    report(ctx, site, AnalyzeCodes.unsupportedType, `type nests deeper than ${MAX_DEPTH} levels without a named declaration`, 'Give the nested part a name (an interface or type alias) so it can be referenced.');
    return { kind: 'never' };
  }
  const analyze: AnalyzeFn = (t, s) => analyzeType(ctx, t, s);
  const viaAlias = site.hint?.alias && aliasOfPrimitive(ctx, type, { ...site, hint: undefined }, site.hint.alias);
  if (viaAlias) return viaAlias;
  for (const a of analyzers) if (a.supports(type, site, ctx)) return a.create(type, site, ctx, analyze);
  report(ctx, site, AnalyzeCodes.unsupportedType, `cannot derive a mutator for type '${typeText(ctx, type)}'`, 'Plug a hand-written mutator with @mutator <module>#<export>.');
  return { kind: 'never' };
}

const PRIMITIVE = ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.BigInt | ts.TypeFlags.Boolean;

/**
 * A use of `type Line = string` whose declaration has tags: a reference to it when the input
 * exports it, else the primitive with the alias's tags applied.
 */
function aliasOfPrimitive(ctx: Ctx, type: ts.Type, site: Site, alias: ts.Symbol): Node | undefined {
  if (!(type.flags & PRIMITIVE) || type.aliasSymbol) return undefined;
  const d = alias.declarations?.[0];
  if (!d || !ts.isTypeAliasDeclaration(d) || d.getSourceFile().isDeclarationFile) return undefined;
  const aliased = ctx.checker.getTypeAtLocation(d.type);
  if (aliased !== type) return undefined;
  const tags = readTags(ctx, { ...site, at: d }, d).filter((t) => CONSTRAINT_TAGS.includes(t.name) || t.name === 'mutator');
  if (!tags.length) return undefined;
  const entry = ctx.decls.forSymbol(alias);
  if (entry?.exported) return entry.id === site.decl.id ? undefined : { kind: 'ref', target: entry.id, args: [] };
  const custom = customMutator(ctx, site, tags);
  if (custom) return { kind: 'custom', ...custom };
  return applyConstraints(ctx, site, analyzeType(ctx, type, site), tags);
}
