/**
 * typia's type-level tags: `number & tags.Minimum<0>`, `string[] & tags.MaxItems<3>`. A tag is an
 * intersection member whose only property is the optional `"typia.tag"` (typia's `TagBase`); its
 * `kind` and `value` are read from that property's type through the checker, never from the
 * written text, so aliases and re-exports of the tags work too. The kinds that have a JSDoc
 * equivalent become the same `Tag`s the JSDoc form gives and go through the same checks
 * (constraints.ts); documentation-only kinds are ignored; other kinds are DM1015.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../model/codes.js';
import type { Node } from '../model/ir.js';
import { applyConstraints, reportDuplicates } from './constraints.js';
import { report, typeText, warn, type Ctx, type Site } from './context.js';
import { CONSTRAINT_TAGS, type Tag } from './tags.js';

const F = ts.TypeFlags;
export const TAG_PROPERTY = 'typia.tag';

/**
 * Kinds that only document the type (JSON schema, protobuf, titles of constants): they have no
 * `validate`, so every value of the type satisfies them.
 */
const METADATA_KINDS = ['default', 'example', 'examples', 'jsonPlugin', 'contentMediaType', 'sequence', 'constant'];

/** Primitives and their literals: what a tag can sit on besides arrays and objects. */
const SCALAR = F.StringLike | F.NumberLike | F.BigIntLike | F.BooleanLike;

export interface TypeTag {
  /** the tag object type (`MinLength<3>`) */
  type: ts.Type;
  /** the type of its `"typia.tag"` property */
  props: ts.Type;
}

export interface Tagged {
  /** the intersection's members that are not tags */
  rest: ts.Type[];
  tags: TypeTag[];
}

/** The props type of a typia tag object, or undefined when `t` is not one. */
export function tagProps(ctx: Ctx, t: ts.Type): ts.Type | undefined {
  if (!(t.flags & F.Object)) return undefined;
  const props = ctx.checker.getPropertiesOfType(t);
  const p = props[0];
  if (props.length !== 1 || !p || p.name !== TAG_PROPERTY || !(p.flags & ts.SymbolFlags.Optional)) return undefined;
  if (ctx.checker.getIndexInfosOfType(t).length || ctx.checker.getSignaturesOfType(t, ts.SignatureKind.Call).length) return undefined;
  return ctx.checker.getNonNullableType(ctx.checker.getTypeOfSymbol(p));
}

/** An intersection with at least one typia tag among its members, split into the rest and the tags. */
export function splitTagged(ctx: Ctx, t: ts.Type): Tagged | undefined {
  if (!(t.flags & F.Intersection)) return undefined;
  const rest: ts.Type[] = [];
  const tags: TypeTag[] = [];
  for (const m of (t as ts.IntersectionType).types) {
    const props = tagProps(ctx, m);
    if (props) tags.push({ type: m, props });
    else rest.push(m);
  }
  return tags.length ? { rest, tags } : undefined;
}

function isEmptyObject(ctx: Ctx, m: ts.Type): boolean {
  return !!(m.flags & F.Object) && ctx.checker.getPropertiesOfType(m).length === 0 && ctx.checker.getIndexInfosOfType(m).length === 0 && ctx.checker.getSignaturesOfType(m, ts.SignatureKind.Call).length === 0;
}

/**
 * The one type the tags are attached to: the single other member, or the primitive of
 * `string & {} & tags.X` (the literal-union idiom). Undefined when several types remain.
 */
export function taggedBase(ctx: Ctx, tagged: Tagged): ts.Type | undefined {
  const { rest } = tagged;
  if (rest.length === 1) return rest[0];
  const scalars = rest.filter((m) => m.flags & SCALAR);
  return scalars.length === 1 && rest.every((m) => scalars.includes(m) || isEmptyObject(ctx, m)) ? scalars[0] : undefined;
}

/** A tagged primitive or literal (`number & tags.Type<'int32'>`): like a primitive, it is inlined where a non-exported alias of it is used. */
export function isTaggedScalar(ctx: Ctx, t: ts.Type): boolean {
  const tagged = splitTagged(ctx, t);
  const base = tagged && taggedBase(ctx, tagged);
  return !!base && !!(base.flags & SCALAR);
}

