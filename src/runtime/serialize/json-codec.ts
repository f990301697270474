/**
 * Lossless mapping between runtime values and plain JSON, used by `jsonSerializer`.
 *
 * Plain JSON stays plain: null, booleans, finite numbers, strings, arrays and objects. Anything
 * JSON cannot hold becomes a tagged object `{ "$type": ..., "value": ... }`: undefined, -0, NaN,
 * ±Infinity, bigint, Date (invalid: value null), Map, Set, RegExp (`{ source, flags }`, plus
 * `lastIndex` when it is not 0) and typed arrays. An ordinary object
 * that itself has a "$type" key is wrapped as `{ "$type": "object", "value": {...} }`, so every
 * object carrying "$type" in the encoding is a tag and decoding is unambiguous.
 */
const TAG = '$type';

type TypedCtor = new (xs: ArrayLike<number> | ArrayLike<bigint>) => ArrayLike<number | bigint>;
const TYPED: Record<string, TypedCtor> = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
  BigInt64Array: BigInt64Array as unknown as TypedCtor,
  BigUint64Array: BigUint64Array as unknown as TypedCtor,
};

function tag(type: string, value: unknown): Record<string, unknown> {
  return { [TAG]: type, value };
}

function encodeNumber(x: number): unknown {
  if (Number.isFinite(x) && !Object.is(x, -0)) return x;
  return tag('number', Object.is(x, -0) ? '-0' : String(x));
}

export function encode(v: unknown): unknown {
  switch (typeof v) {
    case 'undefined':
      return { [TAG]: 'undefined' };
    case 'number':
      return encodeNumber(v);
    case 'bigint':
      return tag('bigint', v.toString());
    case 'string':
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      throw new TypeError(`jsonSerializer: cannot serialize a ${typeof v}`);
  }
  if (v === null) return null;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = encode(v[i]);
    return out;
  }
  if (v instanceof Date) return tag('Date', Number.isNaN(v.getTime()) ? null : v.toISOString());
  if (v instanceof RegExp) return tag('RegExp', v.lastIndex === 0 ? { source: v.source, flags: v.flags } : { source: v.source, flags: v.flags, lastIndex: v.lastIndex });
  if (v instanceof Map) return tag('Map', Array.from(v, ([k, x]) => [encode(k), encode(x)]));
  if (v instanceof Set) return tag('Set', Array.from(v, encode));
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    const name = v.constructor.name;
    if (TYPED[name] === undefined) throw new TypeError(`jsonSerializer: cannot serialize a ${name}`);
    const xs = v as unknown as ArrayLike<number | bigint>;
    return tag(name, Array.from(xs, (x) => (typeof x === 'bigint' ? x.toString() : encodeNumber(x))));
  }
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) define(out, k, encode(o[k]));
  return Object.prototype.hasOwnProperty.call(o, TAG) ? tag('object', out) : out;
}

function define(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else o[k] = v;
}

class Malformed extends Error {}

function fail(what: string): never {
  throw new Malformed(what);
}

function decodeNumber(j: unknown): number {
  if (typeof j === 'number') return j;
  const t = j as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null || t[TAG] !== 'number') fail('number expected');
  switch (t.value) {
    case '-0': return -0;
    case 'NaN': return NaN;
    case 'Infinity': return Infinity;
    case '-Infinity': return -Infinity;
    default: return fail('bad number tag');
  }
}

function decodeObject(j: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(j)) define(out, k, decode(j[k]));
  return out;
}

function decodeRegExp(j: unknown): RegExp {
  const o = typeof j === 'object' && j !== null && !Array.isArray(j) ? (j as Record<string, unknown>) : fail('bad RegExp');
  const extra = Object.keys(o).filter((k) => k !== 'source' && k !== 'flags' && k !== 'lastIndex');
  if (typeof o.source !== 'string' || typeof o.flags !== 'string' || extra.length) fail('a RegExp is { source, flags, lastIndex? }');
  const lastIndex = o.lastIndex ?? 0;
  if (typeof lastIndex !== 'number' || !Number.isSafeInteger(lastIndex) || lastIndex < 0) fail('bad RegExp lastIndex');
  let r: RegExp;
  try {
    r = new RegExp(o.source, o.flags);
  } catch {
    return fail('bad RegExp source or flags');
  }
  // only what encode writes: the source and flags as RegExp reports them
  if (r.source !== o.source || r.flags !== o.flags) fail('RegExp source or flags not in canonical form');
  r.lastIndex = lastIndex;
  return r;
}

/** Inverse of `encode`; throws on anything `encode` cannot have produced. */
export function decode(j: unknown): unknown {
  if (typeof j !== 'object' || j === null) return j;
  if (Array.isArray(j)) return j.map(decode);
  const o = j as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(o, TAG)) return decodeObject(o);
  const type = o[TAG];
  const value = o.value;
  const keys = Object.keys(o).length;
  if (type === 'undefined') return keys === 1 ? undefined : fail('undefined tag has extra keys');
  if (keys !== 2 || !('value' in o)) fail('a tag has exactly the keys "$type" and "value"');
  switch (type) {
    case 'number':
      return decodeNumber(o);
    case 'bigint':
      if (typeof value !== 'string' || !/^-?[0-9]+$/.test(value)) fail('bad bigint');
      return BigInt(value);
    case 'Date': {
      if (value === null) return new Date(NaN);
      const d = typeof value === 'string' ? new Date(value) : fail('bad date');
      return Number.isNaN(d.getTime()) ? fail('bad date') : d;
    }
    case 'Map': {
      if (!Array.isArray(value)) fail('bad map');
      const m = new Map();
      for (const e of value) {
        if (!Array.isArray(e) || e.length !== 2) fail('bad map entry');
        m.set(decode(e[0]), decode(e[1]));
      }
      return m;
    }
    case 'RegExp':
      return decodeRegExp(value);
    case 'Set':
      return Array.isArray(value) ? new Set(value.map(decode)) : fail('bad set');
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? decodeObject(value as Record<string, unknown>) : fail('bad object');
  }
  const ctor = typeof type === 'string' && Object.prototype.hasOwnProperty.call(TYPED, type) ? TYPED[type]! : fail(`unknown $type ${String(type)}`);
  if (!Array.isArray(value)) fail('bad typed array');
  if (type === 'BigInt64Array' || type === 'BigUint64Array') {
    return new ctor(value.map((x) => (typeof x === 'string' && /^-?[0-9]+$/.test(x) ? BigInt(x) : fail('bad bigint element'))));
  }
  return new ctor(value.map(decodeNumber));
}
