/**
 * The tie-break of shrinking after complexity: a natural number that is smaller for values
 * closer to "zero". Sums, over the leaves of a value, floor(|x|) for numbers (NaN and ±Infinity
 * count as the cap), |x| for bigints and 1 for `true`, each capped at 2^32 so the sum stays exact.
 * Being a natural number, it cannot decrease forever.
 */
const CAP = 4294967296;

function leaf(x: unknown): number {
  switch (typeof x) {
    case 'number':
      return Number.isFinite(x) ? Math.min(Math.floor(Math.abs(x)), CAP) : CAP;
    case 'bigint':
      return Number((x < 0n ? -x : x) > BigInt(CAP) ? BigInt(CAP) : x < 0n ? -x : x);
    case 'boolean':
      return x ? 1 : 0;
    default:
      return 0;
  }
}

export function magnitude(value: unknown): number {
  let sum = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) {
      sum += leaf(v);
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v instanceof Map) {
      for (const [k, x] of v) stack.push(k, x);
    } else if (v instanceof Set) {
      for (const x of v) stack.push(x);
    } else if (!ArrayBuffer.isView(v) && !(v instanceof Date) && !(v instanceof RegExp)) {
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return sum;
}