/** `t` without its tags when it is a tagged intersection with one base (for `true & tags.Default<true>`). */
export function untagged(ctx: Ctx, t: ts.Type): ts.Type {
  const tagged = splitTagged(ctx, t);
  return (tagged && taggedBase(ctx, tagged)) ?? t;
}

function propType(ctx: Ctx, props: ts.Type, name: string): ts.Type | undefined {
  const p = ctx.checker.getPropertyOfType(props, name);
  return p && ctx.checker.getTypeOfSymbol(p);
}

/** The text of a literal type as a JSDoc tag would carry it, or undefined when it is not a literal. */
function literalText(t: ts.Type): string | undefined {
  if (t.isStringLiteral()) return t.value;
  if (t.isNumberLiteral()) return String(t.value);
  if (t.flags & F.BigIntLiteral) {
    const { negative, base10Value } = (t as ts.BigIntLiteralType).value;
    return `${negative && base10Value !== '0' ? '-' : ''}${base10Value}`;
  }
  if (t.flags & F.BooleanLiteral) return (t as unknown as { intrinsicName: string }).intrinsicName;
  return undefined;
}

/** Where the tag is written: its type reference inside the site's declared type, else the site. */
function tagLocation(ctx: Ctx, site: Site, tagType: ts.Type): ts.Node {
  const at = site.at;
  const typeNode = ts.isPropertySignature(at) || ts.isPropertyDeclaration(at) || ts.isTypeAliasDeclaration(at) ? at.type : undefined;
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isTypeReferenceNode(n) && ctx.checker.getTypeFromTypeNode(n) === tagType) found = n;
    else ts.forEachChild(n, visit);
  };
  if (typeNode) visit(typeNode);
  return found ?? at;
}

/**
 * The constraint tags the type-level tags stand for. Documentation-only kinds are dropped; a kind
 * without a JSDoc equivalent is DM1015 (an error when it validates values, since generated values
 * could fail that validation; a warning when it does not); a non-literal value is DM1007.
 */
export function readTypeTags(ctx: Ctx, site: Site, tags: readonly TypeTag[]): Tag[] {
  const out: Tag[] = [];
  for (const { type, props } of tags) {
    const at = tagLocation(ctx, site, type);
    const label = typeText(ctx, type);
    const kindType = propType(ctx, props, 'kind');
    const kind = kindType?.isStringLiteral() ? kindType.value : undefined;
    if (kind !== undefined && METADATA_KINDS.includes(kind)) continue;
    if (kind === undefined || !CONSTRAINT_TAGS.includes(kind)) {
      const validate = propType(ctx, props, 'validate');
      const validates = !!validate && !(ctx.checker.getNonNullableType(validate).flags & F.Never);
      const what = kind === undefined ? `typia tag ${label} has no literal kind` : `typia tag kind '${kind}' (${label}) is not supported`;
      if (validates) {
        report(ctx, site, AnalyzeCodes.unsupportedTypeTag, `${what}; generated values may fail its validation`, 'Remove the tag, or plug a hand-written mutator that satisfies it with @mutator <module>#<export>.', at);
      } else {
        warn(ctx, site, AnalyzeCodes.unsupportedTypeTag, `${what}; it validates nothing, so it is ignored`, 'Remove the tag, or leave it: generated values are not affected.', at);
      }
      continue;
    }
    const valueType = propType(ctx, props, 'value');
    const text = valueType ? literalText(valueType) : undefined;
    if (text === undefined) {
      report(ctx, site, AnalyzeCodes.badTagValue, `${label} needs a literal value, got '${valueType ? typeText(ctx, valueType) : 'nothing'}'`, `Write the value as a literal type argument, e.g. tags.${kind[0]!.toUpperCase()}${kind.slice(1)}<3>.`, at);
      continue;
    }
    out.push({ name: kind, text, at, typeLevel: label });
  }
  return out;
}

/**
 * Applies a tagged intersection's tags to the node of its base. Constraints the site's JSDoc
 * also sets with another value are DM1007 here; the JSDoc tags themselves are applied by the
 * caller (so both combine, and its bound checks see both).
 */
export function applyTypeTags(ctx: Ctx, site: Site, node: Node, tags: readonly TypeTag[]): Node {
  const read = readTypeTags(ctx, site, tags);
  if (!read.length) return node;
  reportDuplicates(ctx, site, [...(site.tags ?? []), ...read]);
  return applyConstraints(ctx, site, node, read);
}
