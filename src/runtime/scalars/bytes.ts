/**
 * `bytes({ minLength?, maxLength? })` (Uint8Array) and `typedArray(kind, opts)` for every typed
 * array. Complexity = element bits per element (+1 per element when the length varies).
 * Values are plain fixed-length typed arrays (value-like, as Date): element mutations happen in
 * place; insertions and removals build a new array of the new length and return it, the token
 * keeps the old one so `unmutate` returns it (same identity). Any array of the right kind, from
 * a serializer or the user, gets every mutation.
 * Float arrays include -0, NaN and ±Infinity; bigint arrays their 64-bit boundaries.
 */
import { orderedFromRandom, pickLength } from '../core/budget.js';
import { pickDictionaryString, useDictionary } from '../core/dictionary.js';
import { MutatorArgumentError, type Generated, type Mutated, type Mutator } from '../core/mutator.js';
import { createRng, type Rng } from '../core/rng.js';
import { KINDS, nudge, randomElement, type AnyTyped, type KindInfo, type TypedArrayKind } from './typed-kinds.js';
import { valueKey } from '../core/values.js';

export type { TypedArrayKind } from './typed-kinds.js';
export interface TypedArrayOptions {
  /** fewest elements; @defaultValue 0 */
  minLength?: number;
  /** most elements; @defaultValue unbounded (the complexity budget bounds generation) */
  maxLength?: number;
}

/** op 0: element i was `old`; 1: the length changed, `saved` is the old array; 3: `saved` overwritten at i */
export interface TypedToken { op: number; i: number; k: number; old: number | bigint; saved: AnyTyped | null }
export interface TypedStep { i: number }
export interface TypedArbStep { rng: Rng; seen: Set<string>; n: number; misses: number }

const CACHE = 1 as const;
type C = typeof CACHE;
const UTF8 = new TextEncoder();

