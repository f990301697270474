/**
 * Unions (also `boolean`-containing unions and enums): members analyzed one by one, `true|false`
 * folded back into boolean, `@weight n` read from a member's declaration, a discriminant found
 * from the checker (a property every member has with distinct literal types), then normalised.
 */
import { ts } from 'ts-morph';
import { normaliseUnion } from '../../model/normalise.js';
import type { Node, UnionMember } from '../../model/ir.js';
import { typeText, warn, type Ctx, type Site } from '../context.js';
import { AnalyzeCodes } from '../../model/codes.js';
import { behaviourOf } from '../leniency.js';
import type { Analyzer } from '../registry.js';
import { findTag, numberTag, readTags } from '../tags.js';
import { literalValue } from './literal.js';
import { applyTypeTags, splitTagged, untagged } from '../type-tags.js';

const F = ts.TypeFlags;

/** the tag `name` on a union member's own declaration (not in an installed package's declarations) */
function memberTag(ctx: Ctx, site: Site, t: ts.Type, name: string): ReturnType<typeof findTag> {
  const d = (t.aliasSymbol ?? t.symbol)?.declarations?.[0];
  if (!d || d.getSourceFile().isDeclarationFile) return undefined;
  return findTag(readTags(ctx, { ...site, at: d }, d), name);
}

export function weightOf(ctx: Ctx, site: Site, t: ts.Type): number | undefined {
  const tag = memberTag(ctx, site, t, 'weight');
  return tag ? numberTag(ctx, site, tag) : undefined;
}

/** true when the member's own declaration carries the tag (`@once` on a sequence member) */
export function memberTagged(ctx: Ctx, site: Site, t: ts.Type, name: string): boolean {
  return memberTag(ctx, site, t, name) !== undefined;
}


export function discriminantOf(ctx: Ctx, members: readonly ts.Type[]): string | undefined {
  const objs = members.filter((m) => !(m.flags & (F.Null | F.Undefined | F.Void)));
  if (objs.length < 2 || !objs.every((m) => m.flags & F.Object || m.flags & F.Intersection)) return undefined;
  for (const p of ctx.checker.getPropertiesOfType(objs[0]!)) {
    const seen = new Set<string>();
    const ok = objs.every((m) => {
      const q = ctx.checker.getPropertyOfType(m, p.name);
      if (!q || q.flags & ts.SymbolFlags.Optional) return false;
      const v = literalValue(ctx.checker.getTypeOfSymbol(q));
      const k = v === undefined ? undefined : JSON.stringify(v);
      if (k === undefined || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (ok) return p.name;
  }
  return undefined;
}

const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

/** The members that can be generated: a function or class-with-behaviour member is left out (DM1021) when another remains. */
function keptMembers(ctx: Ctx, site: Site, all: readonly ts.Type[]): readonly ts.Type[] {
  const whys = all.map((m) => behaviourOf(ctx, m));
  if (whys.every((w) => w === undefined) || whys.every((w) => w !== undefined)) return all;
  whys.forEach((why, i) => {
    if (why) warn(ctx, site, AnalyzeCodes.unionMemberDropped, `union alternative '${short(typeText(ctx, all[i]!))}' is left out of generated values: it is ${why}`, 'The other alternatives are generated; plug @mutator on the type to generate this one too.');
  });
  return all.filter((_, i) => whys[i] === undefined);
}

export const unionAnalyzer: Analyzer = {
  name: 'union',
  supports: (t) => !!(t.flags & F.Union),
  create(t, site, ctx, analyze): Node {
    const types = keptMembers(ctx, site, (t as ts.UnionType).types);
    // `boolean & tags.Default<true>` is `(true & tags.Default<true>) | (false & …)`: looked through
    const isTrue = (m: ts.Type): boolean => !!(untagged(ctx, m).flags & F.BooleanLiteral) && literalValue(untagged(ctx, m)) === true;
    const isFalse = (m: ts.Type): boolean => !!(untagged(ctx, m).flags & F.BooleanLiteral) && literalValue(untagged(ctx, m)) === false;
    const bool = types.some(isTrue) && types.some(isFalse);
    const members: UnionMember[] = [];
    types.forEach((m, i) => {
      if (bool && (isTrue(m) || isFalse(m))) {
        const tags = splitTagged(ctx, m)?.tags;
        if (isTrue(m)) members.push({ node: tags ? applyTypeTags(ctx, site, { kind: 'boolean' }, tags) : { kind: 'boolean' } });
        return;
      }
      const node = analyze(m, { ...site, inline: false, path: `${site.path}|${i}`, depth: site.depth + 1 });
      const weight = weightOf(ctx, site, m);
      members.push(weight === undefined ? { node } : { node, weight });
    });
    const discriminant = discriminantOf(ctx, types);
    if (discriminant) {
      // the alternative's tag, so the runtime union need not read it from a generated value
      let i = 0;
      types.forEach((m) => {
        if (bool && (isTrue(m) || isFalse(m)) && !isTrue(m)) return;
        const member = members[i++]!;
        const p = m.flags & (F.Null | F.Undefined | F.Void) ? undefined : ctx.checker.getPropertyOfType(m, discriminant);
        const tag = p && literalValue(ctx.checker.getTypeOfSymbol(p));
        if (tag !== undefined) member.tag = tag;
      });
    }
    return normaliseUnion(members, discriminant);
  },
};
