/** boolean, number, string, bigint. Constraint tags are applied by the caller. */
import { ts } from 'ts-morph';
import type { Analyzer } from '../registry.js';

const F = ts.TypeFlags;

export const primitiveAnalyzer: Analyzer = {
  name: 'primitive',
  supports: (t) => !!(t.flags & (F.Boolean | F.Number | F.String | F.BigInt)) && !(t.flags & F.EnumLiteral),
  create(t) {
    if (t.flags & F.Boolean) return { kind: 'boolean' };
    if (t.flags & F.Number) return { kind: 'number', integer: false, constraints: {} };
    if (t.flags & F.BigInt) return { kind: 'bigint', constraints: {} };
    return { kind: 'string', constraints: {} };
  },
};
