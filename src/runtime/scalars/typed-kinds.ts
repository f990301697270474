/**
 * Element kinds of the typed arrays: constructor, bits, interesting values and a random-element
 * writer, for `bytes` / `typedArray`.
 */
import type { Rng } from '../core/rng.js';

export type TypedArrayKind =
  | 'Int8Array' | 'Uint8Array' | 'Uint8ClampedArray' | 'Int16Array' | 'Uint16Array' | 'Int32Array' | 'Uint32Array'
  | 'Float32Array' | 'Float64Array' | 'BigInt64Array' | 'BigUint64Array';

/** the common surface of all typed arrays, elements as number | bigint */
export interface AnyTyped {
  length: number;
  readonly buffer: ArrayBufferLike;
  readonly BYTES_PER_ELEMENT: number;
  [i: number]: number | bigint;
  copyWithin(target: number, start: number, end?: number): this;
  set(src: ArrayLike<number | bigint>, offset?: number): void;
  slice(start?: number, end?: number): AnyTyped;
  subarray(start?: number, end?: number): AnyTyped;
}

export interface KindInfo {
  readonly ctor: new (length: number) => AnyTyped;
  readonly bits: number;
  readonly big: boolean;
  readonly float: boolean;
  readonly specials: readonly (number | bigint)[];
}

const f32 = new Float32Array(1);
const f32u = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const f64u = new Uint32Array(f64.buffer);

function ints(bits: number, signed: boolean): (number | bigint)[] {
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  return [0, 1, max, min, signed ? -1 : max - 1, 0x7f, 0x80, 0x41].filter((x, i, a) => x >= min && x <= max && a.indexOf(x) === i);
}

type Ctor = KindInfo['ctor'];
const c = (x: unknown): Ctor => x as Ctor;

export const KINDS: Record<TypedArrayKind, KindInfo> = {
  Int8Array: { ctor: c(Int8Array), bits: 8, big: false, float: false, specials: ints(8, true) },
  Uint8Array: { ctor: c(Uint8Array), bits: 8, big: false, float: false, specials: ints(8, false) },
  Uint8ClampedArray: { ctor: c(Uint8ClampedArray), bits: 8, big: false, float: false, specials: ints(8, false) },
  Int16Array: { ctor: c(Int16Array), bits: 16, big: false, float: false, specials: ints(16, true) },
  Uint16Array: { ctor: c(Uint16Array), bits: 16, big: false, float: false, specials: ints(16, false) },
  Int32Array: { ctor: c(Int32Array), bits: 32, big: false, float: false, specials: ints(32, true) },
  Uint32Array: { ctor: c(Uint32Array), bits: 32, big: false, float: false, specials: ints(32, false) },
  Float32Array: { ctor: c(Float32Array), bits: 32, big: false, float: true, specials: [0, -0, NaN, Infinity, -Infinity, 1, -1, 1.401298464324817e-45, 3.4028234663852886e38, 0.5] },
  Float64Array: { ctor: c(Float64Array), bits: 64, big: false, float: true, specials: [0, -0, NaN, Infinity, -Infinity, 1, -1, Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, 0.5] },
  BigInt64Array: { ctor: c(BigInt64Array), bits: 64, big: true, float: false, specials: [0n, 1n, -1n, (1n << 63n) - 1n, -(1n << 63n), 0x7fn, 0x80n] },
  BigUint64Array: { ctor: c(BigUint64Array), bits: 64, big: true, float: false, specials: [0n, 1n, (1n << 64n) - 1n, (1n << 63n) - 1n, 1n << 63n, 0x80n] },
};

/** a random element: an interesting value (1 in 4) or uniformly random bits */
export function randomElement(k: KindInfo, rng: Rng): number | bigint {
  if (rng.below(4) === 0) return rng.pick(k.specials);
  if (k.big) return (BigInt(rng.u32()) << 32n) | BigInt(rng.u32());
  if (k.float) {
    if (k.bits === 32) {
      f32u[0] = rng.u32();
      return f32[0]!;
    }
    f64u[0] = rng.u32();
    f64u[1] = rng.u32();
    return f64[0]!;
  }
  return k.bits === 32 ? rng.u32() : rng.below(2 ** k.bits); // stored modulo 2^bits by the array
}

/** a neighbour of x: ±1 (ints), a bit flip, or ±1 ulp-ish scaling (floats) */
export function nudge(k: KindInfo, x: number | bigint, rng: Rng): number | bigint {
  if (typeof x === 'bigint') return rng.bool() ? x + (rng.bool() ? 1n : -1n) : x ^ (1n << BigInt(rng.below(64)));
  if (k.float) return rng.bool() ? x + (rng.bool() ? 1 : -1) : -x;
  return rng.bool() ? x + (rng.bool() ? 1 : -1) : x ^ (1 << rng.below(k.bits));
}
