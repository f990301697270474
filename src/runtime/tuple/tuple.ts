/**
 * `tuple(elems, { required?, rest? })`: fixed-position arrays, mutated in place. Elements at
 * index >= required are optional (the array is shorter); `rest` fills a `...T[]` tail, which
 * exists only once every optional element is present.
 * Complexity = present elements + log2(optional count + 1) (constant) + 1 bit per rest element.
 * Shares its operations and tokens with `array` (array-ops.ts).
 */
import { crossoverAt, mutateAt, NONE, undoArray, type ArrayCache, type ArrayToken } from '../array/mutations.js';
import type { ArrayStep } from '../array/array.js';
import { EPS, isPending, noFiniteValue, orderedFromRandom, orderedStep, pickLength, requireMutator, type OrderedStep } from '../core/budget.js';
import { choiceComplexity, MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import { compileFactory } from '../core/compile.js';
import { applyOneOf } from '../core/mutation-table.js';
import { TUPLE_MUTATIONS, type TupleShape } from './mutation-table.js';
import { GEN, genC, genOf, type Gen, generated } from '../core/gen.js';
import type { Rng } from '../core/rng.js';
import type { TupleValue } from '../core/infer.js';

export interface TupleOptions {
  /** elements at an index at or past this are optional (`[A, B?]` has 1); @defaultValue all elements */
  required?: number;
  /** the mutator of a rest element (`[A, ...B[]]`); @defaultValue none (a fixed-length tuple) */
  rest?: AnyMutator<unknown>;
}

export class TupleMutator<T extends readonly unknown[]> implements Mutator<T, ArrayCache, ArrayStep, OrderedStep, ArrayToken> {
  readonly n: number;
  private readonly bits: number;
  private readonly gens: Gen<unknown>[];
  private readonly restGen: Gen<unknown> | null;
  private gm: Float64Array | null = null;
  private minC = NaN;
  private maxC = NaN;

  constructor(
    readonly elems: AnyMutator<unknown>[],
    readonly required: number,
    readonly rest: AnyMutator<unknown> | null,
  ) {
    this.n = elems.length;
    this.bits = choiceComplexity(this.n - required + 1);
    this.gens = elems.map(genOf);
    this.restGen = rest === null ? null : genOf(rest);
  }

  at(i: number): AnyMutator<unknown> {
    return i < this.n ? this.elems[i]! : this.rest!;
  }
  total(a: readonly unknown[], cache: ArrayCache): number {
    return cache.sum + this.bits + (a.length > this.n ? a.length - this.n : 0);
  }

  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  validateValue(value: T): ArrayCache | undefined {
    if (!Array.isArray(value) || value.length < this.required || (value.length > this.n && this.rest === null)) return undefined;
    const items = new Array<unknown>(value.length);
    let sum = 0;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return undefined;
      const m = this.at(i);
      const c = m.validateValue(value[i]);
      if (c === undefined) return undefined;
      items[i] = c;
      sum += m.complexity(value[i], c);
    }
    return { items, sum, keys: null };
  }
  defaultMutationStep(): ArrayStep {
    return { n: 0, sub: [] };
  }
  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    let v = this.bits;
    for (let i = 0; i < this.required; i++) v += this.elems[i]!.minComplexity();
    if (!isPending()) this.minC = v;
    return v;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    let v = this.rest === null ? this.bits : Infinity;
    for (let i = 0; i < this.n && v < Infinity; i++) v += this.elems[i]!.maxComplexity();
    if (!isPending()) this.maxC = v;
    return v;
  }
  complexity(value: T, cache: ArrayCache): number {
    return this.total(value, cache);
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<T> | undefined {
    return orderedFromRandom(step, maxCplx, this.minComplexity(), (rng, b) => this.randomArbitrary(rng, b));
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    return generated(this, rng, maxCplx);
  }
  /** each element's minComplexity, then the rest element's (Infinity without one), cached once no lazy is pending */
  private genMins(): Float64Array {
    if (this.gm !== null) return this.gm;
    const m = new Float64Array(this.n + 1);
    for (let i = 0; i < this.n; i++) m[i] = this.elems[i]!.minComplexity();
    m[this.n] = this.rest === null ? Infinity : this.rest.minComplexity();
    if (!isPending()) this.gm = m;
    return m;
  }
  [GEN](rng: Rng, maxCplx: number): T {
    if (this.required === this.n && this.rest === null && this.n > 0) {
      const f = this.fixedGen === undefined ? this.compileFixed() : this.fixedGen;
      if (f !== null) return f(rng, maxCplx) as unknown as T;
    }
    return this.generate(rng, maxCplx);
  }
  /**
   * generator of a tuple whose elements are all required, with no rest (undefined: not tried
   * yet; null: unavailable, e.g. under a CSP without 'unsafe-eval', or while a lazy is pending)
   */
  private fixedGen: ((rng: Rng, maxCplx: number) => unknown[]) | null | undefined = undefined;
  /**
   * Compiles `generate` for the all-required, rest-free tuple: the same arithmetic in the same
   * order (below(1) draws nothing, there is no optional element to cut), one call site per
   * element, and the array built as one literal.
   */
  private compileFixed(): ((rng: Rng, maxCplx: number) => unknown[]) | null {
    const min = this.minComplexity();
    const mins = this.genMins();
    if (isPending() || !(min < Infinity)) return null;
    if (this.n > 64) {
      // too wide to be worth compiling: the loop, for good (not asked again on every value)
      this.fixedGen = null;
      return null;
    }
    const n = this.n;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(`const g${i} = gs[${i}], l${i} = ls[${i}];`);
    lines.push('return function gen(rng, maxCplx) {');
    lines.push('  let slack = Math.max(0, maxCplx - min);');
    lines.push('  let sum = 0, c = 0;');
    for (let i = 0; i < n; i++) {
      lines.push(`  const v${i} = g${i}[GEN](rng, l${i} + slack / ${n - i});`);
      lines.push(`  c = out[0]; sum += c; slack = Math.max(0, slack - (c - l${i}));`);
    }
    lines.push('  out[0] = sum + bits;');
    lines.push(`  return [${Array.from({ length: n }, (_, i) => `v${i}`).join(', ')}];`);
    lines.push('};');
    const f = compileFactory<(rng: Rng, maxCplx: number) => unknown[]>(['GEN', 'out', 'gs', 'ls', 'min', 'bits'], lines.join('\n'), [GEN, genC, this.gens.slice(), Float64Array.from(mins.subarray(0, n)), min, this.bits]);
    this.fixedGen = f;
    return f;
  }
  /** the generic generation (any tuple) */
  private generate(rng: Rng, maxCplx: number): T {
    const min = this.minComplexity();
    if (min === Infinity) throw noFiniteValue('tuple');
    let slack = maxCplx - min;
    // how many optional elements: uniform, cut where the next one no longer fits
    let len = this.required + rng.below(this.n - this.required + 1);
    const mins = this.genMins();
    for (let i = this.required; i < len; i++) {
      const m = mins[i]!;
      if (m > slack + EPS) {
        len = i;
        break;
      }
      slack -= m;
    }
    if (len === this.n && this.rest !== null) {
      const unit = 1 + mins[this.n]!;
      if (unit < Infinity) {
        const extra = pickLength(rng, 0, Infinity, unit, Math.max(0, slack) / 2);
        len += extra;
        slack -= extra * unit;
      }
    }
    slack = Math.max(0, slack);
    const out = new Array<unknown>(len);
    let sum = 0;
    for (let i = 0; i < len; i++) {
      const lo = mins[i < this.n ? i : this.n]!;
      out[i] = (i < this.n ? this.gens[i]! : this.restGen!)[GEN](rng, lo + slack / (len - i));
      const c = genC[0]!;
      sum += c;
      slack = Math.max(0, slack - (c - lo));
    }
    genC[0] = sum + this.bits + (len > this.n ? len - this.n : 0);
    return out as unknown as T;
  }
  /** as an array's: two calls in three walk the elements with their own ordered mutations, else random */
  orderedMutate(value: T, cache: ArrayCache, step: ArrayStep, rng: Rng, maxCplx: number): Mutated<T, ArrayToken> | undefined {
    const a = value as unknown as unknown[];
    const n = step.n++;
    if (a.length > 0 && n % 3 !== 2) {
      const i = (n - Math.floor(n / 3)) % a.length;
      const m = this.at(i);
      const sub = (step.sub[i] ??= m.defaultMutationStep(a[i], cache.items[i]));
      const t = mutateAt(m, a, cache, i, rng, maxCplx - this.total(a, cache) + m.complexity(a[i], cache.items[i]), sub);
      if (t !== undefined) return { value, token: t, complexity: this.total(a, cache) };
    }
    return this.randomMutate(value, cache, rng, maxCplx);
  }
  randomMutate(value: T, cache: ArrayCache, rng: Rng, maxCplx: number): Mutated<T, ArrayToken> {
    const a = value as unknown as unknown[];
    const total = this.total(a, cache);
    const t = applyOneOf(TUPLE_MUTATIONS, this as TupleShape, a, cache, rng, maxCplx);
    return t === undefined ? { value, token: NONE, complexity: total } : { value, token: t, complexity: this.total(a, cache) };
  }
  unmutate(value: T, cache: ArrayCache, token: ArrayToken): T {
    undoArray(this.at(token.i), value as unknown as unknown[], cache, token);
    return value;
  }
  visitSubValues(value: T, cache: ArrayCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    for (let i = 0; i < value.length; i++) {
      const m = this.at(i);
      visit(value[i], m, m.complexity(value[i], cache.items[i]));
      m.visitSubValues?.(value[i], cache.items[i], visit);
    }
  }
  crossoverMutate(value: T, cache: ArrayCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, ArrayToken> | undefined {
    const a = value as unknown as unknown[];
    if (a.length === 0) return undefined;
    const i = rng.below(a.length);
    const m = this.at(i);
    const t = crossoverAt(m, a, cache, provider, rng, i, maxCplx - this.total(a, cache) + m.complexity(a[i], cache.items[i]), false);
    return t === undefined ? undefined : { value, token: t, complexity: this.total(a, cache) };
  }
}

/**
 * Tuples of `elems`; those at index >= `required` (default: all required) may be absent. Without
 * a type argument the tuple type is inferred from the element mutators, `required` and `rest`.
 */
export function tuple<const E extends readonly AnyMutator<any>[], const R extends number = E['length'], Rest = never>(
  elems: E,
  options?: { required?: R; rest?: AnyMutator<Rest> },
): TupleMutator<TupleValue<E, R, Rest>>;
export function tuple<T extends readonly unknown[]>(elems: readonly AnyMutator<unknown>[], options?: TupleOptions): TupleMutator<T>;
export function tuple<T extends readonly unknown[] = unknown[]>(elems: readonly AnyMutator<unknown>[], options: TupleOptions = {}): TupleMutator<T> {
  if (!Array.isArray(elems)) throw new MutatorArgumentError('tuple', 'elems', 'must be an array of mutators');
  const ms = elems.map((m, i) => requireMutator('tuple', `elems[${i}]`, m));
  const required = options.required ?? ms.length;
  if (!Number.isSafeInteger(required) || required < 0 || required > ms.length) {
    throw new MutatorArgumentError('tuple', 'required', `must be an integer in [0, ${ms.length}], got ${required}`);
  }
  const rest = options.rest === undefined ? null : requireMutator('tuple', 'rest', options.rest);
  return new TupleMutator<T>(ms, required, rest);
}
