/**
 * Swarm testing (Groce et al., ISSTA 2012): each generated value switches a random subset of
 * each union's alternatives (each enum's members, each sequence's call kinds) off.
 *
 * Scope: a swarm *context* is opened by the outermost swarm-aware `randomArbitrary` (or by
 * `swarmScope(m)`) and closed when it returns. Inside it, the first time a given choice (one per
 * union / literals / sequence mutator, so keyed by mutator identity) is drawn from, its enabled
 * subset is drawn (each alternative on with p = 1/2, never empty) and kept for the rest of the
 * context: a recursive AST union uses the same subset at every depth. One context in four is
 * all-enabled, as the paper advises. Outside any context (e.g. a mutation switching a variant
 * with no generation around it) everything is enabled.
 *
 * The subset is never stored in the value nor in its cache: complexity and validity stay
 * functions of the value, and undo stays exact. Base cases stay reachable because the union
 * falls back to any alternative that fits the budget, then to its cheapest one.
 */
import { AliasTable } from '../core/alias.js';
import type { Rng } from '../core/rng.js';

/** A swarm subset: which alternatives are on, and a weighted table over them. */
export interface Subset {
  readonly on: Uint8Array;
  readonly table: AliasTable;
}

let depth = 0;
let epoch = 0;
let epochs = 0; // every context gets a fresh epoch, even after suspendSwarm/resumeSwarm
let allOn = false;
/** subsets of choices with at most this many alternatives are kept in an array indexed by mask */
const DENSE = 12;

/** One weighted choice among n alternatives that takes part in swarm testing. */
export class SwarmChoice {
  readonly n: number;
  readonly full: AliasTable;
  constructor(readonly weights: readonly number[]) {
    this.n = weights.length;
    this.full = new AliasTable(weights);
    let m = 0;
    for (let i = 0; i < this.n && i < 24; i++) if (weights[i]! > 0) m |= 1 << i;
    this.positive = m;
    this.isDense = this.n <= DENSE;
  }
  /** bit i set when alternative i has a positive weight (n <= 24) */
  private readonly positive: number;
  /** the context (epoch) whose subset `sub` is, -1 for none yet */
  private stamp = -1;
  private sub: Subset | null = null;

  /** the subset in force for this choice, or null when every alternative is enabled */
  subset(rng: Rng): Subset | null {
    if (depth === 0 || allOn) return null;
    if (this.stamp === epoch) return this.sub;
    const s = this.draw(rng);
    this.stamp = epoch;
    this.sub = s;
    return s;
  }

  /** a weighted draw honouring the subset in force */
  sample(rng: Rng): number {
    const s = this.subset(rng);
    return (s === null ? this.full : s.table).sample(rng);
  }

  /**
   * `enterSwarm(rng); sample(rng); exitSwarm()` outside any context, for a plain seeded Rng
   * (`sfcState`), whose draws neither throw nor look at the swarm state: the same words and the
   * same draw, without opening the context around it. The context's epoch is still used up (no
   * later context may reuse it); nothing is kept under it, since no context can read it again.
   */
  sampleAlone(rng: Rng): number {
    ++epochs;
    if ((rng.u32() & 3) === 0) return this.full.sample(rng);
    const s = this.draw(rng);
    return (s === null ? this.full : s.table).sample(rng);
  }

  private draw(rng: Rng): Subset | null {
    const n = this.n;
    if (n <= 24) return this.drawSmall(rng);
    const on = new Uint8Array(n);
    for (;;) {
      let count = 0;
      let all = true;
      let bits = 0;
      for (let i = 0; i < n; i++) {
        if ((i & 31) === 0) bits = rng.u32();
        const bit = (bits >>> (i & 31)) & 1;
        on[i] = bit;
        if (this.weights[i]! > 0) {
          if (bit === 1) count++;
          else all = false;
        }
      }
      if (all) return null;
      if (count > 0) break;
    }
    return this.build(on);
  }

  private build(on: Uint8Array): Subset {
    const w = new Array<number>(this.n);
    for (let i = 0; i < this.n; i++) w[i] = on[i] === 1 ? this.weights[i]! : 0;
    return { on, table: new AliasTable(w) };
  }

  /**
   * `draw` for n <= 24: the same single word per attempt, read as a bit mask; the subsets recur
   * (2^n of them), so each is built once and kept.
   */
  private drawSmall(rng: Rng): Subset | null {
    const low = (1 << this.n) - 1;
    for (;;) {
      const key = rng.u32() & low;
      const live = key & this.positive;
      if (live === this.positive) return null;
      if (live === 0) continue;
      const s = this.isDense ? this.dense?.[key] : this.cache.get(key);
      return s !== undefined ? s : this.keep(key);
    }
  }
  /** builds and keeps the subset of mask `key` */
  private keep(key: number): Subset {
    const on = new Uint8Array(this.n);
    for (let i = 0; i < this.n; i++) on[i] = (key >>> i) & 1;
    const s = this.build(on);
    // the array is made on first use (a choice that never draws a subset, swarm off, has none)
    if (this.isDense) (this.dense ??= new Array<Subset | undefined>(1 << this.n).fill(undefined))[key] = s;
    else this.cache.set(key, s);
    return s;
  }
  /** the kept subsets by mask: an array when n <= DENSE (isDense), else a map */
  private readonly isDense: boolean;
  private dense: (Subset | undefined)[] | null = null;
  private readonly cache = new Map<number, Subset>();
}

/**
 * Opens a swarm context unless one is open (then joins it). Always pair with `exitSwarm()`
 * in a `finally`.
 */
export function enterSwarm(rng: Rng): void {
  if (depth++ === 0) {
    epoch = ++epochs;
    allOn = (rng.u32() & 3) === 0;
  }
}

export function exitSwarm(): void {
  depth--;
}

/** true while a swarm context is open */
export function inSwarm(): boolean {
  return depth > 0;
}

/**
 * Leaves the open swarm context (if any) for side work that must not touch it, such as
 * generating a probe value with another Rng; pair with `resumeSwarm` in a `finally`.
 */
export function suspendSwarm(): [number, number, boolean] {
  const saved: [number, number, boolean] = [depth, epoch, allOn];
  depth = 0;
  return saved;
}

export function resumeSwarm(saved: [number, number, boolean]): void {
  [depth, epoch, allOn] = saved;
}
