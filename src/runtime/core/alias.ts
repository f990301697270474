/**
 * Weighted choice in O(1) per draw: Vose's alias method.
 *
 * Building a table of n weights is O(n): every column i keeps `prob[i]` of its own mass and
 * gives the rest to `alias[i]`. A draw is one uniform column plus one coin. Weight-0 entries
 * are never drawn.
 */
import { MutatorArgumentError } from './mutator.js';
import { sfcBelow, sfcNext, sfcState, type Rng } from './rng.js';

const INV_2_32 = 1 / 4294967296;

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
   * column, drawn with `sfcBelow` (1 / n precomputed) and `sfcNext`.
   */
  private sampleSfc(rng: Rng, st: Int32Array): number {
    const i = sfcBelow(rng, st, this.n, this.inv);
    return sfcNext(st) * INV_2_32 < this.prob[i]! ? i : this.alias[i]!;
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
