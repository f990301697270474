/**
 * The scalar kinds of `json()`: null, finite numbers and strings (booleans come from
 * boolean.ts). Private to json.ts; numbers and strings here are plain JSON data, not the
 * constrained `number()`/`string()` mutators. A number's and a string's random changes are small
 * weighted tables (see core/mutation-table.ts).
 *
 * Complexity: null 0; a number 8 bits if it is an integer in [-128, 127] (incl. -0), 32 if another
 * safe integer, 64 otherwise; a string 1 + 8 bits per UTF-16 code unit.
 */
import { pickLength } from '../core/budget.js';
import type { Generated, Mutated, Mutator } from '../core/mutator.js';
import { GEN, genC } from '../core/gen.js';
import { plainRanges, rejectFrom, type Rng } from '../core/rng.js';
import { applyOneOf, drawOne, mutationTable, type Mutation } from '../core/mutation-table.js';
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
    let next = drawOne(NUMBER_CHANGES, rng).apply(this, v, null, rng, maxCplx)!;
    if (!Number.isFinite(next) || numberCplx(next) > Math.max(maxCplx, 8) || Object.is(next, v)) next = Object.is(v, 0) ? 1 : 0;
    return next;
  }
}

/** a number's random changes, one slot each (see core/mutation-table.ts); `change` repairs a non-finite or too costly result */
const NUMBER_CHANGES = mutationTable<Mutation<NumberM, number, null, number>>([
  { name: 'add or subtract 1-16', apply: (_m, v, _c, rng) => v + (rng.bool() ? 1 : -1) * (1 + rng.below(16)) },
  { name: 'negate', apply: (_m, v) => -v },
  { name: 'double or halve', apply: (_m, v, _c, rng) => (rng.bool() ? v * 2 : v / 2) },
  { name: 'a fresh number', apply: (m, _v, _c, rng, maxCplx) => m.gen(rng, maxCplx) },
]);

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
    if (v.length === 0) return 9 <= maxCplx ? randomChar(rng) : v;
    return applyOneOf(STRING_CHANGES, this, v, null, rng, maxCplx)!;
  }
}

/** a non-empty string's random changes, one slot each; an insertion without room hands over to the deletion */
const STRING_CHANGES = mutationTable<Mutation<StringM, string, null, string>>([
  {
    name: 'insert a character',
    apply(_m, v, _c, rng, maxCplx) {
      if (9 + 8 * v.length > maxCplx) return undefined;
      const i = rng.int(0, v.length);
      return v.slice(0, i) + randomChar(rng) + v.slice(i);
    },
  },
  { name: 'delete a character', apply: (_m, v, _c, rng) => spliced(v, rng.below(v.length), '') },
  { name: 'replace a character', apply: (_m, v, _c, rng) => spliced(v, rng.below(v.length), randomChar(rng)) },
]);
const spliced = (v: string, j: number, by: string): string => v.slice(0, j) + by + v.slice(j + 1);

export const jsonNull = new NullM();
export const jsonNumber = new NumberM();
export const jsonString = new StringM();
