/**
 * `sequence({ discriminant, variants, minItems?, maxItems?, swarm? })`: valid, resource-aware
 * call sequences (wasmtime's API-call generator, derived instead of hand-written).
 *
 * Each variant says which of its fields create, use or drop a resource id. A sequence is valid
 * iff, in order, every used or dropped id is live and every created id is fresh (the next
 * integer of one counter for the whole sequence). Generation only makes valid sequences: per
 * sequence a swarm subset of kinds is enabled, and each call is drawn among the enabled kinds
 * whose resources are available. Mutations (sequence-mutate.ts) keep validity; the sequence's
 * swarm is the set of kinds present in it, so it lives in the value and one mutation toggles it.
 * Complexity = sum over calls of (member complexity + 1 + log2(kinds)).
 */
import { isPending, lengthBounds, orderedFromRandom, orderedStep, type OrderedStep } from '../core/budget.js';
import { choiceComplexity, MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';
import { checkAndApply, compileKinds, type Kind, type SequenceVariant } from './kinds.js';
import { crossoverSequence, mutateSequence, orderedMutateSequence, type SequenceStep } from './mutations.js';
import { undoSequence, type SequenceToken } from './undo.js';
import { generateSequence } from './generate.js';
import { Scope } from './scope.js';
import { enterSwarm, exitSwarm, inSwarm, SwarmChoice } from '../union/swarm.js';
import type { Tag } from '../union/replace.js';
import type { EntriesValue } from '../core/infer.js';

export type { ResourceRef, SequenceVariant } from './kinds.js';
export type { SequenceToken } from './undo.js';

export interface SequenceOptions<T> {
  /** the property holding each call's variant tag */
  discriminant: string;
  /** one entry per call kind: its mutator and the resources it creates, uses and drops */
  variants: ReadonlyArray<SequenceVariant<T>>;
  /** fewest calls; @defaultValue 0 */
  minItems?: number;
  /** most calls; @defaultValue unbounded (the complexity budget bounds generation) */
  maxItems?: number;
  /** swarm testing: each generated sequence enables a random subset of kinds (`undefined` too); @defaultValue true */
  swarm?: boolean | undefined;
}

export interface SequenceCache {
  /** kind index of each call */
  kinds: number[];
  /** member cache of each call */
  caches: unknown[];
  /** complexity of each call (member + per-call bits) */
  cplx: number[];
  sum: number;
  /** calls per kind */
  counts: number[];
}

type Obj = Record<string, unknown>;

export class SequenceMutator<T extends object> implements Mutator<T[], SequenceCache, SequenceStep, OrderedStep, SequenceToken> {
  readonly perCall: number;
  readonly tagIndex = new Map<Tag, number>();
  readonly choice: SwarmChoice;
  /** per resource: the kinds (with weight > 0) that create it */
  readonly creators: number[][];
  private minC = NaN;
  private maxC = NaN;
  private memberMins: Float64Array | null = null;

  constructor(
    readonly kinds: Kind[],
    readonly resources: string[],
    readonly weights: number[],
    readonly discriminant: string,
    readonly minItems: number,
    readonly maxItems: number,
    readonly swarm: boolean,
  ) {
    this.perCall = 1 + choiceComplexity(kinds.length);
    kinds.forEach((k, i) => this.tagIndex.set(k.tag, i));
    this.creators = resources.map((_, r) => kinds.flatMap((k, i) => (k.creates.some(([, x]) => x === r) && weights[i]! > 0 ? [i] : [])));
    this.choice = new SwarmChoice(weights);
  }

  newScope(): Scope {
    return new Scope(this.resources.length);
  }

  /** cheapest cost of one call of each kind (member minComplexity + per-call bits) */
  mins(): Float64Array {
    if (this.memberMins !== null) return this.memberMins;
    const m = Float64Array.from(this.kinds, (k) => k.m.minComplexity() + this.perCall);
    if (!isPending()) this.memberMins = m;
    return m;
  }

  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  defaultMutationStep(): SequenceStep {
    return { n: 0, sub: [] };
  }
  validateValue(value: T[]): SequenceCache | undefined {
    if (!Array.isArray(value) || value.length < this.minItems || value.length > this.maxItems) return undefined;
    const scope = this.newScope();
    const n = value.length;
    const cache: SequenceCache = { kinds: new Array<number>(n), caches: new Array<unknown>(n), cplx: new Array<number>(n), sum: 0, counts: new Array<number>(this.kinds.length).fill(0) };
    for (let i = 0; i < n; i++) {
      const call = value[i] as Obj;
      if (typeof call !== 'object' || call === null) return undefined;
      const k = this.tagIndex.get(call[this.discriminant] as Tag);
      if (k === undefined) return undefined;
      const kind = this.kinds[k]!;
      const c = kind.m.validateValue(call);
      if (c === undefined || !checkAndApply(kind, call, scope)) return undefined;
      const cx = kind.m.complexity(call, c) + this.perCall;
      cache.kinds[i] = k;
      cache.caches[i] = c;
      cache.cplx[i] = cx;
      cache.sum += cx;
      cache.counts[k]!++;
    }
    return cache;
  }
  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    // the first call needs nothing live; later ones may be of any kind
    let first = Infinity;
    let any = Infinity;
    for (const k of this.kinds) {
      const c = k.m.minComplexity();
      any = Math.min(any, c);
      if (k.uses.length + k.drops.length === 0) first = Math.min(first, c);
    }
    const v = this.minItems === 0 ? 0 : first + this.perCall + (this.minItems - 1) * (any + this.perCall);
    if (!isPending()) this.minC = v;
    return v;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    let m = 0;
    for (const k of this.kinds) m = Math.max(m, k.m.maxComplexity());
    const v = this.maxItems === 0 ? 0 : this.maxItems * (m + this.perCall);
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }
  complexity(_value: T[], cache: SequenceCache): number {
    return cache.sum;
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<T[]> | undefined {
    return orderedFromRandom(step, maxCplx, this.minComplexity(), (rng, b) => this.randomArbitrary(rng, b));
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T[]> {
    if (!this.swarm || inSwarm()) return generateSequence(this, rng, maxCplx);
    enterSwarm(rng);
    try {
      return generateSequence(this, rng, maxCplx);
    } finally {
      exitSwarm();
    }
  }

  orderedMutate(value: T[], cache: SequenceCache, step: SequenceStep, rng: Rng, maxCplx: number): Mutated<T[], SequenceToken> | undefined {
    if (this.maxItems === 0) return undefined;
    return orderedMutateSequence(this, value as Obj[], cache, step, rng, maxCplx) as Mutated<T[], SequenceToken>;
  }
  randomMutate(value: T[], cache: SequenceCache, rng: Rng, maxCplx: number): Mutated<T[], SequenceToken> {
    return mutateSequence(this, value as Obj[], cache, rng, maxCplx) as Mutated<T[], SequenceToken>;
  }
  unmutate(value: T[], cache: SequenceCache, token: SequenceToken): T[] {
    undoSequence(this, value as Obj[], cache, token);
    return value;
  }
  /** crossover: a call of another input spliced in where its resources are live, its ids rewritten */
  crossoverMutate(value: T[], cache: SequenceCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T[], SequenceToken> | undefined {
    return crossoverSequence(this, value as Obj[], cache, provider, rng, maxCplx) as Mutated<T[], SequenceToken> | undefined;
  }
  /** the sequence itself (the donor of spliced runs: its parents may have visited it already) and every call */
  visitSubValues(value: T[], cache: SequenceCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    visit(value, this, cache.sum);
    for (let i = 0; i < value.length; i++) {
      const m = this.kinds[cache.kinds[i]!]!.m;
      visit(value[i], m, cache.cplx[i]! - this.perCall);
      m.visitSubValues?.(value[i], cache.caches[i], visit);
    }
  }
}

/**
 * Valid call sequences over a discriminated union whose variants create, use and drop resources.
 * Without a type argument the call type is the union of the variants' value types.
 */
export function sequence<const V extends readonly SequenceVariant<any>[]>(options: SequenceOptions<unknown> & { variants: V }): SequenceMutator<EntriesValue<V> & object>;
export function sequence<T extends object>(options: SequenceOptions<T>): SequenceMutator<T>;
export function sequence<T extends object>(options: SequenceOptions<T>): SequenceMutator<T> {
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('sequence', 'options', 'must be an object');
  const d = options.discriminant;
  if (typeof d !== 'string' || d === '') throw new MutatorArgumentError('sequence', 'discriminant', `must be a non-empty property name, got ${String(d)}`);
  const { kinds, resources, weights } = compileKinds(options.variants as ReadonlyArray<SequenceVariant<unknown>>, d);
  const [minItems, maxItems] = lengthBounds('sequence', options);
  if (minItems > 0 && !kinds.some((k) => k.uses.length + k.drops.length === 0)) {
    throw new MutatorArgumentError('sequence', 'minItems', 'every variant needs a live resource, so no sequence can start; use minItems 0 or add a variant that only creates');
  }
  return new SequenceMutator<T>(kinds, resources, weights, d, minItems, maxItems, options.swarm ?? true);
}
