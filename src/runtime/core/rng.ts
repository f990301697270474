/**
 * Seeded, portable PRNG (sfc32 seeded through splitmix32). All arithmetic is 32-bit integer
 * arithmetic, so the same seed gives the same stream on every machine and engine.
 * Integer ranges use rejection sampling: no modulo bias.
 */
export interface Rng {
  /** uniform integer in [0, 2^32) */
  u32(): number;
  /** uniform float in [0, 1) with 53 random bits */
  float(): number;
  /** uniform integer in [lo, hi], both inclusive safe integers, lo <= hi */
  int(lo: number, hi: number): number;
  /** uniform integer in [0, n), n >= 1 */
  below(n: number): number;
  bool(): boolean;
  /** true with probability p */
  chance(p: number): boolean;
  /**
   * A container length in [lo, hi]. Same distribution as `int` for a seeded Rng; a byte-driven
   * Rng (see `fromBytes`) reads lengths from the end of its data, as Rust's `arbitrary` does.
   */
  length(lo: number, hi: number): number;
  /** uniform bigint in [lo, hi] */
  bigint(lo: bigint, hi: bigint): bigint;
  /** pick one element of a non-empty array */
  pick<T>(items: readonly T[]): T;
}

const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;

/** below(n), n < 2^32, after a first word x above 2^32 - n: rejection sampling */
export function rejectFrom(rng: Rng, n: number, x: number): number {
  const limit = TWO_32 - (TWO_32 % n);
  while (x >= limit) x = rng.u32();
  return x % n;
}

/**
 * `below(n)` for 1 < n < 2^32 from words of an Rng for which `plainRanges` holds: the same draws
 * and value as `rng.below(n)`. Inlined with a constant n, the reduction is an integer modulo by
 * a constant instead of a float division.
 */
export function belowOf(rng: Rng, n: number): number {
  const x = rng.u32();
  return x <= TWO_32 - n ? x % n : rejectFrom(rng, n, x);
}

/** true when `rng` draws ranges (below, int, pick, bool) with RngBase's own methods */
export function plainRanges(rng: Rng): boolean {
  // the prototype's methods are read once (below, after the classes): reading them per call costs
  // V8 several nanoseconds, and this runs once per generated string or number
  return rng instanceof RngBase && rng.below === P_BELOW && rng.int === P_INT && rng.pick === P_PICK && rng.bool === P_BOOL;
}

/** Shared integer-range logic over any source of uniform 32-bit words. */
export abstract class RngBase implements Rng {
  abstract u32(): number;

  float(): number {
    const a = this.u32() >>> 5; // 27 bits
    const b = this.u32() >>> 6; // 26 bits
    return (a * 67108864 + b) / TWO_53;
  }

  // below and int keep their common paths small, so V8 inlines them at their call sites; the
  // rare paths (rejection, ranges wider than 2^32) are separate methods. Same draws as before.
  below(n: number): number {
    if (n <= 2147483648 && (n & (n - 1)) === 0) return n === 1 ? 0 : (this.u32() & (n - 1)) >>> 0;
    if (n < TWO_32) {
      const x = this.u32();
      if (x <= TWO_32 - n) {
        // below the rejection limit for sure: skip computing it, and reduce without a float
        // modulo (same values as `x % n`, several times faster)
        const r = x - Math.floor(x / n) * n;
        return r < 0 ? r + n : r >= n ? r - n : r;
      }
      return this.reject(n, x);
    }
    return this.belowWide(n);
  }

  private reject(n: number, x: number): number {
    return rejectFrom(this, n, x);
  }

  /** below(n) for n >= 2^32 */
  private belowWide(n: number): number {
    if (n === TWO_32) return this.u32();
    if (n <= TWO_53) {
      const limit = TWO_53 - (TWO_53 % n);
      for (;;) {
        const x = (this.u32() >>> 11) * TWO_32 + this.u32();
        if (x < limit) return x % n;
      }
    }
    // wider than 2^53 (e.g. the full safe-integer range): go through bigint
    return Number(this.bigint(0n, BigInt(n) - 1n));
  }

