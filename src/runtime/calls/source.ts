/**
 * Values as TypeScript source a user can paste into a test: the arguments of a printed call
 * program (`store.put(txn0, 'a', -0)`). Covers the shapes the runtime generates.
 */

const IDENT = /^[A-Za-z_$][\w$]*$/;

export function sourceOf(v: unknown, depth = 0): string {
  if (depth > 32) return '/* too deep */ undefined';
  switch (typeof v) {
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(v);
    case 'number':
      return Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : String(v);
    case 'bigint':
      return `${v}n`;
    case 'string':
      return quote(v);
    case 'symbol':
    case 'function':
      return `/* ${typeof v} */ undefined`;
  }
  if (v === null) return 'null';
  const inner = (x: unknown): string => sourceOf(x, depth + 1);
  if (Array.isArray(v)) return `[${v.map(inner).join(', ')}]`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'new Date(NaN)' : `new Date(${quote(v.toISOString())})`;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const items = Array.from(v as unknown as ArrayLike<number | bigint>, (x) => inner(x));
    return `new ${v.constructor.name}([${items.join(', ')}])`;
  }
  if (v instanceof Map) return `new Map([${[...v].map(([k, x]) => `[${inner(k)}, ${inner(x)}]`).join(', ')}])`;
  if (v instanceof Set) return `new Set([${[...v].map(inner).join(', ')}])`;
  const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${IDENT.test(k) ? k : quote(k)}: ${inner(x)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** A single-quoted string literal (JSON.stringify escapes lone surrogates, so the text stays well-formed). */
export function quote(s: string): string {
  return `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
