/**
 * Object types: interfaces, type literals, classes without methods, mapped and utility types
 * and intersections of objects (the checker resolves and merges their properties). Functions,
 * methods and class instances with methods get diagnostics that point at `@mutator`.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../../model/codes.js';
import type { Field, Node, Resources } from '../../model/ir.js';
import { applyConstraints, hasConstraintTags } from '../constraints.js';
import { child, hintOf, report, typeText, warn, type Ctx, type Site } from '../context.js';
import type { AnalyzeFn, Analyzer } from '../registry.js';
import { customMutator, readResources, readTags, type Tags } from '../tags.js';
import { noteResources } from '../resources.js';
import { splitTagged, TAG_PROPERTY } from '../type-tags.js';
import { analyzingInline, anonymousRef } from '../anonymous.js';
import { behaviourOf, classBehaviour, isCallable } from '../leniency.js';

const F = ts.TypeFlags;
const HINT = 'Supply a hand-written mutator: add `@mutator <module>#<export>` to the JSDoc of this property or type.';
const isIdent = (s: string): boolean => /^[A-Za-z_$][\w$]*$/.test(s);

/** A function type, also `F | undefined` of optional members. */
function isFunction(ctx: Ctx, t: ts.Type): boolean {
  const parts = t.flags & F.Union ? (t as ts.UnionType).types.filter((m) => !(m.flags & (F.Undefined | F.Null))) : [t];
  return parts.length > 0 && parts.every((m) => isCallable(ctx, m) && ctx.checker.getPropertiesOfType(m).length === 0);
}

/** `string & {}` / `string & Record<never, never>` / `T & {}` (the "literal union" idiom): just the primitive or type parameter. */
export function primitiveOfIntersection(ctx: Ctx, t: ts.Type): ts.Type | undefined {
  if (!(t.flags & F.Intersection)) return undefined;
  const parts = (t as ts.IntersectionType).types;
  // `TLength & {}` on a type parameter (csstype's open unions): the parameter's values, less null/undefined
  const prims = parts.filter((m) => m.flags & (F.String | F.Number | F.BigInt | F.Boolean | F.TypeParameter));
  const empty = (m: ts.Type): boolean => !!(m.flags & F.Object) && ctx.checker.getPropertiesOfType(m).length === 0 && ctx.checker.getIndexInfosOfType(m).length === 0 && !isCallable(ctx, m);
  return prims.length === 1 && parts.every((m) => prims.includes(m) || empty(m)) ? prims[0] : undefined;
}

function field(ctx: Ctx, site: Site, p: ts.Symbol, analyze: AnalyzeFn): Field | undefined {
  const decl = p.valueDeclaration ?? p.declarations?.[0];
  const sub: Site = { ...child(site, isIdent(p.name) ? `.${p.name}` : `[${JSON.stringify(p.name)}]`, decl ?? site.at), decl: site.decl };
  const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
  const tags = decl ? readTags(ctx, sub, decl) : [];
  const readonly = !!decl && (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Readonly) !== 0;
  const resources = readResources(tags);
  const base = { name: p.name, optional, readonly, ...(resources ? { resources } : {}) };
  const custom = customMutator(ctx, sub, tags);
  if (custom) return { ...base, node: { kind: 'custom', ...custom } };
  const t = ctx.checker.getTypeOfSymbol(p);
  if (p.flags & ts.SymbolFlags.Method || isFunction(ctx, t)) {
    if (optional) {
      warn(ctx, sub, AnalyzeCodes.functionMember, `optional function '${p.name}' is left out of generated values`, HINT);
      return undefined;
    }
    report(ctx, sub, AnalyzeCodes.functionMember, `'${p.name}' is a function (${typeText(ctx, t)}); functions cannot be generated or serialized`, HINT);
    return undefined;
  }
  const behaviour = optional ? behaviourOf(ctx, t) : undefined;
  if (behaviour) {
    warn(ctx, sub, AnalyzeCodes.optionalPropertyDropped, `optional property '${p.name}' is left out of generated values: its type is ${behaviour}`, HINT);
    return undefined;
  }
  const typeNode = decl && (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl)) ? decl.type : undefined;
  let node = analyze(t, { ...sub, tags, inline: hasConstraintTags(tags), hint: hintOf(ctx, typeNode) });
  if (optional && node.kind === 'optional') node = node.inner;
  node = applyConstraints(ctx, sub, node, tags);
  if (optional && node.kind === 'never') return undefined;
  if (resources) node = resourceField(ctx, sub, node, resources, tags);
  return { ...base, node };
}

/**
 * A property with resource tags holds an id: a number (generated as a non-negative integer, which
 * the sequence overwrites). `@swarm` must sit on an array of a discriminated union (the array
 * analyzer has turned it into a sequence, or reported why not).
 */
