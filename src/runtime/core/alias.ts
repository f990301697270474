/**
 * Weighted choice in O(1) per draw: Vose's alias method.
 *
 * Building a table of n weights is O(n): every column i keeps `prob[i]` of its own mass and
 * gives the rest to `alias[i]`. A draw is one uniform column plus one coin. Weight-0 entries
 * are never drawn.
 */
import { MutatorArgumentError } from './mutator.js';
import { sfcState, rejectFrom, type Rng } from './rng.js';

const INV_2_32 = 1 / 4294967296;
const TWO_32 = 4294967296;

export class AliasTable {
  readonly n: number;
  /** threshold in [0, 1]: keep column i when a uniform draw is below it */
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;
  /** the single column when only one weight is positive (fast path), else -1 */
  private readonly only: number;
  /** 1 / n: below(n) by multiplication (see sampleSfc) */
  private readonly inv: number;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    this.n = n;
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    this.inv = 1 / n;
    let total = 0;
    let positive = 0;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      total += w;
      if (w > 0) {
        positive++;
        last = i;
      }
    }
    this.only = positive === 1 ? last : -1;
    if (positive === 0) throw new RangeError('AliasTable: needs at least one positive weight');
    const scaled = new Float64Array(n);
    const small: number[] = [];
    const large: number[] = [];
    for (let i = 0; i < n; i++) {
      scaled[i] = (weights[i]! * n) / total;
      (scaled[i]! < 1 ? small : large).push(i);
    }
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.prob[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l]! < 1 ? small : large).push(l);
    }
    // leftovers are 1 up to rounding
    for (const i of large) this.prob[i] = 1;
    for (const i of small) this.prob[i] = scaled[i]! > 0 ? 1 : 0;
    for (const i of small) if (this.prob[i] === 0) this.alias[i] = last;
  }

  /** a column index, with probability proportional to its weight */
  sample(rng: Rng): number {
    if (this.only >= 0) return this.only;
    const st = sfcState(rng);
    if (st !== null) return this.sampleSfc(rng, st);
    const i = rng.below(this.n);
    return rng.u32() * INV_2_32 < this.prob[i]! ? i : this.alias[i]!;
  }

  /**
   * `sample` for a seeded sfc32 Rng (`sfcState`), n > 1 columns: the same two words and the same
   * column, with sfc32 stepped in local variables. below(n) as RngBase.below does it: a mask for
   * a power of two, else x - floor(x / n) * n (1 / n precomputed) corrected by one step, with
   * the rare rejection draws through `rng`.
   */
  private sampleSfc(rng: Rng, st: Int32Array): number {
    let a = st[0]!;
    let b = st[1]!;
    let c = st[2]!;
    let d = st[3]!;
    let t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const n = this.n;
    const x = t >>> 0;
    let i: number;
    if (n <= 2147483648 && (n & (n - 1)) === 0) i = x & (n - 1);
    else if (x <= TWO_32 - n) {
      i = x - Math.floor(x * this.inv) * n;
      i = i < 0 ? i + n : i >= n ? i - n : i;
    } else {
      st[0] = a; st[1] = b; st[2] = c; st[3] = d;
      i = rejectFrom(rng, n, x);
      a = st[0]!; b = st[1]!; c = st[2]!; d = st[3]!;
    }
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    st[0] = b ^ (b >>> 9);
    st[1] = (c + (c << 3)) | 0;
    st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    st[3] = d;
    return (t >>> 0) * INV_2_32 < this.prob[i]! ? i : this.alias[i]!;
  }
}

/** Checks weights given to a factory (finite, >= 0, at least one > 0); throws naming the argument. */
export function checkWeights(factory: string, argument: (i: number) => string, weights: readonly number[]): void {
  let any = false;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new MutatorArgumentError(factory, argument(i), `must be a finite number >= 0, got ${String(w)}`);
    if (w > 0) any = true;
  }
  if (weights.length > 0 && !any) throw new MutatorArgumentError(factory, argument(0), 'at least one weight must be > 0');
}
