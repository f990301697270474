/**
 * The seeded draws and scalars of `fastJson` (generate.ts): float, below, container lengths,
 * and json-scalars' numbers and strings, each the same words in the same order as RngBase's
 * range methods and the generic scalar mutators, with sfc32 stepped on its state array.
 */
import { rejectFrom, sfcNext, type Rng } from '../core/rng.js';
import { EPS } from '../core/budget.js';

const TWO_32 = 4294967296;

/** rng.float() */
function flt(st: Int32Array): number {
  const a = sfcNext(st) >>> 5;
  const b = sfcNext(st) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

/** rng.below(n) for any n >= 1 */
function belowN(rng: Rng, st: Int32Array, n: number): number {
  if (n <= 2147483648 && (n & (n - 1)) === 0) return n === 1 ? 0 : (sfcNext(st) & (n - 1)) >>> 0;
  if (n < TWO_32) {
    const x = sfcNext(st);
    if (x > TWO_32 - n) return rejectFrom(rng, n, x);
    // x % n without a float modulo (as RngBase.below): the quotient may be off by one
    const r = x - Math.floor(x / n) * n;
    return r < 0 ? r + n : r >= n ? r - n : r;
  }
  return rng.below(n);
}

/**
 * pickLength(rng, 0, hi, unit, budget) with unit > 0 (hi = 32 for strings, Infinity for
 * containers); rng.length(0, top) is int(0, top), i.e. below(top + 1).
 */
export function lengthIn(rng: Rng, st: Int32Array, hi: number, unit: number, budget: number): number {
  const target = Number.isFinite(budget) ? budget * flt(st) : 64 * unit;
  const top = Math.min(hi, Math.floor((target + EPS) / unit));
  if (top <= 0) return 0;
  return belowN(rng, st, top + 1);
}

/** as numberCplx in json-scalars.ts */
export function numberCplx(v: number): number {
  if (Number.isInteger(v)) return v >= -128 && v <= 127 ? 8 : Number.isSafeInteger(v) ? 32 : 64;
  return 64;
}

export const SPECIAL: readonly number[] = [0, -0, 1, -1, 127, -128, 255, 65535, 2 ** 31 - 1, -(2 ** 31), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 0.5, 0.1, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE];
const N_SPECIAL = 18;

/** NumberM.gen: below(8) is the low 3 bits, int(-128, 127) is -128 + the low byte */
export function num(rng: Rng, st: Int32Array, maxCplx: number): number {
  const r = sfcNext(st) & 7;
  let v: number;
  if (r < 4 || maxCplx < 32) v = -128 + (sfcNext(st) & 255);
  else if (r === 4) {
    const x = sfcNext(st);
    v = SPECIAL[x <= TWO_32 - N_SPECIAL ? x % N_SPECIAL : rejectFrom(rng, N_SPECIAL, x)]!;
  } else if (r === 5) v = rng.int(-(2 ** 31), 2 ** 31);
  else if (r === 6) v = (rng.float() - 0.5) * 2 ** rng.int(-20, 60);
  else v = Math.round((rng.float() - 0.5) * 20000) / 100;
  return numberCplx(v) <= maxCplx ? v : -128 + (sfcNext(st) & 255);
}

export const COMMON = 'abcdefghijklmnopqrstuvwxyz0123456789 _-';
const N_COMMON = 39;
const COMMON_UNITS = new Uint16Array(N_COMMON);
for (let i = 0; i < N_COMMON; i++) COMMON_UNITS[i] = COMMON.charCodeAt(i);
// the reductions above are written for these constant moduli
if (SPECIAL.length !== N_SPECIAL || COMMON.length !== N_COMMON) throw new Error('json-gen: N_SPECIAL / N_COMMON out of date');

/** code-unit buffers by exact length (lengths here are at most 32) */
const BUFS: number[][] = [];
for (let i = 0; i <= 32; i++) BUFS.push(new Array<number>(i).fill(0));

/** one code unit of json-scalars' randomCode: below(20) picks the kind, a second word the unit */
function code(rng: Rng, st: Int32Array): number {
  const w = sfcNext(st);
  const r = w <= TWO_32 - 20 ? w % 20 : rejectFrom(rng, 20, w);
  const x = sfcNext(st);
  if (r < 17) return COMMON_UNITS[x <= TWO_32 - N_COMMON ? x % N_COMMON : rejectFrom(rng, N_COMMON, x)]!;
  if (r < 19) return 32 + (x <= TWO_32 - 95 ? x % 95 : rejectFrom(rng, 95, x));
  return x & 0xffff;
}

/** StringM.gen: a length for 8 bits a unit under maxCplx - 1 (pickLength), then the units */
export function str(rng: Rng, st: Int32Array, maxCplx: number): string {
  const budget = maxCplx - 1;
  if (!Number.isFinite(budget)) return units(rng, st, belowN(rng, st, 33));
  const top = Math.min(32, Math.floor((budget * flt(st) + EPS) / 8));
  return top <= 0 ? '' : units(rng, st, belowN(rng, st, top + 1));
}

/** `len` code units of randomCode */
function units(rng: Rng, st: Int32Array, len: number): string {
  if (len === 0) return '';
  if (len === 1) return String.fromCharCode(code(rng, st));
  const buf = BUFS[len]!;
  for (let i = 0; i < len; i++) buf[i] = code(rng, st);
  return String.fromCharCode.apply(null, buf);
}
