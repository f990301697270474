import type { Generated, Mutated, Mutator } from '../core/mutator.js';
import { ReplacingScalar } from './fixed.js';
import { GEN, genC } from '../core/gen.js';
import type { Rng } from '../core/rng.js';

interface BoolStep { flipped: boolean }
interface BoolArbStep { next: number }

const CACHE = 1 as const;

class BooleanMutator extends ReplacingScalar<boolean, typeof CACHE> implements Mutator<boolean, typeof CACHE, BoolStep, BoolArbStep, boolean> {
  defaultArbitraryStep(): BoolArbStep {
    return { next: 0 };
  }
  validateValue(value: boolean): typeof CACHE | undefined {
    return typeof value === 'boolean' ? CACHE : undefined;
  }
  defaultMutationStep(): BoolStep {
    return { flipped: false };
  }
  orderedArbitrary(step: BoolArbStep, maxCplx: number): Generated<boolean> | undefined {
    if (step.next > 1 || maxCplx < 1) return undefined;
    return { value: step.next++ === 1, complexity: 1 };
  }
  randomArbitrary(rng: Rng): Generated<boolean> {
    return { value: rng.bool(), complexity: 1 };
  }
  [GEN](rng: Rng): boolean {
    genC[0] = 1;
    return rng.bool();
  }
  orderedMutate(value: boolean, _cache: typeof CACHE, step: BoolStep): Mutated<boolean, boolean> | undefined {
    if (step.flipped) return undefined;
    step.flipped = true;
    return { value: !value, token: value, complexity: 1 };
  }
  randomMutate(value: boolean): Mutated<boolean, boolean> {
    return { value: !value, token: value, complexity: 1 };
  }
}

const shared = new BooleanMutator(1);

/** true or false; complexity 1 bit. */
export function boolean(): Mutator<boolean, typeof CACHE, BoolStep, BoolArbStep, boolean> {
  return shared;
}
