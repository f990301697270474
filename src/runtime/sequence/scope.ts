/**
 * Live resource ids along a call sequence (the `Scope` of wasmtime's API-call generator).
 * Ids are numbered by one counter for the whole sequence: a create takes `next`. O(1) create,
 * drop, liveness test and uniform pick of a live id. It also remembers which call kinds allowed
 * once per sequence (`once`) have been called.
 */
import type { Rng } from '../core/rng.js';

export class Scope {
  next = 0;
  /** id -> resource index */
  private readonly owner: number[] = [];
  /** id -> position in live[owner[id]], or -1 once dropped */
  private readonly pos: number[] = [];
  readonly live: number[][];
  /** call kinds allowed once per sequence (`once`) that have been called */
  private readonly called = new Set<object>();

  constructor(resources: number) {
    this.live = Array.from({ length: resources }, () => []);
  }

  create(res: number): number {
    const id = this.next++;
    this.owner[id] = res;
    this.pos[id] = this.live[res]!.length;
    this.live[res]!.push(id);
    return id;
  }

  isLive(id: unknown, res: number): boolean {
    return typeof id === 'number' && Number.isInteger(id) && id >= 0 && id < this.next && this.owner[id] === res && this.pos[id]! >= 0;
  }

  /** id must be live */
  drop(id: number): void {
    const l = this.live[this.owner[id]!]!;
    const p = this.pos[id]!;
    const last = l.pop()!;
    if (last !== id) {
      l[p] = last;
      this.pos[last] = p;
    }
    this.pos[id] = -1;
  }

  /** true when `kind` may be called only once and already was */
  calledOnce(kind: { once: boolean }): boolean {
    return kind.once && this.called.has(kind);
  }

  /** records a call of `kind` (only kinds allowed once are remembered) */
  call(kind: { once: boolean }): void {
    if (kind.once) this.called.add(kind);
  }

  count(res: number): number {
    return this.live[res]!.length;
  }

  /** a uniformly chosen live id of `res` (there must be one) */
  pick(res: number, rng: Rng): number {
    const l = this.live[res]!;
    return l[rng.below(l.length)]!;
  }

  /** a live id of `res` not in `taken`, or -1 */
  pickOther(res: number, rng: Rng, taken: readonly number[]): number {
    const l = this.live[res]!;
    if (l.length === 0) return -1;
    for (let t = 0; t < 4; t++) {
      const id = l[rng.below(l.length)]!;
      if (!taken.includes(id)) return id;
    }
    const free = l.filter((id) => !taken.includes(id));
    return free.length === 0 ? -1 : free[rng.below(free.length)]!;
  }
}
