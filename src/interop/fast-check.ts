/**
 * `derive-mutators/fast-check`: a derived mutator as a fast-check `Arbitrary<T>`.
 *
 *   fc.assert(fc.property(toArbitrary(mutators.Config()), (config) => ...));
 *
 * Generation draws a 32-bit seed from fast-check's Random and runs the mutator's
 * `randomArbitrary`, so fast-check's seed and path replay it exactly. When fast-check asks for
 * bias (1 run in `biasFactor`), the budget is cut to an eighth, favouring small values.
 * Shrinking walks towards lower complexity (see `shrinkCandidates`) and always ends.
 * fast-check is an optional peer dependency: only this entry loads it.
 */
import { Arbitrary, Stream, Value, type Random } from 'fast-check';
import type { AnyMutator } from '../runtime/core/mutator.js';
import { createRng } from '../runtime/core/rng.js';
import { shrinkCandidates, type ShrinkOptions } from './shrink.js';

export interface ToArbitraryOptions extends ShrinkOptions {
  /** complexity budget of generated values, in bits (default 256) */
  maxComplexity?: number;
}

export class MutatorArbitrary<T> extends Arbitrary<T> {
  private readonly budget: number;

  constructor(
    readonly mutator: AnyMutator<T>,
    private readonly options: ToArbitraryOptions,
  ) {
    super();
    const max = options.maxComplexity ?? 256;
    if (!(max >= 0)) throw new RangeError(`toArbitrary: maxComplexity must be >= 0, got ${max}`);
    this.budget = Math.max(mutator.minComplexity(), max);
  }

  generate(mrng: Random, biasFactor: number | undefined): Value<T> {
    const seed = mrng.nextInt(-2147483648, 2147483647) >>> 0;
    const min = this.mutator.minComplexity();
    const small = biasFactor !== undefined && mrng.nextInt(1, biasFactor) === 1;
    const budget = small ? min + (this.budget - min) / 8 : this.budget;
    return new Value(this.mutator.randomArbitrary(createRng(seed), budget).value, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    try {
      return this.mutator.validateValue(value as T) !== undefined;
    } catch {
      return false;
    }
  }

  shrink(value: T): Stream<Value<T>> {
    return new Stream(shrinkCandidates(this.mutator, value, this.options)).map((v) => new Value(v, undefined));
  }
}

/** A fast-check Arbitrary whose values come from `mutator` and shrink towards lower complexity. */
export function toArbitrary<T>(mutator: AnyMutator<T>, options: ToArbitraryOptions = {}): Arbitrary<T> {
  return new MutatorArbitrary(mutator, options);
}