export class TypedArrayMutator<T extends AnyTyped> implements Mutator<T, C, TypedStep, TypedArbStep, TypedToken> {
  readonly unit: number;
  constructor(readonly kind: TypedArrayKind, readonly info: KindInfo, readonly minLength: number, readonly maxLength: number) {
    this.unit = info.bits + (minLength === maxLength ? 0 : 1);
  }
  private make(n: number): T {
    return new this.info.ctor(n) as T;
  }
  defaultArbitraryStep(): TypedArbStep {
    return { rng: createRng(0xb17e5), seen: new Set(), n: 0, misses: 0 };
  }
  validateValue(v: T): C | undefined {
    return v instanceof this.info.ctor && v.length >= this.minLength && v.length <= this.maxLength ? CACHE : undefined;
  }
  defaultMutationStep(): TypedStep {
    return { i: 0 };
  }
  minComplexity(): number {
    return this.minLength * this.unit;
  }
  maxComplexity(): number {
    return this.maxLength * this.unit;
  }
  complexity(v: T): number {
    return v.length * this.unit;
  }
  /** all zeros of the least length first, then random arrays under a budget growing by one element per step */
  orderedArbitrary(step: TypedArbStep, maxCplx: number): Generated<T> | undefined {
    const min = this.minComplexity();
    return orderedFromRandom(
      step,
      Math.max(maxCplx, min),
      min,
      (rng, budget, n) => (n === 0 ? { value: this.make(this.minLength), complexity: min } : this.randomArbitrary(rng, budget)),
      (n) => this.unit * n,
    );
  }
  randomArbitrary(rng: Rng, maxCplx: number): Generated<T> {
    const n = pickLength(rng, this.minLength, this.maxLength, this.unit, maxCplx);
    const v = this.make(n);
    const fill = rng.below(8) === 0 ? randomElement(this.info, rng) : undefined;
    for (let i = 0; i < n; i++) v[i] = fill ?? randomElement(this.info, rng);
    return { value: v, complexity: n * this.unit };
  }
  private setAt(v: T, i: number, x: number | bigint): Mutated<T, TypedToken> | undefined {
    const old = v[i]!;
    v[i] = x;
    if (Object.is(v[i], old)) return undefined;
    return { value: v, token: { op: 0, i, k: 0, old, saved: null }, complexity: v.length * this.unit };
  }
  /** a new array: v with k elements inserted at i (random, or the first special when rng is null) */
  private insert(v: T, i: number, k: number, rng: Rng | null): Mutated<T, TypedToken> {
    const w = this.make(v.length + k);
    w.set(v.subarray(0, i), 0);
    w.set(v.subarray(i), i + k);
    for (let j = i; j < i + k; j++) w[j] = rng === null ? this.info.specials[0]! : randomElement(this.info, rng);
    return { value: w, token: { op: 1, i, k, old: 0, saved: v }, complexity: w.length * this.unit };
  }
  /** a new array: v without its k elements at i */
  private remove(v: T, i: number, k: number): Mutated<T, TypedToken> {
    const w = this.make(v.length - k);
    w.set(v.subarray(0, i), 0);
    w.set(v.subarray(i + k), i);
    return { value: w, token: { op: 1, i, k, old: 0, saved: v }, complexity: w.length * this.unit };
  }
  orderedMutate(v: T, _c: C, step: TypedStep, _rng: Rng, maxCplx: number): Mutated<T, TypedToken> | undefined {
    const e = Math.min(v.length, 8);
    while (step.i < 2 * e + 2) {
      const j = step.i++;
      if (j < 2 * e) {
        const r = this.setAt(v, j >> 1, (j & 1) === 0 ? this.info.specials[0]! : this.info.specials[2]!);
        if (r !== undefined) return r;
      } else if (j === 2 * e && v.length > this.minLength) {
        return this.remove(v, v.length - 1, 1);
      } else if (j === 2 * e + 1 && v.length < this.maxLength && (v.length + 1) * this.unit <= maxCplx) {
        return this.insert(v, v.length, 1, null);
      }
    }
    return undefined;
  }
  randomMutate(v: T, _c: C, rng: Rng, maxCplx: number): Mutated<T, TypedToken> {
    const n = v.length;
    if (this.kind === 'Uint8Array' && useDictionary(rng, 'string')) {
      const d = this.dictionaryBytes(v, rng, maxCplx);
      if (d !== undefined) return d;
    }
    for (let t = 0; t < 16; t++) {
      const r = rng.below(8);
      if (r < 2 && n < this.maxLength && (n + 1) * this.unit <= maxCplx) {
        const k = 1 + rng.below(Math.min(4, this.maxLength - n, Math.max(1, Math.floor(maxCplx / this.unit) - n)));
        return this.insert(v, rng.int(0, n), k, rng);
      }
      if (r < 4 && n > this.minLength) {
        const k = 1 + rng.below(Math.min(4, n - this.minLength));
        return this.remove(v, rng.int(0, n - k), k);
      }
      if (n === 0) continue;
      if (r === 4 && n > 1) {
        const k = 1 + rng.below(Math.min(8, n - 1));
        const from = rng.int(0, n - k);
        const to = rng.int(0, n - k);
        if (from === to) continue;
        const saved = v.slice(to, to + k);
        v.copyWithin(to, from, from + k);
        if (valueKey(saved) === valueKey(v.subarray(to, to + k).slice())) continue;
        return { value: v, token: { op: 3, i: to, k, old: 0, saved }, complexity: n * this.unit };
      }
      const i = rng.below(n);
      const x = r === 5 ? nudge(this.info, v[i]!, rng) : randomElement(this.info, rng);
      const m = this.setAt(v, i, x);
      if (m !== undefined) return m;
    }
    return { value: v, token: { op: 3, i: 0, k: 0, old: 0, saved: v.slice(0, 0) }, complexity: n * this.unit };
  }
  /** inserts (or overwrites with) the UTF-8 bytes of a dictionary string, as libFuzzer does */
  private dictionaryBytes(v: T, rng: Rng, maxCplx: number): Mutated<T, TypedToken> | undefined {
    const n = v.length;
    const s = pickDictionaryString(rng, (x) => x.length > 0 && x.length <= 64);
    if (s === undefined) return undefined;
    const enc = UTF8.encode(s);
    const k = enc.length;
    if (n + k <= this.maxLength && (n + k) * this.unit <= maxCplx) {
      const at = rng.int(0, n);
      const m = this.insert(v, at, k, null);
      m.value.set(enc, at);
      return m;
    }
    if (k > n) return undefined;
    const at = rng.int(0, n - k);
    const saved = v.slice(at, at + k);
    v.set(enc, at);
    return { value: v, token: { op: 3, i: at, k, old: 0, saved }, complexity: n * this.unit };
  }
  unmutate(v: T, _c: C, token: TypedToken): T {
    switch (token.op) {
      case 0: v[token.i] = token.old; break;
      case 1: return token.saved as T; // the old array itself: a length change built a new one
      default: v.set(token.saved!, token.i);
    }
    return v;
  }
}

function lengths(factory: string, o: TypedArrayOptions): [number, number] {
  if (typeof o !== 'object' || o === null) throw new MutatorArgumentError(factory, 'options', 'must be an object');
  const min = o.minLength ?? 0;
  const max = o.maxLength ?? Infinity;
  if (!Number.isSafeInteger(min) || min < 0) throw new MutatorArgumentError(factory, 'minLength', `must be a non-negative integer, got ${String(min)}`);
  if (max !== Infinity && (!Number.isSafeInteger(max) || max < 0)) throw new MutatorArgumentError(factory, 'maxLength', `must be a non-negative integer, got ${String(max)}`);
  if (min > max) throw new MutatorArgumentError(factory, 'minLength', `minLength ${min} > maxLength ${max}`);
  return [min, max];
}

type ArrayOf<K extends TypedArrayKind> = InstanceType<(typeof globalThis)[K]> & AnyTyped;

/** A typed array of the given constructor name. */
export function typedArray<K extends TypedArrayKind>(kind: K, options: TypedArrayOptions = {}): TypedArrayMutator<ArrayOf<K>> {
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(KINDS, kind)) {
    throw new MutatorArgumentError('typedArray', 'kind', `unknown typed array kind ${JSON.stringify(kind)} (known: ${Object.keys(KINDS).join(', ')})`);
  }
  const [min, max] = lengths('typedArray', options);
  return new TypedArrayMutator(kind, KINDS[kind], min, max);
}

/** Uint8Array values. */
export function bytes(options: TypedArrayOptions = {}): TypedArrayMutator<Uint8Array & AnyTyped> {
  const [min, max] = lengths('bytes', options);
  return new TypedArrayMutator('Uint8Array', KINDS.Uint8Array, min, max);
}
