/**
 * Handlebars helpers: the only place where values become source text (literals, option objects,
 * keys). Templates stay logic-free and call these.
 */
import type { HelperOptions } from 'handlebars';
import type { LiteralValue } from '../model/ir.js';

/** A literal value as TypeScript source (`'a'`, `1`, `-0`, `10n`, `true`, `null`, `undefined`). */
export function literal(v: LiteralValue | null | undefined): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'object') return `${v.bigint}n`;
  if (typeof v === 'number') {
    if (Object.is(v, -0)) return '-0';
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    return String(v);
  }
  if (typeof v === 'string') return quote(v);
  return String(v);
}

/** A single-quoted string literal. */
export function quote(s: string): string {
  return `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** An option object (`{ minItems: 1, pattern: '^a$' }`) from plain values; '' when empty. */
export function options(o: Record<string, unknown> | undefined): string {
  if (!o) return '';
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  if (!entries.length) return '';
  return `{ ${entries.map(([k, v]) => `${k}: ${value(v)}`).join(', ')} }`;
}

function value(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
  if (typeof v === 'object' && v !== null && 'bigint' in v) return literal(v as LiteralValue);
  if (typeof v === 'object' && v !== null) return options(v as Record<string, unknown>) || '{}';
  return literal(v as LiteralValue);
}

/** `, { … }` or '' (an optional trailing argument). */
export function optionsArg(o: Record<string, unknown> | undefined): string {
  const s = options(o);
  return s ? `, ${s}` : '';
}

export const helpers = {
  lit: (v: LiteralValue | null) => literal(v),
  str: (s: string) => quote(s),
  opts: (o: Record<string, unknown>) => options(o),
  optsArg: (o: Record<string, unknown>) => optionsArg(o),
  /** `{{#join list}}…{{/join}}`: renders each item, separated by ', ' */
  join(this: unknown, list: unknown[], block: HelperOptions): string {
    return (list ?? []).map((x) => block.fn(x)).join(', ');
  },
};
