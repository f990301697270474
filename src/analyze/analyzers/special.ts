/**
 * any/unknown (JSON values), `object` (a JSON object of JSON values), never, null/undefined/void,
 * type parameters and unresolved types.
 */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../../model/codes.js';
import { report, typeText } from '../context.js';
import type { Analyzer } from '../registry.js';

const F = ts.TypeFlags;
const UNRESOLVED = F.Index | F.IndexedAccess | F.Conditional | F.Substitution | F.StringMapping;

export const specialAnalyzer: Analyzer = {
  name: 'special',
  supports: (t) => !!(t.flags & (F.Any | F.Unknown | F.Never | F.Null | F.Undefined | F.Void | F.TypeParameter | F.ESSymbolLike | F.NonPrimitive | UNRESOLVED)),
  create(t, site, ctx) {
    if (t.flags & F.Any && (t as unknown as { intrinsicName?: string }).intrinsicName === 'error') {
      report(ctx, site, AnalyzeCodes.unsupportedType, 'this type could not be resolved (a missing import, package or declaration?)', 'Fix the TypeScript errors in the input (run tsc on it), then derive again.');
      return { kind: 'never' };
    }
    if (t.flags & (F.Any | F.Unknown)) return { kind: 'json' };
    if (t.flags & F.Never) return { kind: 'never' };
    if (t.flags & F.Null) return { kind: 'constant', value: null };
    if (t.flags & (F.Undefined | F.Void)) return { kind: 'undefined' };
    if (t.flags & F.TypeParameter) {
      const name = t.symbol?.name ?? '?';
      if (site.decl.typeParams.includes(name) && !(t as unknown as { isThisType?: boolean }).isThisType) return { kind: 'typeParam', name };
      report(ctx, site, AnalyzeCodes.unsupportedType, `type parameter '${name}' is not a parameter of the declaration being derived`, 'Derive a concrete instantiation instead.');
      return { kind: 'never' };
    }
    if (t.flags & F.ESSymbolLike) {
      report(ctx, site, AnalyzeCodes.unsupportedType, 'symbols cannot be generated or serialized', 'Plug a hand-written mutator with @mutator <module>#<export>.');
      return { kind: 'never' };
    }
    // `object`: any non-null, non-array object; a JSON object of JSON values is what users expect
    if (t.flags & F.NonPrimitive) return { kind: 'record', key: { kind: 'string', constraints: {} }, value: { kind: 'json' }, constraints: {} };
    report(ctx, site, AnalyzeCodes.unsupportedType, `type '${typeText(ctx, t)}' depends on a type parameter and cannot be resolved here`, 'Derive a concrete instantiation (e.g. a type alias with the arguments filled in).');
    return { kind: 'never' };
  },
};
