/**
 * Rngs for the equivalence tests of the fast generation paths (test/runtime/gen*.test.ts).
 */
import { RngBase, type Rng } from '../../src/runtime/core/rng.js';

/**
 * An Rng whose words come from another Rng and whose ranges go through RngBase, but which is not
 * the seeded sfc32 Rng: `sfcState` gives null for it, so every fast path takes its generic path
 * on exactly the words the fast path would read.
 */
export class Words extends RngBase {
  constructor(private readonly r: Rng) {
    super();
  }
  u32(): number {
    return this.r.u32();
  }
}
