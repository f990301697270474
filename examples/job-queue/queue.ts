/**
 * The code under test: an async job queue backed by a binary heap (lowest priority number
 * first, then first come first served). `enqueue` returns a `Job` handle; `cancel` drops it.
 *
 * Seeded bug: `cancel` moves the heap's last job into the freed place and leaves it there. When
 * that job ranks below the children of the place (or above its parent), the heap order is broken
 * and a later `next()` hands out the wrong job. Nothing throws: only a model (model.ts, a plain
 * list) notices, at the `next()` whose result differs. It needs enqueues with the right
 * priorities, a cancel of a job that has jobs below it in the heap, then `next()` calls.
 */

/** A queued job (a handle: made by `enqueue`, ended by `cancel`). */
export class Job {
  constructor(
    readonly payload: string,
    readonly priority: number,
    readonly seq: number,
  ) {}
}

const before = (a: Job, b: Job): boolean => a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq);

/** @calls @maxItems 32 */
export class JobQueue {
  private readonly heap: Job[] = [];
  private seq = 0;

  async enqueue(/** @maxLength 4 */ payload: string, /** @minimum 0 @maximum 9 @type int32 */ priority: number): Promise<Job> {
    const job = new Job(payload, priority, this.seq++);
    this.heap.push(job);
    this.up(this.heap.length - 1);
    return job;
  }

  /**
   * Removes the job if it is still queued; false when it already ran.
   * @drops job
   */
  async cancel(job: Job): Promise<boolean> {
    const i = this.heap.indexOf(job);
    if (i < 0) return false;
    const last = this.heap.pop()!;
    if (i < this.heap.length) this.heap[i] = last; // BUG: heap order not restored (no this.down(i) / this.up(i))
    return true;
  }

  /** The next job's payload, or null when the queue is empty. */
  async next(): Promise<string | null> {
    const top = this.heap[0];
    if (top === undefined) return null;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top.payload;
  }

  size(): number {
    return this.heap.length;
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) return;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      let best = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < h.length && before(h[c]!, h[best]!)) best = c;
      if (best === i) return;
      [h[i], h[best]] = [h[best]!, h[i]!];
      i = best;
    }
  }
}
