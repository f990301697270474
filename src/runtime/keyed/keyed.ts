/**
 * The mutator behind `record`, `map` and `set`: a collection of entries with unique keys,
 * mutated in place. Complexity = sum of key and value complexities + 1 bit per entry (0 when
 * the size is fixed). Mutations: insert an entry, remove one, mutate a value, mutate a key
 * (kept only if it stays unique); crossover replaces a value (or a Set element).
 */
import { isPending, noFiniteValue, orderedFromRandom, orderedStep, pickLength, type OrderedStep } from '../core/budget.js';
import { KEYED_MUTATIONS, keyedMutateKey, keyedMutateValue, type KeyedShape } from './mutations.js';
import { applyOneOf } from '../core/mutation-table.js';
import { KEYED_NONE, KeyedToken, rekey, undoKeyed, type KeyedCache, type Store } from './undo.js';
import type { AnyMutator, Generated, Mutated, Mutator, SubValueProvider } from '../core/mutator.js';
import { GEN, genC, genOf, type Gen, generated } from '../core/gen.js';
import type { Rng } from '../core/rng.js';
import { deepClone } from '../core/values.js';

const TRIES = 8;

/** ordered mutation: calls so far, and each entry's own ordered step (by position) */
export interface KeyedStep {
  n: number;
  sub: unknown[];
}

export class KeyedMutator<C> implements Mutator<C, KeyedCache, KeyedStep, OrderedStep, KeyedToken> {
  readonly entryBits: number;
  private readonly keyGen: Gen<unknown>;
  private readonly valueGen: Gen<unknown> | null;
  private gm: Float64Array | null = null;
  private minC = NaN;
  private maxC = NaN;

  constructor(
    readonly store: Store<C>,
    readonly keyMutator: AnyMutator<unknown>,
    readonly valueMutator: AnyMutator<unknown> | null,
    readonly minItems: number,
    readonly maxItems: number,
  ) {
    this.entryBits = minItems === maxItems ? 0 : 1;
    this.keyGen = genOf(keyMutator);
    this.valueGen = valueMutator === null ? null : genOf(valueMutator);
  }

  /** [unit(), key minComplexity, value minComplexity (0 without values)], cached once no lazy is pending */
  private genMins(): Float64Array {
    if (this.gm !== null) return this.gm;
    const kMin = this.keyMutator.minComplexity();
    const vMin = this.valueMutator === null ? 0 : this.valueMutator.minComplexity();
    const m = Float64Array.of(this.entryBits + kMin + (this.valueMutator === null ? 0 : vMin), kMin, vMin);
    if (!isPending()) this.gm = m;
    return m;
  }
  unit(): number {
    return this.entryBits + this.keyMutator.minComplexity() + (this.valueMutator === null ? 0 : this.valueMutator.minComplexity());
  }
  private result(value: C, cache: KeyedCache, token: KeyedToken): Mutated<C, KeyedToken> {
    return { value, token, complexity: cache.sum + cache.keys.length * this.entryBits };
  }

