/**
 * The mutator of `object(fields, { optional?, index? })` (factory.ts): plain objects mutated in place.
 * Objects are built with the declared key order, then index-signature entries.
 * Complexity = sum of present fields + 1 bit per optional field (present or not)
 * + for each index entry: key + value + 1 bit. An absent optional key differs from a key holding
 * undefined; toggling presence is a mutation.
 */
import { EPS, isPending, noFiniteValue, orderedFromRandom, orderedStep, pickLength, requireMutator, type OrderedStep } from '../core/budget.js';
import { MutatorArgumentError, type AnyMutator, type Generated, type Mutated, type Mutator, type SubValueProvider } from '../core/mutator.js';
import { hasOwn, NO_CHANGE, ObjectToken, setProp, undoObject, type ObjectCache } from './undo.js';
import type { Rng } from '../core/rng.js';
import { crossoverObject, visitObject } from './crossover.js';
import { compileBuilder } from './build.js';
import { compileShapeGen, type ShapeGen } from './generate.js';
import { GEN, genC, genOf, type Gen, generated } from '../core/gen.js';
import { objectMutate, objectMutations, type ObjectMutationTable } from './mutations.js';

type Obj = Record<string, unknown>;

export interface ObjectOptions {
  /** keys of `fields` that may be absent (optional properties); @defaultValue none: every field is present */
  optional?: readonly string[];
  /** key and value mutators of an index signature (`[k: string]: V`) beside the fields; @defaultValue none */
  index?: { key: AnyMutator<string>; value: AnyMutator<unknown> };
}

export interface ObjectStep {
  n: number;
  sub: unknown[];
}

export class ObjectMutator<T extends object> implements Mutator<T, ObjectCache, ObjectStep, OrderedStep, ObjectToken> {
  readonly keys: string[];
  readonly fieldMutators: AnyMutator<unknown>[];
  readonly isOptional: boolean[];
  readonly optionalCount: number;
  readonly declared: Set<string>;
  readonly keyMutator: AnyMutator<string> | null;
  readonly valueMutator: AnyMutator<unknown> | null;
  /** the random mutations as a weighted table (mutations.ts) */
  readonly mutations: ObjectMutationTable;
  private minC = NaN;
  private maxC = NaN;
  private readonly allRequired: boolean;
  private mins: number[] | null = null;
  private readonly build: (vals: unknown[]) => Obj;
  private readonly gens: Gen<unknown>[];
  private readonly keyGen: Gen<string> | null;
  private readonly valueGen: Gen<unknown> | null;
  /** compiled generator of the all-required shape (undefined: not tried yet, null: unavailable) */
  private shapeGen: ShapeGen | null | undefined = undefined;

