/**
 * `@calls` on an exported class or interface: its public methods become the variants of a
 * resource-aware call sequence (the IR's `sequence` node, discriminant `method`), one call
 * object per method with a field per parameter. Handles (see handles.ts) become resource ids:
 * a method returning one creates it (the id goes in `$id`), a parameter of one uses it,
 * `@drops <param>` drops it; `@once` allows one call of the method per sequence (an `init`,
 * a `close`); `@requires` adds a precondition (requires.ts). A method whose parameters cannot be derived is reported and left
 * out; the other methods are still derived.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { CallMethod, CallParam, Field, Node, SequenceVariant } from '../model/ir.js';
import { applyConstraints, hasConstraintTags } from './constraints.js';
import { hintOf, report, warn, type Ctx, type Site } from './context.js';
import type { DeclEntry } from './decls.js';
import { handleResource } from './handles.js';
import { precondition } from './requires.js';
import { analyzeType } from './registry.js';
import { CONSTRAINT_TAGS, customMutator, rawTags, readTags, type Tags } from './tags.js';

export const DISCRIMINANT = 'method';
const ID_FIELD = '$id';
const ID_NODE: Node = { kind: 'number', integer: true, constraints: { minimum: 0 } };

function noteHandle(ctx: Ctx, h: { symbol?: ts.Symbol } | undefined): void {
  if (h?.symbol) (ctx.handles ??= new Set()).add(h.symbol);
}

export function isCallsDecl(e: DeclEntry): boolean {
  return rawTags(e.at).some((t) => t.name === 'calls');
}

interface Draft {
  method: CallMethod;
  fields: Field[];
  site: Site;
  at: ts.Node;
}

const isPublic = (p: ts.Symbol): boolean =>
  !p.name.startsWith('__') && !p.name.startsWith('#') && !p.declarations?.some((d) => (ts.getCombinedModifierFlags(d as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) !== 0);

/** Constraint tags written after `@param name` in the method's JSDoc (`@param key @maxLength 8`). */
function paramTags(tags: Tags): Map<string, Tags> {
  const out = new Map<string, Tags>();
  let current: string | undefined;
  for (const t of tags) {
    if (t.name === 'param') current = /^(?:\{[^}]*\}\s*)?\[?([\w$]+)/.exec(t.text)?.[1];
    else if (current !== undefined && (CONSTRAINT_TAGS.includes(t.name) || t.name === 'mutator')) out.set(current, [...(out.get(current) ?? []), t]);
    else current = undefined;
  }
  return out;
}

function paramTagsOf(ctx: Ctx, site: Site, decl: ts.ParameterDeclaration): Tags {
  return readTags(ctx, site, decl).filter((t) => t.name !== 'param');
}

