/**
 * The non-mutating half of `union`: classification (validateValue), complexity bounds, the
 * budget- and swarm-aware choice of an alternative, and the ordered enumeration that interleaves
 * the alternatives' own enumerations.
 */
import { EPS, isPending } from '../core/budget.js';
import { choiceComplexity, type AnyMutator, type Generated } from '../core/mutator.js';
import type { Rng } from '../core/rng.js';
import type { SwarmChoice } from './swarm.js';
import { NO_TAG, tagMap, type Tag } from './replace.js';

export interface UnionCache {
  /** index of the alternative the value belongs to */
  alt: number;
  /** that alternative's cache */
  c: unknown;
}

export interface UnionArbStep {
  steps: unknown[];
  done: Uint8Array;
  skips: Uint32Array;
  next: number;
}

const MAX_SKIPS = 256;
/** complexities closer than this are a tie (the earlier alternative wins) */
const TIE = 1e-9;
/** nesting depth of `classify` calls, and a counter of outermost ones (memo lifetime) */
let depth = 0;
let epoch = 0;

export abstract class UnionBase<T> {
  readonly n: number;
  readonly bits: number;
  /** true when classification tries alternatives in order (no usable discriminant) */
  protected overlap = true;
  /** cache found by the last `classify` (read it immediately) */
  protected scratch: unknown = undefined;
  /** complexity of the value under the alternative found by the last `classify` */
  protected scratchC = 0;
  private tags: Map<Tag, number> | null = null;
  private memo = new WeakMap<object, { alt: number; c: unknown; cx: number }>();
  private memoEpoch = -1;
  private ready = false;
  private minC = NaN;
  private maxC = NaN;
  private minsCache: Float64Array | null = null;

  constructor(
    readonly alts: readonly AnyMutator<T>[],
    readonly choice: SwarmChoice,
    readonly discriminant: string | undefined,
    private readonly givenTags: readonly (Tag | typeof NO_TAG)[],
    readonly swarm: boolean,
  ) {
    this.n = alts.length;
    this.bits = choiceComplexity(this.n);
  }

  private init(): void {
    this.ready = true; // before tagMap: it may re-enter through recursive alternatives
    if (this.discriminant === undefined) return;
    this.tags = tagMap(this.alts, this.givenTags, this.discriminant);
    this.overlap = this.tags === null;
  }

  /**
   * The alternative `value` belongs to: the one that accepts it at the lowest complexity, the
   * first on ties (its cache goes to `scratch`, its complexity to `scratchC`); -1 when none
   * accepts it. With a discriminant whose tags are known and distinct, the tagged alternative.
   *
   * Cheapest, not first: a value made by alternative i within a budget then also costs at most
   * that budget (the first accepting alternative may describe the same value with many more
   * bits, e.g. `{ format: 'a' }` as a string rather than as one of two literals).
   *
   * `known` (optional) is an alternative already known to accept the value with complexity
   * `knownC` (its cache is the caller's): it is not validated again, and when it wins the result
   * is `known` with `scratch` untouched.
   */
  protected classify(value: T, known = -1, knownC = Infinity): number {
    if (!this.ready) this.init();
    // classification validates a value under several alternatives, and each validates the value's
    // parts, whose unions do the same: memoize each union's answer per object for the duration
    // of the outermost classification, so validating a tree stays linear in its size
    // (only nested calls: an outermost one is not asked again; only when alternatives overlap)
    const memo = depth > 0 && known < 0 && this.overlap && typeof value === 'object' && value !== null;
    if (memo && this.memoEpoch === epoch) {
      const hit = this.memo.get(value as object);
      if (hit !== undefined) {
        this.scratch = hit.c;
        this.scratchC = hit.cx;
        return hit.alt;
      }
    }
    if (depth++ === 0) epoch++;
    try {
      const i = this.classifyNow(value, known, knownC);
      if (memo) {
        if (this.memoEpoch !== epoch) {
          this.memoEpoch = epoch;
          this.memo = new WeakMap();
        }
        this.memo.set(value as object, { alt: i, c: this.scratch, cx: this.scratchC });
      }
      return i;
    } finally {
      depth--;
    }
  }

  private classifyNow(value: T, known: number, knownC: number): number {
    if (this.tags !== null && typeof value === 'object' && value !== null) {
      const i = this.tags.get((value as Record<string, unknown>)[this.discriminant!] as Tag);
      if (i !== undefined) {
        if (i === known) return i;
        const c = this.alts[i]!.validateValue(value);
        if (c !== undefined) {
          this.scratch = c;
          this.scratchC = this.alts[i]!.complexity(value, c);
          return i;
        }
      }
    }
    const mins = this.mins();
    let best = -1;
    let bestC = Infinity;
    let bestCache: unknown = undefined;
    for (let j = 0; j < this.n; j++) {
      if (j === known) {
        if (knownC < bestC - TIE) {
          best = j;
          bestC = knownC;
        }
        continue;
      }
      // cannot beat the best so far, or (before `known`) cannot end up below `known`
      if (!(mins[j]! < bestC - TIE) || (j < known && mins[j]! > knownC + TIE)) continue;
      const c = this.alts[j]!.validateValue(value);
      if (c === undefined) continue;
      const cx = this.alts[j]!.complexity(value, c);
      if (cx < bestC - TIE) {
        best = j;
        bestC = cx;
        bestCache = c;
      }
    }
    if (best >= 0 && best !== known) {
      this.scratch = bestCache;
      this.scratchC = bestC;
    }
    return best;
  }

