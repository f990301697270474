/**
 * `bigint({ min?, max? })`: bigints in [min, max], default [-2^64, 2^64]. Complexity is the
 * constant log2(range size). Generation mixes boundaries, small magnitudes and uniform draws
 * (small ranges, <= 256 values, are uniform and enumerated completely by ordered generation).
 */
import { pickDictionaryBigint, useDictionary } from '../core/dictionary.js';
import { MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { ReplacingScalar } from './fixed.js';
import type { Rng } from '../core/rng.js';

export interface BigIntOptions {
  /** smallest value, inclusive; @defaultValue `-(2n ** 64n)` (or `max - 2n ** 64n` when `max` is below it) */
  min?: bigint;
  /** largest value, inclusive; @defaultValue `2n ** 64n` (or `min + 2n ** 64n` when `min` is above it) */
  max?: bigint;
}
export interface BigArbStep { pre: bigint[]; i: number; j: number }
export interface BigStep { i: number; out: bigint[] }

const CACHE = 1 as const;
type C = typeof CACHE;

function log2(n: bigint): number {
  if (n <= 9007199254740992n) return Math.log2(Number(n));
  const bits = n.toString(2).length;
  return bits - 53 + Math.log2(Number(n >> BigInt(bits - 53)));
}

export class BigIntMutator extends ReplacingScalar<bigint, C> implements Mutator<bigint, C, BigStep, BigArbStep, bigint> {
  readonly k0: bigint;
  readonly small: boolean;
  readonly bits: number;

  constructor(readonly min: bigint, readonly max: bigint) {
    super(max - min + 1n <= 1n ? 0 : log2(max - min + 1n));
    this.k0 = min > 0n ? min : max < 0n ? max : 0n;
    const n = max - min + 1n;
    this.small = n <= 256n;
    this.bits = Math.max(1, Math.ceil(this.cplx));
  }
  private clamp(k: bigint): bigint {
    return k < this.min ? this.min : k > this.max ? this.max : k;
  }
  defaultArbitraryStep(): BigArbStep {
    const pre: bigint[] = [];
    if (!this.small) {
      for (const k of [this.k0, this.k0 + 1n, this.k0 - 1n, this.min, this.max, this.min + 1n, this.max - 1n]) {
        if (k >= this.min && k <= this.max && !pre.includes(k)) pre.push(k);
      }
    }
    return { pre, i: 0, j: 0 };
  }
  validateValue(v: bigint): C | undefined {
    return typeof v === 'bigint' && v >= this.min && v <= this.max ? CACHE : undefined;
  }
  defaultMutationStep(): BigStep {
    return { i: 0, out: [] };
  }
  orderedArbitrary(step: BigArbStep): Generated<bigint> | undefined {
    if (step.i < step.pre.length) return { value: step.pre[step.i++]!, complexity: this.cplx };
    for (;;) {
      const j = step.j;
      const m = BigInt(Math.ceil(j / 2));
      if (this.k0 + m > this.max && this.k0 - m < this.min) return undefined;
      step.j++;
      const k = j === 0 ? this.k0 : j % 2 === 1 ? this.k0 + m : this.k0 - m;
      if (k < this.min || k > this.max || step.pre.includes(k)) continue;
      return { value: k, complexity: this.cplx };
    }
  }
  private randomK(rng: Rng): bigint {
    if (this.small) return rng.bigint(this.min, this.max);
    const r = rng.below(16);
    if (r < 2) return rng.pick([this.min, this.max, this.k0]);
    if (r < 9) {
      const p = 1n << BigInt(rng.below(rng.bool() ? Math.min(20, this.bits) + 1 : this.bits + 1));
      return this.clamp(this.k0 + rng.bigint(-p, p));
    }
    return rng.bigint(this.min, this.max);
  }
  randomArbitrary(rng: Rng): Generated<bigint> {
    return { value: this.randomK(rng), complexity: this.cplx };
  }
  private candidate(k: bigint, i: number): bigint | undefined {
    switch (i) {
      case 0: return this.k0;
      case 1: return this.min;
      case 2: return this.max;
      case 3: return k + 1n;
      case 4: return k - 1n;
      case 5: return -k;
      case 6: return k / 2n;
    }
    const b = (i - 7) >> 1;
    if (b >= this.bits) return undefined;
    const p = 1n << BigInt(b + 1);
    return (i & 1) === 1 ? k + p : k - p;
  }
  orderedMutate(v: bigint, _c: C, step: BigStep): Mutated<bigint, bigint> | undefined {
    for (;;) {
      const c = this.candidate(v, step.i++);
      if (c === undefined) return undefined;
      if (c < this.min || c > this.max || c === v || step.out.includes(c)) continue;
      step.out.push(c);
      return { value: c, token: v, complexity: this.cplx };
    }
  }
  randomMutate(v: bigint, _c: C, rng: Rng): Mutated<bigint, bigint> {
    if (this.min === this.max) return { value: v, token: v, complexity: this.cplx };
    if (useDictionary(rng, 'bigint')) {
      const d = pickDictionaryBigint(rng, (x) => x !== v && x >= this.min && x <= this.max);
      if (d !== undefined) return { value: d, token: v, complexity: this.cplx };
    }
    const r = rng.below(8);
    let c: bigint;
    if (r === 0) c = this.randomK(rng);
    else if (r < 4) c = v + (rng.bool() ? 1n : -1n) * BigInt(1 + rng.below(16));
    else if (r < 6) c = v + (rng.bool() ? 1n : -1n) * (1n << BigInt(rng.below(this.bits)));
    else if (r === 6) c = rng.pick([this.min, this.max, this.k0]);
    else c = rng.bigint(this.min, this.max);
    c = this.clamp(c);
    if (c === v) c = v < this.max ? v + 1n : v - 1n;
    return { value: c, token: v, complexity: this.cplx };
  }
}

const TWO_64 = 1n << 64n;

export function bigint(options: BigIntOptions = {}): BigIntMutator {
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('bigint', 'options', 'must be an object');
  for (const name of ['min', 'max'] as const) {
    const v = options[name];
    if (v !== undefined && typeof v !== 'bigint') throw new MutatorArgumentError('bigint', name, `must be a bigint, got ${typeof v}`);
  }
  const min = options.min ?? (options.max !== undefined && options.max < -TWO_64 ? options.max - TWO_64 : -TWO_64);
  const max = options.max ?? (min > TWO_64 ? min + TWO_64 : TWO_64);
  if (min > max) throw new MutatorArgumentError('bigint', 'min', `min ${min} > max ${max}`);
  return new BigIntMutator(min, max);
}
