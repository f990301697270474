/**
 * `json()`: arbitrary JSON values (null, booleans, finite numbers, strings, arrays, plain
 * objects) for `any` / `unknown`. Recursive through `lazy`, budgeted like every container.
 *
 * An internal choice among the six kinds (not the public `union`): the kind is read off the
 * value. Complexity = log2(6) for the kind + the kind's own complexity. Mutations: mutate within
 * the kind (containers in place) or, one time in four, switch to a value of another kind.
 */
import { array } from '../array/array.js';
import { boolean } from '../scalars/boolean.js';
import { EPS, growthBudget, isPending, orderedFromRandom, orderedStep, type OrderedStep } from '../core/budget.js';
import { jsonNull, jsonNumber, jsonString } from './scalars.js';
import { lazy } from '../wrap/lazy.js';
import type { AnyMutator, Generated, Mutated, Mutator, SubValueProvider } from '../core/mutator.js';
import { record } from '../keyed/record.js';
import { GEN, genC, genOf, type Gen } from '../core/gen.js';
import { fastJson, KIND_BITS, setJsonValue, type Json } from './generate.js';
import { sfcState, type Rng } from '../core/rng.js';

export type { Json };

interface JsonCache {
  k: number;
  c: unknown;
}

/** one token class (a monomorphic undo), made through its two named constructors */
class JsonToken {
  private constructor(
    readonly switched: boolean,
    readonly inner: unknown,
    readonly v: Json,
    readonly k: number,
    readonly c: unknown,
  ) {}
  /** the value mutated within its kind, with the kind mutator's token `inner` */
  static mutated(inner: unknown): JsonToken {
    return new JsonToken(false, inner, null, 0, undefined);
  }
  /** the value `v` (of kind k, with cache c) replaced by a value of another kind */
  static kindSwitched(v: Json, k: number, c: unknown): JsonToken {
    return new JsonToken(true, undefined, v, k, c);
  }
}

function kindOf(v: unknown): number {
  if (v === null) return 0;
  switch (typeof v) {
    case 'boolean':
      return 1;
    case 'number':
      return 2;
    case 'string':
      return 3;
    case 'object':
      return Array.isArray(v) ? 4 : 5;
    default:
      return -1;
  }
}

class JsonChoice implements Mutator<Json, JsonCache, null, OrderedStep, JsonToken> {
  private readonly gens: Gen<Json>[];
  private kmins: Float64Array | null = null;
  constructor(readonly kinds: AnyMutator<Json>[]) {
    this.gens = kinds.map(genOf);
  }

  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  validateValue(value: Json): JsonCache | undefined {
    const k = kindOf(value);
    if (k < 0) return undefined;
    const c = this.kinds[k]!.validateValue(value);
    return c === undefined ? undefined : { k, c };
  }
  defaultMutationStep(): null {
    return null;
  }
  minComplexity(): number {
    return KIND_BITS;
  }
  maxComplexity(): number {
    return Infinity;
  }
  complexity(value: Json, cache: JsonCache): number {
    return KIND_BITS + this.kinds[cache.k]!.complexity(value, cache.c);
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<Json> | undefined {
    return orderedFromRandom(step, maxCplx, KIND_BITS, (rng, b) => this.randomArbitrary(rng, b));
  }
  /** a value of a kind other than `not` that fits `budget` (kinds null, array, object always fit) */
  private gen(rng: Rng, budget: number, not: number): { k: number; g: Generated<Json> } {
    let k = rng.below(6);
    while (k === not || this.kinds[k]!.minComplexity() > budget + EPS) k = (k + 1) % 6;
    return { k, g: this.kinds[k]!.randomArbitrary(rng, budget) };
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<Json> {
    const value = this[GEN](rng, maxCplx);
    return { value, complexity: genC[0]! };
  }
  /** each kind's minComplexity, cached once no lazy computation is pending */
  private kindMins(): Float64Array {
    if (this.kmins !== null) return this.kmins;
    const m = new Float64Array(6);
    for (let k = 0; k < 6; k++) m[k] = this.kinds[k]!.minComplexity();
    if (!isPending()) this.kmins = m;
    return m;
  }
  /** as `gen(rng, budget, -1)`, without the result objects */
  [GEN](rng: Rng, maxCplx: number): Json {
    const st = Number.isFinite(maxCplx) ? sfcState(rng) : null;
    if (st !== null) return fastJson(rng, st, maxCplx, this.kindMins());
    const budget = Math.max(0, maxCplx - KIND_BITS);
    let k = rng.below(6);
    const mins = this.kindMins();
    while (mins[k]! > budget + EPS) k = (k + 1) % 6;
    const value = this.gens[k]![GEN](rng, budget);
    genC[0] = KIND_BITS + genC[0]!;
    return value;
  }
  orderedMutate(value: Json, cache: JsonCache, _s: null, rng: Rng, maxCplx: number): Mutated<Json, JsonToken> | undefined {
    return this.randomMutate(value, cache, rng, maxCplx);
  }
  randomMutate(value: Json, cache: JsonCache, rng: Rng, maxCplx: number): Mutated<Json, JsonToken> {
    const m = this.kinds[cache.k]!;
    if (cache.k !== 0 && rng.below(4) !== 0) {
      const r = m.randomMutate(value, cache.c, rng, maxCplx - KIND_BITS);
      return { value: r.value, token: JsonToken.mutated(r.token), complexity: KIND_BITS + r.complexity };
    }
    const budget = growthBudget(Math.max(0, maxCplx - KIND_BITS), m.complexity(value, cache.c));
    const { k, g } = this.gen(rng, budget, cache.k);
    const c = this.kinds[k]!.validateValue(g.value);
    const t = JsonToken.kindSwitched(value, cache.k, cache.c);
    cache.k = k;
    cache.c = c;
    return { value: g.value, token: t, complexity: KIND_BITS + g.complexity };
  }
  unmutate(value: Json, cache: JsonCache, token: JsonToken): Json {
    if (!token.switched) return this.kinds[cache.k]!.unmutate(value, cache.c, token.inner);
    cache.k = token.k;
    cache.c = token.c;
    return token.v;
  }
  visitSubValues(value: Json, cache: JsonCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    this.kinds[cache.k]!.visitSubValues?.(value, cache.c, visit);
  }
  crossoverMutate(value: Json, cache: JsonCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<Json, JsonToken> | undefined {
    const m = this.kinds[cache.k]!;
    const r = m.crossoverMutate?.(value, cache.c, provider, rng, maxCplx - KIND_BITS);
    return r === undefined ? undefined : { value: r.value, token: JsonToken.mutated(r.token), complexity: KIND_BITS + r.complexity };
  }
}

const jsonValue: AnyMutator<Json> = lazy(
  () => new JsonChoice([jsonNull, boolean(), jsonNumber, jsonString, array(jsonValue), record(jsonString, jsonValue)] as AnyMutator<Json>[]),
);

setJsonValue(genOf(jsonValue));

/** Arbitrary JSON values (for `any` and `unknown`). */
export function json(): Mutator<Json> {
  return jsonValue;
}