  validateValue(value: T): UnionCache | undefined {
    const i = this.classify(value);
    return i < 0 ? undefined : { alt: i, c: this.scratch };
  }

  complexity(value: T, cache: UnionCache): number {
    return this.bits + this.alts[cache.alt]!.complexity(value, cache.c);
  }

  minComplexity(): number {
    if (this.minC === this.minC) return this.minC;
    let m = Infinity;
    for (const a of this.alts) m = Math.min(m, a.minComplexity());
    const v = this.bits + m;
    if (!isPending()) this.minC = v;
    return v;
  }

  maxComplexity(): number {
    if (this.maxC === this.maxC) return this.maxC;
    let m = 0;
    for (const a of this.alts) m = Math.max(m, a.maxComplexity());
    const v = this.bits + m;
    if (!isPending() || v === Infinity) this.maxC = v; // an unbounded maximum is final, provisional or not
    return v;
  }

  /** minComplexity of each alternative (cached once no lazy computation is pending) */
  protected mins(): Float64Array {
    if (this.minsCache !== null) return this.minsCache;
    const m = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) m[i] = this.alts[i]!.minComplexity();
    if (!isPending()) this.minsCache = m;
    return m;
  }

  /**
   * An alternative (other than `exclude`) that fits `budget`: weighted among the swarm subset,
   * else weighted among all, else the cheapest. -1 when none has a finite value.
   */
  protected choose(rng: Rng, budget: number, exclude: number): number {
    if (!this.ready) this.init();
    const mins = this.minsCache !== null ? this.minsCache : this.mins();
    const s = this.swarm ? this.choice.subset(rng) : null;
    const table = s === null ? this.choice.full : s.table;
    for (let k = 0; k < 4; k++) {
      const i = table.sample(rng);
      if (i !== exclude && mins[i]! <= budget + EPS) return i;
    }
    let i = this.scan(rng, budget, exclude, s === null ? null : s.on);
    if (i < 0 && s !== null) i = this.scan(rng, budget, exclude, null);
    if (i >= 0) return i;
    let best = Infinity;
    for (let j = 0; j < this.n; j++) {
      if (j !== exclude && mins[j]! < best) {
        best = mins[j]!;
        i = j;
      }
    }
    return i;
  }

  private scan(rng: Rng, budget: number, exclude: number, on: Uint8Array | null): number {
    const mins = this.mins();
    const w = this.choice.weights;
    let total = 0;
    for (let j = 0; j < this.n; j++) if (j !== exclude && (on === null || on[j] === 1) && mins[j]! <= budget + EPS) total += w[j]!;
    if (total <= 0) return -1;
    let r = rng.float() * total;
    let last = -1;
    for (let j = 0; j < this.n; j++) {
      if (j !== exclude && (on === null || on[j] === 1) && mins[j]! <= budget + EPS && w[j]! > 0) {
        last = j;
        r -= w[j]!;
        if (r < 0) return j;
      }
    }
    return last;
  }

  defaultArbitraryStep(): UnionArbStep {
    return { steps: new Array<unknown>(this.n).fill(undefined), done: new Uint8Array(this.n), skips: new Uint32Array(this.n), next: 0 };
  }

  /** round-robin over the alternatives' enumerations; skips values that belong to another one */
  orderedArbitrary(step: UnionArbStep, maxCplx: number): Generated<T> | undefined {
    const budget = maxCplx - this.bits;
    for (;;) {
      let i = -1;
      for (let k = 0; k < this.n; k++) {
        const j = (step.next + k) % this.n;
        if (step.done[j] === 0) {
          i = j;
          break;
        }
      }
      if (i < 0) return undefined;
      step.next = (i + 1) % this.n;
      const m = this.alts[i]!;
      if (step.steps[i] === undefined) step.steps[i] = m.defaultArbitraryStep();
      const g = m.minComplexity() <= budget + EPS ? m.orderedArbitrary(step.steps[i], budget) : undefined;
      if (g === undefined) {
        step.done[i] = 1;
        continue;
      }
      if (this.classify(g.value, i, g.complexity) !== i) {
        if (++step.skips[i]! > MAX_SKIPS) step.done[i] = 1;
        continue;
      }
      return { value: g.value, complexity: this.bits + g.complexity };
    }
  }
}
