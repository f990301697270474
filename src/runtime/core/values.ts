/**
 * Structural equality and cloning for the value shapes the runtime produces: primitives
 * (with -0 and NaN told apart by Object.is), bigint, arrays (holes and sparse arrays are not
 * produced), plain objects (an absent key differs from a key holding undefined), Map, Set, Date,
 * RegExp (source, flags and lastIndex) and typed arrays.
 */

type TypedArray =
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

function isTypedArray(x: unknown): x is TypedArray {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (a instanceof Date) return b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (a instanceof RegExp) return b instanceof RegExp && a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
  if (isTypedArray(a)) {
    if (!isTypedArray(b) || a.constructor !== b.constructor || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    const ea = [...a.entries()];
    const eb = [...b.entries()];
    for (let i = 0; i < ea.length; i++) {
      if (!deepEqual(ea[i]![0], eb[i]![0]) || !deepEqual(ea[i]![1], eb[i]![1])) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    const ea = [...a];
    const eb = [...b];
    for (let i = 0; i < ea.length; i++) if (!deepEqual(ea[i], eb[i])) return false;
    return true;
  }
  if (b instanceof Map || b instanceof Set || b instanceof Date || b instanceof RegExp || isTypedArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A deep copy with the same shapes (Map/Set order kept). Functions are shared, not copied. */
export function deepClone<T>(value: T): T {
  return cloneInner(value) as T;
}

function cloneInner(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(cloneInner);
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof RegExp) {
    const r = new RegExp(v.source, v.flags);
    r.lastIndex = v.lastIndex;
    return r;
  }
  if (isTypedArray(v)) return v.slice();
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(cloneInner(k), cloneInner(x));
    return m;
  }
  if (v instanceof Set) {
    const s = new Set();
    for (const x of v) s.add(cloneInner(x));
    return s;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = cloneInner((v as Record<string, unknown>)[k]);
  return out;
}

/**
 * A canonical, human-readable key for a value (used to detect duplicates and in messages).
 * Distinguishes -0, NaN, undefined, bigint and the container kinds.
 */
export function valueKey(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object' || v === null) return String(v);
  if (Array.isArray(v)) return `[${v.map(valueKey).join(',')}]`;
  if (v instanceof Date) return `Date(${valueKey(v.getTime())})`;
  if (v instanceof RegExp) return `RegExp(${JSON.stringify(v.source)},${JSON.stringify(v.flags)}${v.lastIndex ? `,${v.lastIndex}` : ''})`;
  if (isTypedArray(v)) return `${v.constructor.name}(${Array.from(v as ArrayLike<number | bigint>, valueKey).join(',')})`;
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${valueKey(k)}=>${valueKey(x)}`).join(',')}}`;
  if (v instanceof Set) return `Set{${[...v].map(valueKey).join(',')}}`;
  return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${valueKey((v as Record<string, unknown>)[k])}`).join(',')}}`;
}
