/**
 * `integer({ min?, max?, multipleOf? })`: safe integers, unbiased. Works in "index space": the
 * value is k * scale for an integer k in [kmin, kmax]; `number({ multipleOf })` reuses the same
 * class with a fractional scale. Complexity is the constant log2(count of values).
 * Wide ranges favour small magnitudes and boundaries when generating; small ranges (<= 256
 * values) are uniform, and ordered generation enumerates them completely outward from 0.
 */
import { pickDictionaryNumber, useDictionary } from '../core/dictionary.js';
import { choiceComplexity, MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { GEN, genC } from '../core/gen.js';
import { sfcState, rejectFrom, type Rng } from '../core/rng.js';
import { ReplacingScalar } from './fixed.js';

export interface IntegerOptions {
  /** smallest value, inclusive (rounded up to an integer); @defaultValue `Number.MIN_SAFE_INTEGER` */
  min?: number;
  /** largest value, inclusive (rounded down to an integer); @defaultValue `Number.MAX_SAFE_INTEGER` */
  max?: number;
  /** every value is a multiple of this positive integer; @defaultValue 1 */
  multipleOf?: number;
}

export interface IntArbStep {
  pre: number[];
  i: number;
  j: number;
}
export interface IntStep {
  i: number;
  out: number[];
}

const CACHE = 1 as const;
type C = typeof CACHE;
const SMALL = 256;
const TWO_53 = 9007199254740992;
const TWO_32 = 4294967296;
/** 1 / (2^(e+1) + 1): the modulus of rng.int(-p, p) for p = 2^e, e <= 20 */
const ODD_INV = Float64Array.from({ length: 21 }, (_, e) => 1 / (2 ** (e + 1) + 1));

export class IntegerMutator extends ReplacingScalar<number, C> implements Mutator<number, C, IntStep, IntArbStep, number> {
  readonly k0: number;
  readonly n: number;
  readonly bits: number;
  /** exponents drawn for small offsets around k0: [0, smallBits) */
  private readonly smallBits: number;
  /** 1 / n and 1 / smallBits, for reductions by multiplication (see sfcK) */
  private readonly nInv: number;
  private readonly sbInv: number;

  /** values are k * scale, k in [kmin, kmax]; lo/hi bound the values; integral = safe integers only */
  constructor(
    readonly lo: number,
    readonly hi: number,
    readonly scale: number,
    readonly kmin: number,
    readonly kmax: number,
    readonly integral: boolean,
  ) {
    super(choiceComplexity(kmax - kmin + 1));
    this.k0 = Math.min(kmax, Math.max(kmin, 0));
    this.n = kmax - kmin + 1;
    this.bits = Math.max(1, Math.ceil(Math.log2(this.n)));
    this.smallBits = Math.min(20, this.bits) + 1;
    this.nInv = 1 / this.n;
    this.sbInv = 1 / this.smallBits;
  }

  private toV(k: number): number {
    return this.scale === 1 ? k : k * this.scale;
  }
  private toK(v: number): number {
    return this.scale === 1 ? v : Math.round(v / this.scale);
  }
  private clamp(k: number): number {
    return k < this.kmin ? this.kmin : k > this.kmax ? this.kmax : k;
  }

  defaultArbitraryStep(): IntArbStep {
    const pre: number[] = [];
    if (this.n > SMALL) {
      for (const k of [this.k0, this.k0 + 1, this.k0 - 1, this.kmin, this.kmax, this.kmin + 1, this.kmax - 1]) {
        if (k >= this.kmin && k <= this.kmax && !pre.includes(k)) pre.push(k);
      }
    }
    return { pre, i: 0, j: 0 };
  }
  validateValue(v: number): C | undefined {
    if (typeof v !== 'number' || !(v >= this.lo && v <= this.hi)) return undefined;
    if (this.integral) {
      if (!Number.isSafeInteger(v) || (this.scale !== 1 && v % this.scale !== 0)) return undefined;
    } else if (!Number.isFinite(v) || Math.round(v / this.scale) * this.scale !== v) return undefined;
    return CACHE;
  }
  defaultMutationStep(): IntStep {
    return { i: 0, out: [] };
  }
  orderedArbitrary(step: IntArbStep): Generated<number> | undefined {
    if (step.i < step.pre.length) return { value: this.toV(step.pre[step.i++]!), complexity: this.cplx };
    for (;;) {
      const j = step.j;
      const m = Math.ceil(j / 2);
      if (this.k0 + m > this.kmax && this.k0 - m < this.kmin) return undefined;
      step.j++;
      const k = this.k0 + (j === 0 ? 0 : j % 2 === 1 ? m : -m);
      if (k < this.kmin || k > this.kmax || (step.pre.length > 0 && step.pre.includes(k))) continue;
      return { value: this.toV(k), complexity: this.cplx };
    }
  }
  /** uniform k; ranges wider than 2^53 avoid the Rng's bigint path (two exact 53-bit halves) */
  uniformK(rng: Rng): number {
    if (this.n <= TWO_53) return rng.int(this.kmin, this.kmax);
    const over = this.kmax - TWO_53 - this.kmin + 1; // exact, unlike this.n
    for (;;) {
      const y = (rng.u32() >>> 11) * 4294967296 + rng.u32();
      if (!rng.bool()) return this.kmin + y;
      if (y < over) return this.kmin + TWO_53 + y;
    }
  }
  /** a random index: uniform for small ranges, else a mix of boundaries, small magnitudes, uniform */
  randomK(rng: Rng): number {
    if (this.n <= SMALL) return rng.int(this.kmin, this.kmax);
    const r = rng.below(16);
    if (r < 2) {
      const b = rng.below(3);
      return b === 0 ? this.kmin : b === 1 ? this.kmax : this.k0;
    }
    if (r < 9) {
      const p = 1 << rng.below(this.smallBits); // 2 ** k, k <= 20
      return this.clamp(this.k0 + rng.int(-p, p));
    }
    return this.uniformK(rng);
  }
  randomArbitrary(rng: Rng): Generated<number> {
    return { value: this.toV(this.randomK(rng)), complexity: this.cplx };
  }
  [GEN](rng: Rng): number {
    genC[0] = this.cplx;
    const st = sfcState(rng);
    return this.toV(st !== null ? this.sfcK(rng, st) : this.randomK(rng));
  }
  /**
   * `randomK` for a seeded sfc32 Rng (`sfcState`): the same words in the same order and the same
   * index, with sfc32 stepped in local variables (stored back before anything else draws: the
   * rare rejection draws and ranges of 2^32 values or more go through `rng`). Each below(m) is
   * RngBase.below's: a mask for a power of two, else x - floor(x / m) * m with 1 / m precomputed,
   * corrected by one step (exact for x < 2^32), below the rejection limit.
   */
  private sfcK(rng: Rng, st: Int32Array): number {
    let a = st[0]!;
    let b = st[1]!;
    let c = st[2]!;
    let d = st[3]!;
    let t = 0;
    let k: number;
    // the modulus of the (last) uniform draw, and its inverse; 0 when it is drawn through rng
    let m = 0;
    let inv = 0;
    let base = 0;
    /** what k is: 0 = base + k (uniform), 1 = a boundary (k = below(3)), 2 = an offset around k0 */
    let kind = 0;
    if (this.n <= SMALL) {
      m = this.n;
      inv = this.nInv;
      base = this.kmin;
    } else {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const r = t & 15;
      if (r < 2) {
        m = 3;
        inv = 1 / 3;
        kind = 1;
      } else if (r < 9) {
        // e = below(smallBits), then rng.int(-p, p) for p = 2^e: below(2p + 1) from -p
        const sb = this.smallBits;
        t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + t) | 0;
        const w = t >>> 0;
        let e: number;
        if ((sb & (sb - 1)) === 0) e = w & (sb - 1);
        else if (w <= TWO_32 - sb) {
          e = w - Math.floor(w * this.sbInv) * sb;
          e = e < 0 ? e + sb : e >= sb ? e - sb : e;
        } else {
          st[0] = a; st[1] = b; st[2] = c; st[3] = d;
          e = rejectFrom(rng, sb, w);
          a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
        }
        const p = 1 << e;
        m = 2 * p + 1;
        inv = ODD_INV[e]!;
        base = -p;
        kind = 2;
      } else if (this.n < TWO_32) {
        m = this.n;
        inv = this.nInv;
        base = this.kmin;
      } else {
        st[0] = a; st[1] = b; st[2] = c; st[3] = d;
        return this.uniformK(rng);
      }
    }
    if (m === 1) k = 0;
    else {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const w = t >>> 0;
      if (m <= 2147483648 && (m & (m - 1)) === 0) k = w & (m - 1);
      else if (w <= TWO_32 - m) {
        k = w - Math.floor(w * inv) * m;
        k = k < 0 ? k + m : k >= m ? k - m : k;
      } else {
        st[0] = a; st[1] = b; st[2] = c; st[3] = d;
        k = rejectFrom(rng, m, w);
        a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
      }
    }
    st[0] = a; st[1] = b; st[2] = c; st[3] = d;
    if (kind === 1) return k === 0 ? this.kmin : k === 1 ? this.kmax : this.k0;
    if (kind === 2) return this.clamp(this.k0 + (base + k));
    return base + k;
  }
  private candidate(k: number, i: number): number | undefined {
    switch (i) {
      case 0: return this.k0;
      case 1: return this.kmin;
      case 2: return this.kmax;
      case 3: return k + 1;
      case 4: return k - 1;
      case 5: return -k;
      case 6: return Math.trunc(k / 2);
    }
    const b = (i - 7) >> 1;
    if (b >= Math.min(this.bits, 53)) return undefined;
    const p = 2 ** (b + 1);
    return (i & 1) === 1 ? k + p : k - p;
  }
  orderedMutate(v: number, _c: C, step: IntStep): Mutated<number, number> | undefined {
    const k = this.toK(v);
    for (;;) {
      const c = this.candidate(k, step.i++);
      if (c === undefined) return undefined;
      if (c < this.kmin || c > this.kmax || c === k || step.out.includes(c)) continue;
      step.out.push(c);
      return { value: this.toV(c), token: v, complexity: this.cplx };
    }
  }
  randomMutate(v: number, _c: C, rng: Rng): Mutated<number, number> {
    if (this.n <= 1) return { value: v, token: v, complexity: this.cplx };
    if (useDictionary(rng, 'number')) {
      const d = pickDictionaryNumber(rng, (x) => x !== v && this.validateValue(x) !== undefined);
      if (d !== undefined) return { value: d, token: v, complexity: this.cplx };
    }
    const k = this.toK(v);
    const r = rng.below(8);
    let c: number;
    if (r === 0) c = this.randomK(rng);
    else if (r < 4) c = k + (rng.bool() ? 1 : -1) * (1 + rng.below(16));
    else if (r < 6) c = k + (rng.bool() ? 1 : -1) * 2 ** rng.below(this.bits);
    else if (r === 6) c = rng.pick([this.kmin, this.kmax, this.k0]);
    else c = this.uniformK(rng);
    c = this.clamp(c);
    if (c === k) c = k < this.kmax ? k + 1 : k - 1;
    return { value: this.toV(c), token: v, complexity: this.cplx };
  }
}

