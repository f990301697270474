/**
 * `array(elem, { minItems?, maxItems?, uniqueItems? })`: T[] mutated in place.
 * Complexity = sum of element complexities + 1 bit per element (0 when the length is fixed).
 * Mutations (mutation-table.ts): mutate one element (its own mutation), insert, remove, swap, duplicate; crossover
 * replaces or inserts an element taken from another input.
 */
import { crossoverAt, mutateAt, NONE, undoArray, type ArrayCache, type ArrayToken } from './mutations.js';
import { ARRAY_MUTATIONS, type ArrayShape } from './mutation-table.js';
import { applyOneOf } from '../core/mutation-table.js';
import { isPending, lengthBounds, noFiniteValue, orderedFromRandom, orderedStep, pickLength, requireMutator, type OrderedStep } from '../core/budget.js';
import { MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import { GEN, genC, genOf, type Gen, generated } from '../core/gen.js';
import { compileElementLoop, type ElementLoop } from './generate.js';
import type { Rng } from '../core/rng.js';
import { valueKey } from '../core/values.js';

export interface ArrayOptions {
  /** fewest elements; @defaultValue 0 */
  minItems?: number;
  /** most elements; @defaultValue unbounded (the complexity budget bounds generation) */
  maxItems?: number;
  /** no two elements deep-equal; @defaultValue false */
  uniqueItems?: boolean;
}

export interface ArrayStep {
  n: number;
  sub: unknown[];
}

const TRIES = 8;

export class ArrayMutator<T> implements Mutator<T[], ArrayCache, ArrayStep, OrderedStep, ArrayToken> {
  readonly lengthBits: number;
  private readonly eg: Gen<T>;
  private minC = NaN;
  private maxC = NaN;
  /** the element's minComplexity, once final (NaN: not known yet) */
  private eMin = NaN;
  /** the compiled element loop (undefined: not tried yet, null: unavailable) */
  private loop: ElementLoop<T> | null | undefined = undefined;

  constructor(
    readonly elem: AnyMutator<T>,
    readonly minItems: number,
    readonly maxItems: number,
    readonly unique: boolean,
  ) {
    this.lengthBits = minItems === maxItems ? 0 : 1;
    this.eg = genOf(elem);
  }

  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  validateValue(value: T[]): ArrayCache | undefined {
    if (!Array.isArray(value) || value.length < this.minItems || value.length > this.maxItems) return undefined;
    const items = new Array<unknown>(value.length);
    const keys: string[] | null = this.unique ? [] : null;
    let sum = 0;
    for (let i = 0; i < value.length; i++) {
      const c = this.elem.validateValue(value[i]!);
      if (c === undefined) return undefined;
      items[i] = c;
      sum += this.elem.complexity(value[i]!, c);
      if (keys !== null) keys.push(valueKey(value[i]));
    }
    if (keys !== null && new Set(keys).size !== keys.length) return undefined;
    return { items, sum, keys };
  }
  defaultMutationStep(): ArrayStep {
    return { n: 0, sub: [] };
  }
  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    const e = this.minItems === 0 ? 0 : this.elem.minComplexity();
    const v = this.minItems * (e + this.lengthBits);
    if (!isPending()) this.minC = v;
    return v;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    const v = this.maxItems === 0 ? 0 : this.maxItems * (this.elem.maxComplexity() + this.lengthBits);
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }
  complexity(value: T[], cache: ArrayCache): number {
    return cache.sum + value.length * this.lengthBits;
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<T[]> | undefined {
    return orderedFromRandom(step, maxCplx, this.minComplexity(), (rng, b) => this.randomArbitrary(rng, b));
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T[]> {
    return generated(this, rng, maxCplx);
  }
  [GEN](rng: Rng, maxCplx: number): T[] {
    let eMin = this.eMin;
    if (eMin !== eMin) {
      eMin = this.elem.minComplexity();
      if (!isPending()) this.eMin = eMin;
    }
    if (eMin === Infinity && this.minItems > 0) throw noFiniteValue('array');
    const unit = eMin === Infinity ? Infinity : eMin + this.lengthBits;
    const len = unit === Infinity ? 0 : pickLength(rng, this.minItems, this.maxItems, unit, maxCplx);
    if (len === 0) {
      genC[0] = 0;
      return [];
    }
    const slack = Math.max(0, maxCplx - len * unit);
    if (this.unique) return this.genUnique(rng, maxCplx, eMin, len, slack);
    const loop = this.loop === undefined ? (this.loop = compileElementLoop(this.eg, this.lengthBits)) : this.loop;
    return loop !== null ? loop(rng, eMin, len, slack) : this.genPlain(rng, eMin, len, slack);
  }
  /** the element loop without uniqueness (every element is kept, so the length is `len`), where `compileElementLoop` is unavailable */
  private genPlain(rng: Rng, eMin: number, len: number, slack: number): T[] {
    const eg = this.eg;
    const out: T[] = []; // push keeps the array PACKED (new Array(len) would make it HOLEY)
    let sum = 0;
    for (let i = 0; i < len; i++) {
      out.push(eg[GEN](rng, eMin + slack / (len - i)));
      const c = genC[0]!;
      sum += c;
      slack = Math.max(0, slack - (c - eMin));
    }
    genC[0] = sum + len * this.lengthBits;
    return out;
  }
  private genUnique(rng: Rng, maxCplx: number, eMin: number, len: number, slack: number): T[] {
    const out: T[] = [];
    let sum = 0;
    let made = 0;
    const keys: string[] = [];
    const eg = this.eg;
    for (let i = 0; i < len; i++) {
      const share = slack / (len - i);
      let v = eg[GEN](rng, eMin + share);
      let c = genC[0]!;
      let k = valueKey(v);
      for (let t = 0; t < TRIES && keys.includes(k); t++) {
        v = eg[GEN](rng, eMin + share);
        c = genC[0]!;
        k = valueKey(v);
      }
      if (keys.includes(k)) {
        if (made >= this.minItems) break;
        throw new Error(`array: could not generate ${this.minItems} distinct elements (uniqueItems) within complexity ${maxCplx}`);
      }
      keys.push(k);
      out.push(v);
      made++;
      sum += c;
      slack = Math.max(0, slack - (c - eMin));
    }
    genC[0] = sum + made * this.lengthBits;
    return out;
  }

  private result(value: T[], cache: ArrayCache, token: ArrayToken): Mutated<T[], ArrayToken> {
    return { value, token, complexity: cache.sum + value.length * this.lengthBits };
  }

  orderedMutate(value: T[], cache: ArrayCache, step: ArrayStep, rng: Rng, maxCplx: number): Mutated<T[], ArrayToken> | undefined {
    const n = step.n++;
    if (value.length > 0 && n % 3 !== 2) {
      // walk the elements in turn with their own ordered mutations
      const i = (n - Math.floor(n / 3)) % value.length;
      const sub = (step.sub[i] ??= this.elem.defaultMutationStep(value[i]!, cache.items[i]));
      const budget = maxCplx - this.complexity(value, cache) + this.elem.complexity(value[i]!, cache.items[i]);
      const t = mutateAt(this.elem, value, cache, i, rng, budget, sub);
      if (t !== undefined) return this.result(value, cache, t);
    }
    return this.randomMutate(value, cache, rng, maxCplx);
  }

  randomMutate(value: T[], cache: ArrayCache, rng: Rng, maxCplx: number): Mutated<T[], ArrayToken> {
    return this.result(value, cache, applyOneOf(ARRAY_MUTATIONS, this as ArrayShape, value as unknown[], cache, rng, maxCplx) ?? NONE);
  }

  unmutate(value: T[], cache: ArrayCache, token: ArrayToken): T[] {
    undoArray(this.elem, value, cache, token);
    return value;
  }

  visitSubValues(value: T[], cache: ArrayCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    const elem = this.elem as AnyMutator<unknown>;
    for (let i = 0; i < value.length; i++) {
      visit(value[i], elem, elem.complexity(value[i], cache.items[i]));
      elem.visitSubValues?.(value[i], cache.items[i], visit);
    }
  }

  crossoverMutate(value: T[], cache: ArrayCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T[], ArrayToken> | undefined {
    const a = value as unknown[];
    const elem = this.elem as AnyMutator<unknown>;
    const total = this.complexity(value, cache);
    const insert = a.length === 0 || (a.length < this.maxItems && rng.below(3) === 0);
    if (insert && a.length >= this.maxItems) return undefined;
    const i = insert ? rng.int(0, a.length) : rng.below(a.length);
    const budget = insert ? maxCplx - total - this.lengthBits : maxCplx - total + elem.complexity(a[i], cache.items[i]);
    const t = crossoverAt(elem, a, cache, provider, rng, i, budget, insert);
    return t === undefined ? undefined : this.result(value, cache, t);
  }
}

/** Arrays of `elem` with length in [minItems, maxItems] (default [0, ∞)), optionally of distinct elements. */
export function array<T>(elem: AnyMutator<T>, options: ArrayOptions = {}): ArrayMutator<T> {
  requireMutator('array', 'elem', elem);
  if (typeof options !== 'object' || options === null) throw new MutatorArgumentError('array', 'options', 'must be an object');
  const [min, max] = lengthBounds('array', options);
  return new ArrayMutator(elem, min, max, options.uniqueItems === true);
}
