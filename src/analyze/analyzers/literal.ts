/** Literal types (also enum members) and template literal types (a string with a pattern). */
import { ts } from 'ts-morph';
import { AnalyzeCodes } from '../../model/codes.js';
import type { LiteralValue } from '../../model/ir.js';
import { report, typeText } from '../context.js';
import type { Analyzer } from '../registry.js';

const F = ts.TypeFlags;

export function literalValue(t: ts.Type): LiteralValue | undefined {
  if (t.flags & (F.StringLiteral | F.NumberLiteral)) return (t as ts.LiteralType).value as string | number;
  if (t.flags & F.BigIntLiteral) {
    const v = (t as ts.BigIntLiteralType).value;
    return { bigint: `${v.negative ? '-' : ''}${v.base10Value}` };
  }
  if (t.flags & F.BooleanLiteral) return (t as unknown as { intrinsicName: string }).intrinsicName === 'true';
  return undefined;
}

export const literalAnalyzer: Analyzer = {
  name: 'literal',
  supports: (t) => literalValue(t) !== undefined,
  create: (t) => (t.flags & F.EnumLiteral ? { kind: 'constant', value: literalValue(t)!, enum: true } : { kind: 'constant', value: literalValue(t)! }),
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A regular-expression fragment matching the strings of a type inside a template literal. */
function patternOf(t: ts.Type): string | undefined {
  if (t.flags & F.String) return '.*';
  if (t.flags & F.Number) return '-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?';
  if (t.flags & F.BigInt) return '-?(?:0|[1-9][0-9]*)';
  if (t.flags & F.Boolean) return '(?:true|false)';
  if (t.flags & (F.Null | F.Undefined)) return t.flags & F.Null ? 'null' : 'undefined';
  const v = literalValue(t);
  if (v !== undefined) return escape(typeof v === 'object' ? v.bigint : String(v));
  if (t.flags & F.Union) {
    const parts = (t as ts.UnionType).types.map(patternOf);
    return parts.every((p) => p !== undefined) ? `(?:${parts.join('|')})` : undefined;
  }
  if (t.flags & F.TemplateLiteral) {
    const tl = t as ts.TemplateLiteralType;
    let out = escape(tl.texts[0]!);
    for (let i = 0; i < tl.types.length; i++) {
      const p = patternOf(tl.types[i]!);
      if (p === undefined) return undefined;
      out += p + escape(tl.texts[i + 1]!);
    }
    return out;
  }
  return undefined;
}

export const templateAnalyzer: Analyzer = {
  name: 'template',
  supports: (t) => !!(t.flags & F.TemplateLiteral),
  create(t, site, ctx) {
    const p = patternOf(t);
    if (p === undefined) {
      report(ctx, site, AnalyzeCodes.unsupportedType, `template literal type '${typeText(ctx, t)}' has a part that cannot be written as a pattern`, 'Use string with a @pattern tag, or @mutator.');
      return { kind: 'never' };
    }
    return { kind: 'string', constraints: { pattern: `^${p}$` }, template: true };
  },
};