  constructor(fields: Record<string, AnyMutator<unknown>>, optional: readonly string[], index: ObjectOptions['index']) {
    this.keys = Object.keys(fields);
    this.fieldMutators = this.keys.map((k) => requireMutator('object', `fields.${k}`, fields[k]));
    this.declared = new Set(this.keys);
    for (const k of optional) if (!this.declared.has(k)) throw new MutatorArgumentError('object', 'optional', `'${k}' is not a declared field`);
    this.isOptional = this.keys.map((k) => optional.includes(k));
    this.optionalCount = optional.length;
    this.keyMutator = index ? (requireMutator('object', 'index.key', index.key) as AnyMutator<string>) : null;
    this.valueMutator = index ? requireMutator('object', 'index.value', index.value) : null;
    this.mutations = objectMutations(this.keys, this.keyMutator !== null);
    this.allRequired = this.optionalCount === 0 && this.keyMutator === null;
    this.build = compileBuilder(this.keys);
    this.gens = this.fieldMutators.map(genOf);
    this.keyGen = this.keyMutator === null ? null : genOf(this.keyMutator);
    this.valueGen = this.valueMutator === null ? null : genOf(this.valueMutator);
  }

  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  validateValue(value: T): ObjectCache | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return undefined;
    const o = value as Obj;
    const f = new Array<unknown>(this.keys.length);
    let sum = 0;
    let present = 0;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i]!;
      if (!hasOwn(o, k)) {
        if (!this.isOptional[i]) return undefined;
        continue;
      }
      const c = this.fieldMutators[i]!.validateValue(o[k]);
      if (c === undefined) return undefined;
      f[i] = c;
      sum += this.fieldMutators[i]!.complexity(o[k], c);
      present++;
    }
    const keyMutator = this.keyMutator;
    const valueMutator = this.valueMutator;
    if (keyMutator === null || valueMutator === null) {
      let n = 0;
      for (const _ in o) n++;
      return n === present ? { f, sum, indexKeys: null, kc: null, vc: null } : undefined;
    }
    const indexKeys: string[] = [];
    const kc: unknown[] = [];
    const vc: unknown[] = [];
    for (const k of Object.keys(o)) {
      if (this.declared.has(k)) continue;
      const a = k === '__proto__' ? undefined : keyMutator.validateValue(k);
      const b = a === undefined ? undefined : valueMutator.validateValue(o[k]);
      if (b === undefined) return undefined;
      indexKeys.push(k);
      kc.push(a);
      vc.push(b);
      sum += keyMutator.complexity(k, a) + valueMutator.complexity(o[k], b);
    }
    return { f, sum, indexKeys, kc, vc };
  }
  defaultMutationStep(): ObjectStep {
    return { n: 0, sub: [] };
  }
  /** each field's minComplexity, cached once no lazy computation is pending */
  private fieldMins(): number[] {
    if (this.mins !== null) return this.mins;
    const mins = this.fieldMutators.map((m) => m.minComplexity());
    if (!isPending()) this.mins = mins;
    return mins;
  }
  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    let v = this.optionalCount;
    for (let i = 0; i < this.fieldMutators.length; i++) if (!this.isOptional[i]) v += this.fieldMutators[i]!.minComplexity();
    if (!isPending()) this.minC = v;
    return v;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    let v = this.keyMutator === null ? this.optionalCount : Infinity;
    for (let i = 0; i < this.fieldMutators.length && v < Infinity; i++) v += this.fieldMutators[i]!.maxComplexity();
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }
  complexity(_value: T, cache: ObjectCache): number {
    return cache.sum + this.optionalCount + (cache.indexKeys === null ? 0 : cache.indexKeys.length);
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<T> | undefined {
    return orderedFromRandom(step, maxCplx, this.minComplexity(), (rng, b) => this.randomArbitrary(rng, b));
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    return generated(this, rng, maxCplx);
  }
  [GEN](rng: Rng, maxCplx: number): T {
    if (this.allRequired) {
      const f = this.shapeGen === undefined ? this.compile() : this.shapeGen;
      return (f !== null ? f(rng, maxCplx) : this.randomRequired(rng, maxCplx)) as T;
    }
    const n = this.keys.length;
    const cached = this.fieldMins();
    const mins = new Array<number>(n);
    let slack = maxCplx - this.optionalCount;
    for (let i = 0; i < n; i++) {
      const m = cached[i]!;
      if (m === Infinity && !this.isOptional[i]) throw noFiniteValue(`object field '${this.keys[i]}'`);
      mins[i] = m;
      if (!this.isOptional[i]) slack -= m;
    }
    // presence of optional fields: a fair coin each, when the field fits
    let parts = 0;
    for (let i = 0; i < n; i++) {
      if (this.isOptional[i]) {
        if (mins[i]! <= slack + EPS && rng.bool()) slack -= mins[i]!;
        else mins[i] = -1;
      }
      if (mins[i]! >= 0) parts++;
    }
    let entries = 0;
    let unit = 0;
    if (this.keyMutator !== null) {
      unit = 1 + this.keyMutator.minComplexity() + this.valueMutator!.minComplexity();
      entries = unit === Infinity ? 0 : pickLength(rng, 0, Infinity, unit, Math.max(0, slack) / 2);
      slack -= entries * unit;
      parts += entries;
    }
    slack = Math.max(0, slack);
    const o: Obj = {};
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (mins[i]! < 0) continue;
      const v = this.gens[i]![GEN](rng, mins[i]! + slack / parts--);
      const c = genC[0]!;
      setProp(o, this.keys[i]!, v);
      sum += c;
      slack = Math.max(0, slack - (c - mins[i]!));
    }
    let made = 0;
    for (let e = 0; e < entries; e++) {
      const share = (unit - 1 + slack / parts--) / 2;
      const k = this.keyGen![GEN](rng, share);
      const kc = genC[0]!;
      if (k === '__proto__' || this.declared.has(k) || hasOwn(o, k)) continue;
      const v = this.valueGen![GEN](rng, share);
      const vc = genC[0]!;
      setProp(o, k, v);
      sum += kc + vc;
      slack = Math.max(0, slack - (kc + vc - unit + 1));
      made++;
    }
    genC[0] = sum + this.optionalCount + made;
    return o as T;
  }
  /** the compiled all-required generator, once field minimums are final (not while a lazy is pending) */
  private compile(): ShapeGen | null {
    const mins = this.fieldMins();
    const minC = this.minComplexity();
    if (isPending()) return null;
    const f = compileShapeGen(this.keys, this.gens, mins, minC, () => {
      for (let i = 0; i < mins.length; i++) if (mins[i] === Infinity) throw noFiniteValue(`object field '${this.keys[i]}'`);
    });
    this.shapeGen = f;
    return f;
  }
  /** fast path for objects whose fields are all required: one literal of a fixed shape */
  private randomRequired(rng: Rng, maxCplx: number): Obj {
    const n = this.keys.length;
    const gens = this.gens;
    const mins = this.fieldMins();
    const vals = new Array<unknown>(n);
    let slack = maxCplx - this.minComplexity();
    if (slack === -Infinity || slack !== slack) {
      for (let i = 0; i < n; i++) if (mins[i] === Infinity) throw noFiniteValue(`object field '${this.keys[i]}'`);
    }
    slack = slack > 0 ? slack : 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const lo = mins[i]!;
      vals[i] = gens[i]![GEN](rng, lo + slack / (n - i));
      const c = genC[0]!;
      sum += c;
      const used = c - lo;
      slack = used < slack ? slack - used : 0;
    }
    genC[0] = sum;
    return this.build(vals);
  }

  orderedMutate(value: T, cache: ObjectCache, step: ObjectStep, rng: Rng, maxCplx: number): Mutated<T, ObjectToken> | undefined {
    const n = this.keys.length;
    if (n > 0 && step.n % 4 !== 3) {
      const i = step.n % n;
      const f = cache.f[i];
      if (f !== undefined) {
        const o = value as Obj;
        const k = this.keys[i]!;
        const m = this.fieldMutators[i]!;
        const sub = (step.sub[i] ??= m.defaultMutationStep(o[k], f));
        const before = m.complexity(o[k], f);
        const r = m.orderedMutate(o[k], f, sub, rng, maxCplx - this.complexity(value, cache) + before);
        step.n++;
        if (r !== undefined) {
          const t = ObjectToken.fieldMutated(i, r.token, cache.sum);
          setProp(o, k, r.value);
          cache.sum = cache.sum - before + r.complexity;
          return { value, token: t, complexity: this.complexity(value, cache) };
        }
        return this.randomMutate(value, cache, rng, maxCplx);
      }
    }
    step.n++;
    return this.randomMutate(value, cache, rng, maxCplx);
  }
  randomMutate(value: T, cache: ObjectCache, rng: Rng, maxCplx: number): Mutated<T, ObjectToken> {
    const t = objectMutate(this, value as Obj, cache, rng, maxCplx);
    return { value, token: t, complexity: this.complexity(value, cache) };
  }
  unmutate(value: T, cache: ObjectCache, token: ObjectToken): T {
    undoObject(this.keys, this.fieldMutators, this.valueMutator, value as Obj, cache, token);
    return value;
  }
  visitSubValues(value: T, cache: ObjectCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    visitObject(this, value as Obj, cache, visit);
  }
  crossoverMutate(value: T, cache: ObjectCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<T, ObjectToken> | undefined {
    const t = crossoverObject(this, value as Obj, cache, provider, rng, maxCplx - this.complexity(value, cache));
    return t === undefined ? undefined : { value, token: t, complexity: this.complexity(value, cache) };
  }
}

export { NO_CHANGE };
