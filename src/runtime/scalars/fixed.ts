/**
 * The methods every fixed-complexity scalar writes the same way, written once: integer, number,
 * bigint, date, literals, boolean and constant give each of their values the same complexity
 * (log2 of how many values there are), so min, max and a value's complexity are one number, and
 * a mutation's undo token is the previous value. Subclasses keep their own [GEN] and draws (the
 * hot paths stay in their own class, so V8 sees one shape there).
 */
import type { Mutator } from '../core/mutator.js';

/** A scalar mutator whose values all have complexity `cplx`. */
export abstract class FixedComplexity implements Pick<Mutator<unknown>, 'minComplexity' | 'maxComplexity' | 'complexity'> {
  constructor(protected readonly cplx: number) {}
  minComplexity(): number {
    return this.cplx;
  }
  maxComplexity(): number {
    return this.cplx;
  }
  complexity(): number {
    return this.cplx;
  }
}

/** A fixed-complexity scalar whose mutations' undo token is the value they replaced. */
export abstract class ReplacingScalar<T, Cache> extends FixedComplexity {
  unmutate(_value: T, _cache: Cache, token: T): T {
    return token;
  }
}
