/**
 * The scalar kinds of `json()`: null, finite numbers and strings (booleans come from
 * boolean.ts). Private to json.ts; numbers and strings here are plain JSON data, not the
 * constrained `number()`/`string()` mutators.
 *
 * Complexity: null 0; a number 8 bits if it is an integer in [-128, 127] (incl. -0), 32 if another
 * safe integer, 64 otherwise; a string 1 + 8 bits per UTF-16 code unit.
 */
import { pickLength } from '../core/budget.js';
import type { Generated, Mutated, Mutator } from '../core/mutator.js';
import { GEN, genC } from '../core/gen.js';
import { plainRanges, rejectFrom, type Rng } from '../core/rng.js';
// shared with the seeded fast path (json-gen.ts), so the two cannot drift apart
import { COMMON, numberCplx, SPECIAL } from './generate-scalars.js';

type Step = { n: number };

/** Replacement-style mutator over an immutable scalar: the token is the previous value. */
abstract class Scalar<T> implements Mutator<T, 1, null, Step, T> {
  abstract validateValue(value: T): 1 | undefined;
  abstract minComplexity(): number;
  abstract maxComplexity(): number;
  abstract cplx(value: T): number;
  abstract gen(rng: Rng, maxCplx: number): T;
  abstract change(value: T, rng: Rng, maxCplx: number): T;
  defaultArbitraryStep(): Step {
    return { n: 0 };
  }
  defaultMutationStep(): null {
    return null;
  }
  complexity(value: T): number {
    return this.cplx(value);
  }
  orderedArbitrary(): Generated<T> | undefined {
    return undefined;
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    const value = this.gen(rng, maxCplx);
    return { value, complexity: this.cplx(value) };
  }
  [GEN](rng: Rng, maxCplx: number): T {
    const value = this.gen(rng, maxCplx);
    genC[0] = this.cplx(value);
    return value;
  }
  orderedMutate(value: T, _c: 1, _s: null, rng: Rng, maxCplx: number): Mutated<T, T> | undefined {
    return this.randomMutate(value, _c, rng, maxCplx);
  }
  randomMutate(value: T, _c: 1, rng: Rng, maxCplx: number): Mutated<T, T> {
    const next = this.change(value, rng, maxCplx);
    return { value: next, token: value, complexity: this.cplx(next) };
  }
  unmutate(_value: T, _c: 1, token: T): T {
    return token;
  }
}

class NullM extends Scalar<null> {
  validateValue(v: null): 1 | undefined {
    return v === null ? 1 : undefined;
  }
  minComplexity(): number {
    return 0;
  }
  maxComplexity(): number {
    return 0;
  }
  cplx(): number {
    return 0;
  }
  gen(): null {
    return null;
  }
  change(): null {
    return null;
  }
}


class NumberM extends Scalar<number> {
  validateValue(v: number): 1 | undefined {
    return typeof v === 'number' && Number.isFinite(v) ? 1 : undefined;
  }
  minComplexity(): number {
    return 8;
  }
  maxComplexity(): number {
    return 64;
  }
  cplx(v: number): number {
    return numberCplx(v);
  }
  gen(rng: Rng, maxCplx: number): number {
    const r = rng.below(8);
    let v: number;
    if (r < 4 || maxCplx < 32) v = rng.int(-128, 127);
    else if (r === 4) v = rng.pick(SPECIAL);
    else if (r === 5) v = rng.int(-(2 ** 31), 2 ** 31);
    else if (r === 6) v = (rng.float() - 0.5) * 2 ** rng.int(-20, 60);
    else v = Math.round((rng.float() - 0.5) * 20000) / 100;
    return numberCplx(v) <= maxCplx ? v : rng.int(-128, 127);
  }
  change(v: number, rng: Rng, maxCplx: number): number {
    let next: number;
    switch (rng.below(4)) {
      case 0:
        next = v + (rng.bool() ? 1 : -1) * (1 + rng.below(16));
        break;
      case 1:
        next = -v;
        break;
      case 2:
        next = rng.bool() ? v * 2 : v / 2;
        break;
      default:
        next = this.gen(rng, maxCplx);
    }
    if (!Number.isFinite(next) || numberCplx(next) > Math.max(maxCplx, 8) || Object.is(next, v)) next = Object.is(v, 0) ? 1 : 0;
    return next;
  }
}


function randomCode(rng: Rng): number {
  const r = rng.below(20);
  if (r < 17) return COMMON.charCodeAt(rng.below(COMMON.length));
  if (r < 19) return rng.int(32, 126);
  return rng.below(0x10000);
}

function randomChar(rng: Rng): string {
  return String.fromCharCode(randomCode(rng));
}

/** code-unit buffers by exact length (lengths here are at most 32) */
const BUFS: number[][] = [];
for (let i = 0; i <= 32; i++) BUFS.push(new Array<number>(i).fill(0));

const TWO_32 = 4294967296;
const N_COMMON = 39; // COMMON.length

/**
 * `len` (1..32) characters of `randomCode`, as a string. For an Rng with RngBase's own range
 * methods, each character is two words written out (below(20), then a one-word below/int):
 * the same draws and characters with constant-modulus reductions.
 */
export function jsonChars(rng: Rng, len: number): string {
  const buf = BUFS[len]!;
  if (!plainRanges(rng) || COMMON.length !== N_COMMON) {
    for (let i = 0; i < len; i++) buf[i] = randomCode(rng);
    return String.fromCharCode.apply(null, buf);
  }
  for (let i = 0; i < len; i++) {
    const w = rng.u32();
    const r = w <= TWO_32 - 20 ? w % 20 : rejectFrom(rng, 20, w);
    const x = rng.u32();
    if (r < 17) buf[i] = COMMON.charCodeAt(x <= TWO_32 - N_COMMON ? x % N_COMMON : rejectFrom(rng, N_COMMON, x));
    else if (r < 19) buf[i] = 32 + (x <= TWO_32 - 95 ? x % 95 : rejectFrom(rng, 95, x));
    else buf[i] = x & 0xffff;
  }
  return String.fromCharCode.apply(null, buf);
}

class StringM extends Scalar<string> {
  validateValue(v: string): 1 | undefined {
    return typeof v === 'string' ? 1 : undefined;
  }
  minComplexity(): number {
    return 1;
  }
  maxComplexity(): number {
    return Infinity;
  }
  cplx(v: string): number {
    return 1 + 8 * v.length;
  }
  gen(rng: Rng, maxCplx: number): string {
    const len = pickLength(rng, 0, 32, 8, maxCplx - 1);
    return len === 0 ? '' : jsonChars(rng, len);
  }
  change(v: string, rng: Rng, maxCplx: number): string {
    const canGrow = 9 + 8 * v.length <= maxCplx;
    if (v.length === 0) return canGrow ? randomChar(rng) : v;
    const op = rng.below(3);
    if (op === 0 && canGrow) {
      const i = rng.int(0, v.length);
      return v.slice(0, i) + randomChar(rng) + v.slice(i);
    }
    const j = rng.below(v.length);
    if (op !== 2) return v.slice(0, j) + v.slice(j + 1);
    return v.slice(0, j) + randomChar(rng) + v.slice(j + 1);
  }
}

export const jsonNull = new NullM();
export const jsonNumber = new NumberM();
export const jsonString = new StringM();
