/**
 * Bit-level helpers for doubles: next representable neighbours, random bit patterns, bit flips,
 * and the interesting values number mutators start from.
 */
import type { Rng } from '../core/rng.js';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);

export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  f64[0] = x;
  u64[0] = x > 0 ? u64[0]! + 1n : u64[0]! - 1n;
  return f64[0]!;
}
export function nextDown(x: number): number {
  return -nextUp(-x);
}

export const INTERESTING: readonly number[] = [0, -0, 1, -1, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE,
  Number.EPSILON, 2.2250738585072014e-308, 2.225073858507201e-308, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, 0.5, -0.5, 0.1,
  2, 255, 256, 65535, 2 ** 31 - 1, -(2 ** 31), 2 ** 32, 1e-7, 1e21, -1e21, 3.4028234663852886e38];

/** a double from 64 uniformly random bits (any exponent, NaN and ±Infinity included) */
export function randomDouble(rng: Rng): number {
  u32[0] = rng.u32();
  u32[1] = rng.u32();
  return f64[0]!;
}

/** the double whose low 32 bits are `lo` and high 32 bits are `hi` (as `randomDouble` reads two words) */
export function doubleOfWords(lo: number, hi: number): number {
  u32[0] = lo;
  u32[1] = hi;
  return f64[0]!;
}

/** v with bit b (0 = lowest mantissa bit, 63 = sign) flipped */
export function flipBit(v: number, b: number): number {
  f64[0] = v;
  u32[b >> 5] = u32[b >> 5]! ^ (1 << (b & 31));
  return f64[0]!;
}
