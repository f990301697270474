/**
 * `number({ minimum?, maximum?, exclusiveMinimum?, exclusiveMaximum?, multipleOf?, noNaN?, noInfinity? })`.
 * Unconstrained, it generates -0, NaN, ±Infinity, subnormals, MAX_VALUE, small integers and random
 * bit patterns. Any bound makes the value finite (no NaN, no ±Infinity, and -0 is not generated,
 * though a given -0 inside the range validates). `multipleOf` delegates to the integer machinery
 * (value = k * multipleOf). Complexity: 64 bits (0 when a single value is possible).
 */
import { pickDictionaryNumber, useDictionary } from '../core/dictionary.js';
import { IntegerMutator } from './integer.js';
import { MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { ReplacingScalar } from './fixed.js';
import { GEN, genC } from '../core/gen.js';
import { createRng, rejectFrom, sfcState, type Rng } from '../core/rng.js';
import { drawOne, mutationTable, type Weighted } from '../core/mutation-table.js';
import { doubleOfWords, flipBit, INTERESTING, nextDown, nextUp, randomDouble } from './float.js';

export interface NumberOptions {
  /** smallest value, inclusive; any bound makes every value finite; @defaultValue unbounded */
  minimum?: number;
  /** largest value, inclusive; any bound makes every value finite; @defaultValue unbounded */
  maximum?: number;
  /** values are strictly greater than this (the next double up is the bound); @defaultValue none */
  exclusiveMinimum?: number;
  /** values are strictly less than this; @defaultValue none */
  exclusiveMaximum?: number;
  /** every value is an integer multiple of this positive number; @defaultValue none */
  multipleOf?: number;
  /** never generate `NaN`; @defaultValue false (implied by any bound or `multipleOf`) */
  noNaN?: boolean;
  /** never generate `±Infinity`; @defaultValue false (implied by any bound or `multipleOf`) */
  noInfinity?: boolean;
}

export interface NumArbStep { i: number; j: number; rng: Rng | null; seen: Set<number>; misses: number }
export interface NumStep { i: number; out: number[] }

const CACHE = 1 as const;
type C = typeof CACHE;
const ORDERED_RANDOM = 1000;
const K_LIMIT = 2 ** 51;
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;

/** one random change of a value (see NumberMutator.TWEAKS) */
interface Tweak extends Weighted {
  apply(m: NumberMutator, v: number, rng: Rng): number;
}

export class NumberMutator extends ReplacingScalar<number, C> implements Mutator<number, C, NumStep, NumArbStep, number> {
  readonly specials: number[] = [];
  private readonly flo: number;
  private readonly fhi: number;
  /** every double fits (unconstrained, NaN and ±Infinity allowed): generation skips the check */
  private readonly anyDouble: boolean;
  /** smallInt's integer range [sa, sb] (empty when sa > sb) */
  private readonly sa: number;
  private readonly sb: number;
  /** 1 / specials.length and 1 / (sb - sa + 1): `x % m` as a multiplication (see sfcDraw) */
  private readonly specInv: number;
  private readonly smallInv: number;

  constructor(readonly lo: number, readonly hi: number, readonly nan: boolean, readonly inf: boolean, readonly constrained: boolean) {
    super(lo === hi && !nan && !inf ? 0 : 64);
    this.flo = Math.max(lo, -Number.MAX_VALUE);
    this.fhi = Math.min(hi, Number.MAX_VALUE);
    const mid = this.flo / 2 + this.fhi / 2;
    for (const x of [...INTERESTING, lo, hi, nextUp(lo), nextDown(hi), mid]) if (this.fits(x) && !this.specials.some((s) => Object.is(s, x))) this.specials.push(x);
    this.anyDouble = !constrained && nan && inf && lo === -Infinity && hi === Infinity;
    this.sa = Math.max(Math.ceil(this.flo), -100);
    this.sb = Math.min(Math.floor(this.fhi), 100);
    this.specInv = 1 / this.specials.length;
    this.smallInv = 1 / (this.sb - this.sa + 1);
  }
  /** may be generated */
  private fits(x: number): boolean {
    return this.validateValue(x) !== undefined && !(this.constrained && Object.is(x, -0));
  }
  defaultArbitraryStep(): NumArbStep {
    return { i: 0, j: 2, rng: null, seen: new Set(), misses: 0 };
  }
  validateValue(v: number): C | undefined {
    if (typeof v !== 'number') return undefined;
    if (v !== v) return this.nan ? CACHE : undefined;
    if (v === Infinity || v === -Infinity) return this.inf ? CACHE : undefined;
    return v >= this.lo && v <= this.hi ? CACHE : undefined;
  }
  defaultMutationStep(): NumStep {
    return { i: 0, out: [] };
  }
  orderedArbitrary(step: NumArbStep): Generated<number> | undefined {
    if (step.i < this.specials.length) return { value: this.specials[step.i++]!, complexity: this.cplx };
    // small integers outward from 0 that are not specials
    while (step.j <= 100) {
      const m = step.j >> 1;
      const x = step.j++ % 2 === 0 ? m : -m;
      if (this.fits(x) && !this.specials.includes(x)) return { value: x, complexity: this.cplx };
    }
    step.rng ??= createRng(0x6e756d);
    while (step.seen.size < ORDERED_RANDOM && step.misses < 64) {
      const x = this.uniform(step.rng);
      if (step.seen.has(x) || this.specials.includes(x) || (Number.isInteger(x) && Math.abs(x) <= 50)) {
        step.misses++;
        continue;
      }
      step.misses = 0;
      step.seen.add(x);
      return { value: x, complexity: this.cplx };
    }
    return undefined;
  }
  private uniform(rng: Rng): number {
    const t = rng.float();
    const x = this.flo * (1 - t) + this.fhi * t;
    return x < this.flo ? this.flo : x > this.fhi ? this.fhi : x === 0 ? 0 : x;
  }
  /** a double with a random exponent: spreads over magnitudes (random bits when unconstrained) */
  private spread(rng: Rng): number {
    if (!this.constrained) return randomDouble(rng);
    const x = (rng.bool() ? 1 : -1) * rng.float() * 2 ** rng.int(-40, 40);
    return x === 0 ? 0 : x;
  }
  private smallInt(rng: Rng): number {
    return this.sa <= this.sb ? rng.int(this.sa, this.sb) : this.uniform(rng);
  }
  randomArbitrary(rng: Rng): Generated<number> {
    return { value: this[GEN](rng), complexity: this.cplx };
  }
  [GEN](rng: Rng): number {
    const st = sfcState(rng);
    const x = st !== null ? this.sfcDraw(rng, st) : this.draw(rng);
    genC[0] = this.cplx;
    return x;
  }
  /** a random value: the generic path, over any Rng */
  private draw(rng: Rng): number {
    const r = rng.below(8);
    let x: number;
    if (r < 2) x = rng.pick(this.specials);
    else if (r < 4) x = this.smallInt(rng);
    else if (r < 6) x = this.uniform(rng);
    else x = this.spread(rng);
    if (!this.anyDouble && !this.fits(x)) x = this.uniform(rng);
    return x;
  }
  /**
   * `draw` for a seeded sfc32 Rng (`sfcState`): the same words in the same order and the same
   * value, with sfc32 stepped in local variables (stored back before anything else draws: the
   * rare rejection draws and the constrained spread go through `rng`). below(m) for m that is not
   * a power of two reduces as x - floor(x / m) * m with 1 / m precomputed, corrected by one step
   * (RngBase.below's reduction; exact for x < 2^32).
   */
  private sfcDraw(rng: Rng, st: Int32Array): number {
    let a = st[0]!;
    let b = st[1]!;
    let c = st[2]!;
    let d = st[3]!;
    let t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const r = t & 7;
    let x: number;
    if (r < 2 || (r < 4 && this.sa <= this.sb)) {
      // rng.pick(specials), or rng.int(sa, sb): one below(m)
      const pick = r < 2;
      const m = pick ? this.specials.length : this.sb - this.sa + 1;
      let k = 0;
      if (m > 1) {
        t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + t) | 0;
        const w = t >>> 0;
        if ((m & (m - 1)) === 0) k = w & (m - 1);
        else if (w <= TWO_32 - m) {
          k = w - Math.floor(w * (pick ? this.specInv : this.smallInv)) * m;
          k = k < 0 ? k + m : k >= m ? k - m : k;
        } else {
          st[0] = a; st[1] = b; st[2] = c; st[3] = d;
          k = rejectFrom(rng, m, w);
          a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
        }
      }
      x = pick ? this.specials[k]! : this.sa + k;
    } else if (r < 6 || !this.constrained) {
      // two words: uniform's float, or spread's random bit pattern (unconstrained)
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const w1 = t;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      if (r < 6) {
        const f = ((w1 >>> 5) * 67108864 + (t >>> 6)) / TWO_53;
        x = this.flo * (1 - f) + this.fhi * f;
        x = x < this.flo ? this.flo : x > this.fhi ? this.fhi : x === 0 ? 0 : x;
      } else x = doubleOfWords(w1, t);
    } else {
      st[0] = a; st[1] = b; st[2] = c; st[3] = d;
      x = this.spread(rng);
      a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
    }
    st[0] = a; st[1] = b; st[2] = c; st[3] = d;
    if (!this.anyDouble && !this.fits(x)) x = this.uniform(rng);
    return x;
  }
  private candidate(v: number, i: number): number | undefined {
    switch (i) {
      case 0: return 0;
      case 1: return v + 1;
      case 2: return v - 1;
      case 3: return nextUp(v);
      case 4: return nextDown(v);
      case 5: return -v;
      case 6: return Math.trunc(v);
      case 7: return v * 2;
      case 8: return v / 2;
    }
    return this.specials[i - 9];
  }
  orderedMutate(v: number, _c: C, step: NumStep): Mutated<number, number> | undefined {
    for (;;) {
      if (step.i >= 9 + this.specials.length) return undefined;
      const x = this.candidate(v, step.i++)!;
      if (!this.fits(x) || Object.is(x, v) || step.out.some((o) => Object.is(o, x))) continue;
      step.out.push(x);
      return { value: x, token: v, complexity: this.cplx };
    }
  }
  /** the random tweaks of a value, one slot each (see core/mutation-table.ts); randomMutate checks the result fits */
  private static readonly TWEAKS = mutationTable<Tweak>([
    { name: 'a special value', apply: (m, _v, rng) => rng.pick(m.specials) },
    { name: 'add or subtract 1-16', apply: (_m, v, rng) => v + (rng.bool() ? 1 : -1) * (1 + rng.below(16)) },
    { name: 'scale by a factor near 1', apply: (_m, v, rng) => v * (1 + (rng.float() - 0.5) * 2 ** -rng.below(40)) },
    { name: 'flip a bit', apply: (_m, v, rng) => flipBit(v, rng.below(64)) },
    { name: 'the next double up or down', apply: (_m, v, rng) => (rng.bool() ? nextUp(v) : nextDown(v)) },
    { name: 'negate or round', apply: (_m, v, rng) => (rng.bool() ? -v : Math.round(v)) },
    { name: 'a value of random magnitude', apply: (m, _v, rng) => m.spread(rng) },
    { name: 'a fresh value', apply: (m, _v, rng) => m.randomArbitrary(rng).value },
  ]);
  randomMutate(v: number, _c: C, rng: Rng): Mutated<number, number> {
    if (useDictionary(rng, 'number')) {
      const d = pickDictionaryNumber(rng, (x) => this.fits(x) && !Object.is(x, v));
      if (d !== undefined) return { value: d, token: v, complexity: this.cplx };
    }
    for (let i = 0; i < 16; i++) {
      const x = drawOne(NumberMutator.TWEAKS, rng).apply(this, v, rng);
      if (this.fits(x) && !Object.is(x, v)) return { value: x, token: v, complexity: this.cplx };
    }
    return { value: v, token: v, complexity: this.cplx };
  }
}

