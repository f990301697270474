/**
 * Pretty JSON for corpus files: two-space indentation like JSON.stringify(v, null, 2), but an
 * array of scalars stays on one line (byte arrays stay short) and a small object of scalars,
 * such as a `{ "$type": "number", "value": "-0" }` tag, is written on one line.
 */
const SMALL = 72;

function isScalar(v: unknown): boolean {
  return typeof v !== 'object' || v === null;
}

export function prettyJson(v: unknown, indent = ''): string {
  if (isScalar(v)) return JSON.stringify(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every(isScalar)) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    return `[\n${v.map((x) => inner + prettyJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0) return '{}';
  if (keys.every((k) => isScalar(o[k]))) {
    const line = `{ ${keys.map((k) => `${JSON.stringify(k)}: ${JSON.stringify(o[k])}`).join(', ')} }`;
    if (line.length <= SMALL) return line;
  }
  return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${prettyJson(o[k], inner)}`).join(',\n')}\n${indent}}`;
}