/** Analyzes one method; undefined (after a diagnostic) when it cannot be called from data. */
function method(ctx: Ctx, e: DeclEntry, p: ts.Symbol, self: ts.Type): Draft | undefined {
  const at = p.valueDeclaration ?? p.declarations?.[0] ?? e.at;
  const probe: DeclEntry = { ...e, failed: false };
  const site: Site = { path: `${e.name}.${p.name}`, at, decl: probe, depth: 1 };
  const sigs = ctx.checker.getSignaturesOfType(ctx.checker.getTypeOfSymbol(p), ts.SignatureKind.Call);
  const sig = sigs[sigs.length - 1]; // the one `Parameters<>` sees
  if (!sig) return undefined;
  if (sig.typeParameters?.length) {
    report(ctx, site, AnalyzeCodes.unsupportedType, `method '${p.name}' of '${e.name}' is generic; its arguments cannot be derived`, `Give '${p.name}' concrete parameter types, or wrap it in a non-generic method.`);
    return undefined;
  }
  const tags = readTags(ctx, site, at);
  const byParam = paramTags(tags);
  const taken = new Set([DISCRIMINANT, ID_FIELD]);
  const params: CallParam[] = [];
  const fields: Field[] = [{ name: DISCRIMINANT, optional: false, readonly: false, node: { kind: 'constant', value: p.name } }];
  for (const ps of sig.parameters) {
    const d = ps.valueDeclaration as ts.ParameterDeclaration | undefined;
    if (!d || !ts.isParameter(d)) continue;
    let field = ps.name;
    while (taken.has(field)) field += '_';
    taken.add(field);
    const psite: Site = { ...site, path: `${site.path}(${ps.name})`, at: d };
    const type = ctx.checker.getTypeOfSymbolAtLocation(ps, d);
    const rest = !!d.dotDotDotToken;
    const optional = !rest && ctx.checker.isOptionalParameter(d);
    const handle = rest ? undefined : handleResource(ctx, type);
    const param: CallParam = { name: ps.name, field, optional };
    if (rest) param.rest = true;
    if (handle) {
      noteHandle(ctx, handle);
      param.handle = handle.resource;
      params.push(param);
      fields.push({ name: field, optional: false, readonly: false, node: ID_NODE, resources: { uses: [handle.resource] } });
      continue;
    }
    const ptags = [...paramTagsOf(ctx, psite, d), ...(byParam.get(ps.name) ?? [])];
    const custom = customMutator(ctx, psite, ptags);
    let node: Node = custom ? { kind: 'custom', ...custom } : analyzeType(ctx, type, { ...psite, tags: ptags, inline: hasConstraintTags(ptags), hint: hintOf(ctx, d.type) });
    if (optional && node.kind === 'optional') node = node.inner;
    if (!custom) node = applyConstraints(ctx, psite, node, ptags);
    params.push(param);
    fields.push({ name: field, optional, readonly: false, node });
  }
  for (const t of tags.filter((x) => x.name === 'drops')) {
    for (const name of t.text.split(/[\s,]+/).filter(Boolean)) {
      const target = params.find((x) => x.name === name);
      if (target?.handle) {
        target.drops = true;
        const f = fields.find((x) => x.name === target.field)!;
        f.resources = { drops: [target.handle] };
        continue;
      }
      const handles = params.filter((x) => x.handle).map((x) => x.name);
      report(ctx, site, AnalyzeCodes.callsBadDrops, `@drops ${name} on '${p.name}' names ${target ? 'a parameter that is not a handle' : 'no parameter'}`, handles.length ? `Name the handle parameter it drops: @drops ${handles.join(' or @drops ')}.` : `'${p.name}' takes no handle; remove @drops.`, t.at);
    }
    if (!t.text.trim()) report(ctx, site, AnalyzeCodes.callsBadDrops, `@drops on '${p.name}' names no parameter`, 'Write the handle parameter it drops, e.g. @drops txn.', t.at);
  }
  const requires = precondition(ctx, site, p.name, tags, params);
  if (probe.failed) return undefined;
  const ret = sig.getReturnType();
  const awaited = ctx.checker.getAwaitedType(ret) ?? ret;
  const m: CallMethod = { name: p.name, params };
  if (awaited !== ret) m.async = true;
  if (tags.some((t) => t.name === 'throws')) m.throws = true;
  if (tags.some((t) => t.name === 'once')) m.once = true;
  if (requires !== undefined) m.requires = requires;
  if ((awaited.flags & ts.TypeFlags.TypeParameter && (awaited as { isThisType?: boolean }).isThisType) || awaited === self) m.returnsSelf = true;
  const created = m.returnsSelf ? undefined : handleResource(ctx, awaited);
  if (created) {
    noteHandle(ctx, created);
    m.creates = created.resource;
    m.idField = ID_FIELD;
    fields.push({ name: ID_FIELD, optional: false, readonly: false, node: ID_NODE, resources: { creates: [created.resource] } });
  }
  return { method: m, fields, site, at };
}

/** The class's zero-argument construction (`new Store()`), or undefined with a DM1018 warning. */
function construct(ctx: Ctx, e: DeclEntry, site: Site): string | undefined {
  if (e.kindOfDecl !== 'class' || !e.symbol) return undefined;
  const d = e.symbol.declarations?.find(ts.isClassDeclaration);
  if (d && ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Abstract) return undefined;
  const sigs = ctx.checker.getSignaturesOfType(ctx.checker.getTypeOfSymbol(e.symbol), ts.SignatureKind.Construct);
  const bare = sigs.some((s) => s.parameters.every((p) => { const pd = p.valueDeclaration; return !!pd && ts.isParameter(pd) && (ctx.checker.isOptionalParameter(pd) || !!pd.dotDotDotToken); }));
  if (bare) return `new ${e.name}()`;
  const ctor = d?.members.find(ts.isConstructorDeclaration);
  warn(ctx, site, AnalyzeCodes.callsConstructorArgs, `the constructor of '${e.name}' needs arguments, so the calls cannot make an instance themselves`, `Pass them in create: run${e.name.replace(/\W/g, '_')}Calls(calls, () => new ${e.name}(...)); printed programs start with 'create()'.`, ctor);
  return undefined;
}

