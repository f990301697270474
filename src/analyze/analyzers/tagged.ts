/**
 * Intersections carrying typia type-level tags (`string & tags.MaxLength<16>`,
 * `Item[] & tags.MaxItems<3>`): the base type is analyzed as usual and the tags are applied to it
 * as the equivalent JSDoc tags would be (see type-tags.ts).
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../../model/codes.js';
import type { Node } from '../../model/ir.js';
import { report, typeText } from '../context.js';
import type { Analyzer } from '../registry.js';
import { applyTypeTags, splitTagged, taggedBase } from '../type-tags.js';
import { objectAnalyzer } from './object.js';

const F = ts.TypeFlags;

export const taggedAnalyzer: Analyzer = {
  name: 'tagged',
  supports: (t, _site, ctx) => (splitTagged(ctx, t)?.rest.length ?? 0) > 0,
  create(t, site, ctx, analyze): Node {
    const tagged = splitTagged(ctx, t)!;
    const base = taggedBase(ctx, tagged);
    let node: Node;
    if (base) node = analyze(base, site);
    else if (tagged.rest.every((m) => m.flags & F.Object && !ctx.checker.isArrayType(m) && !ctx.checker.isTupleType(m))) {
      // `A & B & tags.X`: the merged object (the object analyzer leaves the tag property out)
      node = objectAnalyzer.create(t, site, ctx, analyze);
    } else {
      report(ctx, site, AnalyzeCodes.unsupportedType, `intersection '${typeText(ctx, t)}' mixes a primitive or array with an object (a branded type?)`, 'Supply a hand-written mutator: add `@mutator <module>#<export>` to the JSDoc of this property or type.');
      return { kind: 'never' };
    }
    return applyTypeTags(ctx, site, node, tagged.tags);
  },
};
