/**
 * `literals(values, { weights?, swarm? })`: one of a fixed set of primitive values (enums,
 * unions of literal types). Complexity = log2(n) bits. Generation is weighted (Vose alias) and
 * swarm-aware: inside a swarm context each value's enum uses a random subset of its members.
 * Ordered enumeration yields every member once; ordered mutation moves to each other member once.
 */
import { checkWeights } from '../core/alias.js';
import { EPS } from '../core/budget.js';
import { choiceComplexity, MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { ReplacingScalar } from './fixed.js';
import { GEN, genC } from '../core/gen.js';
import { sfcState, type Rng } from '../core/rng.js';
import { enterSwarm, exitSwarm, inSwarm, SwarmChoice } from '../union/swarm.js';

export type Literal = string | number | boolean | bigint | null | undefined;

export interface LiteralsOptions {
  /** relative weights, one per value, each finite and non-negative; @defaultValue all 1 */
  weights?: readonly number[];
  /**
   * swarm testing: each generated value comes from a random subset of the values; `undefined`
   * means the default, so derived code may pass `options.swarm` under exactOptionalPropertyTypes
   * @defaultValue true
   */
  swarm?: boolean | undefined;
}

interface Step {
  k: number;
}

const CACHE = true as const;

export class LiteralsMutator<T extends Literal> extends ReplacingScalar<T, typeof CACHE> implements Mutator<T, typeof CACHE, Step, Step, T> {
  readonly n: number;
  private readonly index = new Map<unknown, number>();
  private readonly choice: SwarmChoice;

  constructor(
    readonly values: readonly T[],
    weights: readonly number[],
    private readonly swarm: boolean,
  ) {
    super(choiceComplexity(values.length));
    this.n = values.length;
    this.choice = new SwarmChoice(weights);
    values.forEach((v, i) => this.index.set(v, i));
  }

  private indexOf(value: T): number {
    const i = this.index.get(value);
    return i !== undefined && Object.is(this.values[i], value) ? i : -1;
  }

  defaultArbitraryStep(): Step {
    return { k: 0 };
  }
  validateValue(value: T): typeof CACHE | undefined {
    return this.indexOf(value) >= 0 ? CACHE : undefined;
  }
  defaultMutationStep(): Step {
    return { k: 1 };
  }
  orderedArbitrary(step: Step, maxCplx: number): Generated<T> | undefined {
    if (step.k >= this.n || (step.k > 0 && this.cplx > maxCplx + EPS)) return undefined;
    return { value: this.values[step.k++]!, complexity: this.cplx };
  }
  randomArbitrary(rng: Rng): Generated<T> {
    return { value: this[GEN](rng), complexity: this.cplx };
  }
  [GEN](rng: Rng): T {
    genC[0] = this.cplx;
    if (!this.swarm) return this.values[this.choice.full.sample(rng)]!;
    if (inSwarm()) return this.values[this.choice.sample(rng)]!;
    if (sfcState(rng) !== null) return this.values[this.choice.sampleAlone(rng)]!;
    enterSwarm(rng);
    try {
      return this.values[this.choice.sample(rng)]!;
    } finally {
      exitSwarm();
    }
  }
  orderedMutate(value: T, _cache: typeof CACHE, step: Step): Mutated<T, T> | undefined {
    if (step.k >= this.n) return undefined;
    const i = this.indexOf(value);
    return { value: this.values[(i + step.k++) % this.n]!, token: value, complexity: this.cplx };
  }
  randomMutate(value: T, _cache: typeof CACHE, rng: Rng): Mutated<T, T> {
    if (this.n <= 1) return { value, token: value, complexity: this.cplx };
    const i = this.indexOf(value);
    for (let t = 0; t < 4; t++) {
      const j = this.choice.full.sample(rng);
      if (j !== i) return { value: this.values[j]!, token: value, complexity: this.cplx };
    }
    return { value: this.values[(i + 1 + rng.below(this.n - 1)) % this.n]!, token: value, complexity: this.cplx };
  }
}

/** One of `values` (primitives, no duplicates). */
export function literals<const T extends Literal>(values: readonly T[], options: LiteralsOptions = {}): LiteralsMutator<T> {
  if (!Array.isArray(values) || values.length === 0) throw new MutatorArgumentError('literals', 'values', 'must be a non-empty array');
  const seen = new Set<unknown>();
  values.forEach((v, i) => {
    if (typeof v === 'object' && v !== null) throw new MutatorArgumentError('literals', `values[${i}]`, 'must be a primitive (string, number, boolean, bigint, null or undefined)');
    if (typeof v === 'function' || typeof v === 'symbol') throw new MutatorArgumentError('literals', `values[${i}]`, `must be a primitive, got ${typeof v}`);
    if (seen.has(v)) throw new MutatorArgumentError('literals', 'values', `duplicate value ${String(v)} at index ${i}`);
    seen.add(v);
  });
  const weights = options.weights ?? values.map(() => 1);
  if (!Array.isArray(weights) || weights.length !== values.length) throw new MutatorArgumentError('literals', 'weights', `must have one weight per value (${values.length})`);
  checkWeights('literals', (i) => `weights[${i}]`, weights);
  return new LiteralsMutator<T>(values, weights, options.swarm ?? true);
}