  int(lo: number, hi: number): number {
    const n = hi - lo + 1;
    return n > TWO_53 ? this.intWide(lo, hi) : lo + this.below(n);
  }

  private intWide(lo: number, hi: number): number {
    return Number(this.bigint(BigInt(lo), BigInt(hi)));
  }

  bool(): boolean {
    return (this.u32() & 1) === 1;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  length(lo: number, hi: number): number {
    return this.int(lo, hi);
  }

  bigint(lo: bigint, hi: bigint): bigint {
    const range = hi - lo + 1n;
    if (range <= 0n) throw new RangeError(`bigint range is empty: [${lo}, ${hi}]`);
    if (range <= BigInt(TWO_32)) return lo + BigInt(this.below(Number(range)));
    const bits = range.toString(2).length;
    const words = Math.ceil(bits / 32);
    const mask = (1n << BigInt(bits)) - 1n;
    for (;;) {
      let x = 0n;
      for (let i = 0; i < words; i++) x = (x << 32n) | BigInt(this.u32());
      x &= mask;
      if (x < range) return lo + x;
    }
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}

/**
 * sfc32's step on its state words (a, b, c, d): the next word of a seeded Rng's stream. Sfc32's
 * `u32` and hot paths that hold the state array (`sfcState`, json-gen.ts) call it; V8 inlines it.
 */
export function sfcNext(st: Int32Array): number {
  const a = st[0]!;
  const b = st[1]!;
  const c = st[2]!;
  const d = st[3]!;
  const t = (((a + b) | 0) + d) | 0;
  st[3] = (d + 1) | 0;
  st[0] = b ^ (b >>> 9);
  st[1] = (c + (c << 3)) | 0;
  st[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

class Sfc32 extends RngBase {
  /**
   * a, b, c, d in an Int32Array: plain object fields holding 32-bit words would take V8's double
   * (boxed) field representation, about 3x slower per draw; the words are the same bits either way
   */
  readonly s = new Int32Array(4);

  constructor(seed: number) {
    super();
    let s = seed >>> 0;
    // splitmix32 fills the state, so nearby seeds give unrelated streams
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    const st = this.s;
    st[0] = next();
    st[1] = next();
    st[2] = next();
    st[3] = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    return sfcNext(this.s);
  }
}

const P_BELOW = RngBase.prototype.below;
const P_INT = RngBase.prototype.int;
const P_PICK = RngBase.prototype.pick;
const P_BOOL = RngBase.prototype.bool;
const P_FLOAT = RngBase.prototype.float;
const P_LENGTH = RngBase.prototype.length;
const SFC_U32 = Sfc32.prototype.u32;

/**
 * The state words (a, b, c, d) of a seeded Rng from `createRng` whose `u32`, `float`, `length` and ranges
 * are sfc32's and RngBase's own, else null. A hot loop may load them into locals, step sfc32
 * there (see `string-edits.ts`) and store them back before anything else draws: the same stream,
 * without a memory round trip per word; it may also read floats from words as `float` does.
 * (String characters, number, integer and the alias table write sfc32's step out in their own
 * locals, and store the words back around the rare `rejectFrom`: `sfcNext` over the state array
 * there, with one shared `below` reduction, was measured again (issue 11, one process loading
 * both builds, 20 interleaved rounds, CPU time; same-build noise ±12%): seeded generation 0.56x
 * on Strings, 0.85x Nested, 0.87x Flat, so the hand copies stay. json/generate.ts, which draws
 * across many small functions, calls `sfcNext`, as `u32` does.)
 */
export function sfcState(rng: Rng): Int32Array | null {
  return rng instanceof Sfc32 && rng.u32 === SFC_U32 && rng.float === P_FLOAT && rng.length === P_LENGTH && rng.below === P_BELOW && rng.int === P_INT && rng.pick === P_PICK && rng.bool === P_BOOL ? rng.s : null;
}

/** A seeded Rng; seeds are taken modulo 2^32 (non-integers are truncated). */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
  const s = Math.trunc(seed);
  // fold the high bits in so seeds above 2^32 still differ
  return new Sfc32((s >>> 0) ^ Math.floor(s / TWO_32));
}