  defaultArbitraryStep(): OrderedStep {
    return orderedStep();
  }
  validateValue(value: C): KeyedCache | undefined {
    const s = this.store;
    if (!s.isInstance(value)) return undefined;
    const entries = s.entries(value);
    if (entries.length < this.minItems || entries.length > this.maxItems) return undefined;
    const cache: KeyedCache = { keys: [], ids: [], kc: [], vc: [], sum: 0 };
    const seen = new Set<string>();
    for (const [k, v] of entries) {
      const id = s.id(k);
      if (id === undefined || seen.has(id)) return undefined;
      seen.add(id);
      const a = this.keyMutator.validateValue(k);
      if (a === undefined) return undefined;
      let b: unknown;
      if (this.valueMutator !== null) {
        b = this.valueMutator.validateValue(v);
        if (b === undefined) return undefined;
        cache.sum += this.valueMutator.complexity(v, b);
      }
      cache.keys.push(k);
      cache.ids.push(id);
      cache.kc.push(a);
      cache.vc.push(b);
      cache.sum += this.keyMutator.complexity(k, a);
    }
    return cache;
  }
  defaultMutationStep(): KeyedStep {
    return { n: 0, sub: [] };
  }
  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    let v = this.minItems === 0 ? 0 : this.minItems * this.unit();
    // minItems distinct keys may cost more than minItems cheapest keys ('' is the only 0-bit string)
    if (this.minItems > 1 && v < Infinity) {
      const spare = this.spareKeys();
      if (spare.length >= this.minItems) v += spare.slice(0, this.minItems).reduce((sum, k) => sum + k.c, 0) - this.minItems * this.keyMutator.minComplexity();
    }
    if (!isPending()) this.minC = v;
    return v;
  }
  private spare: Array<{ k: unknown; id: string; c: number }> | null = null;
  /**
   * Distinct keys, cheapest first, from the key mutator's ordered enumeration (at most 64 tried):
   * what generation falls back to when random keys keep colliding (a record of two entries whose
   * keys are short strings keeps drawing ''), and what prices minComplexity when minItems > 1.
   */
  private spareKeys(): Array<{ k: unknown; id: string; c: number }> {
    if (this.spare !== null) return this.spare;
    const out: Array<{ k: unknown; id: string; c: number }> = [];
    const step = this.keyMutator.defaultArbitraryStep();
    const budget = this.keyMutator.minComplexity() + 64;
    const seen = new Set<string>();
    for (let i = 0; i < 64; i++) {
      const g = this.keyMutator.orderedArbitrary(step, budget);
      if (g === undefined) break;
      const id = this.store.id(g.value);
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      out.push({ k: g.value, id, c: g.complexity });
    }
    out.sort((a, b) => a.c - b.c);
    if (!isPending()) this.spare = out;
    return out;
  }
  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    const v = this.maxItems === 0 ? 0 : this.maxItems * (this.entryBits + this.keyMutator.maxComplexity() + (this.valueMutator === null ? 0 : this.valueMutator.maxComplexity()));
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }
  complexity(_value: C, cache: KeyedCache): number {
    return cache.sum + cache.keys.length * this.entryBits;
  }
  orderedArbitrary(step: OrderedStep, maxCplx: number): Generated<C> | undefined {
    return orderedFromRandom(step, maxCplx, this.minComplexity(), (rng, b) => this.randomArbitrary(rng, b));
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<C> {
    return generated(this, rng, maxCplx);
  }
  [GEN](rng: Rng, maxCplx: number): C {
    const gm = this.genMins();
    const unit = gm[0]!;
    if (unit === Infinity && this.minItems > 0) throw noFiniteValue(this.store.name);
    const len = unit === Infinity ? 0 : pickLength(rng, this.minItems, this.maxItems, unit, maxCplx);
    const kMin = gm[1]!;
    const vMin = gm[2]!;
    let slack = Math.max(0, maxCplx - len * unit);
    const c = this.store.create();
    const ids = new Set<string>();
    let sum = 0;
    for (let i = 0; i < len; i++) {
      const share = slack / (len - i) / (this.valueMutator === null ? 1 : 2);
      let k: unknown;
      let kc = 0;
      let found = false;
      for (let t = 0; t < TRIES && !found; t++) {
        const g = this.keyGen[GEN](rng, kMin + share);
        const gc = genC[0]!;
        const id = this.store.id(g);
        if (id !== undefined && !ids.has(id)) {
          ids.add(id);
          k = g;
          kc = gc;
          found = true;
        }
      }
      if (!found) {
        if (ids.size >= this.minItems) break;
        // still short of minItems: the cheapest key not taken yet (no draws)
        const spare = this.spareKeys().find((x) => !ids.has(x.id));
        if (spare === undefined) throw new Error(`${this.store.name}: could not generate ${this.minItems} distinct keys within complexity ${maxCplx}`);
        ids.add(spare.id);
        // a copy: values own their keys (an object key may be mutated in place later)
        k = typeof spare.k === 'object' && spare.k !== null ? deepClone(spare.k) : spare.k;
        kc = spare.c;
      }
      let cost = kc - kMin;
      let v: unknown;
      if (this.valueGen !== null) {
        v = this.valueGen[GEN](rng, vMin + share + Math.max(0, share - cost));
        const vc = genC[0]!;
        sum += vc;
        cost += vc - vMin;
      }
      this.store.set(c, k, v);
      sum += kc;
      slack = Math.max(0, slack - cost);
    }
    genC[0] = sum + ids.size * this.entryBits;
    return c;
  }
  /**
   * Two calls in three walk the entries in turn with their own ordered mutations (the values of
   * a record or map, the elements of a set); the others, and an entry whose ordered mutations
   * are used up, fall back to a random mutation.
   */
  orderedMutate(value: C, cache: KeyedCache, step: KeyedStep, rng: Rng, maxCplx: number): Mutated<C, KeyedToken> | undefined {
    const n = step.n++;
    const len = cache.keys.length;
    if (len > 0 && n % 3 !== 2) {
      const j = (n - Math.floor(n / 3)) % len;
      let t: KeyedToken | undefined;
      if (this.valueMutator !== null) {
        const sub = (step.sub[j] ??= this.valueMutator.defaultMutationStep(this.store.get(value, cache.keys[j]), cache.vc[j]));
        t = keyedMutateValue(this, value, cache, j, rng, maxCplx, sub);
      } else {
        const sub = (step.sub[j] ??= this.keyMutator.defaultMutationStep(cache.keys[j], cache.kc[j]));
        t = keyedMutateKey(this, value, cache, j, rng, maxCplx, sub);
      }
      if (t !== undefined) return this.result(value, cache, t);
    }
    return this.randomMutate(value, cache, rng, maxCplx);
  }
  randomMutate(value: C, cache: KeyedCache, rng: Rng, maxCplx: number): Mutated<C, KeyedToken> {
    return this.result(value, cache, applyOneOf(KEYED_MUTATIONS, this as KeyedShape<unknown>, value, cache, rng, maxCplx) ?? KEYED_NONE);
  }

  unmutate(value: C, cache: KeyedCache, token: KeyedToken): C {
    undoKeyed(this.store, this.keyMutator, this.valueMutator, value, cache, token);
    return value;
  }
  visitSubValues(value: C, cache: KeyedCache, visit: (v: unknown, m: AnyMutator<unknown>, c: number) => void): void {
    for (let j = 0; j < cache.keys.length; j++) {
      const k = cache.keys[j];
      visit(k, this.keyMutator, this.keyMutator.complexity(k, cache.kc[j]));
      this.keyMutator.visitSubValues?.(k, cache.kc[j], visit);
      if (this.valueMutator === null) continue;
      const v = this.store.get(value, k);
      visit(v, this.valueMutator, this.valueMutator.complexity(v, cache.vc[j]));
      this.valueMutator.visitSubValues?.(v, cache.vc[j], visit);
    }
  }
  crossoverMutate(value: C, cache: KeyedCache, provider: SubValueProvider, rng: Rng, maxCplx: number): Mutated<C, KeyedToken> | undefined {
    const n = cache.keys.length;
    if (n === 0) return undefined;
    const j = rng.below(n);
    const key = cache.keys[j];
    const total = cache.sum + n * this.entryBits;
    if (this.valueMutator !== null) {
      const old = this.store.get(value, key);
      const before = this.valueMutator.complexity(old, cache.vc[j]);
      const v = provider.get(this.valueMutator, rng, maxCplx - total + before);
      const b = v === undefined ? undefined : this.valueMutator.validateValue(v);
      if (b === undefined) return undefined;
      const t = KeyedToken.valueReplaced(j, old, cache.vc[j], cache.sum);
      this.store.set(value, key, v);
      cache.vc[j] = b;
      cache.sum = cache.sum - before + this.valueMutator.complexity(v, b);
      return this.result(value, cache, t);
    }
    const before = this.keyMutator.complexity(key, cache.kc[j]);
    const k = provider.get(this.keyMutator, rng, maxCplx - total + before);
    const a = k === undefined ? undefined : this.keyMutator.validateValue(k);
    const id = a === undefined ? undefined : this.store.id(k);
    if (id === undefined || cache.ids.includes(id)) return undefined;
    const t = KeyedToken.keyReplaced(j, key, cache.ids[j]!, cache.kc[j], cache.sum);
    rekey(this.store, value, cache, j, k);
    cache.kc[j] = a;
    cache.ids[j] = id;
    cache.sum = cache.sum - before + this.keyMutator.complexity(k, a);
    return this.result(value, cache, t);
  }
}