function bound(factory: string, name: string, v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || Number.isNaN(v)) throw new MutatorArgumentError(factory, name, `must be a number, got ${String(v)}`);
  return v;
}

/** Safe integers in [min, max] (defaults: the whole safe range) that are multiples of `multipleOf`. */
export function integer(options: IntegerOptions = {}): IntegerMutator {
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('integer', 'options', 'must be an object');
  const min = Math.max(Number.MIN_SAFE_INTEGER, Math.ceil(bound('integer', 'min', options.min, Number.MIN_SAFE_INTEGER)));
  const max = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(bound('integer', 'max', options.max, Number.MAX_SAFE_INTEGER)));
  if (min > max) throw new MutatorArgumentError('integer', 'min', `min ${options.min} > max ${options.max} (no integer between them)`);
  const m = options.multipleOf ?? 1;
  if (typeof m !== 'number' || !Number.isSafeInteger(m) || m <= 0) throw new MutatorArgumentError('integer', 'multipleOf', `must be a positive integer, got ${String(m)}`);
  let kmin = Math.ceil(min / m);
  let kmax = Math.floor(max / m);
  while (kmin * m < min) kmin++;
  while (kmax * m > max) kmax--;
  if (kmin > kmax) throw new MutatorArgumentError('integer', 'multipleOf', `no multiple of ${m} lies in [${min}, ${max}]`);
  return new IntegerMutator(min, max, m, kmin, kmax, true);
}
