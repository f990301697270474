/**
 * The pool of interesting inputs. Every feature is owned by the least complex input that
 * reached it; an input owning nothing leaves the pool. Picking favours inputs owning rare
 * features (reached by few pool inputs), low complexity, and recent admission.
 */
import type { Rng } from '../../runtime/core/rng.js';
import type { Hint } from './input-to-state.js';

/** the newest pool input weighs 1 + RECENT times the oldest, all else equal */
const RECENT = 2;

export interface PoolEntry<T> {
  value: T;
  cache: unknown;
  step: unknown;
  complexity: number;
  features: number[];
  owned: number;
  orderedDone: boolean;
  /** the operand pairs of its comparisons, once traced (input-to-state.ts) */
  hints?: Hint[];
  /** corpus file name, once written */
  file?: string;
}

export class Pool<T> {
  readonly entries: PoolEntry<T>[] = [];
  private readonly owner = new Map<number, PoolEntry<T>>();
  private readonly reach = new Map<number, number>();
  private cumulative: number[] = [];
  private total = 0;
  private dirty = true;

  get size(): number {
    return this.entries.length;
  }

  /** Adds an entry (when it owns a feature); entries that lose every feature leave the pool. */
  add(entry: PoolEntry<T>): void {
    const losers = new Set<PoolEntry<T>>();
    for (const f of entry.features) {
      this.reach.set(f, (this.reach.get(f) ?? 0) + 1);
      const old = this.owner.get(f);
      if (old === undefined || entry.complexity < old.complexity) {
        if (old !== undefined && --old.owned === 0) losers.add(old);
        this.owner.set(f, entry);
        entry.owned++;
      }
    }
    if (entry.owned === 0) {
      for (const f of entry.features) this.reach.set(f, this.reach.get(f)! - 1);
      return;
    }
    this.entries.push(entry);
    for (const l of losers) this.remove(l);
    this.dirty = true;
  }

  private remove(e: PoolEntry<T>): void {
    const i = this.entries.indexOf(e);
    if (i >= 0) this.entries.splice(i, 1);
    for (const f of e.features) this.reach.set(f, this.reach.get(f)! - 1);
  }

  private weight(e: PoolEntry<T>): number {
    let w = 0;
    for (const f of e.features) if (this.owner.get(f) === e) w += 1 / this.reach.get(f)!;
    return w / (1 + e.complexity / 32);
  }

  pick(rng: Rng): PoolEntry<T> {
    if (this.dirty) {
      this.cumulative = [];
      this.total = 0;
      const n = this.entries.length;
      // newer inputs weigh more (up to 1 + RECENT times the oldest), as in libFuzzer: the last
      // input admitted holds the latest step toward whatever lies deeper
      this.entries.forEach((e, i) => this.cumulative.push((this.total += this.weight(e) * (1 + (RECENT * i) / n))));
      this.dirty = false;
    }
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.entries[lo]!;
  }
}
