/**
 * `fromBytes(mutator, data)`: a total, deterministic decoder from raw bytes to a valid value, in
 * the spirit of Rust's `arbitrary::Unstructured`, for byte-oriented fuzzers (libFuzzer, Jazzer.js).
 *
 * A mutator tree of the common combinators (object, array, union, optional, literals, integer,
 * number, boolean, constant, plain strings) reads the structural layout of byte-layout.ts: choices
 * from the back, scalars from the front, so a byte edit changes one scalar or one choice.
 * Any other tree (patterned strings, maps, tuples, json, ...) goes through the older path below.
 *
 * There the bytes drive an Rng: choices and words consume bytes from the front, container lengths
 * (`rng.length`) from the back, so a fuzzer can change a length without shifting every choice
 * after it. Integer ranges read only the bytes the range needs and reject out-of-range draws
 * (mask-and-reject), so they are unbiased where `arbitrary`'s modulo is not. Exhausted data reads
 * as zeros: every range then yields its lowest value, the rejection loop accepts at once and
 * generation converges on small values. The complexity budget is 8 bits per input byte, so
 * short inputs give small values and recursion stays bounded (mutators budget size through
 * complexity, `lazy` guards depth); the empty input decodes to the mutator's first ordered
 * value, its smallest. A mutator that throws on some draws gets the same bytes again under a
 * halved budget, so decoding is total for every type that has a finite value. Bytes made by
 * `toBytes` (a marker, then the value as typed JSON) decode to exactly that value (to-bytes.ts).
 */
import type { AnyMutator } from '../core/mutator.js';
import { createRng, RngBase, type Rng } from '../core/rng.js';
import { embeddedValue } from './to-bytes.js';
import { byteBudget as layoutBudget, layoutDecode } from './byte-layout.js';

/** default upper bound on the complexity budget, in bits */
export const DEFAULT_DECODE_COMPLEXITY = 4096;

/**
 * After this many reads past the end, an exhausted source continues with a PRNG seeded by a hash
 * of the data instead of zeros, so a mutator that loops until it sees a different draw still ends.
 * Still deterministic: the same bytes give the same stream.
 */
const ZERO_READS = 1 << 16;

const TWO_32 = 4294967296;

class ByteRng extends RngBase {
  private front = 0;
  private back: number;
  private zeros = 0;
  private tail: Rng | undefined;

  constructor(private readonly data: Uint8Array) {
    super();
    this.back = data.length;
  }

  /** bytes not read yet (from either end) */
  remaining(): number {
    return this.back - this.front;
  }

  private exhausted(): number {
    if (this.zeros < ZERO_READS) {
      this.zeros++;
      return 0;
    }
    this.tail ??= createRng(hashBytes(this.data));
    return this.tail.u32() & 255;
  }

  private fromFront(): number {
    return this.front < this.back ? this.data[this.front++]! : this.exhausted();
  }

  private fromBack(): number {
    return this.back > this.front ? this.data[--this.back]! : this.exhausted();
  }

  /** `bytes` bytes (1..4) from the front or the back, big-endian, as an unsigned integer */
  private word(bytes: number, back: boolean): number {
    let x = 0;
    for (let i = 0; i < bytes; i++) x = x * 256 + (back ? this.fromBack() : this.fromFront());
    return x;
  }

  override u32(): number {
    return this.word(4, false);
  }

  /**
   * 32 bits (4 bytes) instead of the seeded Rng's 53: floats mostly pick length targets and
   * chances, where finer steps would cost a fuzzer three more bytes per draw for nothing.
   */
  override float(): number {
    return this.word(4, false) / TWO_32;
  }

  override bool(): boolean {
    return (this.fromFront() & 1) === 1;
  }

  /** uniform in [0, n) reading as few bytes as the range needs; mask-and-reject, no modulo bias */
  private range(n: number, back: boolean): number {
    if (n <= 1) return 0;
    const bits = 32 - Math.clz32(n - 1);
    const bytes = (bits + 7) >>> 3;
    const mask = bits === 32 ? TWO_32 - 1 : (1 << bits) - 1;
    for (;;) {
      const x = (this.word(bytes, back) & mask) >>> 0;
      if (x < n) return x;
    }
  }

  override below(n: number): number {
    return n <= TWO_32 ? this.range(n, false) : super.below(n);
  }

  override int(lo: number, hi: number): number {
    const n = hi - lo + 1;
    return n <= TWO_32 ? lo + this.range(n, false) : super.int(lo, hi);
  }

  override length(lo: number, hi: number): number {
    const n = hi - lo + 1;
    return n <= TWO_32 ? lo + this.range(n, true) : super.int(lo, hi);
  }
}

/** FNV-1a over the bytes, for the post-exhaustion stream */
function hashBytes(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  return h >>> 0;
}

/**
 * An Rng driven by `data`: choices from the front, lengths from the back, zeros when exhausted.
 * Exposed for custom decoders and tests; `fromBytes` is the usual entry.
 */
export function createByteRng(data: Uint8Array): Rng & { remaining(): number } {
  return new ByteRng(data);
}

/** The complexity budget `fromBytes` gives `data`: 8 bits per byte, within [min, maxComplexity]. */
export function byteBudget(mutator: AnyMutator<unknown>, length: number, maxComplexity = DEFAULT_DECODE_COMPLEXITY): number {
  return layoutBudget(mutator, length, maxComplexity);
}

/**
 * Decodes any byte string to a valid value of `mutator`'s type. Total (every input decodes,
 * including the empty one), deterministic (same bytes, same value) and bounded by
 * `maxComplexity` (default 4096 bits). Throws only when the type has no finite value.
 */
export function fromBytes<T>(mutator: AnyMutator<T>, data: Uint8Array, maxComplexity = DEFAULT_DECODE_COMPLEXITY): T {
  if (!(data instanceof Uint8Array)) throw new TypeError(`fromBytes: data must be a Uint8Array, got ${data === null ? 'null' : typeof data}`);
  const min = mutator.minComplexity();
  // no finite value: let the mutator throw its own explanation
  if (min === Infinity) return mutator.randomArbitrary(new ByteRng(data), Infinity).value;
  // bytes written by toBytes carry the value itself
  const embedded = embeddedValue(mutator, data, maxComplexity);
  if (embedded !== undefined) return embedded.value;
  const budget = byteBudget(mutator as AnyMutator<unknown>, data.length, maxComplexity);
  if (data.length === 0) {
    const g = mutator.orderedArbitrary(mutator.defaultArbitraryStep(), budget);
    if (g !== undefined) return g.value;
  }
  // the common combinators read a structural layout (byte-layout.ts); the rest go through the Rng
  const laid = layoutDecode(mutator as AnyMutator<unknown>, data, budget);
  if (laid !== undefined) return laid.value as T;
  // a mutator that gives up on some draws (too few distinct items for uniqueItems, a stack
  // overflow in a deep recursion) gets the same bytes again under half the budget, down to the
  // smallest value
  let lastError: unknown;
  for (let b = budget; ; b /= 2) {
    try {
      return mutator.randomArbitrary(new ByteRng(data), Math.max(b, min)).value;
    } catch (e) {
      lastError = e;
    }
    if (b <= min) break;
  }
  const g = mutator.orderedArbitrary(mutator.defaultArbitraryStep(), min);
  if (g !== undefined) return g.value;
  throw lastError;
}
