/** What every analyzer receives: the checker, the diagnostics sink and the declaration registry. */
import path from 'node:path';
import { ts } from 'ts-morph';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DeclRegistry, DeclEntry } from './decls.js';
import type { Tags } from './tags.js';
import type { ResourceUse } from './resources.js';

export interface Ctx {
  checker: ts.TypeChecker;
  program: ts.Program;
  root: string;
  diagnostics: Diagnostic[];
  decls: DeclRegistry;
  /** resources created, used and dropped in the file (checked once it is analyzed) */
  resources?: { created: Set<string>; used: ResourceUse[] };
  /** handle types of the file's `@calls` declarations (not derived as values) */
  handles?: Set<ts.Symbol>;
}

/** Where in the type a node is analyzed: for type paths, locations and tags. */
export interface Site {
  /** e.g. 'Foo.bar[]' */
  path: string;
  /** syntax node used for the location */
  at: ts.Node;
  /** the declaration being analyzed */
  decl: DeclEntry;
  /** JSDoc tags that apply at this site (property or declaration) */
  tags?: Tags;
  /** analyze the type's structure even if it is a named declaration (root, or tags present) */
  inline?: boolean;
  /** what the syntax says where the checker forgets it (an alias of a primitive) */
  hint?: TypeHint;
  depth: number;
}

/**
 * The checker does not keep the alias of a primitive (`type Line = string` is just `string`), so
 * the tags on such an alias would be lost where it is used. The written type node says which
 * alias it was: `alias` for a reference to it, `element` for the element of an array type.
 */
export interface TypeHint {
  alias?: ts.Symbol;
  element?: TypeHint;
}

export function hintOf(ctx: Ctx, n: ts.TypeNode | undefined): TypeHint | undefined {
  if (!n) return undefined;
  if (ts.isParenthesizedTypeNode(n)) return hintOf(ctx, n.type);
  if (ts.isTypeOperatorNode(n) && n.operator === ts.SyntaxKind.ReadonlyKeyword) return hintOf(ctx, n.type);
  // `Port & tags.Maximum<100>`: the alias among the members (typia tags are type aliases of objects)
  if (ts.isIntersectionTypeNode(n)) {
    const primitive = (h: TypeHint | undefined): boolean => !!h?.alias && !!(ctx.checker.getDeclaredTypeOfSymbol(h.alias).flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.BigInt | ts.TypeFlags.Boolean));
    return n.types.map((m) => hintOf(ctx, m)).find(primitive);
  }
  if (ts.isArrayTypeNode(n)) {
    const element = hintOf(ctx, n.elementType);
    return element && { element };
  }
  if (ts.isTypeReferenceNode(n)) {
    let s = ctx.checker.getSymbolAtLocation(n.typeName);
    if (s && s.flags & ts.SymbolFlags.Alias) s = ctx.checker.getAliasedSymbol(s);
    if (!s) return undefined;
    const name = ts.isIdentifier(n.typeName) ? n.typeName.text : '';
    if ((name === 'Array' || name === 'ReadonlyArray') && n.typeArguments?.length === 1) {
      const element = hintOf(ctx, n.typeArguments[0]);
      return element && { element };
    }
    const d = s.declarations?.[0];
    if (s.flags & ts.SymbolFlags.TypeAlias && d && ts.isTypeAliasDeclaration(d) && !d.typeParameters) return { alias: s };
  }
  return undefined;
}

export function child(site: Site, suffix: string, at?: ts.Node): Site {
  return { path: site.path + suffix, at: at ?? site.at, decl: site.decl, depth: site.depth + 1 };
}

export function relFile(ctx: Ctx, file: string): string {
  const rel = path.relative(ctx.root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

export function locate(ctx: Ctx, node: ts.Node): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  const sf = node.getSourceFile();
  const pos = node.pos >= 0 && node.end > 0 ? node.getStart(sf) : 0;
  const lc = sf.getLineAndCharacterOfPosition(pos);
  return { file: relFile(ctx, sf.fileName), line: lc.line + 1, column: lc.character + 1 };
}

export function report(ctx: Ctx, site: Site, code: string, message: string, hint?: string, at?: ts.Node): void {
  site.decl.failed = true;
  // the same problem reached twice (a union member analyzed for the union and for a sequence)
  const where = locate(ctx, at ?? site.at);
  if (ctx.diagnostics.some((d) => d.code === code && d.message === message && d.file === where.file && d.line === where.line && d.column === where.column)) return;
  ctx.diagnostics.push({ code, severity: 'error', ...locate(ctx, at ?? site.at), typePath: site.path, message, ...(hint ? { hint } : {}) });
}

/** A warning: reported, but the declaration is still derived. */
export function warn(ctx: Ctx, site: Site, code: string, message: string, hint?: string, at?: ts.Node): void {
  const where = locate(ctx, at ?? site.at);
  if (ctx.diagnostics.some((d) => d.code === code && d.message === message && d.file === where.file && d.line === where.line && d.column === where.column)) return;
  ctx.diagnostics.push({ code, severity: 'warning', ...where, typePath: site.path, message, ...(hint ? { hint } : {}) });
}

export function typeText(ctx: Ctx, type: ts.Type): string {
  return ctx.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
}

export function isLibFile(ctx: Ctx, sf: ts.SourceFile): boolean {
  return ctx.program.isSourceFileDefaultLibrary(sf) || /[\\/]typescript[\\/]lib[\\/]lib\..*\.d\.ts$/.test(sf.fileName);
}

/** The object flags of a type (0 for non-object types). */
export function objectFlags(t: ts.Type): number {
  return t.flags & ts.TypeFlags.Object ? (t as ts.ObjectType).objectFlags : 0;
}