function num(name: string, v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || Number.isNaN(v)) throw new MutatorArgumentError('number', name, `must be a number, got ${String(v)}`);
  return v;
}

/** Doubles; see the file comment for what each option does. */
export function number(options: NumberOptions = {}): Mutator<number, 1, any, any, number> {
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('number', 'options', 'must be an object');
  const min = num('minimum', options.minimum);
  const max = num('maximum', options.maximum);
  const xmin = num('exclusiveMinimum', options.exclusiveMinimum);
  const xmax = num('exclusiveMaximum', options.exclusiveMaximum);
  const constrained = min !== undefined || max !== undefined || xmin !== undefined || xmax !== undefined;
  const lo = Math.max(min ?? -Infinity, xmin === undefined ? -Infinity : nextUp(xmin));
  const hi = Math.min(max ?? Infinity, xmax === undefined ? Infinity : nextDown(xmax));
  const loName = xmin !== undefined && (min === undefined || nextUp(xmin) > min) ? 'exclusiveMinimum' : 'minimum';
  if (constrained && (lo > hi || lo === Infinity || hi === -Infinity)) throw new MutatorArgumentError('number', loName, `the range [${lo}, ${hi}] holds no finite number`);
  const m = num('multipleOf', options.multipleOf);
  if (m !== undefined) {
    if (!(m > 0) || !Number.isFinite(m)) throw new MutatorArgumentError('number', 'multipleOf', `must be a positive finite number, got ${m}`);
    const flo = Math.max(lo, -Number.MAX_VALUE);
    const fhi = Math.min(hi, Number.MAX_VALUE);
    // |k| < 2^51 keeps k * m distinct for distinct k (wider multiples still validate)
    let kmin = Math.max(Math.ceil(flo / m), -K_LIMIT);
    let kmax = Math.min(Math.floor(fhi / m), K_LIMIT);
    while (kmin * m < flo) kmin++;
    while (kmax * m > fhi) kmax--;
    if (kmin > kmax) throw new MutatorArgumentError('number', 'multipleOf', `no multiple of ${m} lies in [${lo}, ${hi}]`);
    return new IntegerMutator(flo, fhi, m, kmin, kmax, false);
  }
  return new NumberMutator(lo, hi, !constrained && options.noNaN !== true, !constrained && options.noInfinity !== true, constrained);
}
