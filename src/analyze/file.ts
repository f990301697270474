/**
 * Analyzes one input file: every exported type alias, interface, enum and class (also inside
 * exported namespaces, and re-exports) becomes an exported declaration; the types they use are
 * analyzed as helpers. Then the model is finished (see finish.ts).
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { Model } from '../model/ir.js';
import { applyConstraints } from './constraints.js';
import { hintOf, locate, relFile, report, type Ctx, type Site } from './context.js';
import { declKind, type DeclEntry } from './decls.js';
import { finishModel } from './finish.js';
import { analyzeType } from './registry.js';
import { customMutator, readResources, readTags } from './tags.js';
import { checkCreated } from './resources.js';
import { analyzeCalls, isCallsDecl } from './calls.js';
import { typeParamDefaults } from './type-params.js';

const MAX_DECLS = 10_000;

function typeParamsOf(ctx: Ctx, s: ts.Symbol, kind: DeclEntry['kindOfDecl']): string[] {
  if (kind === 'alias') {
    const d = s.declarations?.find(ts.isTypeAliasDeclaration);
    return d?.typeParameters?.map((p) => p.name.text) ?? [];
  }
  if (kind === 'enum') return [];
  return ((ctx.checker.getDeclaredTypeOfSymbol(s) as ts.InterfaceType).typeParameters ?? []).map((p) => p.symbol.name);
}

function collect(ctx: Ctx, moduleSymbol: ts.Symbol, prefix: string, seen: Set<ts.Symbol>): void {
  const exports = ctx.checker.getExportsOfModule(moduleSymbol);
  for (const exp of exports) {
    const s = exp.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(exp) : exp;
    if (seen.has(s)) continue;
    seen.add(s);
    const kind = declKind(s);
    const at = s.declarations?.[0];
    if (kind && at && exp.name !== 'export=') {
      const type = ctx.checker.getDeclaredTypeOfSymbol(s);
      // `export default interface Account` is keyed `Account` (typed `T.default`), unless that name is taken
      const declared = ts.getNameOfDeclaration(at as ts.Declaration);
      const own = declared && ts.isIdentifier(declared) ? declared.text : s.name;
      const byName = exp.name === 'default' && own !== 'default' && !exports.some((e) => e.name === own);
      const name = prefix + (byName ? own : exp.name);
      ctx.decls.add({ name, ...(byName ? { typeName: prefix + exp.name } : {}), exported: true, symbol: s, type, typeParams: typeParamsOf(ctx, s, kind), at, kindOfDecl: kind }, { symbol: s });
    }
    const nested = exp.name === 'export=' ? prefix : `${prefix}${exp.name}.`;
    if (s.flags & (ts.SymbolFlags.NamespaceModule | ts.SymbolFlags.ValueModule) && s.exports?.size) collect(ctx, s, nested, seen);
  }
}

function analyzeEntry(ctx: Ctx, e: DeclEntry): void {
  const site: Site = { path: e.name, at: e.at, decl: e, inline: true, depth: 0 };
  if (e.exported && ts.isTypeAliasDeclaration(e.at)) {
    const hint = hintOf(ctx, e.at.type);
    if (hint) site.hint = hint; // `type Source = Line[]`, `type Name = Line`
  }
  const tags = readTags(ctx, site, e.at);
  site.tags = tags;
  if (tags.some((t) => t.name === 'calls')) return analyzeCalls(ctx, e, site, tags);
  if (e.symbol && ctx.handles?.has(e.symbol)) {
    e.handle = true; // a handle of a @calls API: its values come from the API, not from data
    return;
  }
  const resources = readResources(tags);
  if (resources) e.resources = resources;
  const custom = customMutator(ctx, site, tags);
  if (custom) {
    e.node = { kind: 'custom', ...custom };
    return;
  }
  e.node = applyConstraints(ctx, site, analyzeType(ctx, e.type, site), tags);
  const defaults = typeParamDefaults(ctx, e, site);
  if (defaults) e.typeParamDefaults = defaults;
  const idTag = tags.find((t) => t.name === 'creates' || t.name === 'uses' || t.name === 'drops');
  if (idTag) report(ctx, site, AnalyzeCodes.tagConflict, `@${idTag.name} belongs on the id property of a union member, not on a declaration`, `Move it to the number property that holds the id, e.g. '/** @${idTag.name} ${idTag.text || 'module'} */ id: number'.`, idTag.at);
  const swarmTag = tags.find((t) => t.name === 'swarm');
  if (swarmTag && resources?.swarm && e.node.kind !== 'sequence' && e.node.kind !== 'array' && e.node.kind !== 'never') {
    report(ctx, site, AnalyzeCodes.tagConflict, `@swarm applies to an array of a discriminated union, not to a ${e.node.kind === 'literals' ? 'literal union' : e.node.kind}`, 'Put @swarm on an array type (alias or property) of a discriminated union, or remove it.', swarmTag.at);
  }
}

export function analyzeFile(ctx: Ctx, sf: ts.SourceFile): Model {
  const file = relFile(ctx, sf.fileName);
  const syntax = ctx.program.getSyntacticDiagnostics(sf);
  for (const d of syntax) {
    const lc = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    ctx.diagnostics.push({ code: AnalyzeCodes.syntaxError, severity: 'error', file, line: lc.line + 1, column: lc.character + 1, message: `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`, hint: 'Fix the syntax error; nothing is generated for this file until then.' });
  }
  if (syntax.length) return { file, decls: [], failed: [] };
  const moduleSymbol = ctx.checker.getSymbolAtLocation(sf);
  if (moduleSymbol) collect(ctx, moduleSymbol, '', new Set());
  // @calls declarations first: they say which exported types are handles
  ctx.decls.queue.sort((a, b) => Number(isCallsDecl(b)) - Number(isCallsDecl(a)));
  while (ctx.decls.queue.length) {
    const e = ctx.decls.queue.shift()!;
    if (ctx.decls.entries.length > MAX_DECLS) {
      report(ctx, { path: e.name, at: e.at, decl: e, depth: 0 }, AnalyzeCodes.unsupportedType, `more than ${MAX_DECLS} declarations and instantiations are needed`, 'Derive a smaller part of the types, or plug @mutator for deeply generic types.');
      ctx.decls.queue.length = 0;
      break;
    }
    try {
      analyzeEntry(ctx, e);
    } catch (err) {
      // a TypeScript shape the analyzers did not expect: report it against the type, keep going
      report(ctx, { path: e.name, at: e.at, decl: e, depth: 0 }, AnalyzeCodes.emitFailed, `internal error while analyzing: ${(err as Error).message}`, 'Please report this with the type; plug @mutator on it meanwhile.');
    }
  }
  checkCreated(ctx);
  const decls = finishModel(ctx, ctx.decls.entries, (e) => ({ file: locate(ctx, e.at).file ?? file, ...locate(ctx, e.at) }));
  const kept = new Set(decls.map((d) => d.id));
  return { file, decls, failed: ctx.decls.entries.filter((e) => e.exported && !e.handle && !kept.has(e.id)).map((e) => e.name) };
}
