/**
 * Resource-aware sequences (`@creates`/`@uses`/`@drops <resource>` on id properties of a
 * discriminated union's members, `@swarm` on an array): an array of such a union becomes a
 * `sequence` node. Also the checks: a resource tag needs a number property, `@swarm` an array
 * of a discriminated union, and every used or dropped resource must be created somewhere.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { Node, ResourceRef, SequenceVariant } from '../model/ir.js';
import { child, locate, report, type Ctx, type Site } from './context.js';
import type { AnalyzeFn } from './registry.js';
import { findTag, rawTags, stripBraces } from './tags.js';
import { discriminantOf, memberTagged, weightOf } from './analyzers/union.js';
import { literalValue } from './analyzers/literal.js';

const F = ts.TypeFlags;
const KINDS = ['creates', 'uses', 'drops'] as const;
type RefKind = (typeof KINDS)[number];

interface TaggedRef extends ResourceRef {
  kind: RefKind;
  at: ts.Node;
}

/** The resource tags on the properties of one union member, read from the declarations. */
function memberRefs(ctx: Ctx, m: ts.Type): TaggedRef[] {
  const out: TaggedRef[] = [];
  for (const p of ctx.checker.getPropertiesOfType(m)) {
    const d = p.valueDeclaration ?? p.declarations?.[0];
    if (!d) continue;
    for (const tag of rawTags(d)) {
      const kind = tag.name as RefKind;
      if (!KINDS.includes(kind)) continue;
      for (const resource of stripBraces(tag.text).split(/[\s,]+/).filter(Boolean)) out.push({ kind, field: p.name, resource, at: tag.at });
    }
  }
  return out;
}

/** Resources used or dropped per file, checked against the created ones once the file is analyzed. */
export interface ResourceUse {
  resource: string;
  kind: RefKind;
  site: Site;
  at: ts.Node;
}

export function noteResources(ctx: Ctx & { resources?: { created: Set<string>; used: ResourceUse[] } }, site: Site, at: ts.Node, r: { creates?: string[]; uses?: string[]; drops?: string[] }): void {
  const book = (ctx.resources ??= { created: new Set(), used: [] });
  for (const x of r.creates ?? []) book.created.add(x);
  for (const k of ['uses', 'drops'] as const) for (const x of r[k] ?? []) book.used.push({ resource: x, kind: k, site, at });
}

/** DM1014 for every resource used or dropped in the file but created nowhere in it. */
export function checkCreated(ctx: Ctx & { resources?: { created: Set<string>; used: ResourceUse[] } }): void {
  const book = ctx.resources;
  if (!book) return;
  for (const u of book.used) {
    if (book.created.has(u.resource)) continue;
    const where = locate(ctx, u.at);
    if (ctx.diagnostics.some((d) => d.code === AnalyzeCodes.uncreatedResource && d.file === where.file && d.line === where.line && d.column === where.column)) {
      u.site.decl.failed = true; // already reported by the sequence that holds it
      continue;
    }
    report(ctx, u.site, AnalyzeCodes.uncreatedResource, `resource '${u.resource}' is ${u.kind === 'uses' ? 'used' : 'dropped'} but no property creates it`, `Tag the id property of the call that makes a '${u.resource}' with '@creates ${u.resource}', or fix the resource name.`, u.at);
  }
  book.used.length = 0;
}

/**
 * For an array whose element is a discriminated union with resource tags (or an array tagged
 * `@swarm`): the sequence node. Undefined for a plain array (after reporting a misplaced @swarm).
 */
export function sequenceOf(ctx: Ctx, site: Site, elem: ts.Type, analyze: AnalyzeFn): Node | undefined {
  const swarmTag = findTag(site.tags, 'swarm');
  const swarm = !!swarmTag && swarmTag.text !== 'false';
  const notSequence = (why: string): undefined => {
    if (swarm) report(ctx, site, AnalyzeCodes.tagConflict, `@swarm needs an array of a discriminated union, but ${why}`, 'Use @swarm on an array (or array alias) of a union of object types that share a literal discriminant property, or remove it (unions and enums are swarm-generated anyway).', swarmTag!.at);
    return undefined;
  };
  if (!(elem.flags & F.Union)) return notSequence('the element is not a union');
  const members = (elem as ts.UnionType).types;
  const discriminant = discriminantOf(ctx, members);
  if (!discriminant || members.some((m) => m.flags & (F.Null | F.Undefined | F.Void))) return notSequence('the element union has no discriminant property (or includes null/undefined)');
  const refs = members.map((m) => memberRefs(ctx, m));
  if (!swarm && refs.every((r) => r.length === 0)) return undefined;
  // the sequence needs every used or dropped resource created by one of its variants
  const created = new Set(refs.flat().filter((r) => r.kind === 'creates').map((r) => r.resource));
  let ok = true;
  for (const r of refs.flat()) {
    if (r.kind === 'creates' || created.has(r.resource)) continue;
    report(ctx, site, AnalyzeCodes.uncreatedResource, `resource '${r.resource}' is ${r.kind === 'uses' ? 'used' : 'dropped'} by '${discriminant}: ${JSON.stringify(literalValue(ctx.checker.getTypeOfSymbol(ctx.checker.getPropertyOfType(members[refs.findIndex((x) => x.includes(r))]!, discriminant)!)))}' but no member of the union creates it`, `Add a member whose id property is tagged '@creates ${r.resource}', or fix the resource name.`, r.at);
    ok = false;
  }
  const elemNode = analyze(elem, child(site, '[]'));
  if (!ok) return { kind: 'never' };
  const variants: SequenceVariant[] = members.map((m, i) => {
    const node = analyze(m, { ...child(site, `[]|${i}`), decl: site.decl });
    const tag = literalValue(ctx.checker.getTypeOfSymbol(ctx.checker.getPropertyOfType(m, discriminant)!))!;
    const v: SequenceVariant = { tag, node };
    const weight = weightOf(ctx, site, m);
    if (weight !== undefined) v.weight = weight;
    if (memberTagged(ctx, site, m, 'once')) v.once = true;
    for (const k of KINDS) {
      const list = refs[i]!.filter((r) => r.kind === k).map(({ field, resource }) => ({ field, resource }));
      if (list.length) v[k] = list;
    }
    return v;
  });
  return { kind: 'sequence', discriminant, variants, ...(elemNode.kind === 'ref' ? { element: elemNode.target } : {}), constraints: {} };
}