function resourceField(ctx: Ctx, site: Site, node: Node, r: Resources, tags: Tags): Node {
  const idTag = tags.find((t) => t.name === 'creates' || t.name === 'uses' || t.name === 'drops');
  if (idTag) {
    const names = [...(r.creates ?? []), ...(r.uses ?? []), ...(r.drops ?? [])];
    if (!names.length) report(ctx, site, AnalyzeCodes.badTagValue, `@${idTag.name} needs a resource name`, `Write e.g. '@${idTag.name} module'.`, idTag.at);
    else if (node.kind !== 'number') report(ctx, site, AnalyzeCodes.tagConflict, `@${idTag.name} needs a number property (an id), not a ${node.kind === 'literals' ? 'literal union' : node.kind}`, 'Put resource tags on the number property that holds the id.', idTag.at);
    else {
      noteResources(ctx, site, idTag.at, r);
      if (!Object.keys(node.constraints).length) node = { kind: 'number', integer: true, constraints: { minimum: 0 } };
    }
  }
  const swarmTag = tags.find((t) => t.name === 'swarm');
  if (swarmTag && r.swarm && node.kind !== 'sequence' && node.kind !== 'array' && node.kind !== 'never') {
    report(ctx, site, AnalyzeCodes.tagConflict, `@swarm applies to an array of a discriminated union, not to a ${node.kind}`, node.kind === 'ref' ? 'Put @swarm on the array type alias itself.' : 'Remove @swarm (unions and enums are swarm-generated anyway).', swarmTag.at);
  }
  return node;
}

export const objectAnalyzer: Analyzer = {
  name: 'object',
  supports: (t) => !!(t.flags & (F.Object | F.Intersection)),
  create(t, site, ctx, analyze): Node {
    const prim = primitiveOfIntersection(ctx, t);
    if (prim) return analyze(prim, site);
    const again = t.aliasSymbol ? undefined : anonymousRef(ctx, t, site);
    if (again) return again;
    return analyzingInline(t, site, () => objectNode(t, site, ctx, analyze));
  },
};

/**
 * A mapped type over a type parameter (`{ [P in keyof T]: … }`, `Pick<T, …>`): its properties
 * depend on the argument, so the checker resolves none. Derived alone it would be `{}`, which is
 * not the type's values; only an instantiation can be derived.
 */
function mappedOverParameter(ctx: Ctx, t: ts.Type, site: Site): boolean {
  if (!site.decl.typeParams.length) return false;
  const parts = t.flags & F.Intersection ? (t as ts.IntersectionType).types : [t];
  return parts.some((m) => m.flags & F.Object && ((m as ts.ObjectType).objectFlags & ts.ObjectFlags.Mapped) !== 0 && ctx.checker.getPropertiesOfType(m).length === 0 && ctx.checker.getIndexInfosOfType(m).length === 0);
}

function objectNode(t: ts.Type, site: Site, ctx: Ctx, analyze: AnalyzeFn): Node {
  {
    if (mappedOverParameter(ctx, t, site)) {
      report(ctx, site, AnalyzeCodes.unsupportedType, `'${typeText(ctx, t)}' maps over a type parameter: its properties depend on the type argument`, 'Derive a concrete instantiation (e.g. a type alias with the arguments filled in).');
      return { kind: 'never' };
    }
    if (t.flags & F.Intersection && !(t as ts.IntersectionType).types.every((m) => m.flags & F.Object)) {
      report(ctx, site, AnalyzeCodes.unsupportedType, `intersection '${typeText(ctx, t)}' mixes a primitive with an object (a branded type?)`, HINT);
      return { kind: 'never' };
    }
    if (isCallable(ctx, t)) {
      report(ctx, site, AnalyzeCodes.functionMember, `'${typeText(ctx, t)}' is a function type; functions cannot be generated or serialized`, HINT);
      return { kind: 'never' };
    }
    const props = ctx.checker.getPropertiesOfType(t);
    const isClass = !!t.symbol && (t.symbol.flags & ts.SymbolFlags.Class) !== 0;
    const why = isClass ? classBehaviour(ctx, t) : undefined;
    if (why) {
      report(ctx, site, AnalyzeCodes.classWithMethods, `'${t.symbol.name}' is a class that ${why}; its instances cannot be built from plain data`, HINT);
      return { kind: 'never' };
    }
    if (isClass && site.inline) warn(ctx, site, AnalyzeCodes.classAsPlainData, `class '${t.symbol.name}' has fields only and is derived as plain objects: generated values are not 'instanceof ${t.symbol.name}'`, 'Compare values structurally, or plug @mutator with a factory that constructs instances.');
    const fields: Field[] = [];
    const typiaTagged = !!splitTagged(ctx, t);
    for (const p of props) {
      if (typiaTagged && p.name === TAG_PROPERTY) continue; // typia's tags, applied by the tagged analyzer
      if (p.name.startsWith('__@') || p.escapedName.toString().startsWith('__@')) {
        report(ctx, site, AnalyzeCodes.unsupportedType, `symbol-keyed property '${p.name}' cannot be generated`, HINT, p.declarations?.[0]);
        continue;
      }
      const f = field(ctx, site, p, analyze);
      if (f) fields.push(f);
    }
    let index: { key: Node; value: Node } | undefined;
    for (const info of ctx.checker.getIndexInfosOfType(t)) {
      const sub = child(site, '[key]');
      const key: Node = info.keyType.flags & F.Number ? { kind: 'string', constraints: { pattern: '^(?:0|[1-9][0-9]{0,5})$' } } : analyze(info.keyType, sub);
      if (key.kind !== 'string' && key.kind !== 'literals') {
        report(ctx, sub, AnalyzeCodes.unsupportedType, `index signature key '${typeText(ctx, info.keyType)}' is not supported`, 'Use a string, number or template literal key.');
        continue;
      }
      let value = analyze(info.type, child(site, '[string]'));
      if (value.kind === 'optional') value = value.inner;
      index ??= { key, value };
    }
    if (!fields.length && index) return { kind: 'record', key: index.key, value: index.value, constraints: {} };
    return index ? { kind: 'object', fields, index } : { kind: 'object', fields };
  }
}