export function analyzeCalls(ctx: Ctx, e: DeclEntry, site: Site, tags: Tags): void {
  if (e.kindOfDecl !== 'class' && e.kindOfDecl !== 'interface') {
    report(ctx, site, AnalyzeCodes.tagConflict, '@calls belongs on a class or an interface with methods', 'Move @calls to the class or interface whose methods should be called.', tags.find((t) => t.name === 'calls')?.at);
    return;
  }
  if (e.typeParams.length) {
    report(ctx, site, AnalyzeCodes.unsupportedType, `'${e.name}' is generic; call sequences need a concrete API`, `Tag a non-generic interface that extends '${e.name}<...>' with @calls.`);
    return;
  }
  const candidates = ctx.checker.getPropertiesOfType(e.type).filter((p) => isPublic(p) && (p.flags & ts.SymbolFlags.Method || ctx.checker.getSignaturesOfType(ctx.checker.getTypeOfSymbol(p), ts.SignatureKind.Call).length > 0));
  let drafts = candidates.map((p) => method(ctx, e, p, e.type)).filter((x): x is Draft => x !== undefined);
  // a handle no method creates cannot be used: report those methods, repeat until stable
  for (let changed = true; changed; ) {
    changed = false;
    const created = new Set(drafts.flatMap((x) => (x.method.creates ? [x.method.creates] : [])));
    drafts = drafts.filter((x) => {
      const p = x.method.params.find((q) => q.handle && !created.has(q.handle));
      if (!p) return true;
      report(ctx, { ...x.site, decl: { ...e } }, AnalyzeCodes.uncreatedResource, `parameter '${p.name}' of '${x.method.name}' takes a '${p.handle}', but no method of '${e.name}' returns one`, `Add a method that returns a '${p.handle}', or make '${p.name}' plain data.`, x.at);
      changed = true;
      return false;
    });
  }
  if (!drafts.length) {
    report(ctx, site, AnalyzeCodes.callsNoMethods, candidates.length ? `no method of '${e.name}' can be called from generated data (see the errors above)` : `'${e.name}' is tagged @calls but has no public methods`, candidates.length ? 'Fix the methods reported above.' : 'Tag a class or interface with public methods, or remove @calls.', tags.find((t) => t.name === 'calls')?.at);
    return;
  }
  const variants: SequenceVariant[] = drafts.map(({ method: m, fields }) => {
    const v: SequenceVariant = { tag: m.name, node: { kind: 'object', fields } };
    const refs = (k: 'uses' | 'drops') => m.params.filter((p) => p.handle && !!p.drops === (k === 'drops')).map((p) => ({ field: p.field, resource: p.handle! }));
    if (m.creates) v.creates = [{ field: m.idField!, resource: m.creates }];
    if (refs('uses').length) v.uses = refs('uses');
    if (refs('drops').length) v.drops = refs('drops');
    if (m.once) v.once = true;
    return v;
  });
  const seq: Node = { kind: 'sequence', discriminant: DISCRIMINANT, variants, constraints: {} };
  e.node = applyConstraints(ctx, site, seq, tags.filter((t) => t.name === 'minItems' || t.name === 'maxItems'));
  const base = e.name.split('.').pop()!;
  const ctorText = construct(ctx, e, site);
  e.calls = {
    target: e.name,
    callType: `${e.name.replace(/\./g, '_')}Call`,
    instance: base.charAt(0).toLowerCase() + base.slice(1),
    ...(ctorText ? { construct: ctorText } : {}),
    methods: drafts.map((x) => x.method),
  };
  e.name = `${e.name}Calls`;
}
